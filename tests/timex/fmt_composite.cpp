// The fmt formatters for composite kairos types (errors, bounds, mentions, events), and the
// std::expected-style error() accessor.
#include <doctest/doctest.h>
#include <kairos/fmt.hpp>

// Inside kairos: glibc declares a global ::timex (adjtimex), so no global using-declaration.
namespace kairos::test {

TEST_CASE("fmt formats an error as its category and message") {
    const error e{errc::unknown_time_zone, "unknown time zone \"Mars/Base\""};
    CHECK(fmt::format("{}", e) == "unknown_time_zone: unknown time zone \"Mars/Base\"");
    CHECK(fmt::format("{}", errc::parse_error) == "parse_error");
    CHECK(fmt::format("[{:>13}]", errc::io_error) == "[     io_error]");
}

TEST_CASE("fmt formats bounds as days when they are whole days, else as instants") {
    CHECK(fmt::format("{}", *timex::parse("2025-09").bounds()) == "2025-09-01..2025-09-30");
    CHECK(fmt::format("{}", *timex::parse("2025-09-17").bounds()) == "2025-09-17..2025-09-17");
    CHECK(fmt::format("{}", *timex::parse("2025-09-15T17:00").bounds()) ==
          "2025-09-15T17:00:00Z..2025-09-15T17:00:59Z");
    CHECK(fmt::format("{:<24}|", *timex::parse("2025-W38").bounds()) ==
          "2025-09-15..2025-09-21  |");
}

TEST_CASE("fmt formats a mention as its text, type, value and mod") {
    mention m;
    m.text = "5 p.m. tomorrow";
    m.type = timex_type::time;
    m.value = timex::parse("2025-09-15T17:00");
    CHECK(fmt::format("{}", m) == "\"5 p.m. tomorrow\" TIME 2025-09-15T17:00");
    m.text = "by the end of the month";
    m.type = timex_type::date;
    m.value = timex::parse("2025-09").with_mod(timex_mod::end);
    CHECK(fmt::format("{}", m) == "\"by the end of the month\" DATE 2025-09 END");
}

TEST_CASE("fmt formats an event as value, kind and subject; a period with its end") {
    event e;
    e.kind = event_kind::deadline;
    e.value = timex::parse("2025-09-17");
    e.subject = "TikTok divestment";
    CHECK(fmt::format("{}", e) == "2025-09-17 deadline: TikTok divestment");
    e.kind = event_kind::period;
    e.value = timex::parse("2025-09");
    e.end = timex::parse("2025-11");
    e.subject = "tariff truce";
    CHECK(fmt::format("{:>38}", e) == " 2025-09..2025-11 period: tariff truce");
}

TEST_CASE("expected offers error() like std::expected, and err() for existing callers") {
    const expected<int> bad{error{errc::invalid_argument, "no such day"}};
    REQUIRE_FALSE(bad.has_value());
    CHECK(bad.error().code == errc::invalid_argument);
    CHECK(bad.error().message == "no such day");
    CHECK(&bad.error() == &bad.err());
    expected<int> moved{error{errc::io_error, "disk full"}};
    const error taken = std::move(moved).error();
    CHECK(taken.message == "disk full");
    const expected<int> good{42};
    CHECK(*good == 42);
}

} // namespace kairos::test
