// Holidays and named days resolved for the year in question: fixed days, nth weekdays, Easter
// (computed), days of the Islamic calendar (tabular) and of the tables of lunar holidays.
#include "run.hpp"

#include <doctest/doctest.h>
#include <kairos/extractor.hpp>
#include <string>

using kairos::test::run;

namespace {

struct row {
    std::string_view text;
    std::string_view dct;
    std::string_view extent;
    std::string_view value;
};

void check(const row& r) {
    CAPTURE(r.text);
    const auto doc = run(r.text, r.dct);
    CAPTURE(kairos::test::listed(doc));
    REQUIRE(doc.mentions.size() == 1);
    CHECK(doc.mentions[0].text == r.extent);
    CHECK(doc.mentions[0].value.str() == r.value);
}

} // namespace

TEST_CASE("a holiday with its year is that year's day") {
    const row rows[] = {
        {"Stores reopen after Christmas 2024.", "2025-09-17", "Christmas 2024", "2024-12-25"},
        {"The market closes early on Christmas Eve 2025.", "2025-09-17", "Christmas Eve 2025",
         "2025-12-24"},
        {"Crowds gathered at Easter 2025.", "2025-09-17", "Easter 2025", "2025-04-20"},
        {"Mass was said on Good Friday 2025.", "2025-09-17", "Good Friday 2025", "2025-04-18"},
        {"Turkeys sold out before Thanksgiving 2025.", "2025-01-17", "Thanksgiving 2025",
         "2025-11-27"},
        {"Lines formed on Black Friday 2025.", "2025-01-17", "Black Friday 2025", "2025-11-28"},
        {"Parades are planned for Memorial Day 2026.", "2025-09-17", "Memorial Day 2026",
         "2026-05-25"},
        {"Unions marched on Labor Day 2026.", "2025-09-17", "Labor Day 2026", "2026-09-07"},
        {"Fireworks are set for Independence Day 2026.", "2025-09-17", "Independence Day 2026",
         "2026-07-04"},
        {"Costumes sold out before Halloween 2025.", "2025-09-17", "Halloween 2025", "2025-10-31"},
        {"Roses cost more on Valentine's Day 2026.", "2025-09-17", "Valentine's Day 2026",
         "2026-02-14"},
        {"The law takes effect on New Year's Day 2027.", "2025-09-17", "New Year's Day 2027",
         "2027-01-01"},
    };
    for (const auto& r : rows) check(r);
}

TEST_CASE("Easter is computed for any year") {
    const row rows[] = {
        {"The church was full at Easter 2000.", "2025-09-17", "Easter 2000", "2000-04-23"},
        {"The fire broke out before Easter 2019.", "2025-09-17", "Easter 2019", "2019-04-21"},
        {"Lent ends at Easter 2024.", "2025-09-17", "Easter 2024", "2024-03-31"},
        {"The almanac lists Easter 2038.", "2025-09-17", "Easter 2038", "2038-04-25"},
        {"The rising began on Easter Monday 1916.", "1966-04-11", "Easter Monday 1916",
         "1916-04-24"},
    };
    for (const auto& r : rows) check(r);
}

TEST_CASE("holidays of lunar calendars") {
    const row rows[] = {
        {"Candles were lit for Hanukkah 2025.", "2025-09-17", "Hanukkah 2025", "2025-12-15"},
        {"Families gathered for Chanukah 2024.", "2025-09-17", "Chanukah 2024", "2024-12-26"},
        {"Seders were held for Passover 2025.", "2025-09-17", "Passover 2025", "2025-04-13"},
        {"Schools closed for Pesach 2031.", "2025-09-17", "Pesach 2031", "2031-04-08"},
        {"The shofar sounded on Rosh Hashanah 2025.", "2025-09-17", "Rosh Hashanah 2025",
         "2025-09-23"},
        {"Markets in Tel Aviv shut for Yom Kippur 2024.", "2025-09-17", "Yom Kippur 2024",
         "2024-10-12"},
        {"Fasting began with Ramadan 2026.", "2025-09-17", "Ramadan 2026", "2026-02-18"},
        {"Markets close for Eid al-Fitr 2024.", "2025-09-17", "Eid al-Fitr 2024", "2024-04-10"},
        {"Pilgrims returned after Eid al-Adha 2021.", "2025-09-17", "Eid al-Adha 2021",
         "2021-07-20"},
        {"Lamps were lit for Diwali 2025.", "2025-09-17", "Diwali 2025", "2025-10-20"},
        {"Shops in Singapore close for Deepavali 2023.", "2025-09-17", "Deepavali 2023",
         "2023-11-12"},
        {"Travel peaks before Lunar New Year 2026.", "2025-09-17", "Lunar New Year 2026",
         "2026-02-17"},
        {"Fireworks marked Chinese New Year 2025.", "2025-09-17", "Chinese New Year 2025",
         "2025-01-29"},
    };
    for (const auto& r : rows) check(r);
}

TEST_CASE("a holiday without a year is the one the tense or the words point to") {
    const row rows[] = {
        {"Shoppers spent heavily last Easter.", "2025-09-17", "last Easter", "2025-04-20"},
        {"Prices will rise by next Thanksgiving.", "2025-09-17", "next Thanksgiving", "2025-11-27"},
        {"Sales fell over Christmas, the retailer said.", "2026-01-10", "Christmas", "2025-12-25"},
        {"The shop will close for Diwali.", "2025-09-17", "Diwali", "2025-10-20"},
        {"Lanterns went up for the Lunar New Year.", "2025-03-01", "Lunar New Year", "2025-01-29"},
    };
    for (const auto& r : rows) check(r);
}

TEST_CASE("a lunar holiday outside its table's years has no value") {
    const auto doc = run("Astronomers expect clear skies for Diwali 2050.", "2025-09-17");
    for (const auto& m : doc.mentions) CHECK(m.text != "Diwali 2050");
}
