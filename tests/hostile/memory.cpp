// Memory of a date-dense text, by peak live heap bytes (alloc_hook.hpp), never by time: a
// mention every 4 bytes ("May-May-...") is the worst case for memory, since each mention is
// 192 bytes. Extracted window by window, the library holds one window's mentions at a time.
#include "alloc_hook.hpp"
#include "invariants.hpp"

#include <cstddef>
#include <doctest/doctest.h>
#include <string>
#include <string_view>
#include <vector>

using kairos::test::engine;
using kairos::test::sept14;

namespace {

// 10 MB in optimized builds (release, and the ASan+UBSan build CI runs), 2 MB in the Debug
// build so the dev suite stays within its time budget.
#ifdef NDEBUG
constexpr std::size_t dense_bytes = 10'000'000;
#else
constexpr std::size_t dense_bytes = 2'000'000;
#endif

std::string repeated(std::string_view unit, std::size_t bytes) {
    std::string s;
    s.reserve(bytes + unit.size());
    while (s.size() < bytes) s.append(unit);
    s.resize(bytes);
    return s;
}

// One window's working memory: its tokens, matches and mentions (a window is at most 256 KiB,
// so at most 65,536 mentions of 192 bytes), independent of the text's length.
// Measured about 40 MiB for "May-".
constexpr std::size_t one_window = std::size_t{64} << 20;

struct streamed {
    std::size_t mentions = 0;
    std::size_t peak_bytes = 0; ///< highest live heap while extracting
    kairos::document doc;
};

streamed extract_streamed(std::string_view text) {
    streamed r;
    const auto base = kairos::test::reset_peak();
    engine().extract(text, sept14, r.doc, [&r](const kairos::document& d, std::size_t first) {
        CHECK(first == r.mentions);
        r.mentions += d.mentions.size();
    });
    r.peak_bytes = kairos::test::alloc_now().peak - base;
    return r;
}

} // namespace

TEST_CASE("a date-dense text extracted window by window: memory of one window, not the text") {
    for (const std::string_view unit : {std::string_view("May-"), std::string_view("May 5, ")}) {
        CAPTURE(unit);
        const auto text = repeated(unit, dense_bytes);
        const auto r = extract_streamed(text);
        CAPTURE(r.mentions);
        CAPTURE(r.peak_bytes);
        CHECK(r.mentions >= dense_bytes / 8);
        CHECK(r.doc.mentions.empty());
        // The document keeps its text (1 byte per byte) and its sentences; holding every
        // mention would take 48 bytes per byte of "May-".
        CHECK(r.peak_bytes <= 3 * text.size() + one_window);
    }
}

namespace {

// News-like paragraphs, dense in dates and events, written for this test: the days and years
// change from one to the next, and repeat after 1,400 paragraphs, so the text has thousands of
// events and some gather mentions from different windows.
std::string news(std::size_t bytes) {
    std::string s;
    for (std::size_t i = 0; s.size() < bytes; ++i) {
        const auto day = std::to_string(1 + i % 28);
        const auto year = std::to_string(2000 + i / 28 % 50);
        s += "The regulator set a June " + day + ", " + year + " deadline for the merger filing. ";
        s += "Talks resume in Geneva on Monday, and the ceasefire expires on March " + day + ". ";
        s += "The deadline was extended to July " + day + ", " + year + " after a request. ";
        s += "The new tariffs take effect on Jan. " + day + ", " + year + ", officials said.\n\n";
    }
    return s;
}

} // namespace

TEST_CASE("window by window, the mentions and events are those of the whole document") {
    const auto text = news(900'000);
    const auto whole = engine().extract(text, sept14);
    REQUIRE(whole.events.size() > 1000);
    std::vector<kairos::mention> seen;
    std::size_t windows = 0;
    kairos::document doc;
    engine().extract(text, sept14, doc, [&](const kairos::document& d, std::size_t first) {
        REQUIRE(first == seen.size());
        seen.insert(seen.end(), d.mentions.begin(), d.mentions.end());
        ++windows;
    });
    CHECK(windows >= 3);
    CHECK(seen == whole.mentions);
    CHECK(doc.events == whole.events);
    CHECK(doc.sentences == whole.sentences);
    CHECK(doc.text == whole.text);
}
