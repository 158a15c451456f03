// kairos/timex/calendar.hpp — ISO week dates and month lengths, on top of Howard Hinnant's date.
#pragma once

#include <date/date.h>
#include <date/iso_week.h>
#include <optional>

namespace kairos {

/// First and last day, and first and last instant (UTC), of a point value. Closed ranges:
/// `last` is the last second inside the value (23:59:59 for a day).
struct bounds {
    date::sys_days first_day{};
    date::sys_days last_day{};
    date::sys_seconds first{};
    date::sys_seconds last{};

    [[nodiscard]] constexpr bool contains(date::sys_seconds t) const noexcept {
        return first <= t && t <= last;
    }
    [[nodiscard]] constexpr bool contains(date::sys_days d) const noexcept {
        return first_day <= d && d <= last_day;
    }
    [[nodiscard]] constexpr bool overlaps(const bounds& o) const noexcept {
        return first <= o.last && o.first <= last;
    }
    friend constexpr bool operator==(const bounds&, const bounds&) = default;
};

/// An ISO 8601 week date: 2024-12-30 is {2025, 1, 1} (week-year 2025, week 1, Monday).
struct iso_week_date {
    int year = 0;
    unsigned week = 0;    ///< 1..53
    unsigned weekday = 0; ///< 1 = Monday .. 7 = Sunday
    friend constexpr bool operator==(const iso_week_date&, const iso_week_date&) = default;
};

/// The ISO week date of a day.
constexpr iso_week_date iso_week_of(date::sys_days d) noexcept {
    const iso_week::year_weeknum_weekday w{d};
    return {static_cast<int>(w.year()), static_cast<unsigned>(w.weeknum()),
            static_cast<unsigned>(w.weekday())};
}

/// Number of ISO weeks (52 or 53) in an ISO week-year.
constexpr unsigned iso_weeks_in_year(int year) noexcept {
    const iso_week::year_lastweek_weekday last{iso_week::year{year}, iso_week::mon};
    return static_cast<unsigned>(iso_week::year_weeknum_weekday{last}.weeknum());
}

/// The day of an ISO week date; nullopt when the week or weekday does not exist.
constexpr std::optional<date::sys_days> from_iso_week(int year, unsigned week,
                                                      unsigned weekday = 1) noexcept {
    if (year < -32767 || year > 32767 || week < 1 || weekday < 1 || weekday > 7)
        return std::nullopt;
    if (week > iso_weeks_in_year(year)) return std::nullopt;
    const iso_week::year_weeknum_weekday w{iso_week::year{year}, iso_week::weeknum{week},
                                           iso_week::weekday{weekday}};
    return date::sys_days{w};
}

namespace detail {

/// Days in a month of a year (Gregorian); month in 1..12.
constexpr unsigned days_in_month(int y, unsigned m) noexcept {
    return static_cast<unsigned>((date::year{y} / date::month{m} / date::last).day());
}

/// The most days a month can have in any year (February: 29).
constexpr unsigned max_days_in_month(unsigned m) noexcept {
    return days_in_month(2000, m);
}

} // namespace detail
} // namespace kairos
