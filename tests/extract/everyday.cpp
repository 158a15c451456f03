// Everyday and chat phrasing (issue 17, constructions 4 and 7): what people type in e-mail, chat
// and to assistants, read as a typed request (doc_type colloquial) on Sunday 2025-09-14 at
// 10:00, and the words and numbers of the same kind of text that stay no time.
#include "run.hpp"

#include <doctest/doctest.h>
#include <kairos/extractor.hpp>
#include <string>
#include <string_view>

using kairos::test::listed;

namespace {

constexpr std::string_view sunday_morning = "2025-09-14T10:00";

kairos::document typed(std::string_view text) {
    kairos::extract_options o = kairos::test::no_events();
    o.doc_type = kairos::text_kind::colloquial;
    return kairos::test::run(text, sunday_morning, o);
}

struct row {
    std::string_view text;
    std::string_view extent;
    std::string_view value; ///< TIMEX3 value without its mod
    std::string_view mod = {};
};

// Short weekdays without their period, chat spellings, ordinals in every order and case, edges
// of a unit without "the", clock times told past the hour and the British "7.45pm".
constexpr row rows[] = {
    {"lunch on thurs?", "thurs", "2025-09-18"},
    {"can we move it to Tues", "Tues", "2025-09-16"},
    {"see you Fri", "Fri", "2025-09-19"},
    {"Weds works for me", "Weds", "2025-09-17"},
    {"next Thurs works", "next Thurs", "2025-09-18"},
    {"Tues at 3pm?", "Tues at 3pm", "2025-09-16T15:00"},
    {"tues morning is free", "tues morning", "2025-09-16TMO"},
    {"pick up the kids fri afternoon", "fri afternoon", "2025-09-19TAF"},
    {"thurs night drinks", "thurs night", "2025-09-18TNI"},
    {"fri 5pm", "fri 5pm", "2025-09-19T17:00"},
    {"Thu 18 Sept works", "Thu 18 Sept", "2025-09-18"},
    {"Sat 20 Sept at the park", "Sat 20 Sept", "2025-09-20"},
    {"next sat", "next sat", "2025-09-20"},
    {"this sat at 8", "this sat at 8", "2025-09-20T08:00"},
    {"this coming wed", "this coming wed", "2025-09-17"},
    {"next sun", "next sun", "2025-09-21"},
    {"call me tmrw", "tmrw", "2025-09-15"},
    {"tmrw at 9", "tmrw at 9", "2025-09-15T09:00"},
    {"tonite at 8", "tonite at 8", "2025-09-14T20:00"},
    {"what did you do yday", "yday", "2025-09-13"},
    {"yday afternoon", "yday afternoon", "2025-09-13TAF"},
    {"the 5th of november", "the 5th of november", "2025-11-05"},
    {"November the 5th", "November the 5th", "2025-11-05"},
    {"november the 5th at noon", "november the 5th at noon", "2025-11-05T12:00"},
    {"nov 5th", "nov 5th", "2025-11-05"},
    {"5th nov", "5th nov", "2025-11-05"},
    {"the fifth of november", "the fifth of november", "2025-11-05"},
    {"the 20th of sept", "the 20th of sept", "2025-09-20"},
    {"20th sept", "20th sept", "2025-09-20"},
    {"1st of oct", "1st of oct", "2025-10-01"},
    {"first of october", "first of october", "2025-10-01"},
    {"the seventeenth of november", "the seventeenth of november", "2025-11-17"},
    {"sept 30th", "sept 30th", "2025-09-30"},
    {"by sept 30", "sept 30", "2025-09-30"},
    {"back in nov", "nov", "2025-11"},
    {"Friday the 19th", "Friday the 19th", "2025-09-19"},
    {"Sunday the 21st", "Sunday the 21st", "2025-09-21"},
    {"Thurs the 2nd", "Thurs the 2nd", "2025-10-02"},
    {"next Thursday the 18th", "next Thursday the 18th", "2025-09-18"},
    {"this coming Friday", "this coming Friday", "2025-09-19"},
    {"next weekend", "next weekend", "2025-W38-WE"},
    {"this wknd", "this wknd", "2025-W37-WE"},
    {"end of next week", "end of next week", "2025-W38", "END"},
    {"beginning of next month", "beginning of next month", "2025-10", "START"},
    {"middle of next month", "middle of next month", "2025-10", "MID"},
    {"end of month", "end of month", "2025-09", "END"},
    {"end of sept", "end of sept", "2025-09", "END"},
    {"end of day", "end of day", "2025-09-14", "END"},
    {"end of year", "end of year", "2025", "END"},
    {"early next week", "early next week", "2025-W38", "START"},
    {"mid next week", "mid next week", "2025-W38", "MID"},
    {"noon tomorrow", "noon tomorrow", "2025-09-15T12:00"},
    {"noon on friday", "noon on friday", "2025-09-19T12:00"},
    {"tomorrow 9am", "tomorrow 9am", "2025-09-15T09:00"},
    {"tomorrow @ 3pm", "tomorrow @ 3pm", "2025-09-15T15:00"},
    {"tomorrow evening at 7", "tomorrow evening at 7", "2025-09-15T19:00"},
    {"8pm tonight", "8pm tonight", "2025-09-14T20:00"},
    {"at 8 tonight", "8 tonight", "2025-09-14T20:00"},
    {"be home by 9 tonight", "9 tonight", "2025-09-14T21:00"},
    {"open until 11 tonite", "11 tonite", "2025-09-14T23:00"},
    {"at 8 in the evening", "8 in the evening", "2025-09-14T20:00"},
    {"the day after tomorrow at 3", "the day after tomorrow at 3", "2025-09-16T15:00"},
    {"first thing Monday", "Monday", "2025-09-15"},
    {"monday next week", "monday next week", "2025-09-15"},
    {"friday next week at 2pm", "friday next week at 2pm", "2025-09-19T14:00"},
    {"wednesday this week", "wednesday this week", "2025-09-17"},
    {"a week from today", "a week from today", "2025-09-21"},
    {"the week after next", "the week after next", "2025-W39"},
    {"friday after next", "friday after next", "2025-09-26"},
    {"the last friday of the month", "the last friday of the month", "2025-09-26"},
    {"Q3", "Q3", "2025-Q3"},
    {"Q1 2026", "Q1 2026", "2026-Q1"},
    {"H2 2026", "H2 2026", "2026-H2"},
    {"next quarter", "next quarter", "2025-Q4"},
    {"half past 10", "half past 10", "2025-09-14T10:30"},
    {"a quarter past 11", "a quarter past 11", "2025-09-14T11:15"},
    {"twenty past 10", "twenty past 10", "2025-09-14T10:20"},
    {"ten past 8 on friday", "ten past 8 on friday", "2025-09-19T08:10"},
    {"quarter after 9", "quarter after 9", "2025-09-14T09:15"},
    {"half past 9 tomorrow", "half past 9 tomorrow", "2025-09-15T09:30"},
    {"at 7.45pm", "7.45pm", "2025-09-14T19:45"},
    {"the call is at 10.15am tomorrow", "10.15am tomorrow", "2025-09-15T10:15"},
    {"7.45 p.m.", "7.45 p.m.", "2025-09-14T19:45"},
    {"xmas", "xmas", "2025-12-25"},
    {"xmas eve", "xmas eve", "2025-12-24"},
    {"new years eve", "new years eve", "2025-12-31"},
    {"new years day", "new years day", "2026-01-01"},
    {"halloween", "halloween", "2025-10-31"},
    {"this weekend", "this weekend", "2025-W37-WE"},
    {"tomorrow night", "tomorrow night", "2025-09-15TNI"},
    {"Game 7 tonight", "tonight", "2025-09-14TNI"},
    {"9/16 at 3pm", "9/16 at 3pm", "2025-09-16T15:00"},
    {"10/1 at noon", "10/1 at noon", "2025-10-01T12:00"},
    {"Friday @ 5", "Friday @ 5", "2025-09-19T17:00"},
    {"tmrw @ 10", "tmrw @ 10", "2025-09-15T10:00"},
    {"8 in the evening", "8 in the evening", "2025-09-14T20:00"},
    {"7 in the morning tomorrow", "7 in the morning tomorrow", "2025-09-15T07:00"},
    {"left 5 mins ago", "5 mins ago", "2025-09-14T09:55"},
    {"the meeting ran 45 mins", "45 mins", "PT45M"},
    {"left 1 min ago", "1 min ago", "2025-09-14T09:59"},
    {"back in 10 min", "10 min", "PT10M"},
    {"2 wks ago", "2 wks ago", "2025-W35"},
    {"a 3-wk trip", "3-wk", "P3W"},
    {"rent due the last day of the month", "the last day of the month", "2025-09-30"},
    {"Sent: 10/01/25", "10/01/25", "2025-10-01"},
    {"invoice dated 12/30/13", "12/30/13", "2013-12-30"},
    {"5th of next month", "5th of next month", "2025-10-05"},
    {"free 2-4pm", "2-4pm", "PT2H"},
    {"open Mon-Fri", "Mon-Fri", "P5D"},
    {"the Jan/Feb issue", "Jan/Feb", "P2M"},
    {"remind me every 2 weeks", "every 2 weeks", "P2W"},
    {"each night at bedtime", "each night", "XXXX-XX-XXTNI"},
    {"the lease ends march 2026", "march 2026", "2026-03"},
    {"back in may 2024", "may 2024", "2024-05"},
    {"done by 5 tomorrow", "5 tomorrow", "2025-09-15T17:00"},
};

// Words, scores, versions, phone numbers and counts typed in the same kind of text.
constexpr std::string_view no_time[] = {
    "mix 1/4 at 3:1",
    "he won 3/4 at the end",
    "I may go",
    "they march on",
    "take a second look",
    "he sat down",
    "don't fall behind",
    "a 3-1 win",
    "update to v2.15",
    "call 555-0123",
    "5 stars",
    "top 10 tips",
    "open 24/7",
    "it's 50/50",
    "a 9-5 job",
    "the sun is out",
    "they will wed",
    "room 101",
    "chapter 11",
    "Windows 10",
    "it was $20",
    "up 20%",
    "1st place",
    "the 2nd floor",
    "she is 30",
    "hold on a sec",
    "give me a min",
    "wait a min",
    "the min wage",
    "may i ask",
    "the march was long",
    "a mon ami",
    "Route 66",
    "Harry weds Meghan",
    "this sun is hot",
    "a friend of Jan",
    "she sat on the bench",
    "the march to the sea",
    "he came in second",
    "a quarter of the votes",
    "half of 10 people",
    "twenty of the 30 players",
    "the 1/2/3 plan",
    "mix 1/2/a",
    "open 9 to 5",
    "they won 2-4",
};

} // namespace

TEST_CASE("everyday phrasing: each phrase gives its extent, value and mod") {
    for (const row& r : rows) {
        CAPTURE(r.text);
        const kairos::document doc = typed(r.text);
        CAPTURE(listed(doc));
        const kairos::mention* found = nullptr;
        for (const auto& m : doc.mentions)
            if (m.text == r.extent) found = &m;
        REQUIRE(found != nullptr);
        CHECK(found->value.with_mod(kairos::timex_mod::none).str() == r.value);
        CHECK(to_string(found->value.mod()) == r.mod);
    }
}

TEST_CASE("everyday phrasing: look-alike words and numbers give no time") {
    for (std::string_view text : no_time) {
        CAPTURE(text);
        const kairos::document doc = typed(text);
        CAPTURE(listed(doc));
        CHECK(doc.mentions.empty());
    }
}

TEST_CASE("everyday phrasing: a spelled ordinal that counts things stays out of the date") {
    // the day after "Month the" / "Weekday the" is read in figures only ("November the 5th")
    const struct {
        std::string_view text, extent;
    } cases[] = {{"in June the first barges arrived", "June"},
                 {"on Friday the third round begins", "Friday"},
                 {"see you June the 1st", "June the 1st"}};
    for (const auto& c : cases) {
        CAPTURE(c.text);
        const kairos::document doc = typed(c.text);
        CAPTURE(listed(doc));
        REQUIRE(doc.mentions.size() == 1);
        CHECK(doc.mentions.front().text == c.extent);
    }
}
