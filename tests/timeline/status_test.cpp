// Status as of a day: the phrase is part of the API, so every case checks the exact text.
#include <doctest/doctest.h>
#include <kairos/status.hpp>
#include <string>
#include <string_view>

namespace {

using kairos::event_kind;
using kairos::status_kind;

date::sys_days day(std::string_view iso) {
    const auto b = kairos::timex::parse(iso).bounds();
    REQUIRE(b.has_value());
    return b->first_day;
}

kairos::status status_of(event_kind kind, std::string_view value, std::string_view as_of) {
    kairos::event e;
    e.kind = kind;
    e.value = kairos::timex::parse(value);
    return kairos::status_of(e, day(as_of));
}

struct status_case {
    event_kind kind;
    std::string_view value;
    std::string_view as_of;
    status_kind expected_kind;
    std::string_view expected_text;
};

} // namespace

TEST_CASE("a one-day event reads in exact days up to 59, then in months and years") {
    const status_case cases[] = {
        {event_kind::meeting, "2025-09-14", "2025-09-14", status_kind::today, "today"},
        {event_kind::deadline, "2025-09-17", "2025-09-16", status_kind::upcoming, "tomorrow"},
        {event_kind::deadline, "2025-09-17", "2025-09-14", status_kind::upcoming, "in 3 days"},
        {event_kind::deadline, "2025-09-17", "2025-09-04", status_kind::upcoming, "in 13 days"},
        {event_kind::deadline, "2025-11-01", "2025-09-03", status_kind::upcoming, "in 59 days"},
        {event_kind::deadline, "2025-11-02", "2025-09-03", status_kind::upcoming, "in 2 months"},
        {event_kind::deadline, "2025-12-16", "2025-11-16", status_kind::upcoming, "in 30 days"},
        {event_kind::deadline, "2025-12-16", "2025-09-14", status_kind::upcoming, "in 3 months"},
        {event_kind::effective, "2027-09-14", "2025-09-14", status_kind::upcoming, "in 2 years"},
        {event_kind::deadline, "2025-09-17", "2025-09-22", status_kind::overdue,
         "passed 5 days ago"},
        {event_kind::deadline, "2025-09-17", "2025-09-18", status_kind::overdue,
         "passed yesterday"},
        {event_kind::meeting, "2025-09-14", "2025-09-15", status_kind::past, "yesterday"},
        {event_kind::meeting, "2025-09-14", "2025-09-24", status_kind::past, "10 days ago"},
        {event_kind::expiry, "2025-01-19", "2025-09-14", status_kind::past, "8 months ago"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.value);
        CAPTURE(c.as_of);
        const auto s = status_of(c.kind, c.value, c.as_of);
        CHECK(s.kind == c.expected_kind);
        CHECK(s.text == c.expected_text);
    }
}

TEST_CASE("month and quarter grains are judged through their bounds, never a guessed day") {
    const status_case cases[] = {
        // Ahead: a range from the first to the last day of the span.
        {event_kind::deadline, "2025-11", "2025-10-01", status_kind::upcoming,
         "in 1\u20132 months"},
        {event_kind::expiry, "2025-11", "2025-09-14", status_kind::upcoming, "in 2\u20133 months"},
        {event_kind::meeting, "2025-Q4", "2025-09-14", status_kind::upcoming, "in 1\u20134 months"},
        {event_kind::meeting, "2025-W38", "2025-09-10", status_kind::upcoming, "in 5\u201311 days"},
        // Inside the span: a deadline is due by its end; anything else is going on.
        {event_kind::deadline, "2025-11", "2025-11-10", status_kind::upcoming,
         "due by the end of November"},
        {event_kind::deadline, "2025-Q4", "2025-10-02", status_kind::upcoming,
         "due by the end of Q4"},
        {event_kind::deadline, "2025", "2025-03-02", status_kind::upcoming,
         "due by the end of 2025"},
        {event_kind::expiry, "2025-11", "2025-11-10", status_kind::ongoing, "this month"},
        {event_kind::meeting, "2025-Q4", "2025-11-10", status_kind::ongoing, "this quarter"},
        {event_kind::period, "2025", "2025-11-10", status_kind::ongoing, "this year"},
        // After the span: a deadline fell due on its last day.
        {event_kind::deadline, "2025-11", "2025-12-03", status_kind::overdue, "passed 3 days ago"},
        {event_kind::meeting, "2025-08", "2025-10-05", status_kind::past, "1\u20132 months ago"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.value);
        CAPTURE(c.as_of);
        const auto s = status_of(c.kind, c.value, c.as_of);
        CHECK(s.kind == c.expected_kind);
        CHECK(s.text == c.expected_text);
    }
}

TEST_CASE("an event without a known date is open, whatever the as-of day") {
    for (auto value : {"FUTURE_REF", "PRESENT_REF", "XXXX-09-17", "P30D"}) {
        CAPTURE(value);
        const auto s = status_of(event_kind::meeting, value, "2025-09-14");
        CHECK(s.kind == status_kind::open);
        CHECK(s.text == "date unknown");
    }
}

TEST_CASE("a period runs from its value to its end value") {
    kairos::event e;
    e.kind = event_kind::period;
    e.value = kairos::timex::parse("2025-03-01");
    e.end = kairos::timex::parse("2025-04-30");
    const auto b = kairos::event_bounds(e);
    REQUIRE(b.has_value());
    CHECK(b->first_day == day("2025-03-01"));
    CHECK(b->last_day == day("2025-04-30"));
    CHECK(kairos::status_of(e, day("2025-04-02")).text == "until Apr 30");
    CHECK(kairos::status_of(e, day("2025-04-02")).kind == status_kind::ongoing);
    CHECK(kairos::status_of(e, day("2024-12-31")).text == "in 2\u20134 months");
}

TEST_CASE("a date in another year names the year") {
    CHECK(status_of(event_kind::deadline, "2026-01", "2026-01-05").text ==
          "due by the end of January");
    kairos::event e;
    e.kind = event_kind::period;
    e.value = kairos::timex::parse("2025-12-01");
    e.end = kairos::timex::parse("2026-01-15");
    CHECK(kairos::status_of(e, day("2025-12-20")).text == "until Jan 15, 2026");
}
