// Ordinal and relative forms (issue 17, construction 4): what they resolve to beyond the table
// rows, and the look-alikes that must stay plain words and numbers.
#include "run.hpp"

#include <doctest/doctest.h>
#include <kairos/extractor.hpp>
#include <string>
#include <string_view>

using kairos::test::run;

namespace {

std::string value_of(std::string_view text, std::string_view extent, std::string_view dct) {
    for (const auto& m : run(text, dct).mentions)
        if (m.text == extent) return m.value.str();
    return "(none)";
}

} // namespace

TEST_CASE("a bare ordinal is a day of the month only where a day is expected") {
    const std::string_view words[] = {
        "He was the first to arrive.",
        "The 2nd Battalion moved north at dawn.",
        "She finished the 15th race of the season.",
        "It was the third time the bridge had failed.",
        "Version 2.15 was the 3rd release.",
        "Leeds won 3-1; her office is on the 2nd floor.",
    };
    for (std::string_view text : words) {
        CAPTURE(text);
        std::string got;
        for (const auto& m : run(text, "2025-09-17").mentions) got += "[" + m.text + "] ";
        CAPTURE(got);
        CHECK(got.find("the 1") == std::string::npos);
        CHECK(got.find("the 2") == std::string::npos);
        CHECK(got.find("the 3") == std::string::npos);
        CHECK(got.find("the first") == std::string::npos);
        CHECK(got.find("the third") == std::string::npos);
    }
}

TEST_CASE("the day of the month follows the sentence and the month under discussion") {
    // past tense: the 20th already gone, so last month's
    CHECK(value_of("The payment cleared on the 20th.", "the 20th", "2025-09-17") == "2025-08-20");
    // future: this month's, still ahead
    CHECK(value_of("The payment will clear by the 20th.", "the 20th", "2025-09-17") ==
          "2025-09-20");
    // a month under discussion, in a history
    CHECK(value_of("The siege began in October 1941 and the city fell on the 28th, after days of "
                   "shelling.",
                   "the 28th", "2024-05-01") == "1941-10-28");
    // no 31st in September: nothing rather than a wrong day
    CHECK(value_of("Invoices are due on the 31st of this month.", "the 31st of this month",
                   "2025-09-17") == "(none)");
}

TEST_CASE("ordinal weekdays count inside their month") {
    CHECK(value_of("Thanksgiving falls on the fourth Thursday of November 2026.",
                   "the fourth Thursday of November 2026", "2025-09-17") == "2026-11-26");
    CHECK(value_of("The club will meet on the first Monday in May.", "the first Monday in May",
                   "2025-09-17") == "2026-05-04");
    // the month under discussion: "the month" after March 2024
    CHECK(value_of("Rents rose in March 2024, and on the last Friday of the month tenants marched.",
                   "the last Friday of the month", "2025-09-17") == "2024-03-29");
    // no fifth Monday in February 2026
    CHECK(value_of("we said the fifth Monday of February 2026", "the fifth Monday of February 2026",
                   "2025-09-17") == "(none)");
}

TEST_CASE("counted weekdays and units step whole weeks from the DCT") {
    // from a Friday the coming Friday is a week away, not today
    CHECK(value_of("The fund closes Friday after next.", "Friday after next", "2025-09-19") ==
          "2025-10-03");
    CHECK(value_of("lunch four Tuesdays from now?", "four Tuesdays from now", "2025-09-17") ==
          "2025-10-14");
    CHECK(value_of("Rates rose the month before last.", "the month before last", "2025-09-17") ==
          "2025-07");
    // "after last" and "before next" say nothing: no mention of that form
    CHECK(value_of("The fair ran the week after last.", "the week after last", "2025-09-17") ==
          "(none)");
    CHECK(value_of("Two Fridays from the end of term, exams begin.", "Two Fridays from",
                   "2025-09-17") == "(none)");
}
