// JSON: the extract contract, lossless timeline files over generated timelines, JSON Lines,
// and errors that name what is wrong.
#include "json_reference.hpp"
#include "tools.hpp"

#include <doctest/doctest.h>
#include <kairos/io/json.hpp>
#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace {

using kairos::event_kind;
using kairos::io::json;

date::sys_days day(std::string_view iso) {
    const auto b = kairos::timex::parse(iso).bounds();
    REQUIRE(b.has_value());
    return b->first_day;
}

kairos::document madrid_document() {
    kairos::document doc;
    doc.text = "Talks in Madrid on Sunday; a September 17 deadline; the upcoming APEC meeting.";
    doc.dct.day = day("2025-09-14");
    kairos::mention sunday{.begin = 16, .end = 22, .text = "Sunday"};
    sunday.value = kairos::timex::parse("2025-09-14");
    kairos::mention sept{.begin = 26, .end = 38, .text = "September 17"};
    sept.value = kairos::timex::parse("2025-09-17");
    kairos::mention late{.begin = 0, .end = 5, .text = "Talks"};
    late.value = kairos::timex::parse("2025-09").with_mod(kairos::timex_mod::end);
    doc.mentions = {sunday, sept, late};
    kairos::event talks;
    talks.kind = event_kind::meeting;
    talks.value = sunday.value;
    talks.subject = "US-China talks";
    talks.mentions = {0};
    kairos::event deadline;
    deadline.kind = event_kind::deadline;
    deadline.value = sept.value;
    deadline.subject = "TikTok divestment";
    deadline.mentions = {1};
    deadline.history = {kairos::timex::parse("2025-06-19")};
    deadline.instant_utc =
        date::sys_seconds{day("2025-09-18")} + std::chrono::hours{3} + std::chrono::minutes{59};
    kairos::event apec;
    apec.kind = event_kind::meeting;
    apec.value = kairos::timex::parse("FUTURE_REF");
    apec.subject = "APEC meeting";
    doc.events = {talks, deadline, apec};
    return doc;
}

} // namespace

TEST_CASE("extract JSON follows the documented contract field by field") {
    const auto j = kairos::io::extract_json(madrid_document());
    CHECK(
        j.dump() ==
        R"({"dct":"2025-09-14","mentions":[)"
        R"({"begin":16,"end":22,"text":"Sunday","type":"DATE","value":"2025-09-14","mod":null},)"
        R"({"begin":26,"end":38,"text":"September 17","type":"DATE","value":"2025-09-17","mod":null},)"
        R"({"begin":0,"end":5,"text":"Talks","type":"DATE","value":"2025-09","mod":"END"}],)"
        R"("events":[)"
        R"({"kind":"meeting","value":"2025-09-14","first":"2025-09-14","last":"2025-09-14",)"
        R"("instant_utc":null,"subject":"US-China talks","mentions":[0],"history":[]},)"
        R"({"kind":"deadline","value":"2025-09-17","first":"2025-09-17","last":"2025-09-17",)"
        R"("instant_utc":"2025-09-18T03:59:00Z","subject":"TikTok divestment","mentions":[1],)"
        R"("history":["2025-06-19"]},)"
        R"({"kind":"meeting","value":"FUTURE_REF","first":null,"last":null,"instant_utc":null,)"
        R"("subject":"APEC meeting","mentions":[],"history":[]}]})");
}

TEST_CASE("the DCT keeps its clock time and zone") {
    auto doc = madrid_document();
    doc.dct.time_of_day = std::chrono::hours{9} + std::chrono::minutes{30};
    doc.dct.zone = "America/New_York";
    auto j = kairos::io::extract_json(doc);
    CHECK(j["dct"] == "2025-09-14T09:30");
    CHECK(j["tz"] == "America/New_York");
    doc.dct.time_of_day = std::chrono::seconds{9 * 3600 + 30 * 60 + 15};
    CHECK(kairos::io::extract_json(doc)["dct"] == "2025-09-14T09:30:15");
}

TEST_CASE("extract JSON validates against docs/schema/extract.schema.json") {
    if (!kairos_test::python_has("jsonschema")) {
        WARN_MESSAGE(false, "python3-jsonschema not installed: schema check skipped");
        return;
    }
    auto doc = madrid_document();
    const auto ok = kairos_test::temp_file("extract.json", kairos::io::extract_json(doc).dump());
    const std::string schema = KAIROS_SOURCE_DIR "/docs/schema/extract.schema.json";
    const auto check = [&](const std::filesystem::path& p) {
        return kairos_test::run("/usr/bin/python3 -c 'import json,sys,jsonschema; "
                                "jsonschema.validate(json.load(open(sys.argv[1])), "
                                "json.load(open(sys.argv[2])))' " +
                                p.string() + " " + schema + " 2>/dev/null");
    };
    CHECK(check(ok) == 0);
    // The check can fail: a mention without "mod" is not the contract.
    auto broken = kairos::io::extract_json(doc);
    broken["mentions"][0].erase("mod");
    CHECK(check(kairos_test::temp_file("broken.json", broken.dump())) != 0);
}

namespace {

kairos::timex random_value(std::mt19937& rng) {
    std::uniform_int_distribution<int> pick(0, 9), year(1990, 2040), month(1, 12), dd(1, 28);
    switch (pick(rng)) {
    case 0:
        return kairos::timex::year(year(rng));
    case 1:
        return kairos::timex::quarter(year(rng), 1 + month(rng) % 4);
    case 2:
        return kairos::timex::month(year(rng), month(rng));
    case 3:
        return kairos::timex::reference(kairos::reference::future);
    case 4:
        return kairos::timex::parse("P30D");
    case 5:
        return kairos::timex::parse("XXXX-09-17");
    case 6:
        return kairos::timex::month(year(rng), month(rng)).with_mod(kairos::timex_mod::end);
    case 7:
        return kairos::timex::parse("2025-09-17T17:00-04:00");
    default:
        return kairos::timex::day(year(rng), month(rng), dd(rng));
    }
}

std::string random_text(std::mt19937& rng) {
    static const std::vector<std::string> words{"TikTok",      "divestment",  "tariff", "truce",
                                                "\"quoted\"",  "back\\slash", "Zürich", "日本",
                                                "line\nbreak", "tab\t",       "",       "US–China"};
    std::uniform_int_distribution<std::size_t> pick(0, words.size() - 1), count(0, 4);
    std::string s;
    for (auto n = count(rng); n > 0; --n) s += words[pick(rng)] + " ";
    return s;
}

kairos::event random_event(std::mt19937& rng) {
    std::uniform_int_distribution<int> kind(0, 5), coin(0, 1), small(0, 3);
    kairos::event e;
    e.kind = static_cast<event_kind>(kind(rng));
    e.value = random_value(rng);
    if (coin(rng)) e.end = random_value(rng);
    if (coin(rng))
        e.instant_utc = date::sys_seconds{day("2025-09-17")} +
                        std::chrono::seconds{std::uniform_int_distribution<int>(0, 1 << 30)(rng)};
    e.subject = random_text(rng);
    e.sentence = random_text(rng);
    for (auto n = small(rng); n > 0; --n)
        e.mentions.push_back(static_cast<std::uint32_t>(small(rng)));
    for (auto n = small(rng); n > 0; --n) e.history.push_back(random_value(rng));
    if (coin(rng)) e.extensions = small(rng);
    return e;
}

kairos::timeline random_timeline(std::mt19937& rng) {
    kairos::timeline tl;
    std::uniform_int_distribution<int> events(0, 40), src(0, 5), offset(0, 900);
    for (auto n = events(rng); n > 0; --n)
        tl.add(random_event(rng), "source-" + std::to_string(src(rng)) + ".txt",
               day("2024-01-01") + date::days{offset(rng)});
    return tl;
}

} // namespace

TEST_CASE("load(save(t)) == t over generated timelines") {
    std::mt19937 rng(2025);
    for (int round = 0; round < 200; ++round) {
        const auto tl = random_timeline(rng);
        for (int indent : {-1, 2}) {
            const auto text = kairos::io::save_timeline(tl, indent);
            const auto back = kairos::io::load_timeline(text);
            REQUIRE_MESSAGE(back.has_value(), (back ? "" : back.err().message));
            CHECK(*back == tl);
            CHECK(kairos::io::save_timeline(*back, indent) == text);
        }
    }
}

TEST_CASE("a merged timeline survives the round trip with its revisions") {
    kairos::timeline tl;
    kairos::event e;
    e.kind = event_kind::deadline;
    e.subject = "TikTok divestment";
    e.value = kairos::timex::parse("2025-01-19");
    tl.add(e, "jan.txt", day("2025-01-17"));
    e.value = kairos::timex::parse("2025-09-17");
    tl.add(e, "jun.txt", day("2025-06-19"));
    REQUIRE(tl.size() == 1);
    const auto back = kairos::io::load_timeline(kairos::io::save_timeline(tl));
    REQUIRE(back.has_value());
    CHECK(*back == tl);
    CHECK(back->entries().front().revisions.size() == 2);
    CHECK(back->overlapping(day("2025-09-17"), day("2025-09-17")).count() == 1);
}

TEST_CASE("saved timelines validate against docs/schema/timeline.schema.json") {
    if (!kairos_test::python_has("jsonschema")) {
        WARN_MESSAGE(false, "python3-jsonschema not installed: schema check skipped");
        return;
    }
    std::mt19937 rng(7);
    const auto path =
        kairos_test::temp_file("timeline.json", kairos::io::save_timeline(random_timeline(rng)));
    CHECK(kairos_test::run("/usr/bin/python3 -c 'import json,sys,jsonschema; "
                           "jsonschema.validate(json.load(open(sys.argv[1])), "
                           "json.load(open(sys.argv[2])))' " +
                           path.string() +
                           " " KAIROS_SOURCE_DIR "/docs/schema/timeline.schema.json") == 0);
}

TEST_CASE("loading a broken timeline names what is wrong and where") {
    const std::string entry_head =
        R"({"kairos_timeline":1,"entries":[{"event":{"kind":"deadline","value":)";
    const std::string event_tail =
        R"(,"end":null,"instant_utc":null,"subject":"s","sentence":"","mentions":[],)"
        R"("history":[],"extensions":null},"first":null,"last":null,)";
    const std::string good_revisions =
        R"("revisions":[{"value":"2025-09-17","source":"a","reported":"2025-09-01"}],)"
        R"("sources":["a"]}]})";
    struct broken_case {
        std::string text;
        std::string_view message;
    };
    const broken_case cases[] = {
        {"{", "timeline: not valid JSON"},
        {R"({"entries":[]})", R"(timeline: missing "kairos_timeline")"},
        {R"({"kairos_timeline":2,"entries":[]})",
         "timeline: kairos_timeline: unsupported version 2"},
        {R"({"kairos_timeline":1,"entries":{}})", "timeline: entries: expected an array"},
        {entry_head + R"("2025-13")" + event_tail + good_revisions,
         R"(timeline: entries[0].event.value: "2025-13" is not a TIMEX3 value)"},
        {entry_head + R"("2025-09-17")" + event_tail +
             R"("revisions":[{"value":"2025-09-17","source":"a","reported":"2025-02-30"}],)"
             R"("sources":["a"]}]})",
         R"(timeline: entries[0].revisions[0].reported: "2025-02-30" is not a day)"},
        // a TIMEX3 day with an era has no YYYY-MM-DD to be saved back as
        {entry_head + R"("2025-09-17")" + event_tail +
             R"("revisions":[{"value":"2025-09-17","source":"a","reported":"BC2025-09-01"}],)"
             R"("sources":["a"]}]})",
         R"(timeline: entries[0].revisions[0].reported: "BC2025-09-01" is not a day)"},
        {entry_head + R"("2025-09-17")" + event_tail + R"("sources":["a"]}]})",
         R"(timeline: entries[0]: missing "revisions")"},
        {R"({"kairos_timeline":1,"entries":[{"event":{"kind":"party","value":"2025"}}]})",
         R"(timeline: entries[0].event.kind: unknown event kind "party")"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.text);
        const auto r = kairos::io::load_timeline(std::string_view(c.text));
        REQUIRE_FALSE(r.has_value());
        CHECK(r.err().code == kairos::errc::parse_error);
        CHECK(r.err().message.starts_with(c.message));
    }
    // The well-formed version of the same file loads.
    CHECK(kairos::io::load_timeline(entry_head + R"("2025-09-17")" + event_tail + good_revisions)
              .has_value());
}

TEST_CASE("an event's UTC instant loads only in its exact form") {
    const std::string head =
        R"({"kairos_timeline":1,"entries":[{"event":{"kind":"meeting","value":"2025-09-14T10:00",)"
        R"("end":null,"instant_utc":)";
    const std::string tail =
        R"(,"subject":"s","sentence":"","mentions":[],"history":[],"extensions":null},)"
        R"("first":"2025-09-14","last":"2025-09-14","revisions":[{"value":"2025-09-14T10:00",)"
        R"("source":"a","reported":"2025-09-13"}],"sources":["a"]}]})";
    const auto loaded = kairos::io::load_timeline(head + R"("2025-09-14T08:00:00Z")" + tail);
    REQUIRE(loaded.has_value());
    const auto& e = *loaded->all().begin();
    REQUIRE(e.event.instant_utc.has_value());
    CHECK(*e.event.instant_utc ==
          date::sys_days{date::year{2025} / 9 / 14} + std::chrono::hours{8});
    for (const char* bad :
         {"2025-09-14T08:e0:00Z", "2025-09-14T24:00:00Z", "2025-02-30T08:00:00Z",
          "2025-09-14T08:00:00", "2025-09-14 08:00:00Z", "2025-09-14T08:00:00Z "}) {
        CAPTURE(bad);
        const auto r = kairos::io::load_timeline(head + '"' + bad + '"' + tail);
        REQUIRE_FALSE(r.has_value());
        CHECK(r.err().message.find("is not a UTC instant") != std::string::npos);
    }
}

TEST_CASE("JSON Lines records are read with typed errors naming the line") {
    const auto ok = kairos::io::read_jsonl_record(
        R"({"id":"a1","dct":"2025-09-14","text":"Talks on Sunday.","extra":true})", 1);
    REQUIRE(ok.has_value());
    CHECK(*ok == kairos::io::jsonl_record{"a1", "2025-09-14", "Talks on Sunday."});
    const auto numeric =
        kairos::io::read_jsonl_record(R"({"id":42,"dct":"2025-09-14","text":""})", 2);
    REQUIRE(numeric.has_value());
    CHECK(numeric->id == "42");

    struct bad_case {
        std::string_view line;
        std::string_view message;
    };
    const bad_case cases[] = {
        {"not json", "line 7: not valid JSON"},
        {"[1,2]", "line 7: expected an object"},
        {R"({"dct":"2025-09-14","text":"x"})", R"(line 7: missing "id")"},
        {R"({"id":"a","text":"x"})", R"(line 7: missing "dct")"},
        {R"({"id":"a","dct":"2025-09-14"})", R"(line 7: missing "text")"},
        {R"({"id":"a","dct":"2025-09-14","text":3})", "line 7.text: expected a string, found 3"},
        {R"({"id":null,"dct":"2025-09-14","text":""})",
         "line 7.id: expected a string or an integer"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.line);
        const auto r = kairos::io::read_jsonl_record(c.line, 7);
        REQUIRE_FALSE(r.has_value());
        CHECK(r.err().code == kairos::errc::parse_error);
        CHECK(r.err().message.starts_with(c.message));
    }
}

TEST_CASE("JSON Lines output is one compact line per document, id first") {
    const auto line = kairos::io::jsonl_result_line("doc-7", madrid_document());
    CHECK(line.find('\n') == std::string::npos);
    const auto j = json::parse(line);
    CHECK(j.begin().key() == "id");
    CHECK(j["id"] == "doc-7");
    CHECK(j["events"].size() == 3);
    CHECK(j["events"][1]["first"] == "2025-09-17");

    const auto err = kairos::io::jsonl_error_line(
        "doc-8", {kairos::errc::invalid_argument, "dct \"2025-02-30\" is not a date"});
    CHECK(err == R"({"id":"doc-8","error":"dct \"2025-02-30\" is not a date"})");

    // Invalid UTF-8 in the text never makes the line unwritable.
    auto doc = madrid_document();
    doc.mentions[0].text = "\xff\xfe";
    CHECK_NOTHROW((void)kairos::io::jsonl_result_line("doc-9", doc));
}

TEST_CASE("a timeline file is the bytes nlohmann prints for the tree, compact or indented") {
    std::mt19937 rng(4242);
    for (int round = 0; round < 300; ++round) {
        auto tl = random_timeline(rng);
        if (round % 3 == 0 && tl.size() > 0) { // negative and absent counts, odd sources
            auto e = tl.entries().front().event;
            e.extensions = -static_cast<int>(round % 7);
            tl.add(e, "bad \xff source \"q\"", day("2025-01-01"));
        }
        for (int indent : {-1, 2})
            CHECK(kairos::io::save_timeline(tl, indent) ==
                  kairos_test::ref::text(kairos_test::ref::timeline(tl), indent));
    }
    CHECK(kairos::io::save_timeline(kairos::timeline{}, -1) ==
          R"({"kairos_timeline":1,"entries":[]})");
}

TEST_CASE("days and instants are written as date::format writes them") {
    std::mt19937_64 rng(99);
    std::uniform_int_distribution<long long> any_second(-80'000'000'000LL, 300'000'000'000LL);
    for (int n = 0; n < 20000; ++n) {
        const date::sys_seconds t{std::chrono::seconds{any_second(rng)}};
        const auto d = date::floor<date::days>(t);
        CHECK(kairos::io::detail::js::iso_day(d) == date::format("%F", d));
        CHECK(kairos::io::detail::js::iso_instant(t) == date::format("%FT%TZ", t));
    }
    CHECK(kairos::io::detail::js::iso_day(day("2025-09-17")) == "2025-09-17");
    CHECK(kairos::io::detail::js::iso_instant(date::sys_days{day("0001-01-01")} +
                                              std::chrono::seconds{86399}) ==
          "0001-01-01T23:59:59Z");
}
