// Fuzzes the TIMEX3 value parser (kairos/timex.hpp) on arbitrary bytes.
// Invariants: parse never crashes; a failure carries a message; a success round-trips:
// parse(parse(s).str()) == parse(s), printing is a fixed point, and the derived views
// (kind, grain, bounds, fields) are computable without faults. Bounds, when present, are ordered.
#include "fuzz_check.hpp"

#include <cstddef>
#include <cstdint>
#include <kairos/timex.hpp>
#include <string>
#include <string_view>

namespace {

void touch_fields(const kairos::timex& t) {
    (void)t.kind();
    (void)t.type();
    (void)t.grain();
    (void)t.year();
    (void)t.month();
    (void)t.day();
    (void)t.week();
    (void)t.weekday();
    (void)t.quarter();
    (void)t.hour();
    (void)t.utc_offset();
    (void)t.ymd();
    (void)t.components();
    (void)t.has_unknown();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view s(reinterpret_cast<const char*>(data), size);
    const auto t = kairos::timex::parse(s);
    if (!t.ok()) {
        KAIROS_FUZZ_CHECK(!t.error().empty());
        return 0;
    }
    const std::string printed = t.str();
    const auto again = kairos::timex::parse(printed);
    KAIROS_FUZZ_CHECK(again.ok());
    KAIROS_FUZZ_CHECK(again == t);
    KAIROS_FUZZ_CHECK(again.str() == printed);
    touch_fields(t);
    if (const auto b = t.bounds()) {
        KAIROS_FUZZ_CHECK(b->first_day <= b->last_day);
        KAIROS_FUZZ_CHECK(b->first <= b->last);
    }
    return 0;
}
