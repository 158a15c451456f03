// kairos::link_events, the public event stage: a caller with mentions from elsewhere (their own
// tagger, a TimeML file) builds a kairos::document and gets the events extraction would give.
#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <kairos/kairos.hpp>
#include <string>
#include <string_view>

namespace {

using namespace date::literals;

kairos::extract_options on(date::sys_days dct, bool link = true) {
    kairos::extract_options o;
    o.dct.day = dct;
    o.link_events = link;
    return o;
}

// A mention as another tagger would report it: where it is and what it means.
kairos::mention tagged(const kairos::document& doc, std::string_view text, std::string_view value,
                       std::uint32_t sentence) {
    kairos::mention m;
    m.begin = static_cast<std::uint32_t>(doc.text.find(text));
    m.end = m.begin + static_cast<std::uint32_t>(text.size());
    m.text = text;
    m.value = kairos::timex::parse(value);
    m.type = m.value.type();
    m.sentence = sentence;
    return m;
}

constexpr std::string_view news = "The talks resume on Sept. 17, officials said. ByteDance "
                                  "faces a Jan. 19 deadline to divest TikTok.";

kairos::document by_hand() {
    kairos::document doc;
    doc.text = news;
    doc.dct.day = date::sys_days{2025_y / date::September / 14};
    const auto second = static_cast<std::uint32_t>(doc.text.find("ByteDance"));
    doc.sentences = {{0, second - 1}, {second, static_cast<std::uint32_t>(doc.text.size())}};
    doc.mentions = {tagged(doc, "Sept. 17", "2025-09-17", 0),
                    tagged(doc, "Jan. 19", "2026-01-19", 1)};
    return doc;
}

std::string read(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

} // namespace

TEST_CASE("a document built by hand gets the events extraction finds in the same text") {
    auto doc = by_hand();
    kairos::link_events(doc);
    REQUIRE(doc.events.size() == 2);
    CHECK(doc.events[0].kind == kairos::event_kind::meeting);
    CHECK(doc.events[0].value.str() == "2025-09-17");
    CHECK(doc.events[0].mentions == std::vector<std::uint32_t>{0});
    CHECK(doc.events[1].kind == kairos::event_kind::deadline);
    CHECK(doc.events[1].value.str() == "2026-01-19");
    CHECK(doc.events[1].subject == "TikTok divestment");
    CHECK(doc.events[1].mentions == std::vector<std::uint32_t>{1});
    CHECK(doc.diagnostics.empty());

    const kairos::extractor ex;
    const auto extracted = ex.extract(news, on(doc.dct.day));
    REQUIRE(extracted.mentions.size() == doc.mentions.size());
    for (std::size_t i = 0; i < doc.mentions.size(); ++i) {
        CHECK(extracted.mentions[i].begin == doc.mentions[i].begin);
        CHECK(extracted.mentions[i].value == doc.mentions[i].value);
    }
    CHECK(extracted.events == doc.events);
}

TEST_CASE("linking extracted mentions gives the events of extraction on every example article") {
    const kairos::extractor ex;
    std::size_t events = 0;
    for (const auto& f :
         std::filesystem::directory_iterator(KAIROS_SOURCE_DIR "/examples/articles")) {
        const std::string name = f.path().stem().string();
        CAPTURE(name);
        const auto dct = kairos::parse_anchor(name.substr(name.size() - 10));
        REQUIRE(dct);
        const std::string text = read(f.path());
        const auto full = ex.extract(text, on(dct->day));
        auto doc = ex.extract(text, on(dct->day, false));
        REQUIRE(doc.events.empty());
        kairos::link_events(doc);
        CHECK(doc.events == full.events);
        events += doc.events.size();
    }
    CHECK(events > 0); // the comparison above is not between empty lists
}

TEST_CASE("linking twice replaces the events rather than adding to them") {
    auto doc = by_hand();
    kairos::link_events(doc);
    const auto first = doc.events;
    kairos::link_events(doc);
    CHECK(doc.events == first);
}

TEST_CASE("mentions out of order, overlapping or outside the text get a diagnostic, no events") {
    struct fault {
        const char* what;
        void (*damage)(kairos::document&);
        const char* message;
    };
    const fault faults[] = {
        {"swapped", [](kairos::document& d) { std::swap(d.mentions[0], d.mentions[1]); },
         "mention 1 begins before the mention before it ends"},
        {"overlapping", [](kairos::document& d) { d.mentions[0].end = d.mentions[1].begin + 1; },
         "mention 1 begins before the mention before it ends"},
        {"past the end",
         [](kairos::document& d) {
             d.mentions[1].end = static_cast<std::uint32_t>(d.text.size() + 1);
         },
         "mention 1 ends past the end of the text"},
        {"reversed", [](kairos::document& d) { d.mentions[0].end = d.mentions[0].begin - 1; },
         "mention 0 ends before it begins"},
    };
    for (const auto& f : faults) {
        CAPTURE(f.what);
        auto doc = by_hand();
        kairos::link_events(doc);
        REQUIRE_FALSE(doc.events.empty());
        f.damage(doc);
        kairos::link_events(doc);
        CHECK(doc.events.empty());
        REQUIRE(doc.diagnostics.size() == 1);
        CHECK(doc.diagnostics[0].message.find(f.message) != std::string::npos);
    }
}

TEST_CASE("a sentence outside the text or a mention without a valid value breaks nothing") {
    auto doc = by_hand();
    doc.sentences.push_back({static_cast<std::uint32_t>(doc.text.size()) + 5,
                             static_cast<std::uint32_t>(doc.text.size()) + 50});
    doc.mentions[1].value = kairos::timex::parse("not a value");
    REQUIRE_FALSE(doc.mentions[1].value.ok());
    kairos::link_events(doc);
    for (const auto& e : doc.events) CHECK(e.value.ok());
    CHECK(doc.diagnostics.empty());
}
