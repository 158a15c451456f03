// kairos/timex/bounds.hpp — first and last day and instant of a point value.
//
// Conventions (docs/timex.md): ISO weeks (Monday first); halves Jan–Jun / Jul–Dec; seasons are
// meteorological, northern hemisphere (winter 2025 = 2025-12-01..2026-02-28); "199" is
// 1990..1999 and "19" is 1900..1999 (TimeML); parts of day use the hours in part_hours below;
// dates without a zone are read as UTC.
#pragma once

#include <kairos/timex.hpp>
#include <utility>

namespace kairos {

namespace detail {

/// [first second, last second] of a part of day, counted from the day's midnight. Night runs
/// into the next morning.
constexpr std::pair<int, int> part_hours(part_of_day p) noexcept {
    switch (p) {
    case part_of_day::morning:
        return {6, 12};
    case part_of_day::midday:
        return {11, 14};
    case part_of_day::afternoon:
        return {12, 18};
    case part_of_day::evening:
        return {18, 22};
    case part_of_day::night:
        return {21, 30};
    case part_of_day::daytime:
        return {6, 18};
    }
    return {0, 24};
}

constexpr date::sys_days ymd_days(int y, unsigned m, unsigned d) noexcept {
    return date::sys_days{date::year{y} / date::month{m} / date::day{d}};
}

constexpr date::sys_days month_last(int y, unsigned m) noexcept {
    return date::sys_days{date::year{y} / date::month{m} / date::last};
}

} // namespace detail

constexpr std::optional<std::pair<int, int>> timex::year_range() const noexcept {
    if (form_ != form::point || yknown_ == 0) return std::nullopt;
    int scale = 1;
    for (int k = yknown_; k < 4; ++k) scale *= 10;
    const int lo = year_ * scale;
    if (bc_) return std::pair{1 - (lo + scale - 1), 1 - lo}; // 44 BC is year -43
    return std::pair{lo, lo + scale - 1};
}

/// True when no known field follows an unknown one ("1998-XX-XX" yes, "XXXX-09-17" no).
constexpr bool timex::suffix_unknown_only() const noexcept {
    std::array<bool, 3> known_fields{};
    std::size_t n = 0;
    known_fields[n++] = yknown_ == ydigits_;
    if (sub_ != sub_field::none) known_fields[n++] = sub_ == sub_field::season || subv_ != 0;
    if (dayk_ != day_field::none) known_fields[n++] = dayk_ == day_field::weekend || dayv_ != 0;
    const bool time_known = timek_ != time_field::none; // clock fields are never X
    bool seen_unknown = false;
    for (std::size_t k = 0; k < n; ++k) {
        if (!known_fields[k])
            seen_unknown = true;
        else if (seen_unknown)
            return false;
    }
    return !(seen_unknown && time_known);
}

constexpr std::optional<std::pair<date::sys_days, date::sys_days>>
timex::day_range() const noexcept {
    using detail::month_last;
    using detail::ymd_days;
    const auto years = year_range();
    if (!years || !suffix_unknown_only()) return std::nullopt;
    const auto [lo, hi] = *years;
    const bool sub_known = sub_ == sub_field::season || subv_ != 0;
    if (yknown_ != ydigits_ || sub_ == sub_field::none || (!sub_known && sub_ != sub_field::week))
        return std::pair{ymd_days(lo, 1, 1), ymd_days(hi, 12, 31)};
    const int y = lo;
    const unsigned v = subv_;
    switch (sub_) {
    case sub_field::month:
        if (dayk_ == day_field::day && dayv_ != 0) {
            const auto d = ymd_days(y, v, dayv_);
            return std::pair{d, d};
        }
        return std::pair{ymd_days(y, v, 1), month_last(y, v)};
    case sub_field::week: {
        if (v == 0) // some week of the ISO week-year
            return std::pair{*from_iso_week(y, 1, 1), *from_iso_week(y, iso_weeks_in_year(y), 7)};
        const auto monday = from_iso_week(y, v, 1);
        if (!monday) return std::nullopt;
        if (dayk_ == day_field::weekday && dayv_ != 0)
            return std::pair{*monday + date::days{dayv_ - 1}, *monday + date::days{dayv_ - 1}};
        if (dayk_ == day_field::weekend)
            return std::pair{*monday + date::days{5}, *monday + date::days{6}};
        return std::pair{*monday, *monday + date::days{6}};
    }
    case sub_field::quarter:
        return std::pair{ymd_days(y, 3 * v - 2, 1), month_last(y, 3 * v)};
    case sub_field::half:
        return std::pair{ymd_days(y, 6 * v - 5, 1), month_last(y, 6 * v)};
    case sub_field::season:
        if (v == 4) return std::pair{ymd_days(y, 12, 1), month_last(y + 1, 2)};
        return std::pair{ymd_days(y, 3 * v, 1), month_last(y, 3 * v + 2)};
    case sub_field::none:
        break;
    }
    return std::nullopt;
}

constexpr std::optional<std::pair<std::chrono::seconds, std::chrono::seconds>>
timex::time_range() const noexcept {
    using std::chrono::hours;
    using std::chrono::minutes;
    using std::chrono::seconds;
    const seconds h = hours{hour_};
    switch (timek_) {
    case time_field::none:
        return std::nullopt;
    case time_field::part: {
        const auto [from, to] = detail::part_hours(static_cast<kairos::part_of_day>(hour_));
        return std::pair{seconds{hours{from}}, seconds{hours{to}} - seconds{1}};
    }
    case time_field::hour:
        return std::pair{h, h + seconds{3599}};
    case time_field::minute: {
        const seconds m = h + minutes{minute_};
        return std::pair{m, m + seconds{59}};
    }
    case time_field::second: {
        const seconds s = h + minutes{minute_} + seconds{second_};
        return std::pair{s, s};
    }
    }
    return std::nullopt;
}

constexpr std::optional<kairos::bounds> timex::bounds() const noexcept {
    if (!ok() || form_ != form::point) return std::nullopt;
    const auto days = day_range();
    if (!days) return std::nullopt;
    const auto [first_day, last_day] = *days;
    const auto times = time_range();
    if (!times) {
        return kairos::bounds{first_day, last_day, date::sys_seconds{first_day},
                              date::sys_seconds{last_day} + std::chrono::seconds{86399}};
    }
    const auto first_local = date::sys_seconds{first_day} + times->first;
    const auto last_local = date::sys_seconds{first_day} + times->second;
    const std::chrono::seconds shift = std::chrono::minutes{offset_};
    return kairos::bounds{std::chrono::floor<date::days>(first_local),
                          std::chrono::floor<date::days>(last_local), first_local - shift,
                          last_local - shift};
}

} // namespace kairos
