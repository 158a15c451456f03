// The small vocabulary types print and parse their TimeML spellings.
#include <doctest/doctest.h>
#include <kairos/timex.hpp>
#include <string_view>

// Inside kairos: glibc declares a global ::timex (adjtimex), so no global using-declaration.
namespace kairos::test {

using namespace std::string_view_literals;

TEST_CASE("timex_type names") {
    using kairos::timex_type;
    for (auto [t, name] : {std::pair{timex_type::date, "DATE"sv},
                           {timex_type::time, "TIME"sv},
                           {timex_type::duration, "DURATION"sv},
                           {timex_type::set, "SET"sv}}) {
        CHECK(kairos::to_string(t) == name);
        CHECK(kairos::parse_timex_type(name) == t);
    }
    CHECK_FALSE(kairos::parse_timex_type("date").has_value());
}

TEST_CASE("every TimeML mod round-trips") {
    constexpr std::string_view mods[] = {"START",     "MID",           "END",           "BEFORE",
                                         "AFTER",     "ON_OR_BEFORE",  "ON_OR_AFTER",   "LESS_THAN",
                                         "MORE_THAN", "EQUAL_OR_LESS", "EQUAL_OR_MORE", "APPROX"};
    for (auto m : mods) {
        CAPTURE(m);
        const auto parsed = kairos::parse_timex_mod(m);
        REQUIRE(parsed.has_value());
        CHECK(*parsed != kairos::timex_mod::none);
        CHECK(kairos::to_string(*parsed) == m);
    }
    CHECK(kairos::parse_timex_mod("") == kairos::timex_mod::none);
    CHECK_FALSE(kairos::parse_timex_mod("ABOUT").has_value());
    CHECK_FALSE(kairos::parse_timex_mod("start").has_value());
}

TEST_CASE("quant parses in any case, freq as count and unit") {
    CHECK(kairos::parse_set_quant("EVERY") == kairos::set_quant::every);
    CHECK(kairos::parse_set_quant("every") == kairos::set_quant::every);
    CHECK(kairos::parse_set_quant("Each") == kairos::set_quant::each);
    CHECK(kairos::parse_set_quant("") == kairos::set_quant::none);
    CHECK_FALSE(kairos::parse_set_quant("a").has_value());

    struct row {
        std::string_view text;
        std::uint32_t count;
        kairos::time_unit unit;
    };
    const row rows[] = {{"1X", 1, kairos::time_unit::unspecified},
                        {"100X", 100, kairos::time_unit::unspecified},
                        {"3Y", 3, kairos::time_unit::year},
                        {"1W", 1, kairos::time_unit::week},
                        {"7D", 7, kairos::time_unit::day}};
    for (const auto& r : rows) {
        CAPTURE(r.text);
        const auto f = kairos::parse_frequency(r.text);
        REQUIRE(f.has_value());
        CHECK(f->count == r.count);
        CHECK(f->unit == r.unit);
        CHECK(kairos::to_string(*f) == r.text);
    }
    for (std::string_view bad : {"", "X", "0X", "2", "2Z", "-1X"}) {
        CAPTURE(bad);
        CHECK_FALSE(kairos::parse_frequency(bad).has_value());
    }
}

TEST_CASE("grain, part of day, season and reference spellings") {
    CHECK(kairos::to_string(kairos::grain::part_of_day) == "part_of_day");
    CHECK(kairos::to_string(kairos::grain::century) == "century");
    CHECK(kairos::parse_part_of_day("NI") == kairos::part_of_day::night);
    CHECK_FALSE(kairos::parse_part_of_day("XX").has_value());
    CHECK(kairos::parse_season("WI") == kairos::season::winter);
    CHECK(kairos::to_string(kairos::reference::future) == "FUTURE_REF");
    CHECK(kairos::to_string(kairos::timex_kind::reference) == "reference");
}

} // namespace kairos::test
