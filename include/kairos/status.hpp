// kairos/status.hpp — where an event stands as of a given day: past, today, upcoming, overdue,
// ongoing or open, with the short English phrase a tracker shows ("in 3 days").
//
// Coarse dates are judged through their bounds, never through a guessed day: a deadline in
// November 2025 is "in 1–2 months" on 2025-10-01, "due by the end of November" on 2025-11-10
// and overdue from 2025-12-01.
#pragma once

#include <chrono>
#include <cmath>
#include <cstdint>
#include <date/date.h>
#include <kairos/event.hpp>
#include <kairos/timex.hpp>
#include <optional>
#include <string>
#include <string_view>

namespace kairos {

/// Where an event stands relative to an as-of day.
enum class status_kind : std::uint8_t {
    past,     ///< over (any kind but deadline)
    today,    ///< a one-day event on the as-of day
    ongoing,  ///< a multi-day span that contains the as-of day (not a deadline)
    upcoming, ///< ahead; also a coarse deadline whose span contains the as-of day (still due)
    overdue,  ///< a deadline whose last day is before the as-of day
    open,     ///< the date is unknown ("the upcoming APEC meeting")
};

constexpr std::string_view to_string(status_kind s) noexcept {
    switch (s) {
    case status_kind::past:
        return "past";
    case status_kind::today:
        return "today";
    case status_kind::ongoing:
        return "ongoing";
    case status_kind::upcoming:
        return "upcoming";
    case status_kind::overdue:
        return "overdue";
    case status_kind::open:
        return "open";
    }
    return "open";
}

/// A status and its phrase. `text` is part of the API (tested): "today", "tomorrow",
/// "in 3 days", "in 1–2 months", "due by the end of November", "this month",
/// "passed 5 days ago", "yesterday", "date unknown".
struct status {
    status_kind kind = status_kind::open;
    std::string text = "date unknown";
    friend bool operator==(const status&, const status&) = default;
};

/// The day bounds of an event: its value's bounds, stretched to the end value for a period
/// ("from March 1 to April 30"); nullopt when the date is unknown (references, durations,
/// values with unknown year digits).
[[nodiscard]] inline std::optional<bounds> event_bounds(const event& e) noexcept {
    auto b = e.value.bounds();
    if (!b) return std::nullopt;
    if (e.end) {
        if (auto last = e.end->bounds(); last && last->last_day >= b->first_day) {
            b->last_day = last->last_day;
            b->last = last->last;
        }
    }
    return b;
}

namespace detail {

/// How a multi-day span names itself in a phrase: "November", "Q4", "2025", or nothing.
enum class span_shape : std::uint8_t { month, quarter, year, week, other };

[[nodiscard]] constexpr span_shape shape_of(const bounds& b) noexcept {
    const date::year_month_day f{b.first_day};
    const date::year_month_day l{b.last_day};
    const bool starts_month = f.day() == date::day{1};
    const bool ends_month =
        date::year_month_day_last{l.year(), date::month_day_last{l.month()}}.day() == l.day();
    const auto length = (b.last_day - b.first_day).count() + 1;
    if (length == 7 && date::weekday{b.first_day} == date::Monday) return span_shape::week;
    if (!starts_month || !ends_month || f.year() != l.year()) return span_shape::other;
    const auto months = static_cast<unsigned>(l.month()) - static_cast<unsigned>(f.month()) + 1;
    if (months == 1) return span_shape::month;
    if (months == 3 && (static_cast<unsigned>(f.month()) - 1) % 3 == 0) return span_shape::quarter;
    if (months == 12) return span_shape::year;
    return span_shape::other;
}

inline std::string month_name(date::month m) {
    static constexpr std::string_view names[] = {"January",   "February", "March",    "April",
                                                 "May",       "June",     "July",     "August",
                                                 "September", "October",  "November", "December"};
    return std::string(names[static_cast<unsigned>(m) - 1]);
}

/// "Nov 30", with the year appended when it differs from the as-of year.
inline std::string short_date(date::sys_days d, date::sys_days as_of) {
    static constexpr std::string_view abbr[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const date::year_month_day ymd{d};
    std::string s(abbr[static_cast<unsigned>(ymd.month()) - 1]);
    s += ' ';
    s += std::to_string(static_cast<unsigned>(ymd.day()));
    if (ymd.year() != date::year_month_day{as_of}.year())
        s += ", " + std::to_string(static_cast<int>(ymd.year()));
    return s;
}

/// "November", "Q4", "2025" (each with a year when it differs from the as-of year), or a date.
inline std::string span_label(const bounds& b, date::sys_days as_of) {
    const date::year_month_day f{b.first_day};
    const bool same_year = f.year() == date::year_month_day{as_of}.year();
    std::string year = std::to_string(static_cast<int>(f.year()));
    switch (shape_of(b)) {
    case span_shape::month:
        return month_name(f.month()) + (same_year ? "" : " " + year);
    case span_shape::quarter:
        return "Q" + std::to_string((static_cast<unsigned>(f.month()) + 2) / 3) +
               (same_year ? "" : " " + year);
    case span_shape::year:
        return year;
    case span_shape::week:
        return "the week";
    case span_shape::other:
        break;
    }
    return short_date(b.last_day, as_of);
}

/// The unit a distance of `days` reads best in, and its length in days.
struct unit {
    std::string_view name;
    double days;
};

constexpr unit unit_for(std::int64_t days) noexcept {
    if (days < 14) return {"day", 1.0};
    if (days < 56) return {"week", 7.0};
    if (days < 730) return {"month", 30.436875};
    return {"year", 365.2425};
}

inline std::string amount(std::int64_t n, std::string_view name) {
    std::string s = std::to_string(n) + " " + std::string(name);
    if (n != 1) s += 's';
    return s;
}

/// "3 days", "45 days", "4 months": a one-day date is counted in exact days below 60 (a
/// deadline tracker wants "in 16 days", not "in 2 weeks"), in rounded months or years above.
inline std::string distance(std::int64_t days) {
    if (days < 60) return amount(days, "day");
    const auto u = unit_for(days);
    return amount(std::llround(static_cast<double>(days) / u.days), u.name);
}

/// "1–2 months" for a span whose near edge is `lo` days away and far edge `hi` days away.
inline std::string distance_range(std::int64_t lo, std::int64_t hi) {
    const auto u = unit_for(hi);
    const auto a = std::llround(static_cast<double>(lo) / u.days);
    const auto b = std::llround(static_cast<double>(hi) / u.days);
    if (a == b) return "about " + amount(a, u.name);
    if (a == 0) return "up to " + amount(b, u.name);
    return std::to_string(a) + "\u2013" + std::to_string(b) + " " + std::string(u.name) + "s";
}

inline status day_status(event_kind kind, std::int64_t ahead) {
    if (ahead == 0) return {status_kind::today, "today"};
    if (ahead == 1) return {status_kind::upcoming, "tomorrow"};
    if (ahead > 1) return {status_kind::upcoming, "in " + distance(ahead)};
    const bool deadline = kind == event_kind::deadline;
    const auto k = deadline ? status_kind::overdue : status_kind::past;
    if (ahead == -1) return {k, deadline ? "passed yesterday" : "yesterday"};
    return {k, (deadline ? "passed " : "") + distance(-ahead) + " ago"};
}

inline status within_status(event_kind kind, const bounds& b, date::sys_days as_of) {
    if (kind == event_kind::deadline) {
        const auto shape = shape_of(b);
        const bool named = shape == span_shape::month || shape == span_shape::quarter ||
                           shape == span_shape::year || shape == span_shape::week;
        return {status_kind::upcoming,
                std::string(named ? "due by the end of " : "due by ") + span_label(b, as_of)};
    }
    switch (shape_of(b)) {
    case span_shape::month:
        return {status_kind::ongoing, "this month"};
    case span_shape::quarter:
        return {status_kind::ongoing, "this quarter"};
    case span_shape::year:
        return {status_kind::ongoing, "this year"};
    case span_shape::week:
        return {status_kind::ongoing, "this week"};
    case span_shape::other:
        break;
    }
    return {status_kind::ongoing, "until " + short_date(b.last_day, as_of)};
}

inline status span_status(event_kind kind, const bounds& b, date::sys_days as_of) {
    const auto to_first = (b.first_day - as_of).count();
    const auto to_last = (b.last_day - as_of).count();
    if (to_first > 0) return {status_kind::upcoming, "in " + distance_range(to_first, to_last)};
    if (to_last >= 0) return within_status(kind, b, as_of);
    if (kind == event_kind::deadline)
        return day_status(kind, to_last); // a coarse deadline falls due on its last day
    return {status_kind::past, distance_range(-to_last, -to_first) + " ago"};
}

} // namespace detail

/// The status of an event with the given kind and bounds (nullopt = date unknown) on `as_of`.
[[nodiscard]] inline status status_of(event_kind kind, const std::optional<bounds>& b,
                                      date::sys_days as_of) {
    if (!b) return {};
    if (b->first_day == b->last_day)
        return detail::day_status(kind, (b->first_day - as_of).count());
    return detail::span_status(kind, *b, as_of);
}

/// The status of an event on `as_of`.
[[nodiscard]] inline status status_of(const event& e, date::sys_days as_of) {
    return status_of(e.kind, event_bounds(e), as_of);
}

} // namespace kairos
