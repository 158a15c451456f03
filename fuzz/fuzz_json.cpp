// Fuzzes the JSON timeline loader (kairos/io/json.hpp, load_timeline) on arbitrary bytes.
// Invariants: no crash, no escaping exception; a rejected input carries a message; a loaded
// timeline answers queries and survives save -> load unchanged (the documented lossless
// round trip).
#include "fuzz_check.hpp"

#include <cstddef>
#include <cstdint>
#include <kairos/io/json.hpp>
#include <string_view>

namespace {

void query_everything(const kairos::timeline& tl) {
    std::size_t n = 0;
    for (const auto& x : tl.all()) {
        KAIROS_FUZZ_CHECK(x.bounds.has_value());
        ++n;
    }
    for ([[maybe_unused]] const auto& x : tl.open()) ++n;
    KAIROS_FUZZ_CHECK(n == tl.size());
    const auto day = date::sys_days{date::year{2025} / 9 / 14};
    for ([[maybe_unused]] const auto& x : tl.upcoming(day, date::days{30})) {
    }
    for ([[maybe_unused]] const auto& x : tl.overdue(day)) {
    }
    for ([[maybe_unused]] const auto& x : tl.active(day)) {
    }
    for ([[maybe_unused]] const auto& x : tl.overlapping(day, day + date::days{7})) {
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto tl = kairos::io::load_timeline(text);
    if (!tl) {
        KAIROS_FUZZ_CHECK(!tl.err().message.empty());
        return 0;
    }
    query_everything(*tl);
    const auto saved = kairos::io::save_timeline(*tl, -1);
    const auto again = kairos::io::load_timeline(saved);
    KAIROS_FUZZ_CHECK(again.has_value());
    KAIROS_FUZZ_CHECK(*again == *tl);
    KAIROS_FUZZ_CHECK(kairos::io::save_timeline(*again, -1) == saved);
    return 0;
}
