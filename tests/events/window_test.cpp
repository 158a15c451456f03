// The event stage on a text longer than the extractor's window (256 KiB): it links each window's
// sentences while that window's tokens are at hand, with the mentions kept or streamed away,
// and must give the events of the whole document read at once (kairos::link_events tokenizes
// the whole text) and the events each paragraph gives on its own.
#include "support.hpp"

#include <cstddef>
#include <doctest/doctest.h>
#include <kairos/extractor.hpp>
#include <kairos/link.hpp>
#include <string>
#include <vector>

namespace {

const kairos::extractor& engine() {
    static const kairos::extractor e;
    return e;
}

kairos::extract_options sept14() {
    kairos::extract_options o;
    o.dct.day = kairos::test::day_of("2025-09-14");
    return o;
}

constexpr std::size_t window_bytes = std::size_t{1} << 18;

// Paragraph i of a council's news: a deadline, a meeting and an effective date whose days and
// years differ from paragraph to paragraph (unique over 5,600 paragraphs).
std::string paragraph(std::size_t i) {
    const auto day = std::to_string(1 + i % 28);
    const auto year = std::to_string(1900 + i / 28 % 200);
    return "The city council set a March " + day + ", " + year +
           " deadline for bids on the bridge contract. Union leaders will meet on April " + day +
           ", " + year + " to vote on the offer. The parking rules take effect on May " + day +
           ", " + year + ", the mayor's office said.\n\n";
}

// Kind, value, subject and sentence: what an event says, without its mention numbers.
std::vector<std::string> said(const std::vector<kairos::event>& events) {
    std::vector<std::string> out;
    for (const kairos::event& e : events)
        out.push_back(kairos::test::brief(e) + " | " + e.sentence);
    return out;
}

} // namespace

TEST_CASE("a text of several windows: the same events streamed, kept, or linked at once") {
    std::string text;
    std::vector<std::string> known;
    for (std::size_t i = 0; text.size() < window_bytes * 5 / 2; ++i) {
        const std::string p = paragraph(i);
        text += p;
        const auto alone = said(engine().extract(p, sept14()).events);
        REQUIRE(alone.size() == 3);
        known.insert(known.end(), alone.begin(), alone.end());
    }
    const kairos::document kept = engine().extract(text, sept14());
    CHECK(said(kept.events) == known);

    kairos::document streamed;
    std::size_t windows = 0;
    engine().extract(text, sept14(), streamed,
                     [&windows](const kairos::document&, std::size_t) { ++windows; });
    CHECK(windows >= 3);
    CHECK(streamed.events == kept.events);

    kairos::document at_once = kept;
    at_once.events.clear();
    kairos::link_events(at_once);
    CHECK(at_once.events == kept.events);
}
