// The project's sample article (examples/articles/madrid-talks-2025-09-14.txt) with DCT
// 2025-09-14: the talks, the divestment deadline, the truce expiry, the fourth-quarter summits
// and the undated APEC meeting, and nothing else (no percentages, money, "G7", furniture).
#include "support.hpp"

#include <doctest/doctest.h>
#include <fstream>
#include <kairos/extractor.hpp>
#include <kairos/link.hpp>
#include <sstream>
#include <string>
#include <vector>

namespace {

std::string read_article() {
    std::ifstream in(KAIROS_SOURCE_DIR "/examples/articles/madrid-talks-2025-09-14.txt");
    REQUIRE(in.good());
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

const std::vector<std::string> expected{
    "meeting 2025-09-14",  // talks in Madrid on Sunday
    "deadline 2025-09-17", // the September 17 divestment deadline
    "expiry 2025-11",      // the truce, extended until November
    "meeting 2025-Q4",     // summits expected in the fourth quarter
    "meeting FUTURE_REF",  // the upcoming APEC meeting, date unknown
};

void check_subjects(const kairos::document& doc) {
    REQUIRE(doc.events.size() == expected.size());
    CHECK(doc.events[0].subject == "US\u2013China talks");
    CHECK(doc.events[1].subject == "TikTok divestment");
    CHECK(doc.events[2].subject == "tariff truce");
    CHECK(doc.events[3].subject == "summits");
    CHECK(doc.events[4].subject == "APEC meeting");
    for (const auto& e : doc.events) CHECK_FALSE(e.sentence.empty());
}

// The article as the tagger should see it, built by hand: one sentence per line, mentions
// where the article has dates, so this test checks the event stage alone.
kairos::document hand_tagged(const std::string& text) {
    kairos::document doc;
    doc.text = text;
    doc.dct.day = kairos::test::day_of("2025-09-14");
    std::uint32_t b = 0;
    for (std::uint32_t i = 0; i <= text.size(); ++i)
        if (i == text.size() || text[i] == '\n') {
            if (i > b) doc.sentences.push_back({b, i});
            b = i + 1;
        }
    const std::pair<const char*, const char*> marks[] = {{"on Sunday", "2025-09-14"},
                                                         {"September 17", "2025-09-17"},
                                                         {"until November", "2025-11"},
                                                         {"the fourth quarter", "2025-Q4"}};
    for (const auto& [phrase, value] : marks) {
        std::string p = phrase;
        const bool skip_prep = p.rfind("on ", 0) == 0 || p.rfind("until ", 0) == 0;
        const auto at = text.find(p);
        REQUIRE(at != std::string::npos);
        kairos::mention m;
        m.begin = static_cast<std::uint32_t>(at + (skip_prep ? p.find(' ') + 1 : 0));
        m.end = static_cast<std::uint32_t>(at + p.size());
        m.text = text.substr(m.begin, m.end - m.begin);
        m.value = kairos::timex::parse(value);
        doc.mentions.push_back(m);
    }
    return doc;
}

} // namespace

TEST_CASE("sample article: the event stage on hand-tagged mentions") {
    auto doc = hand_tagged(read_article());
    kairos::link_events(doc);
    CHECK(kairos::test::joined(kairos::test::briefs(doc)) == kairos::test::joined(expected));
    check_subjects(doc);
}

TEST_CASE("sample article end to end") {
    const std::string text = read_article();
    const auto doc =
        kairos::extractor{}.extract(text, {.dct = *kairos::parse_anchor("2025-09-14")});
    CHECK(kairos::test::joined(kairos::test::briefs(doc)) == kairos::test::joined(expected));
    check_subjects(doc);
    // Nothing may come from numbers that are not dates.
    for (const auto& m : doc.mentions)
        for (const char* noise : {"55", "$100", "G7", "(0)", "170"})
            CHECK_MESSAGE(m.text.find(noise) == std::string::npos, "spurious mention: ", m.text);
}
