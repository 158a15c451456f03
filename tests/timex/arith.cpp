// Duration arithmetic on dates with calendar semantics (month-end clamping).
#include <date/date.h>
#include <doctest/doctest.h>
#include <kairos/timex.hpp>
#include <string>
#include <string_view>

// Inside kairos: glibc declares a global ::timex (adjtimex), so no global using-declaration.
namespace kairos::test {

static_assert(add(date::sys_days{date::year{2025} / 1 / 31}, timex::parse("P1M")) ==
                  date::sys_days{date::year{2025} / 2 / 28},
              "arithmetic is usable in constant expressions");

namespace {

date::sys_days day(int y, unsigned m, unsigned d) {
    return date::sys_days{date::year{y} / date::month{m} / date::day{d}};
}

std::string iso(date::sys_days d) {
    return date::format("%F", d);
}

struct add_case {
    date::sys_days from;
    std::string_view duration;
    int sign;
    std::string_view expected;
};

} // namespace

TEST_CASE("adding durations to days") {
    const add_case cases[] = {
        {day(2025, 9, 14), "P3D", 1, "2025-09-17"},
        {day(2025, 9, 14), "P2W", 1, "2025-09-28"},
        {day(2025, 9, 14), "P90D", 1, "2025-12-13"},
        {day(2025, 1, 31), "P1M", 1, "2025-02-28"}, // clamped to the month end
        {day(2024, 1, 31), "P1M", 1, "2024-02-29"}, // leap year
        {day(2025, 3, 31), "P1M", -1, "2025-02-28"},
        {day(2025, 8, 31), "P1Q", 1, "2025-11-30"},
        {day(2024, 2, 29), "P1Y", 1, "2025-02-28"},
        {day(2024, 2, 29), "P4Y", 1, "2028-02-29"},
        {day(2025, 9, 14), "P6M", 1, "2026-03-14"},
        {day(2025, 9, 14), "P6M", -1, "2025-03-14"},
        {day(2025, 1, 15), "P1M", -1, "2024-12-15"},
        {day(2025, 1, 15), "P13M", -1, "2023-12-15"},
        {day(2025, 1, 31), "P1M1D", 1, "2025-03-01"}, // months first, then days
        {day(2025, 3, 1), "P1M1D", -1, "2025-01-31"},
        {day(2025, 9, 14), "P1Y6M", 1, "2027-03-14"},
        {day(2025, 9, 14), "P1.5Y", 1, "2027-03-14"}, // 1.5 years = 18 months
        {day(2025, 9, 14), "P1DE", 1, "2035-09-14"},
        {day(2025, 9, 14), "P1E", 1, "2035-09-14"},
        {day(2025, 9, 14), "P2CE", -1, "1825-09-14"},
        {day(2025, 9, 14), "P1ML", 1, "3025-09-14"},
        {day(2025, 9, 14), "PT72H", 1, "2025-09-17"},
        {day(2025, 9, 14), "P1DT24H", 1, "2025-09-16"},
        {day(2025, 9, 14), "P0D", 1, "2025-09-14"},
        {day(2025, 12, 31), "P1D", 1, "2026-01-01"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.duration);
        CAPTURE(c.sign);
        CAPTURE(iso(c.from));
        const auto r = kairos::add(c.from, timex::parse(c.duration), c.sign);
        REQUIRE(r.has_value());
        CHECK(iso(*r) == c.expected);
    }
}

TEST_CASE("durations that have no whole-day meaning give nullopt") {
    for (std::string_view v :
         {"PXY", "PXX", "PTXH", "PT5H", "P1.5M", "P0.5D", "PT1.5S", "2025-09", "PRESENT_REF"}) {
        CAPTURE(v);
        const auto t = timex::parse(v);
        REQUIRE(t.ok());
        CHECK_FALSE(kairos::add(day(2025, 9, 14), t).has_value());
    }
    CHECK_FALSE(kairos::add(day(2025, 9, 14), timex{}).has_value());
    CHECK_FALSE(kairos::add(day(2025, 9, 14), timex::parse("P999999999ML")).has_value());
    CHECK_FALSE(kairos::add(day(2025, 9, 14), timex::parse("P999999999W")).has_value());
}

TEST_CASE("adding durations to instants") {
    using namespace std::chrono_literals;
    const date::sys_seconds t0 = date::sys_days{date::year{2025} / 1 / 31} + 17h + 30min;
    struct row {
        std::string_view duration;
        int sign;
        std::string_view expected;
    };
    const row rows[] = {
        {"PT5H", 1, "2025-01-31T22:30:00"},    {"PT2H30M", 1, "2025-01-31T20:00:00"},
        {"PT1M30S", 1, "2025-01-31T17:31:30"}, {"PT8H", 1, "2025-02-01T01:30:00"},
        {"P1M", 1, "2025-02-28T17:30:00"},     {"P1DT1H", -1, "2025-01-30T16:30:00"},
        {"P0.5D", 1, "2025-02-01T05:30:00"},   {"PT1.5H", 1, "2025-01-31T19:00:00"},
    };
    for (const auto& r : rows) {
        CAPTURE(r.duration);
        const auto out = kairos::add(t0, timex::parse(r.duration), r.sign);
        REQUIRE(out.has_value());
        CHECK(date::format("%FT%T", *out) == r.expected);
    }
    CHECK_FALSE(kairos::add(t0, timex::parse("PXH")).has_value());
}

TEST_CASE("approximate lengths order durations") {
    CHECK(kairos::approx_days(timex::parse("P3D")) == doctest::Approx(3));
    CHECK(kairos::approx_days(timex::parse("P2W")) == doctest::Approx(14));
    CHECK(kairos::approx_days(timex::parse("P1Y")) == doctest::Approx(365.2425));
    CHECK(kairos::approx_days(timex::parse("PT12H")) == doctest::Approx(0.5));
    CHECK(*kairos::approx_days(timex::parse("P1M")) > *kairos::approx_days(timex::parse("P4W")));
    CHECK(*kairos::approx_days(timex::parse("P1Q")) < *kairos::approx_days(timex::parse("P1Y")));
    CHECK_FALSE(kairos::approx_days(timex::parse("PXY")).has_value());
    CHECK_FALSE(kairos::approx_days(timex::parse("2025")).has_value());
}

} // namespace kairos::test
