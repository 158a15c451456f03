// Bounds: the first and last day and instant each point value covers.
#include <date/date.h>
#include <doctest/doctest.h>
#include <kairos/timex.hpp>
#include <string_view>

// Inside kairos: glibc declares a global ::timex (adjtimex), so no global using-declaration.
namespace kairos::test {

// Bounds and ISO weeks are usable in constant expressions.
static_assert(timex::parse("2025-Q4").bounds()->first_day ==
              date::sys_days{date::year{2025} / 10 / 1});
static_assert(timex::parse("2025-W01").bounds()->first_day ==
              date::sys_days{date::year{2024} / 12 / 30});
static_assert(iso_week_of(date::sys_days{date::year{2027} / 1 / 1}) == iso_week_date{2026, 53, 5});

namespace {

date::sys_days day(std::string_view iso) {
    int y = 0;
    unsigned m = 0, d = 0;
    for (char c : iso.substr(0, 4)) y = y * 10 + (c - '0');
    for (char c : iso.substr(5, 2)) m = m * 10 + static_cast<unsigned>(c - '0');
    for (char c : iso.substr(8, 2)) d = d * 10 + static_cast<unsigned>(c - '0');
    return date::sys_days{date::year{y} / date::month{m} / date::day{d}};
}

std::string instant(date::sys_seconds s) {
    return date::format("%FT%T", s);
}

struct day_case {
    std::string_view value;
    std::string_view first;
    std::string_view last;
};

constexpr day_case day_cases[] = {
    {"2025", "2025-01-01", "2025-12-31"},
    {"2025-11", "2025-11-01", "2025-11-30"},
    {"2024-02", "2024-02-01", "2024-02-29"}, // leap year
    {"2025-02", "2025-02-01", "2025-02-28"},
    {"1900-02", "1900-02-01", "1900-02-28"}, // century, not leap
    {"2000-02", "2000-02-01", "2000-02-29"}, // 400-year rule
    {"2025-09-17", "2025-09-17", "2025-09-17"},
    {"2024-02-29", "2024-02-29", "2024-02-29"},
    {"2025-Q1", "2025-01-01", "2025-03-31"},
    {"2025-Q2", "2025-04-01", "2025-06-30"},
    {"2025-Q3", "2025-07-01", "2025-09-30"},
    {"2025-Q4", "2025-10-01", "2025-12-31"},
    {"2025-H1", "2025-01-01", "2025-06-30"},
    {"2025-H2", "2025-07-01", "2025-12-31"},
    {"2025-SP", "2025-03-01", "2025-05-31"},
    {"2025-SU", "2025-06-01", "2025-08-31"},
    {"2025-FA", "2025-09-01", "2025-11-30"},
    {"2025-WI", "2025-12-01", "2026-02-28"},
    {"2023-WI", "2023-12-01", "2024-02-29"}, // winter into a leap February
    {"2025-W37", "2025-09-08", "2025-09-14"},
    {"2025-W01", "2024-12-30", "2025-01-05"}, // ISO week-year starts in December
    {"2020-W53", "2020-12-28", "2021-01-03"},
    {"2026-W53", "2026-12-28", "2027-01-03"},
    {"2021-W01", "2021-01-04", "2021-01-10"},
    {"2000-W7", "2000-02-14", "2000-02-20"},
    {"2025-W37-1", "2025-09-08", "2025-09-08"},
    {"2025-W37-3", "2025-09-10", "2025-09-10"},
    {"2025-W37-7", "2025-09-14", "2025-09-14"},
    {"2025-W37-WE", "2025-09-13", "2025-09-14"},
    {"2025-WXX", "2024-12-30", "2025-12-28"}, // some week of ISO year 2025
    {"199", "1990-01-01", "1999-12-31"},
    {"19", "1900-01-01", "1999-12-31"},
    {"20", "2000-01-01", "2099-12-31"},
    {"199X", "1990-01-01", "1999-12-31"},
    {"19XX", "1900-01-01", "1999-12-31"},
    {"1998-XX-XX", "1998-01-01", "1998-12-31"},
    {"199X-XX-XX", "1990-01-01", "1999-12-31"},
    {"1998-10-XX", "1998-10-01", "1998-10-31"},
    {"1989-QX", "1989-01-01", "1989-12-31"},
};

} // namespace

TEST_CASE("bounds of dates at every grain") {
    for (const auto& c : day_cases) {
        CAPTURE(c.value);
        const auto b = timex::parse(c.value).bounds();
        REQUIRE(b.has_value());
        CHECK(b->first_day == day(c.first));
        CHECK(b->last_day == day(c.last));
        CHECK(b->first == date::sys_seconds{day(c.first)});
        CHECK(instant(b->last) == std::string(c.last) + "T23:59:59");
    }
}

TEST_CASE("bounds of times: the minute or second, parts of day, shifted by the offset") {
    struct time_case {
        std::string_view value, first, last;
    };
    constexpr time_case cases[] = {
        {"2025-09-17T17", "2025-09-17T17:00:00", "2025-09-17T17:59:59"},
        {"2025-09-17T17:00", "2025-09-17T17:00:00", "2025-09-17T17:00:59"},
        {"2025-09-17T17:00:05", "2025-09-17T17:00:05", "2025-09-17T17:00:05"},
        {"2025-09-19T17:00-04:00", "2025-09-19T21:00:00", "2025-09-19T21:00:59"},
        {"2025-09-19T02:00+05:30", "2025-09-18T20:30:00", "2025-09-18T20:30:59"},
        {"2025-09-19T17:00Z", "2025-09-19T17:00:00", "2025-09-19T17:00:59"},
        {"2025-09-17TMO", "2025-09-17T06:00:00", "2025-09-17T11:59:59"},
        {"2025-09-17TMI", "2025-09-17T11:00:00", "2025-09-17T13:59:59"},
        {"2025-09-17TAF", "2025-09-17T12:00:00", "2025-09-17T17:59:59"},
        {"2025-09-17TEV", "2025-09-17T18:00:00", "2025-09-17T21:59:59"},
        {"2025-09-17TNI", "2025-09-17T21:00:00", "2025-09-18T05:59:59"},
        {"2025-09-17TDT", "2025-09-17T06:00:00", "2025-09-17T17:59:59"},
        {"2025-W37-3TNI", "2025-09-10T21:00:00", "2025-09-11T05:59:59"},
        {"1989-10-27T24", "1989-10-28T00:00:00", "1989-10-28T00:59:59"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.value);
        const auto b = timex::parse(c.value).bounds();
        REQUIRE(b.has_value());
        CHECK(instant(b->first) == c.first);
        CHECK(instant(b->last) == c.last);
    }
    // The days are those of the clock as written, before the offset shift.
    const auto b = timex::parse("2025-09-19T22:00-04:00").bounds();
    REQUIRE(b);
    CHECK(b->first_day == day("2025-09-19"));
    CHECK(instant(b->first) == "2025-09-20T02:00:00");
    const auto night = timex::parse("2025-09-17TNI").bounds();
    REQUIRE(night);
    CHECK(night->last_day == day("2025-09-18"));
}

TEST_CASE("no bounds without enough known digits, nor for durations and references") {
    for (std::string_view v :
         {"XXXX", "XXXX-09-17", "XXXX-WXX-1", "XXXX-WXX-1TNI", "XXXX-Q4", "199X-09", "1998-XX-17",
          "1998-10-XXT10:00", "P3D", "PXY", "PRESENT_REF", "FUTURE_REF"}) {
        CAPTURE(v);
        const auto t = timex::parse(v);
        REQUIRE(t.ok());
        CHECK_FALSE(t.bounds().has_value());
    }
}

TEST_CASE("ISO week dates") {
    struct week_case {
        std::string_view day;
        kairos::iso_week_date week;
    };
    const week_case cases[] = {
        {"2024-12-30", {2025, 1, 1}},  {"2025-09-17", {2025, 38, 3}}, {"2027-01-01", {2026, 53, 5}},
        {"2021-01-03", {2020, 53, 7}}, {"2021-01-04", {2021, 1, 1}},  {"2008-12-29", {2009, 1, 1}},
        {"2010-01-03", {2009, 53, 7}}, {"2025-12-28", {2025, 52, 7}}, {"2025-12-29", {2026, 1, 1}},
    };
    for (const auto& c : cases) {
        CAPTURE(c.day);
        CHECK(kairos::iso_week_of(day(c.day)) == c.week);
        CHECK(kairos::from_iso_week(c.week.year, c.week.week, c.week.weekday) == day(c.day));
    }
    CHECK(kairos::iso_weeks_in_year(2020) == 53);
    CHECK(kairos::iso_weeks_in_year(2025) == 52);
    CHECK(kairos::iso_weeks_in_year(2026) == 53);
    CHECK_FALSE(kairos::from_iso_week(2025, 53).has_value());
    CHECK_FALSE(kairos::from_iso_week(2025, 0).has_value());
    CHECK_FALSE(kairos::from_iso_week(2025, 10, 8).has_value());
}

TEST_CASE("week bounds agree with iso_week_of for every week of a few years") {
    for (int y : {2019, 2020, 2024, 2025, 2026, 2027}) {
        for (unsigned w = 1; w <= kairos::iso_weeks_in_year(y); ++w) {
            const auto b = timex::week(y, static_cast<int>(w)).bounds();
            REQUIRE(b.has_value());
            CHECK(kairos::iso_week_of(b->first_day) == kairos::iso_week_date{y, w, 1});
            CHECK(kairos::iso_week_of(b->last_day) == kairos::iso_week_date{y, w, 7});
        }
    }
}

} // namespace kairos::test

namespace kairos::test {

TEST_CASE("containing() finds the value at a grain around a day, and its bounds hold it") {
    struct row {
        std::string_view day;
        grain g;
        std::string_view value;
    };
    constexpr row rows[] = {
        {"2025-09-17", grain::day, "2025-09-17"},  {"2025-09-17", grain::week, "2025-W38"},
        {"2024-12-30", grain::week, "2025-W01"},   {"2021-01-03", grain::week, "2020-W53"},
        {"2025-09-17", grain::month, "2025-09"},   {"2025-09-17", grain::season, "2025-FA"},
        {"2025-12-01", grain::season, "2025-WI"},  {"2026-02-28", grain::season, "2025-WI"},
        {"2025-03-01", grain::season, "2025-SP"},  {"2025-09-17", grain::quarter, "2025-Q3"},
        {"2025-10-01", grain::quarter, "2025-Q4"}, {"2025-06-30", grain::half, "2025-H1"},
        {"2025-07-01", grain::half, "2025-H2"},    {"2025-09-17", grain::year, "2025"},
        {"1995-05-05", grain::decade, "199"},      {"1995-05-05", grain::century, "19"},
    };
    for (const auto& r : rows) {
        CAPTURE(r.day);
        CAPTURE(r.value);
        CHECK(timex::containing(day(r.day), r.g).str() == r.value);
    }
    CHECK_FALSE(timex::containing(day("2025-09-17"), grain::hour).ok());
}

TEST_CASE("containing() at every coarse grain, for every day of 2024-2026") {
    for (auto d = day("2024-01-01"); d <= day("2026-12-31"); d += date::days{1}) {
        for (auto g : {grain::day, grain::week, grain::month, grain::season, grain::quarter,
                       grain::half, grain::year, grain::decade, grain::century}) {
            const auto t = timex::containing(d, g);
            REQUIRE(t.ok());
            REQUIRE(t.grain() == g);
            const auto b = t.bounds();
            REQUIRE(b.has_value());
            REQUIRE(b->contains(d));
        }
    }
}

TEST_CASE("containing() an instant, down to the second and the part of day") {
    using namespace std::chrono_literals;
    const date::sys_seconds t = date::sys_days{date::year{2025} / 9 / 17} + 17h + 5min + 9s;
    CHECK(timex::containing(t, grain::second).str() == "2025-09-17T17:05:09");
    CHECK(timex::containing(t, grain::minute).str() == "2025-09-17T17:05");
    CHECK(timex::containing(t, grain::hour).str() == "2025-09-17T17");
    CHECK(timex::containing(t, grain::part_of_day).str() == "2025-09-17TAF");
    CHECK(timex::containing(t, grain::quarter).str() == "2025-Q3");
    const date::sys_seconds early = date::sys_days{date::year{2025} / 9 / 17} + 3h;
    CHECK(timex::containing(early, grain::part_of_day).str() == "2025-09-16TNI");
    for (auto s = date::sys_seconds{day("2025-09-17")}; s < date::sys_seconds{day("2025-09-18")};
         s += 17min) {
        for (auto g : {grain::second, grain::minute, grain::hour, grain::part_of_day}) {
            const auto b = timex::containing(s, g).bounds();
            REQUIRE(b.has_value());
            REQUIRE(b->contains(s));
        }
    }
}

TEST_CASE("bounds contain and overlap") {
    const auto q4 = *timex::parse("2025-Q4").bounds();
    const auto nov = *timex::parse("2025-11").bounds();
    const auto sep = *timex::parse("2025-09").bounds();
    CHECK(q4.contains(day("2025-12-31")));
    CHECK_FALSE(q4.contains(day("2026-01-01")));
    CHECK(q4.contains(date::sys_seconds{day("2025-12-31")} + std::chrono::seconds{86399}));
    CHECK_FALSE(q4.contains(date::sys_seconds{day("2026-01-01")}));
    CHECK(q4.overlaps(nov));
    CHECK(nov.overlaps(q4));
    CHECK_FALSE(q4.overlaps(sep));
}

} // namespace kairos::test
