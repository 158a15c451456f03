// Out-of-range calendar values in the text: years 0, -1 and 99999, "February 30", "2025-13-45".
// No crash, every produced value valid, and no impossible day ever normalized.
#include "invariants.hpp"

#include <doctest/doctest.h>
#include <string>

using kairos::test::check_document;
using kairos::test::engine;

TEST_CASE("impossible or extreme dates give valid values or nothing") {
    const std::string cases[] = {
        "The treaty dates from the year 0.",
        "It happened in year -1, or 1 BC.",
        "Scheduled for the year 99999 and for 99999-01-01.",
        "The deadline is February 30, 2025.",
        "Filed on 2025-13-45 by mistake.",
        "On 2025-02-29 nothing happened (not a leap year); on 2024-02-29 it did.",
        "Dates: 0000-00-00, 9999-99-99, 00/00/00, 31/31/31, 32 January.",
        "At 25:61 p.m. on Sept. 31 the clock read 99:99.",
        "He said -0001-01-01 and +10000-01-01 in ISO expanded form.",
    };
    for (const auto& text : cases) {
        CAPTURE(text);
        const auto doc = engine().extract(text, kairos::test::dct(2025, 9, 14));
        check_document(doc, text);
        for (const auto& m : doc.mentions) {
            const auto v = m.value.str();
            CAPTURE(v);
            CHECK(v.find("-02-30") == std::string::npos);
            CHECK(v.find("-13-") == std::string::npos);
            CHECK(v.find("2025-02-29") == std::string::npos);
            CHECK(v.find("-09-31") == std::string::npos);
        }
    }
}

TEST_CASE("extreme document dates resolve relative expressions without faults") {
    const std::string text = "The talks ended yesterday and resume next Monday, in two weeks.";
    const int years[] = {1, 1970, 9999};
    for (const int y : years) {
        CAPTURE(y);
        const auto doc = engine().extract(text, kairos::test::dct(y, 12, 31));
        check_document(doc, text);
    }
}
