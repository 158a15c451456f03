// Scale: a 50 MB single line, a million date-like tokens, "the day after the day after ..."
// chains. No crash, memory bounded by the input, and cost linear in the input — checked through
// allocation counts (alloc_hook.hpp), never through time: the machines are shared and noisy.
#include "alloc_hook.hpp"
#include "invariants.hpp"

#include <cstddef>
#include <doctest/doctest.h>
#include <string>
#include <string_view>

using kairos::test::engine;
using kairos::test::sept14;

namespace {

// The full sizes of issue 7 run in optimized builds (release, and the ASan+UBSan build CI runs);
// an unoptimized Debug build runs a tenth of them so the dev suite stays within the CI budget.
#ifdef NDEBUG
constexpr std::size_t full_scale = 10;
#else
constexpr std::size_t full_scale = 1;
#endif

// News-like text, dense in dates, written for this test.
constexpr std::string_view paragraph =
    "Negotiators met in Madrid on Sunday, September 14, and agreed to resume talks next week. "
    "The truce, extended for 90 days in May, now expires on November 10 at 5 p.m. ET. "
    "Officials said the deadline of Sept. 17 would not move again; a review follows in Q4 2025. ";

std::string repeated(std::string_view unit, std::size_t copies, std::string_view sep = "") {
    std::string s;
    s.reserve((unit.size() + sep.size()) * copies);
    for (std::size_t i = 0; i < copies; ++i) s.append(unit).append(sep);
    return s;
}

struct cost {
    std::size_t mentions = 0;
    std::uint64_t allocations = 0;
    std::size_t peak_bytes = 0; ///< highest live heap while extracting and holding the result
};

cost measure(std::string_view text) {
    const auto base = kairos::test::reset_peak();
    const auto before = kairos::test::alloc_now();
    const auto doc = engine().extract(text, sept14);
    const auto after = kairos::test::alloc_now();
    return {doc.mentions.size(), after.calls - before.calls, after.peak - base};
}

double ratio(double a, double b) {
    return b == 0 ? (a == 0 ? 1.0 : 1e9) : a / b;
}

} // namespace

TEST_CASE("allocations grow linearly with the input: 8x the text, at most 8.8x the allocations") {
    const auto small = repeated(paragraph, 400); // ~100 KB
    const auto large = repeated(paragraph, 3200);
    const auto a = measure(small);
    const auto b = measure(large);
    CAPTURE(a.allocations);
    CAPTURE(b.allocations);
    CHECK(a.mentions > 0);
    CHECK(b.mentions == 8 * a.mentions);
    CHECK(ratio(static_cast<double>(b.allocations), static_cast<double>(a.allocations)) <= 8.8);
    // Peak heap follows vector capacities, which double: up to 2x slack on a linear ratio, still
    // far below what a quadratic blow-up (64x) would give.
    CHECK(ratio(static_cast<double>(b.peak_bytes), static_cast<double>(a.peak_bytes)) <= 16.0);
}

TEST_CASE("a 50 MB single line: no crash, mentions found, heap bounded by the input") {
    std::string line = repeated(paragraph, full_scale * 5'000'000 / paragraph.size() + 1);
    for (auto& c : line)
        if (c == '\n') c = ' ';
    const auto c = measure(line);
    CAPTURE(c.peak_bytes);
    CHECK(c.mentions >= line.size() / paragraph.size());
    // Measured 34x the input at 50 MB (tokens of the whole text, every candidate match and
    // every mention are held at once); the bound catches growth beyond that, see
    // docs/performance.md for the streaming that would bring it down.
    CHECK(c.peak_bytes <= 48 * line.size());
}

TEST_CASE("a million date-like tokens: linear cost and a bounded number of mentions") {
    constexpr std::string_view cycle = "2025 May 12/05 Monday 17 Sept. 2025-09-14 ";
    constexpr std::size_t per_cycle = 7; // tokens of `cycle` (words, numbers, dates)
    const auto small = repeated(cycle, full_scale * 100'000 / per_cycle / 10);
    const auto large = repeated(cycle, full_scale * 100'000 / per_cycle);
    const auto a = measure(small);
    const auto b = measure(large);
    CAPTURE(a.allocations);
    CAPTURE(b.allocations);
    CHECK(b.mentions <= full_scale * 100'000);
    CHECK(ratio(static_cast<double>(b.allocations), static_cast<double>(a.allocations)) <= 11.0);
    CHECK(ratio(static_cast<double>(b.peak_bytes), static_cast<double>(a.peak_bytes)) <= 20.0);
}

TEST_CASE("'the day after the day after ...' chains: no stack exhaustion, linear cost") {
    const auto chain = [](std::size_t n) {
        return "It ends " + repeated("the day after ", n) + "tomorrow.";
    };
    const auto a = measure(chain(1'000));
    const auto b = measure(chain(10'000));
    const auto huge = chain(50'000); // deep enough to overflow a recursion on the stack
    const auto doc = engine().extract(huge, sept14);
    kairos::test::check_document(doc, huge);
    CAPTURE(a.allocations);
    CAPTURE(b.allocations);
    CHECK(ratio(static_cast<double>(b.allocations), static_cast<double>(a.allocations)) <= 11.0);
}
