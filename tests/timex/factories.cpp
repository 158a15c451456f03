// Factories build every form without string building, and agree with the parser.
#include <date/date.h>
#include <doctest/doctest.h>
#include <kairos/timex.hpp>
#include <optional>
#include <string_view>

// Inside kairos: glibc declares a global ::timex (adjtimex), so no global using-declaration.
namespace kairos::test {

static_assert(timex::day(2025, 9, 17) == timex::parse("2025-09-17"), "factories are constexpr");

TEST_CASE("factories produce the TIMEX3 strings") {
    using date::year;
    const auto ymd = year{2025} / 9 / 17;
    struct row {
        timex value;
        std::string_view text;
    };
    const row rows[] = {
        {timex::year(2025), "2025"},
        {timex::year(unknown), "XXXX"},
        {timex::month(2025, 9), "2025-09"},
        {timex::month(unknown, 9), "XXXX-09"},
        {timex::day(2025, 9, 17), "2025-09-17"},
        {timex::day(ymd), "2025-09-17"},
        {timex::day(date::sys_days{ymd}), "2025-09-17"},
        {timex::day(unknown, 9, 17), "XXXX-09-17"},
        {timex::day(1999, unknown, unknown), "1999-XX-XX"},
        {timex::week(2025, 37), "2025-W37"},
        {timex::week(2025, 1), "2025-W01"},
        {timex::week(2025, unknown), "2025-WXX"},
        {timex::week_day(2025, 37, 3), "2025-W37-3"},
        {timex::week_day(unknown, unknown, 1), "XXXX-WXX-1"},
        {timex::weekend(2025, 37), "2025-W37-WE"},
        {timex::quarter(2025, 4), "2025-Q4"},
        {timex::quarter(2025, unknown), "2025-QX"},
        {timex::half(2025, 1), "2025-H1"},
        {timex::season(2025, kairos::season::fall), "2025-FA"},
        {timex::season(unknown, kairos::season::summer), "XXXX-SU"},
        {timex::decade(199), "199"},
        {timex::decade(200), "200"},
        {timex::century(19), "19"},
        {timex::year(1995).with_year_known_digits(3), "199X"},
        {timex::day(1995, unknown, unknown).with_year_known_digits(3), "199X-XX-XX"},
        {timex::year(1995).with_year_known_digits(2), "19XX"},
        {timex::day_part(ymd, kairos::part_of_day::morning), "2025-09-17TMO"},
        {timex::week_day(unknown, unknown, 1).at(kairos::part_of_day::night), "XXXX-WXX-1TNI"},
        {timex::clock(ymd, 17, 0), "2025-09-17T17:00"},
        {timex::clock(ymd, 17, 0, 5), "2025-09-17T17:00:05"},
        {timex::clock(year{2025} / 9 / 19, 17, 0, std::nullopt, -240), "2025-09-19T17:00-04:00"},
        {timex::clock(ymd, 9, 30, std::nullopt, 330), "2025-09-17T09:30+05:30"},
        {timex::clock(ymd, 17, 0, std::nullopt, 0), "2025-09-17T17:00Z"},
        {timex::clock_hour(ymd, 17), "2025-09-17T17"},
        {timex::day(2025, 9, 17).at(8), "2025-09-17T08"},
        {timex::duration(3, time_unit::day), "P3D"},
        {timex::duration(2, time_unit::week), "P2W"},
        {timex::duration(5, time_unit::hour), "PT5H"},
        {timex::duration(1, time_unit::decade), "P1DE"},
        {timex::duration(2, time_unit::century), "P2CE"},
        {timex::duration(1, time_unit::millennium), "P1ML"},
        {timex::duration(unknown, time_unit::year), "PXY"},
        {timex::duration(unknown, time_unit::hour), "PTXH"},
        {timex::duration({{1, 0, time_unit::year}, {6, 0, time_unit::month}}), "P1Y6M"},
        {timex::duration({{2, 0, time_unit::hour}, {30, 0, time_unit::minute}}), "PT2H30M"},
        {timex::duration({{1, 0, time_unit::day}, {12, 0, time_unit::hour}}), "P1DT12H"},
        {timex::duration({{15, 1, time_unit::year}}), "P1.5Y"},
        {timex::reference(kairos::reference::present), "PRESENT_REF"},
        {timex::reference(kairos::reference::past), "PAST_REF"},
        {timex::reference(kairos::reference::future), "FUTURE_REF"},
    };
    for (const auto& r : rows) {
        CAPTURE(r.text);
        REQUIRE_MESSAGE(r.value.ok(), r.value.error());
        CHECK(r.value.str() == r.text);
        CHECK(r.value == timex::parse(r.text));
    }
}

TEST_CASE("a day built directly equals the value parsed from its text, for every day") {
    // the fast path of timex::day must build exactly what the parser builds
    for (int y : {0, 1, 99, 1582, 1900, 1999, 2000, 2024, 2025, 2100, 9999}) {
        for (int m = 1; m <= 12; ++m) {
            for (int d = 1; d <= 31; ++d) {
                const date::year_month_day ymd{date::year{y}, date::month{unsigned(m)},
                                               date::day{unsigned(d)}};
                const kairos::timex t = kairos::timex::day(y, m, d);
                CAPTURE(y * 10000 + m * 100 + d);
                CHECK(t.ok() == ymd.ok());
                if (!t.ok()) continue;
                const kairos::timex parsed = kairos::timex::parse(t.str());
                CHECK(parsed == t);
                CHECK(parsed.chars().view() == t.chars().view());
            }
        }
    }
}

TEST_CASE("years, months, quarters, halves and weeks built directly equal their parsed text") {
    // the fast paths of these factories must build exactly what the parser builds
    const auto same = [](const kairos::timex& t) {
        REQUIRE(t.ok());
        const kairos::timex parsed = kairos::timex::parse(t.str());
        CHECK(parsed == t);
        CHECK(parsed.chars().view() == t.chars().view());
    };
    for (int y = 0; y <= 9999; y += (y < 2100 ? 1 : 97)) {
        CAPTURE(y);
        same(kairos::timex::year(y));
        for (int m = 1; m <= 12; ++m) same(kairos::timex::month(y, m));
        for (int q = 1; q <= 4; ++q) same(kairos::timex::quarter(y, q));
        for (int h = 1; h <= 2; ++h) same(kairos::timex::half(y, h));
        for (int w = 1; w <= 53; ++w) {
            const kairos::timex t = kairos::timex::week(y, w);
            if (t.ok()) same(t);
        }
    }
    CHECK_FALSE(kairos::timex::year(10000).ok());
    CHECK_FALSE(kairos::timex::quarter(2025, 5).ok());
    CHECK(kairos::timex::month(kairos::unknown, 9).str() == "XXXX-09");
}

TEST_CASE("durations of one component built directly equal their parsed text") {
    // the fast path of timex::duration must build exactly what the parser builds
    using kairos::duration_component;
    using kairos::time_unit;
    for (int u = 0; u < static_cast<int>(time_unit::unspecified); ++u) {
        const auto unit = static_cast<time_unit>(u);
        for (const std::uint32_t amount :
             {0u, 1u, 2u, 7u, 10u, 15u, 30u, 90u, 100u, 150u, 365u, 1000u, 123456u, 999'999'999u}) {
            for (std::uint8_t scale = 0; scale <= 3; ++scale) {
                for (const bool legacy : {false, true}) {
                    duration_component c;
                    c.amount = amount;
                    c.scale = scale;
                    c.unit = unit;
                    c.legacy = legacy;
                    const kairos::timex t = kairos::timex::duration({c});
                    CAPTURE(t.str());
                    CHECK(kairos::timex::parse(t.str()) == t);
                }
            }
        }
        const kairos::timex vague = kairos::timex::duration(kairos::unknown, unit);
        CHECK(kairos::timex::parse(vague.str()) == vague);
        CHECK(vague.str().find('X') != std::string::npos);
    }
    CHECK(kairos::timex::duration(30, time_unit::day).str() == "P30D");
    CHECK(kairos::timex::duration(90, time_unit::minute).str() == "PT90M");
}

TEST_CASE("clock times on a known day built directly equal their parsed text") {
    // the fast path of timex::at must build exactly what the parser builds
    for (const auto& day : {kairos::timex::day(2025, 9, 17), kairos::timex::day(1998, 1, 8),
                            kairos::timex::day(2024, 2, 29), kairos::timex::day(0, 12, 31)}) {
        for (int h = 0; h <= 24; ++h) {
            for (const std::optional<int> m : {std::optional<int>{}, std::optional<int>{0},
                                               std::optional<int>{30}, std::optional<int>{59}}) {
                for (const std::optional<int> sec :
                     {std::optional<int>{}, std::optional<int>{0}, std::optional<int>{59}}) {
                    for (const std::optional<int> off :
                         {std::optional<int>{}, std::optional<int>{0}, std::optional<int>{-240},
                          std::optional<int>{330}, std::optional<int>{-720},
                          std::optional<int>{840}}) {
                        const kairos::timex t = day.at(h, m, sec, off);
                        if (!t.ok()) continue;
                        CAPTURE(t.str());
                        CHECK(kairos::timex::parse(t.str()) == t);
                    }
                }
            }
        }
    }
    CHECK(kairos::timex::day(2025, 9, 17).at(15, 0).str() == "2025-09-17T15:00");
    CHECK(kairos::timex::day(2025, 9, 17).at(9, std::nullopt).str() == "2025-09-17T09");
}

TEST_CASE("factories reject impossible fields with a message") {
    const auto ymd = date::year{2025} / 9 / 17;
    struct row {
        timex value;
        std::string_view message_part;
    };
    const row rows[] = {
        {timex::month(2025, 13), "month"},
        {timex::month(2025, 0), "month"},
        {timex::day(2025, 2, 30), "day"},
        {timex::day(2025, 9, 0), "day"},
        {timex::day(date::year{2025} / 2 / 30), "day"},
        {timex::year(10000), "year"},
        {timex::year(-5), "year"},
        {timex::week(2025, 53), "week"},
        {timex::week(2025, 54), "week"},
        {timex::week_day(2025, 37, 8), "week day"},
        {timex::quarter(2025, 5), "quarter"},
        {timex::half(2025, 3), "half"},
        {timex::decade(1990), "year"},
        {timex::century(100), "year"},
        {timex::clock(ymd, 25, 0), "hour"},
        {timex::clock(ymd, 24, 30), "minute"},
        {timex::clock(ymd, 12, 60), "minute"},
        {timex::clock(ymd, 12, 0, 60), "second"},
        {timex::clock(ymd, 12, 0, std::nullopt, 24 * 60), "offset"},
        {timex::month(2025, 9).at(10), "time"},
        {timex::month(2025, 9).at(kairos::part_of_day::night), "time"},
        {timex::duration(-3, time_unit::day), "amount"},
        {timex::duration({}), "no components"},
        {timex::duration({{6, 0, time_unit::month}, {1, 0, time_unit::year}}), "largest first"},
        {timex::set(timex::reference(kairos::reference::present)), "factory"},
    };
    for (const auto& r : rows) {
        CAPTURE(r.message_part);
        CHECK_FALSE(r.value.ok());
        CHECK(r.value.error().find(r.message_part) != std::string_view::npos);
    }
}

TEST_CASE("sets carry quant and freq beside a point or duration value") {
    const auto weekly = timex::set(timex::week_day(unknown, unknown, 1), kairos::set_quant::every);
    CHECK(weekly.kind() == kairos::timex_kind::set);
    CHECK(weekly.type() == kairos::timex_type::set);
    CHECK(weekly.is_set());
    CHECK(weekly.str() == "XXXX-WXX-1");
    CHECK(weekly.quant() == kairos::set_quant::every);
    CHECK_FALSE(weekly.freq().has_value());
    CHECK(weekly.grain() == kairos::grain::day);

    const auto twice_a_year =
        timex::set(timex::duration(1, time_unit::year), kairos::set_quant::none,
                   kairos::frequency{2, time_unit::unspecified});
    CHECK(twice_a_year.str() == "P1Y");
    REQUIRE(twice_a_year.freq().has_value());
    CHECK(twice_a_year.freq()->count == 2);
    CHECK(kairos::to_string(*twice_a_year.freq()) == "2X");
    CHECK(twice_a_year.is_duration());

    CHECK(weekly != weekly.without_set());
    CHECK(weekly.without_set() == timex::parse("XXXX-WXX-1"));
    CHECK_FALSE(timex::parse("XXXX-WXX-1").is_set());
    // Set attributes survive with_mod, and mod survives set().
    CHECK(weekly.with_mod(kairos::timex_mod::approx).is_set());
    CHECK(timex::set(timex::parse("P1W").with_mod(kairos::timex_mod::approx)).mod() ==
          kairos::timex_mod::approx);
}

TEST_CASE("with_mod keeps the value and changes only the mod") {
    const auto t = timex::parse("2025-Q4");
    const auto end = t.with_mod(kairos::timex_mod::end);
    CHECK(end.mod() == kairos::timex_mod::end);
    CHECK(end.str() == "2025-Q4");
    CHECK(end.bounds() == t.bounds());
    CHECK(t.mod() == kairos::timex_mod::none);
    CHECK(end.with_mod(kairos::timex_mod::none) == t);
}

} // namespace kairos::test
