// Texts far longer than a news article are read in windows; a reader must not be able to tell:
// every repetition of a passage yields the same mentions at the same relative offsets, with
// sentences that contain them, whether the passage is one line or paragraphs.
#include <doctest/doctest.h>
#include <kairos/extractor.hpp>
#include <string>

namespace {

constexpr std::string_view passage =
    "Trade officials met in Geneva on Tuesday, March 3, and set a review for next month. "
    "The waiver, renewed for 180 days in January, lapses on July 31 at 11:59 p.m. ET. "
    "Ministers said the Oct. 1 deadline stands; the fund reports in the first half of 2026. ";

void check_repeats(const std::string& separator) {
    const std::string unit = std::string(passage) + separator;
    constexpr std::size_t copies = 6000; // about 1.5 MB: several windows
    std::string text;
    for (std::size_t i = 0; i < copies; ++i) text += unit;
    const auto dct = kairos::parse_anchor("2025-02-20");
    REQUIRE(dct);
    kairos::extract_options o;
    o.dct = *dct;
    o.link_events = false;
    const auto doc = kairos::extractor{}.extract(text, o);
    REQUIRE(doc.mentions.size() % copies == 0);
    const std::size_t per = doc.mentions.size() / copies;
    REQUIRE(per >= 7); // "July 31 at 11:59 p.m. ET" is one mention
    for (std::size_t k = per; k < doc.mentions.size(); ++k) {
        const auto& m = doc.mentions[k];
        const auto& first = doc.mentions[per + k % per]; // the second copy: it has a copy before
        CAPTURE(k);
        CHECK(m.text == first.text);
        CHECK(m.value.str() == first.value.str());
        CHECK(m.begin - first.begin == (k / per - 1) * unit.size());
        REQUIRE(m.sentence < doc.sentences.size());
        CHECK(doc.sentences[m.sentence].begin <= m.begin);
        CHECK(m.end <= doc.sentences[m.sentence].end);
    }
    for (std::size_t s = 1; s < doc.sentences.size(); ++s)
        CHECK(doc.sentences[s - 1].end <= doc.sentences[s].begin);
}

} // namespace

TEST_CASE("a long text of one line reads like its passage repeated") {
    check_repeats("");
}

TEST_CASE("a long text of paragraphs reads like its passage repeated") {
    check_repeats("\n\n");
}
