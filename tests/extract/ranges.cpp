// Ranges and durations that point somewhere, as a user of the library and its writers sees them:
// the reach of a mention, the JSON "reach", the TimeML anchored duration, the events that use
// a range's ends. The values of each construction are rows of cases.hpp.
#include "run.hpp"

#include <doctest/doctest.h>
#include <kairos/extractor.hpp>
#include <kairos/io/json.hpp>
#include <kairos/io/timeml.hpp>
#include <string>

using kairos::test::run;
using kairos::test::with_events;

namespace {

const kairos::mention* with_text(const kairos::document& doc, std::string_view text) {
    for (const auto& m : doc.mentions)
        if (m.text == text) return &m;
    return nullptr;
}

} // namespace

TEST_CASE("a range keeps the text of each end") {
    const auto doc = run("The festival runs July 13-15, 2013, in the old town.", "2013-06-01");
    const auto* m = with_text(doc, "July 13-15, 2013");
    REQUIRE(m != nullptr);
    const kairos::reach* r = doc.reach_of(*m);
    REQUIRE(r != nullptr);
    CHECK(doc.text.substr(r->begin_text.begin, r->begin_text.end - r->begin_text.begin) ==
          "July 13");
    CHECK(doc.text.substr(r->end_text.begin, r->end_text.end - r->end_text.begin) == "15, 2013");
}

TEST_CASE("\"from\" and \"between\" belong to the range but to neither end") {
    const auto doc = run("Applications are accepted between May 1 and June 30.", "2025-03-10");
    REQUIRE(doc.mentions.size() == 1);
    const kairos::reach* r = doc.reach_of(doc.mentions[0]);
    REQUIRE(r != nullptr);
    CHECK(doc.text.substr(r->begin_text.begin, r->begin_text.end - r->begin_text.begin) == "May 1");
    CHECK(doc.text.substr(r->end_text.begin, r->end_text.end - r->end_text.begin) == "June 30");
}

TEST_CASE("a mention that reaches nowhere has no reach") {
    const auto doc = run("The plant closed on March 12 after 90 days of talks.", "2025-09-17");
    REQUIRE(doc.mentions.size() == 2);
    for (const auto& m : doc.mentions) {
        CAPTURE(m.text);
        CHECK(m.reach == kairos::no_reach);
        CHECK(doc.reach_of(m) == nullptr);
    }
    CHECK(doc.reaches.empty());
}

TEST_CASE("an end before its begin is no range") {
    // "July 15-13" runs backwards: no range is read from it
    const auto doc = run("The fair runs July 15-13.", "2013-06-01");
    for (const auto& m : doc.mentions) CHECK(m.type != kairos::timex_type::duration);
}

TEST_CASE("\"in\" reaches nowhere when its sentence tells the past") {
    const auto doc = run("Firemen contained the blaze in 2 hours.", "2025-09-17");
    const auto* m = with_text(doc, "2 hours");
    REQUIRE(m != nullptr);
    CHECK(doc.reach_of(*m) == nullptr);
}

TEST_CASE("hours reach a clock reading when the DCT has a time of day") {
    const auto doc = run("The polls close in 2 hours.", "2025-09-17T10:30");
    const auto* m = with_text(doc, "2 hours");
    REQUIRE(m != nullptr);
    const kairos::reach* r = doc.reach_of(*m);
    REQUIRE(r != nullptr);
    CHECK(r->begin.str() == "2025-09-17T12:30");
    CHECK(r->end.str() == "2025-09-17T12:30");
}

TEST_CASE("JSON mentions carry the two ends they reach") {
    const auto doc = run("Reply within 30 days. Talks were held March 6-8.", "2025-09-17");
    const auto j = kairos::io::extract_json(doc);
    REQUIRE(j["mentions"].size() == 2);
    CHECK(j["mentions"][0]["type"] == "DURATION");
    CHECK(j["mentions"][0]["reach"]["begin"] == "2025-09-17");
    CHECK(j["mentions"][0]["reach"]["end"] == "2025-10-17");
    CHECK(j["mentions"][1]["text"] == "March 6-8");
    CHECK(j["mentions"][1]["value"] == "P3D");
    CHECK(j["mentions"][1]["reach"]["begin"] == "2025-03-06");
    CHECK(j["mentions"][1]["reach"]["end"] == "2025-03-08");
    const auto plain = kairos::io::extract_json(run("The plant closed on March 12.", "2025-09-17"));
    CHECK_FALSE(plain["mentions"][0].contains("reach"));
}

TEST_CASE("TimeML writes a range's ends and the duration anchored to them") {
    const auto doc = run("Voting runs from 3:30 to 6 PM in most towns.", "2025-09-17");
    const auto tml = kairos::io::write_timeml(doc);
    REQUIRE(tml.has_value());
    CHECK(tml.value().find(
              "from <TIMEX3 tid=\"t1\" type=\"TIME\" value=\"2025-09-17T15:30\">3:30</TIMEX3> to "
              "<TIMEX3 tid=\"t2\" type=\"TIME\" value=\"2025-09-17T18:00\">6 PM</TIMEX3>"
              "<TIMEX3 tid=\"t3\" type=\"DURATION\" value=\"PT2H30M\" beginPoint=\"t1\" "
              "endPoint=\"t2\"/> in most towns") != std::string::npos);
    // read back, the anchored duration has no text: the two ends are the TIMEX3 of the file
    const auto back = kairos::io::parse_timeml(tml.value());
    REQUIRE(back.has_value());
    REQUIRE(back.value().timexes.size() == 2);
    CHECK(back.value().timexes[0].value == "2025-09-17T15:30");
    CHECK(back.value().timexes[1].value == "2025-09-17T18:00");
}

TEST_CASE("a deadline over a range is due at its end; a meeting starts at its begin") {
    const auto due =
        run("Applications are due between May 1 and June 30.", "2025-03-10", with_events());
    REQUIRE(due.events.size() == 1);
    CHECK(due.events[0].kind == kairos::event_kind::deadline);
    CHECK(due.events[0].value.str() == "2025-06-30");

    const auto meet = run("Leaders will meet July 13-15 in Vilnius.", "2025-06-01", with_events());
    REQUIRE(meet.events.size() == 1);
    CHECK(meet.events[0].kind == kairos::event_kind::meeting);
    CHECK(meet.events[0].value.str() == "2025-07-13");
    REQUIRE(meet.events[0].end.has_value());
    CHECK(meet.events[0].end->str() == "2025-07-15");
}

TEST_CASE("a range a verb moves is the move from its begin to its end") {
    const auto doc =
        run("The board postponed the vote from Monday to Friday.", "2025-09-17", with_events());
    REQUIRE(doc.events.size() == 1);
    CHECK(doc.events[0].value.str() == "2025-09-19");
    REQUIRE(doc.events[0].history.size() == 1);
    CHECK(doc.events[0].history[0].str() == "2025-09-15");
}
