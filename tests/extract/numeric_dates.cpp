// Numeric and formatted dates: "2/15", "10/02/2025" (US order, or day first by option),
// "2012/8/10", "10-August-2012", "04/2016", ISO timestamps, "Aug 9, '96", "Mon, February 18";
// and the numbers that are not dates: fractions, scores, versions, names.
#include "run.hpp"

#include <doctest/doctest.h>
#include <kairos/extractor.hpp>
#include <string>

using kairos::test::listed;
using kairos::test::run;

namespace {

struct row {
    std::string_view text;
    std::string_view dct;
    std::string_view extent;
    std::string_view value;
};

void check(const row& r, bool day_first = false) {
    CAPTURE(r.text);
    auto o = kairos::test::no_events();
    o.day_first = day_first;
    const auto doc = run(r.text, r.dct, o);
    CAPTURE(listed(doc));
    REQUIRE(doc.mentions.size() == 1);
    CHECK(doc.mentions[0].text == r.extent);
    CHECK(doc.mentions[0].value.str() == r.value);
}

} // namespace

TEST_CASE("a month and day in figures is a date where a date is expected") {
    const row rows[] = {
        {"The agency set the filing deadline on 2/15, officials said.", "2026-01-10", "2/15",
         "2026-02-15"},
        {"Can we move the call to 3/12? Thanks, Dana", "2026-03-02", "3/12", "2026-03-12"},
        {"Ballots must be postmarked by 11/3.", "2026-09-20", "11/3", "2026-11-03"},
        {"The offer lapses 12/31, the bank says.", "2026-09-20", "12/31", "2026-12-31"},
        {"The siege lasted from 6/1, when the gates closed.", "1863-07-10", "6/1", "1863-06-01"},
        {"Moving day is Friday, 10/3.", "2025-09-28", "Friday, 10/3", "2025-10-03"},
        {"lunch fri 10/3?", "2025-09-28", "fri 10/3", "2025-10-03"},
        {"Pickup is Sat., 10/4 at the depot.", "2025-09-28", "Sat., 10/4", "2025-10-04"},
    };
    for (const auto& r : rows) check(r);
}

TEST_CASE("a full numeric date is US order unless the first number can only be a day") {
    check({"Payment is due 10/02/2025.", "2025-09-01", "10/02/2025", "2025-10-02"});
    check({"The ceasefire began on 15/02/2025.", "2025-03-01", "15/02/2025", "2025-02-15"});
    check({"Invoice dated 02/15/2025 attached.", "2025-03-01", "02/15/2025", "2025-02-15"});
}

TEST_CASE("day_first reads a full numeric date day first") {
    check({"Payment is due 10/02/2025.", "2025-09-01", "10/02/2025", "2025-02-10"}, true);
    check({"We land on 3/4, as planned.", "2025-02-20", "3/4", "2025-04-03"}, true);
    // a second number above 12 is the day in either convention
    check({"Invoice dated 02/15/2025 attached.", "2025-03-01", "02/15/2025", "2025-02-15"}, true);
}

TEST_CASE("year-first, hyphenated and month-year forms") {
    const row rows[] = {
        {"The survey closed 2012/8/10, the ministry said.", "2012-09-01", "2012/8/10",
         "2012-08-10"},
        {"The treaty was signed on 10-August-2012 in Geneva.", "2013-01-01", "10-August-2012",
         "2012-08-10"},
        {"Claim filed 3-Mar-2019 (see attached).", "2019-04-01", "3-Mar-2019", "2019-03-03"},
        {"Card expires 04/2016.", "2015-01-01", "04/2016", "2016-04"},
        {"Ticket sales opened in 11/1998 and sold out.", "1999-01-01", "11/1998", "1998-11"},
        {"The concert was on Aug 9, '96, in Oslo.", "2001-01-01", "Aug 9, '96", "1996-08-09"},
        {"He wrote home on Sept. 3, '44, from Normandy.", "1950-01-01", "Sept. 3, '44",
         "1944-09-03"},
        {"Tickets for the Sept. 12, '26 show sell out fast.", "2025-09-17", "Sept. 12, '26",
         "2026-09-12"},
    };
    for (const auto& r : rows) check(r);
}

TEST_CASE("ISO timestamps are clock times with their seconds and zone") {
    struct ts_row {
        std::string_view text;
        std::string_view extent;
        std::string_view value;
        std::int64_t utc; ///< seconds since 1970
    };
    const ts_row rows[] = {
        {"The job failed at 2025-09-17T13:15:30Z and was retried.", "2025-09-17T13:15:30Z",
         "2025-09-17T13:15:30Z", 1758114930},
        {"Posted 2025-09-17T09:15-04:00 by the newsroom.", "2025-09-17T09:15-04:00",
         "2025-09-17T09:15-04:00", 1758114900},
        {"Last seen 2024-02-29T23:59:59.250+0530.", "2024-02-29T23:59:59.250+0530",
         "2024-02-29T23:59:59+05:30", 1709231399},
    };
    for (const auto& r : rows) {
        CAPTURE(r.text);
        const auto doc = run(r.text, "2025-09-20");
        CAPTURE(listed(doc));
        REQUIRE(doc.mentions.size() == 1);
        const auto& m = doc.mentions[0];
        CHECK(m.text == r.extent);
        CHECK(m.type == kairos::timex_type::time);
        CHECK(m.value.str() == r.value);
        REQUIRE(m.instant_utc.has_value());
        CHECK(m.instant_utc->time_since_epoch().count() == r.utc);
    }
    // without a zone the clock time is local to the document
    const auto doc = run("Backup ran 2025-09-17T02:00 as scheduled.", "2025-09-20");
    REQUIRE(doc.mentions.size() == 1);
    CHECK(doc.mentions[0].value.str() == "2025-09-17T02:00");
}

TEST_CASE("a short weekday before a date belongs to it") {
    check({"Doors open Mon, February 18, at the arena.", "2019-02-10", "Mon, February 18",
           "2019-02-18"});
    check({"Sat., Feb. 9, 2019: the band played its last show.", "2019-03-01", "Sat., Feb. 9, 2019",
           "2019-02-09"});
}

TEST_CASE("fractions, scores, ratios, versions, prices, phone numbers and names are no dates") {
    const std::string_view texts[] = {
        "Add 1/2 cup of sugar and stir.",
        "The stock rose 3/8 to 45 on heavy volume.",
        "Turnout was cut by 2/3 after the storm.",
        "The help desk is open 24/7.",
        "Since 9/11, airport security has tightened.",
        "The home side won 2-1 after extra time.",
        "Please update to version 2.15 first.",
        "Tickets cost $12/15 for members.",
        "Call 555-1234 or 212/555-0199 for details.",
        "The odds were 5/1 against him.",
        "Part number 12/34 is out of stock.",
        "It finished 1/1000 of a second ahead.",
        "He sat 3/4 of the way back.",
        "The bond rose 7/16 to 99 1/20.",
    };
    kairos::test::check_no_mentions(texts, "2025-09-17");
}
