// What every mention carries, sentences, zones, the anchor parser, and hostile input.
#include "../internals/texts.hpp"

#include <chrono>
#include <doctest/doctest.h>
#include <kairos/extractor.hpp>
#include <kairos/io/json.hpp>
#include <random>
#include <string>
#include <thread>
#include <vector>

namespace {

kairos::extract_options at(std::string_view dct) {
    kairos::extract_options o;
    o.dct = *kairos::parse_anchor(dct);
    o.link_events = false;
    return o;
}

} // namespace

TEST_CASE("a mention reports offsets, sentence, rule, stated and implied fields") {
    const kairos::extractor ex;
    const std::string text = "Markets were calm. The talks resume on Sept. 17, officials said.";
    const auto doc = ex.extract(text, at("2025-09-14"));
    REQUIRE(doc.mentions.size() == 1);
    const auto& m = doc.mentions[0];
    CHECK(text.substr(m.begin, m.end - m.begin) == "Sept. 17");
    CHECK(m.sentence == 1);
    CHECK(m.rule == "date_md");
    CHECK(kairos::has(m.stated, kairos::field::month));
    CHECK(kairos::has(m.stated, kairos::field::day));
    CHECK_FALSE(kairos::has(m.stated, kairos::field::year));
    CHECK(kairos::has(m.implied, kairos::field::year));
    REQUIRE(doc.sentences.size() == 2);
    CHECK(doc.sentences[1].begin == text.find("The"));
}

TEST_CASE("clock times with a zone carry their exact UTC instant") {
    using namespace std::chrono_literals;
    const kairos::extractor ex;
    struct row {
        std::string_view text;
        date::sys_seconds utc;
    };
    const date::sys_days day = date::year{2025} / 9 / 17;
    const row rows[] = {
        {"Trading halts at 5 p.m. ET.", day + 21h}, // EDT is UTC-4
        {"Trading halts at 17:00 GMT.", day + 17h},
        {"The ban starts at 8 a.m. Beijing time.", day + 0h}, // UTC+8
    };
    for (const auto& r : rows) {
        CAPTURE(r.text);
        const auto doc = ex.extract(r.text, at("2025-09-17"));
        REQUIRE(doc.mentions.size() == 1);
        REQUIRE(doc.mentions[0].instant_utc.has_value());
        CHECK(*doc.mentions[0].instant_utc == r.utc);
    }
}

TEST_CASE("a winter time zone offset differs from the summer one") {
    using namespace std::chrono_literals;
    const kairos::extractor ex;
    const auto doc = ex.extract("Trading halts at 5 p.m. ET.", at("2025-01-15"));
    REQUIRE(doc.mentions.size() == 1);
    REQUIRE(doc.mentions[0].instant_utc.has_value());
    CHECK(*doc.mentions[0].instant_utc == date::sys_days{date::year{2025} / 1 / 15} + 22h);
}

TEST_CASE("parse_anchor accepts dates and times and rejects impossible ones") {
    CHECK(kairos::parse_anchor("2025-09-17").has_value());
    const auto t = kairos::parse_anchor("2025-09-17T13:45:10", "Europe/Madrid");
    REQUIRE(t.has_value());
    CHECK(t->time_of_day == std::chrono::seconds{13 * 3600 + 45 * 60 + 10});
    CHECK(t->zone == "Europe/Madrid");
    CHECK_FALSE(kairos::parse_anchor("2025-02-30").has_value());
    CHECK_FALSE(kairos::parse_anchor("17/09/2025").has_value());
    CHECK_FALSE(kairos::parse_anchor("2025-09-17T25:00").has_value());
    const auto z = kairos::parse_anchor("2025-09-17", "Mars/Olympus");
    REQUIRE_FALSE(z.has_value());
    CHECK(z.err().code == kairos::errc::unknown_time_zone);
    CHECK(z.err().message.find("Mars/Olympus") != std::string::npos);
}

TEST_CASE("mentions are in text order and never overlap") {
    const kairos::extractor ex;
    const auto doc = ex.extract(
        "On Monday, Oct. 26, officials said profit rose in the third quarter from a year "
        "earlier and will rise next year; the offer expires at 5 p.m. EST, Nov. 6.",
        at("1998-10-27"));
    REQUIRE(doc.mentions.size() >= 4);
    for (std::size_t i = 1; i < doc.mentions.size(); ++i)
        CHECK(doc.mentions[i - 1].end <= doc.mentions[i].begin);
}

TEST_CASE("any bytes are accepted without throwing") {
    const kairos::extractor ex;
    std::mt19937 rng(7);
    std::uniform_int_distribution<int> byte(0, 255);
    for (int round = 0; round < 200; ++round) {
        std::string text(static_cast<std::size_t>(round * 7), '\0');
        for (char& c : text) c = static_cast<char>(byte(rng));
        CHECK_NOTHROW((void)ex.extract(text, at("2025-09-17")));
    }
    constexpr char raw[] = "Sept.\0 17\xff\xfe, 2025 ' '80s - - / : "; // embedded NUL
    const std::string nasty(raw, sizeof raw - 1);
    CHECK_NOTHROW((void)ex.extract(nasty, at("2025-09-17")));
    for (std::string_view extreme :
         {"It began 999999 centuries ago.", "It ends 99999 years from now.",
          "It lasted 999999 decades.", "Since the year 2199 and 1000 years later.",
          "On Feb. 31 and 13/45/2025 and 2025-13-40."}) {
        CAPTURE(extreme);
        CHECK_NOTHROW((void)ex.extract(extreme, at("2025-09-17")));
        for (const auto& m : ex.extract(extreme, at("2025-09-17")).mentions) CHECK(m.value.ok());
    }
}

TEST_CASE("work grows linearly with the text") {
    const kairos::extractor ex;
    std::string unit = "On Friday, Sept. 17, the fund said profit rose 5% from a year earlier. ";
    std::string big;
    for (int i = 0; i < 2000; ++i) big += unit;
    const auto doc = ex.extract(big, at("2025-09-20"));
    CHECK(doc.mentions.size() == 2 * 2000); // "Friday, Sept. 17" and "a year earlier"
    // one long run of a single repeated character: no quadratic blow-up, no deep recursion
    const std::string dashes(1 << 20, '-');
    CHECK(ex.extract(dashes, at("2025-09-20")).mentions.empty());
}

namespace {

// Everything a caller can read of a document, as text.
std::string everything(const kairos::document& doc) {
    std::string out = doc.text + "\n" + kairos::io::extract_json_text(doc, -1) + "\n";
    for (const auto& s : doc.sentences)
        out += std::to_string(s.begin) + "-" + std::to_string(s.end) + " ";
    for (const auto& m : doc.mentions)
        out += std::string(m.rule) + " " + std::to_string(m.sentence) + " ";
    for (const auto& e : doc.events) out += e.sentence + "|";
    for (const auto& d : doc.diagnostics) out += d.message + "|";
    return out;
}

std::string article(const char* name) {
    std::string text =
        kairos::test::slurp(std::filesystem::path(KAIROS_SOURCE_DIR) / "examples/articles" / name);
    REQUIRE_FALSE(text.empty());
    return text;
}

} // namespace

TEST_CASE("extracting into a used document gives exactly what a fresh one gets") {
    const kairos::extractor ex;
    kairos::extract_options with_events = at("2025-09-14");
    with_events.link_events = true;
    const std::string madrid = article("madrid-talks-2025-09-14.txt");
    std::string long_text; // over one 256 KiB window, so the text is read in several
    while (long_text.size() < 600'000) long_text += article("tiktok-2025-06-19.txt") + "\n\n";
    const std::vector<std::string> texts = {madrid,    long_text, "",          "Sept.\0 17\xff",
                                            long_text, madrid,    "On Monday."};
    kairos::document reused;
    for (const std::string& t : texts) {
        CAPTURE(t.size());
        ex.extract(t, with_events, reused);
        CHECK(everything(reused) == everything(ex.extract(t, with_events)));
    }
    // the text may be the document's own
    ex.extract(madrid, with_events, reused);
    ex.extract(reused.text, at("2024-01-01"), reused);
    CHECK(everything(reused) == everything(ex.extract(madrid, at("2024-01-01"))));
    CHECK(reused.events.empty()); // the options of this call, not the previous one
    // or any other text the document holds, such as a mention's or an event's sentence
    ex.extract(madrid, with_events, reused);
    REQUIRE_FALSE(reused.events.empty());
    const std::string sentence = reused.events.front().sentence;
    ex.extract(reused.events.front().sentence, with_events, reused);
    CHECK(everything(reused) == everything(ex.extract(sentence, with_events)));
    const std::string first = reused.mentions.front().text;
    ex.extract(reused.mentions.front().text, with_events, reused);
    CHECK(everything(reused) == everything(ex.extract(first, with_events)));
}

TEST_SUITE("concurrency") {
    TEST_CASE("one extractor serves many threads with identical results") {
        const kairos::extractor ex;
        const std::string text = "The talks resume next Tuesday at 5 p.m. ET, a week after "
                                 "they stalled in early September.";
        const auto expected = ex.extract(text, at("2025-09-17"));
        std::vector<std::thread> threads;
        std::vector<int> same(8, 0);
        for (std::size_t t = 0; t < same.size(); ++t)
            threads.emplace_back([&, t] {
                for (int i = 0; i < 50; ++i) {
                    const auto doc = ex.extract(text, at("2025-09-17"));
                    bool equal = doc.mentions.size() == expected.mentions.size();
                    for (std::size_t k = 0; equal && k < doc.mentions.size(); ++k)
                        equal = doc.mentions[k].value == expected.mentions[k].value &&
                                doc.mentions[k].begin == expected.mentions[k].begin;
                    same[t] += equal ? 1 : 0;
                }
            });
        for (auto& th : threads) th.join();
        for (int s : same) CHECK(s == 50);
    }
}
