// The opt-in fmt formatters print TIMEX3 text and enum names, with string format specs.
#include <doctest/doctest.h>
#include <kairos/fmt.hpp>

// Inside kairos: glibc declares a global ::timex (adjtimex), so no global using-declaration.
namespace kairos::test {

TEST_CASE("fmt formats timex values and kairos enums") {
    CHECK(fmt::format("{}", timex::parse("2025-09-19T17:00-04:00")) == "2025-09-19T17:00-04:00");
    CHECK(fmt::format("[{:>9}]", timex::parse("2025-Q4")) == "[  2025-Q4]");
    CHECK(fmt::format("[{:<6}]", timex::parse("P3D")) == "[P3D   ]");
    CHECK(fmt::format("{}", timex::parse("2025-13")).empty());
    CHECK(fmt::format("{}", timex::duration(1, kairos::time_unit::year)) == "P1Y");
    CHECK(fmt::format("{} {} {}", kairos::timex_type::date, kairos::timex_type::duration,
                      kairos::timex_type::set) == "DATE DURATION SET");
    CHECK(fmt::format("{}", kairos::timex_mod::on_or_before) == "ON_OR_BEFORE");
    CHECK(fmt::format("[{}]", kairos::timex_mod::none) == "[]");
    CHECK(fmt::format("{}", kairos::grain::quarter) == "quarter");
    CHECK(fmt::format("{}", kairos::timex_kind::duration) == "duration");
    CHECK(fmt::format("{:^10}", kairos::event_kind::deadline) == " deadline ");
    CHECK(fmt::format("{}", kairos::event_kind::expiry) == "expiry");
}

} // namespace kairos::test
