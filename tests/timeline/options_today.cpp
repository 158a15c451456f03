// Options made without a date use today (UTC), never the epoch: a forgotten DCT or as-of day
// must not resolve "tomorrow" to 1970-01-02 or mark every deadline as passed.
#include <chrono>
#include <doctest/doctest.h>
#include <kairos/document.hpp>
#include <kairos/io/svg.hpp>
#include <kairos/io/table.hpp>

namespace kairos::test {

namespace {

/// True when `d` is today, allowing for a test that runs across midnight.
bool is_today(date::sys_days d) {
    const auto now = std::chrono::floor<date::days>(std::chrono::system_clock::now());
    return d == now || d == now - date::days{1};
}

} // namespace

TEST_CASE("options without a date use today, not 1970") {
    CHECK(is_today(extract_options{}.dct.day));
    CHECK_FALSE(extract_options{}.dct.time_of_day.has_value());
    CHECK(extract_options{}.dct.zone.empty());
    CHECK(is_today(io::table_options{}.as_of));
    CHECK(is_today(io::svg_options{}.as_of));
    CHECK(is_today(today_utc()));
}

TEST_CASE("a date given still wins, by member or designated initializer") {
    using namespace date::literals;
    const extract_options opt{.dct = {.day = 2025_y / date::September / 14}};
    CHECK(opt.dct.day == date::sys_days{2025_y / date::September / 14});
    io::table_options t;
    t.as_of = date::sys_days{2025_y / date::January / 1};
    CHECK(t.as_of == date::sys_days{2025_y / date::January / 1});
}

} // namespace kairos::test
