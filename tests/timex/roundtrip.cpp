// Every TIMEX3 value form parses, reports its kind, type and grain, and prints back exactly.
#include <doctest/doctest.h>
#include <iterator>
#include <kairos/timex.hpp>
#include <optional>
#include <string_view>
#include <type_traits>
#include <unordered_set>

// Inside kairos: glibc declares a global ::timex (adjtimex), so no global using-declaration.
namespace kairos::test {

static_assert(std::is_trivially_copyable_v<timex>);
static_assert(std::is_nothrow_default_constructible_v<timex>);
static_assert(noexcept(timex::parse("")));
static_assert(timex::parse("2025-09-17").ok(), "parse is usable in constant expressions");
static_assert(grain::second < grain::day && grain::day < grain::century,
              "grains order fine→coarse");

namespace {

struct form_case {
    std::string_view value;
    timex_kind kind;
    timex_type type;
    std::optional<grain> g;
};

// One row per value form of TimeML news corpora (and the ISO forms the tagger produces).
constexpr form_case forms[] = {
    {"2025", timex_kind::point, timex_type::date, grain::year},
    {"2025-09", timex_kind::point, timex_type::date, grain::month},
    {"2025-09-17", timex_kind::point, timex_type::date, grain::day},
    {"2025-W37", timex_kind::point, timex_type::date, grain::week},
    {"2000-W7", timex_kind::point, timex_type::date, grain::week},
    {"2025-W37-3", timex_kind::point, timex_type::date, grain::day},
    {"2025-W37-WE", timex_kind::point, timex_type::date, grain::day},
    {"2025-WXX", timex_kind::point, timex_type::date, grain::week},
    {"2025-Q4", timex_kind::point, timex_type::date, grain::quarter},
    {"2025-QX", timex_kind::point, timex_type::date, grain::quarter},
    {"2025-H1", timex_kind::point, timex_type::date, grain::half},
    {"2025-HX", timex_kind::point, timex_type::date, grain::half},
    {"2025-SP", timex_kind::point, timex_type::date, grain::season},
    {"2025-SU", timex_kind::point, timex_type::date, grain::season},
    {"2025-FA", timex_kind::point, timex_type::date, grain::season},
    {"2025-WI", timex_kind::point, timex_type::date, grain::season},
    {"199", timex_kind::point, timex_type::date, grain::decade},
    {"199X", timex_kind::point, timex_type::date, grain::year},
    {"19", timex_kind::point, timex_type::date, grain::century},
    {"19XX", timex_kind::point, timex_type::date, grain::year},
    {"XXXX", timex_kind::point, timex_type::date, grain::year},
    {"2025-09-17TMO", timex_kind::point, timex_type::time, grain::part_of_day},
    {"2025-09-17TMI", timex_kind::point, timex_type::time, grain::part_of_day},
    {"2025-09-17TAF", timex_kind::point, timex_type::time, grain::part_of_day},
    {"2025-09-17TEV", timex_kind::point, timex_type::time, grain::part_of_day},
    {"2025-09-17TNI", timex_kind::point, timex_type::time, grain::part_of_day},
    {"2025-09-17TDT", timex_kind::point, timex_type::time, grain::part_of_day},
    {"2025-09-17T17", timex_kind::point, timex_type::time, grain::hour},
    {"2025-09-17T17:00", timex_kind::point, timex_type::time, grain::minute},
    {"2025-09-17T17:00:05", timex_kind::point, timex_type::time, grain::second},
    {"2025-09-19T17:00-04:00", timex_kind::point, timex_type::time, grain::minute},
    {"2025-09-19T17:00+05:30", timex_kind::point, timex_type::time, grain::minute},
    {"2025-09-19T17:00Z", timex_kind::point, timex_type::time, grain::minute},
    {"2025-09-19T21:00:00+00:00", timex_kind::point, timex_type::time, grain::second},
    {"1989-10-27T24", timex_kind::point, timex_type::time, grain::hour},
    {"XXXX-09-17", timex_kind::point, timex_type::date, grain::day},
    {"1999-XX-XX", timex_kind::point, timex_type::date, grain::day},
    {"199X-XX-XX", timex_kind::point, timex_type::date, grain::day},
    {"1998-10-XX", timex_kind::point, timex_type::date, grain::day},
    {"1989-XX", timex_kind::point, timex_type::date, grain::month},
    {"XXXX-Q4", timex_kind::point, timex_type::date, grain::quarter},
    {"XXXX-SU", timex_kind::point, timex_type::date, grain::season},
    {"XXXX-WXX-1", timex_kind::point, timex_type::date, grain::day},
    {"XXXX-WXX-1TNI", timex_kind::point, timex_type::time, grain::part_of_day},
    {"XXXX-XX-XXT10:30", timex_kind::point, timex_type::time, grain::minute},
    {"XXXX-XX-XXTMO", timex_kind::point, timex_type::time, grain::part_of_day},
    {"P3D", timex_kind::duration, timex_type::duration, grain::day},
    {"P2W", timex_kind::duration, timex_type::duration, grain::week},
    {"P6M", timex_kind::duration, timex_type::duration, grain::month},
    {"P1Y", timex_kind::duration, timex_type::duration, grain::year},
    {"P1Q", timex_kind::duration, timex_type::duration, grain::quarter},
    {"PT5H", timex_kind::duration, timex_type::duration, grain::hour},
    {"PT2H30M", timex_kind::duration, timex_type::duration, grain::minute},
    {"PT1M30S", timex_kind::duration, timex_type::duration, grain::second},
    {"P1DT12H", timex_kind::duration, timex_type::duration, grain::hour},
    {"P1Y2M3W4DT5H6M7S", timex_kind::duration, timex_type::duration, grain::second},
    {"P1DE", timex_kind::duration, timex_type::duration, grain::decade},
    {"P2CE", timex_kind::duration, timex_type::duration, grain::century},
    {"P1ML", timex_kind::duration, timex_type::duration, grain::century},
    {"P9E", timex_kind::duration, timex_type::duration, grain::decade},
    {"P2C", timex_kind::duration, timex_type::duration, grain::century},
    {"P9L", timex_kind::duration, timex_type::duration, grain::century},
    {"PXC", timex_kind::duration, timex_type::duration, grain::century},
    {"PXE", timex_kind::duration, timex_type::duration, grain::decade},
    {"PXY", timex_kind::duration, timex_type::duration, grain::year},
    {"PXX", timex_kind::duration, timex_type::duration, std::nullopt},
    {"PTXH", timex_kind::duration, timex_type::duration, grain::hour},
    {"P1Y6M", timex_kind::duration, timex_type::duration, grain::month},
    {"P1.5Y", timex_kind::duration, timex_type::duration, grain::year},
    {"P0.25D", timex_kind::duration, timex_type::duration, grain::day},
    {"P0D", timex_kind::duration, timex_type::duration, grain::day},
    {"PRESENT_REF", timex_kind::reference, timex_type::date, std::nullopt},
    {"PAST_REF", timex_kind::reference, timex_type::date, std::nullopt},
    {"FUTURE_REF", timex_kind::reference, timex_type::date, std::nullopt},
};

} // namespace

TEST_CASE("every value form round-trips and is classified") {
    for (const auto& c : forms) {
        CAPTURE(c.value);
        const auto t = timex::parse(c.value);
        REQUIRE_MESSAGE(t.ok(), t.error());
        CHECK(t.error().empty());
        CHECK(t.str() == c.value);
        CHECK(t.chars().view() == c.value);
        CHECK(t.kind() == c.kind);
        CHECK(t.type() == c.type);
        CHECK(t.grain() == c.g);
        CHECK(timex::parse(t.str()) == t);
    }
}

TEST_CASE("values that print differently compare unequal") {
    CHECK(timex::parse("2000-W07") != timex::parse("2000-W7"));
    CHECK(timex::parse("P1DE") != timex::parse("P1E"));
    CHECK(timex::parse("2025-09-19T17:00Z") != timex::parse("2025-09-19T17:00+00:00"));
    CHECK(timex::parse("2025-09-17") == timex::parse("2025-09-17"));
    CHECK(timex::parse("2025-09-17").with_mod(kairos::timex_mod::end) !=
          timex::parse("2025-09-17"));
}

TEST_CASE("unknown digits are visible through has_unknown and the accessors") {
    struct row {
        std::string_view value;
        bool unknown;
    };
    constexpr row rows[] = {{"2025-09-17", false}, {"XXXX-09-17", true}, {"199X", true},
                            {"199", false},        {"2025-WXX", true},   {"2025-QX", true},
                            {"PXY", true},         {"P3D", false},       {"PXX", true},
                            {"PRESENT_REF", false}};
    for (const auto& r : rows) {
        CAPTURE(r.value);
        CHECK(timex::parse(r.value).has_unknown() == r.unknown);
    }
    const auto t = timex::parse("XXXX-09-17");
    CHECK_FALSE(t.year().has_value());
    CHECK(t.month() == 9);
    CHECK(t.day() == 17);
    CHECK(t.year_known_digits() == 0);
    const auto d = timex::parse("199X");
    CHECK(d.year_prefix() == 199);
    CHECK(d.year_known_digits() == 3);
    CHECK(d.year_digits() == 4);
}

TEST_CASE("point accessors expose the fields that were written") {
    const auto t = timex::parse("2025-09-19T17:30:05-04:00");
    CHECK(t.year() == 2025);
    CHECK(t.month() == 9);
    CHECK(t.day() == 19);
    CHECK(t.hour() == 17);
    CHECK(t.minute() == 30);
    CHECK(t.second() == 5);
    CHECK(t.utc_offset() == -240);
    CHECK(t.ymd() == date::year{2025} / 9 / 19);
    CHECK_FALSE(t.week().has_value());
    CHECK_FALSE(t.part_of_day().has_value());

    const auto w = timex::parse("2025-W37-3");
    CHECK(w.week() == 37);
    CHECK(w.weekday() == 3);
    CHECK_FALSE(w.month().has_value());
    CHECK_FALSE(w.ymd().has_value());

    CHECK(timex::parse("2025-W37-WE").is_weekend());
    CHECK(timex::parse("2025-Q4").quarter() == 4);
    CHECK(timex::parse("2025-H2").half() == 2);
    CHECK(timex::parse("2025-FA").season() == kairos::season::fall);
    CHECK(timex::parse("2025-09-17TEV").part_of_day() == kairos::part_of_day::evening);
    CHECK(timex::parse("2025-09-17T17").hour() == 17);
    CHECK_FALSE(timex::parse("2025-09-17T17").minute().has_value());
    CHECK(timex::parse("2025-09-17T17:00Z").utc_offset() == 0);
    CHECK_FALSE(timex::parse("2025-09-17T17:00").utc_offset().has_value());
    CHECK(timex::parse("199").decade() == 199);
    CHECK(timex::parse("19").century() == 19);
    CHECK_FALSE(timex::parse("1999").decade().has_value());
    CHECK(timex::parse("PAST_REF").reference() == kairos::reference::past);
    CHECK_FALSE(timex::parse("2025").reference().has_value());
}

TEST_CASE("duration components keep amount, decimals, unit and spelling") {
    const auto d = timex::parse("P1Y6M");
    REQUIRE(d.components().size() == 2);
    CHECK(d.components()[0].amount == 1);
    CHECK(d.components()[0].unit == kairos::time_unit::year);
    CHECK(d.components()[1].amount == 6);
    CHECK(d.components()[1].unit == kairos::time_unit::month);

    const auto m = timex::parse("PT2H30M");
    REQUIRE(m.components().size() == 2);
    CHECK(m.components()[1].unit == kairos::time_unit::minute);

    const auto f = timex::parse("P1.5Y").components()[0];
    CHECK(f.amount == 15);
    CHECK(f.scale == 1);
    CHECK(f.value() == doctest::Approx(1.5));

    CHECK_FALSE(timex::parse("PXY").components()[0].known);
    CHECK(timex::parse("P9E").components()[0].unit == kairos::time_unit::decade);
    CHECK(timex::parse("P9E").components()[0].legacy);
    CHECK_FALSE(timex::parse("P9DE").components()[0].legacy);
    CHECK(timex::parse("PXX").components()[0].unit == kairos::time_unit::unspecified);
    CHECK(timex::parse("2025").components().empty());
}

} // namespace kairos::test

namespace kairos::test {

TEST_CASE("timex keys unordered containers; equal values hash equally") {
    std::unordered_set<timex> seen;
    for (const auto& c : forms) seen.insert(timex::parse(c.value));
    CHECK(seen.size() == std::size(forms));
    for (const auto& c : forms) CHECK(seen.count(timex::parse(c.value)) == 1);
    const std::hash<timex> h;
    CHECK(h(timex::day(2025, 9, 17)) == h(timex::parse("2025-09-17")));
    CHECK(seen.count(timex::parse("2025-Q4").with_mod(timex_mod::end)) == 0);
}

} // namespace kairos::test
