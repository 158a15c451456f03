// kairos/timex/arith.hpp — calendar arithmetic with duration values.
//
// Rules (docs/timex.md): years, quarters, months, decades, centuries and millennia move the
// month and clamp the day to the month's end (Jan 31 + P1M = Feb 28, or 29 in a leap year);
// weeks are 7 days; days are calendar days; hours/minutes/seconds are exact. Calendar parts
// apply first, then days, then time (as XML Schema does), for either sign. Unknown amounts,
// the unspecified unit and fractions that do not come out whole give nullopt.
#pragma once

#include <cstdint>
#include <kairos/timex.hpp>

namespace kairos {
namespace detail {

/// A duration reduced to whole months, days and seconds.
struct duration_parts {
    std::int64_t months = 0;
    std::int64_t days = 0;
    std::int64_t seconds = 0;
};

constexpr std::int64_t months_per(time_unit u) noexcept {
    switch (u) {
    case time_unit::month:
        return 1;
    case time_unit::quarter:
        return 3;
    case time_unit::year:
        return 12;
    case time_unit::decade:
        return 120;
    case time_unit::century:
        return 1200;
    case time_unit::millennium:
        return 12000;
    default:
        return 0;
    }
}

constexpr std::int64_t seconds_per(time_unit u) noexcept {
    switch (u) {
    case time_unit::second:
        return 1;
    case time_unit::minute:
        return 60;
    case time_unit::hour:
        return 3600;
    default:
        return 0;
    }
}

/// Adds one component to `p`; false when it cannot be expressed exactly.
constexpr bool accumulate(duration_parts& p, const duration_component& c) noexcept {
    if (!c.known || c.unit == time_unit::unspecified) return false;
    std::int64_t denom = 1;
    for (int k = 0; k < c.scale; ++k) denom *= 10;
    const auto a = static_cast<std::int64_t>(c.amount);
    if (const auto m = months_per(c.unit); m != 0) {
        if ((a * m) % denom != 0) return false; // a fraction of a month has no calendar meaning
        p.months += a * m / denom;
        return true;
    }
    if (c.unit == time_unit::day || c.unit == time_unit::week) {
        const std::int64_t d = a * (c.unit == time_unit::week ? 7 : 1);
        if (d % denom == 0) {
            p.days += d / denom;
            return true;
        }
        if ((d * 86400) % denom != 0) return false;
        p.seconds += d * 86400 / denom;
        return true;
    }
    const std::int64_t s = a * seconds_per(c.unit);
    if (s % denom != 0) return false;
    p.seconds += s / denom;
    return true;
}

constexpr std::optional<duration_parts> split(const timex& d) noexcept {
    if (!d.ok() || !d.is_duration()) return std::nullopt;
    duration_parts p{};
    for (const auto& c : d.components())
        if (!accumulate(p, c)) return std::nullopt;
    return p;
}

/// Moves a day by whole months, clamping the day of month; nullopt outside date's range.
constexpr std::optional<date::sys_days> add_months(date::sys_days d, std::int64_t months) noexcept {
    const date::year_month_day ymd{d};
    const std::int64_t index = static_cast<std::int64_t>(static_cast<int>(ymd.year())) * 12 +
                               static_cast<std::int64_t>(static_cast<unsigned>(ymd.month())) - 1 +
                               months;
    const std::int64_t y = index >= 0 ? index / 12 : -((-index + 11) / 12);
    if (y < -32000 || y > 32000) return std::nullopt;
    const auto m = static_cast<unsigned>(index - y * 12 + 1);
    const auto last = detail::days_in_month(static_cast<int>(y), m);
    const unsigned day =
        static_cast<unsigned>(ymd.day()) < last ? static_cast<unsigned>(ymd.day()) : last;
    return date::sys_days{date::year{static_cast<int>(y)} / date::month{m} / date::day{day}};
}

constexpr bool day_count_fits(std::int64_t days) noexcept {
    return days > -12'000'000 && days < 12'000'000; // ±32,000 years: date's range
}

} // namespace detail

/// `from` plus (sign > 0) or minus (sign < 0) a duration, in whole days; nullopt when the
/// duration has a part that is not whole days (PT5H), an unknown amount, or leaves date's range.
constexpr std::optional<date::sys_days> add(date::sys_days from, const timex& duration,
                                            int sign = 1) noexcept {
    auto p = detail::split(duration);
    if (!p || p->seconds % 86400 != 0) return std::nullopt;
    const std::int64_t s = sign < 0 ? -1 : 1;
    const std::int64_t days = p->days + p->seconds / 86400;
    if (!detail::day_count_fits(days) || !detail::day_count_fits(p->months * 31))
        return std::nullopt;
    const auto moved = detail::add_months(from, s * p->months);
    if (!moved) return std::nullopt;
    return *moved + date::days{static_cast<int>(s * days)};
}

/// `from` plus or minus a duration, to the second (calendar parts act on from's UTC day).
constexpr std::optional<date::sys_seconds> add(date::sys_seconds from, const timex& duration,
                                               int sign = 1) noexcept {
    const auto p = detail::split(duration);
    if (!p) return std::nullopt;
    const std::int64_t s = sign < 0 ? -1 : 1;
    if (!detail::day_count_fits(p->days + p->seconds / 86400) ||
        !detail::day_count_fits(p->months * 31))
        return std::nullopt;
    const auto day = std::chrono::floor<date::days>(from);
    const auto moved = detail::add_months(day, s * p->months);
    if (!moved) return std::nullopt;
    return date::sys_seconds{*moved} + (from - day) + date::days{static_cast<int>(s * p->days)} +
           std::chrono::seconds{s * p->seconds};
}

/// Approximate length in days, for sorting and comparing durations (a year is 365.2425 days,
/// a month 30.436875); nullopt for non-durations and unknown amounts or units.
constexpr std::optional<double> approx_days(const timex& duration) noexcept {
    if (!duration.ok() || !duration.is_duration()) return std::nullopt;
    double total = 0;
    for (const auto& c : duration.components()) {
        if (!c.known || c.unit == time_unit::unspecified) return std::nullopt;
        const auto months = detail::months_per(c.unit);
        const double per = months != 0                 ? static_cast<double>(months) * 30.436875
                           : c.unit == time_unit::week ? 7.0
                           : c.unit == time_unit::day
                               ? 1.0
                               : static_cast<double>(detail::seconds_per(c.unit)) / 86400.0;
        total += c.value() * per;
    }
    return total;
}

} // namespace kairos
