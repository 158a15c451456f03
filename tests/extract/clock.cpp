// A day with a clock time as one instant, and the clock forms, as a user of the library sees
// them: one mention per day and time in either order, the part of day setting the half of the
// clock, and the numbers that look like a clock but are verses, ratios, race times or counts.
// The values of each construction are rows of cases.hpp; these tests check what the rows
// cannot (several phrasings of one instant, what is not found, the ends of a range).
#include "run.hpp"

#include <doctest/doctest.h>
#include <kairos/extractor.hpp>
#include <string>
#include <string_view>

using kairos::test::listed;
using kairos::test::run;

namespace {

struct phrasing {
    std::string_view text;
    std::string_view extent;
    std::string_view value;
};

/// The text gives exactly one mention, a TIME with this extent and value.
void check_one_time(const phrasing& p, std::string_view dct) {
    CAPTURE(p.text);
    const auto doc = run(p.text, dct);
    CAPTURE(listed(doc));
    REQUIRE(doc.mentions.size() == 1);
    CHECK(doc.mentions[0].text == p.extent);
    CHECK(doc.mentions[0].type == kairos::timex_type::time);
    CHECK(doc.mentions[0].value.str() == p.value);
}

/// No mention of the text is a clock time: no point's value has an hour ("T09", not "TNI";
/// "PT5H" is a span).
void check_no_clock(std::string_view text, std::string_view dct) {
    CAPTURE(text);
    const auto doc = run(text, dct);
    CAPTURE(listed(doc));
    for (const auto& m : doc.mentions) {
        const std::string v = m.value.str();
        const auto t = v.front() == 'P' ? std::string::npos : v.find('T');
        CHECK((t == std::string::npos || t + 1 == v.size() || v[t + 1] < '0' || v[t + 1] > '9'));
    }
}

} // namespace

TEST_CASE("a day and its time are one instant in either order, with or without a link word") {
    // DCT Sunday 2025-09-14; the sentences look ahead
    const phrasing rows[] = {
        {"The strike starts tomorrow at noon.", "tomorrow at noon", "2025-09-15T12:00"},
        {"The strike starts at noon tomorrow.", "noon tomorrow", "2025-09-15T12:00"},
        {"The strike starts tomorrow, 6 p.m.", "tomorrow, 6 p.m.", "2025-09-15T18:00"},
        {"The vote will be held Sept. 17 at 9 a.m.", "Sept. 17 at 9 a.m.", "2025-09-17T09:00"},
        {"The vote will be held at 9 a.m. on Sept. 17.", "9 a.m. on Sept. 17", "2025-09-17T09:00"},
        {"The vote will be held 9 a.m. Sept. 17.", "9 a.m. Sept. 17", "2025-09-17T09:00"},
        {"I will pick you up on Friday at 7:45pm.", "Friday at 7:45pm", "2025-09-19T19:45"},
        {"The review is on the 20th at 14:00.", "the 20th at 14:00", "2025-09-20T14:00"},
    };
    for (const auto& p : rows) check_one_time(p, "2025-09-14");
}

TEST_CASE("a bare hour after \"at\" is a time beside its day, the afternoon's when 1 to 5") {
    const phrasing rows[] = {
        {"Can we talk Monday at 9?", "Monday at 9", "2025-09-15T09:00"},
        {"Can we talk Monday at 4?", "Monday at 4", "2025-09-15T16:00"},
        {"Call me tomorrow at five, please.", "tomorrow at five", "2025-09-15T17:00"},
        {"I will be home at 8 tonight.", "8 tonight", "2025-09-14T20:00"},
        {"The results came in 2 days ago at 11.", "2 days ago at 11", "2025-09-12T11:00"},
        {"Wake me up at 6:30 tomorrow.", "6:30 tomorrow", "2025-09-15T06:30"},
        {"Let's meet at 10 on Monday.", "10 on Monday", "2025-09-15T10:00"},
    };
    for (const auto& p : rows) check_one_time(p, "2025-09-14");
}

TEST_CASE("the part of day sets the half of the clock") {
    const phrasing rows[] = {
        {"Flights resume tomorrow morning at 6.", "tomorrow morning at 6", "2025-09-15T06:00"},
        {"Flights resume tomorrow afternoon at 3:30.", "tomorrow afternoon at 3:30",
         "2025-09-15T15:30"},
        {"The show airs Tuesday evening at 7.", "Tuesday evening at 7", "2025-09-16T19:00"},
        {"Doors open tonight at 10:30.", "tonight at 10:30", "2025-09-14T22:30"},
        {"The ban ends tonight at 12.", "tonight at 12", "2025-09-14T24"},
        {"The ferry leaves tomorrow at 5:30 in the evening.", "tomorrow at 5:30 in the evening",
         "2025-09-15T17:30"},
        {"Drinks tomorrow @ 6pm?", "tomorrow @ 6pm", "2025-09-15T18:00"},
    };
    for (const auto& p : rows) check_one_time(p, "2025-09-14");
}

TEST_CASE("clock forms: meridiem glued to the minutes, seconds, the hour mark, words, military") {
    const phrasing rows[] = {
        {"The alarm went off at 6:05AM.", "6:05AM", "2025-09-14T06:05"},
        {"The blast came at 12:30:00 pm, police said.", "12:30:00 pm", "2025-09-14T12:30:00"},
        {"Markets reopen at 09:15:30 local.", "09:15:30", "2025-09-14T09:15:30"},
        {"The train leaves at 9h05.", "9h05", "2025-09-14T09:05"},
        {"The raid began at 0430 GMT.", "0430 GMT", "2025-09-14T04:30"},
        {"The raid began at 2215 hrs.", "2215 hrs", "2025-09-14T22:15"},
        {"We left at twenty past six.", "twenty past six", "2025-09-14T06:20"},
        {"We left at a quarter past eleven.", "a quarter past eleven", "2025-09-14T11:15"},
        {"We left at quarter to one.", "quarter to one", "2025-09-14T12:45"},
        {"We left at seven forty-five.", "seven forty-five", "2025-09-14T07:45"},
        {"We left at 7 o'clock.", "7 o'clock", "2025-09-14T07:00"},
    };
    for (const auto& p : rows) check_one_time(p, "2025-09-14");
}

TEST_CASE("numbers that look like a clock are not one") {
    const std::string_view texts[] = {
        "Read John 3:16 tonight.",               // a verse, the night stays
        "The pastor read Psalm 23:4 on Sunday.", // a verse beside its day
        "Shares closed Friday at 12 a share.",   // a price
        "It buys the stake after Jan. 1, 1990 at 1,015 francs a share.",
        "The yield stood Monday at 9 percent.", // a rate
        "He won in 2:03:45 on Sunday.",         // a race time
        "Output rose a quarter after nine months.",
        "The envoy spent about five hours in Nairobi on Friday.", // a span, four letters
        "The army had 1530 men by Monday.",      // four digits with no zone are a count
        "Relays start at 900 GMT on Monday.",    // military times have four digits
        "Ten thirty-somethings came on Friday.", // a count of people
        "Ten thirty works for me tomorrow.",     // no word that leads to a time
        "The index stood at 5.5 on Monday.",     // a level, not a time
    };
    for (std::string_view text : texts) check_no_clock(text, "2025-09-14");
}

TEST_CASE("a range of clock times keeps its ends when its day comes first") {
    const auto doc = run("Can we meet Thursday 9:30 - 11:00?", "2025-09-14");
    CAPTURE(listed(doc));
    REQUIRE(doc.mentions.size() == 1);
    CHECK(doc.mentions[0].text == "Thursday 9:30 - 11:00");
    const kairos::reach* r = doc.reach_of(doc.mentions[0]);
    REQUIRE(r != nullptr);
    CHECK(r->begin.str().substr(10) == "T09:30");
    CHECK(r->end.str().substr(10) == "T11:00");
    CHECK(doc.text.substr(r->end_text.begin, r->end_text.end - r->end_text.begin) == "11:00");
}

TEST_CASE("a day at midnight stays that day for what the story counts from it") {
    // 2024-11-24 is a Sunday: 24:00 is the start of the next week, the story's day is not
    const auto doc = run("The vote closed on Sunday, November 24, 2024 at midnight. The count "
                         "ended the following week.",
                         "2024-12-01");
    CAPTURE(listed(doc));
    REQUIRE(doc.mentions.size() == 2);
    CHECK(doc.mentions[0].value.str() == "2024-11-24T24");
    CHECK(doc.mentions[1].value.str() == "2024-W48");
}
