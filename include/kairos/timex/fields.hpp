// kairos/timex/fields.hpp — classification, field accessors and factories of kairos::timex.
#pragma once

#include <kairos/timex.hpp>

namespace kairos {

// --- classification ----------------------------------------------------------------------------

constexpr timex_kind timex::kind() const noexcept {
    if (!ok()) return timex_kind::invalid;
    if (set_) return timex_kind::set;
    switch (form_) {
    case form::invalid:
        return timex_kind::invalid;
    case form::point:
        return timex_kind::point;
    case form::duration:
        return timex_kind::duration;
    case form::reference:
        return timex_kind::reference;
    }
    return timex_kind::invalid;
}

constexpr timex_type timex::type() const noexcept {
    if (set_) return timex_type::set;
    if (form_ == form::duration) return timex_type::duration;
    if (form_ == form::point && timek_ != time_field::none) return timex_type::time;
    return timex_type::date;
}

namespace detail {
constexpr std::optional<grain> grain_of(time_unit u) noexcept {
    switch (u) {
    case time_unit::second:
        return grain::second;
    case time_unit::minute:
        return grain::minute;
    case time_unit::hour:
        return grain::hour;
    case time_unit::day:
        return grain::day;
    case time_unit::week:
        return grain::week;
    case time_unit::month:
        return grain::month;
    case time_unit::quarter:
        return grain::quarter;
    case time_unit::year:
        return grain::year;
    case time_unit::decade:
        return grain::decade;
    case time_unit::century:
    case time_unit::millennium:
        return grain::century; // no coarser grain exists
    case time_unit::unspecified:
        return std::nullopt;
    }
    return std::nullopt;
}
} // namespace detail

constexpr std::optional<kairos::grain> timex::grain() const noexcept {
    if (!ok()) return std::nullopt;
    if (form_ == form::duration) return detail::grain_of(comps_[ncomps_ - 1u].unit);
    if (form_ != form::point) return std::nullopt;
    switch (timek_) {
    case time_field::second:
        return grain::second;
    case time_field::minute:
        return grain::minute;
    case time_field::hour:
        return grain::hour;
    case time_field::part:
        return grain::part_of_day;
    case time_field::none:
        break;
    }
    if (dayk_ != day_field::none) return grain::day; // a weekend is two days: day precision
    switch (sub_) {
    case sub_field::month:
        return grain::month;
    case sub_field::week:
        return grain::week;
    case sub_field::quarter:
        return grain::quarter;
    case sub_field::half:
        return grain::half;
    case sub_field::season:
        return grain::season;
    case sub_field::none:
        break;
    }
    return ydigits_ == 4 ? grain::year : ydigits_ == 3 ? grain::decade : grain::century;
}

constexpr bool timex::has_unknown() const noexcept {
    if (form_ == form::duration) {
        for (const auto& c : components())
            if (!c.known || c.unit == time_unit::unspecified) return true;
        return false;
    }
    if (form_ != form::point) return false;
    const bool sub_x = sub_ != sub_field::none && sub_ != sub_field::season && subv_ == 0;
    const bool day_x = (dayk_ == day_field::day || dayk_ == day_field::weekday) && dayv_ == 0;
    return yknown_ < ydigits_ || sub_x || day_x;
}

// --- accessors ---------------------------------------------------------------------------------

constexpr std::optional<int> timex::year() const noexcept {
    if (form_ != form::point || ydigits_ != 4 || yknown_ != 4 || bc_) return std::nullopt;
    return year_;
}
constexpr std::optional<int> timex::year_prefix() const noexcept {
    if (form_ != form::point || yknown_ == 0) return std::nullopt;
    return year_;
}
constexpr std::optional<int> timex::decade() const noexcept {
    if (form_ != form::point || ydigits_ != 3 || yknown_ != 3) return std::nullopt;
    return year_;
}
constexpr std::optional<int> timex::century() const noexcept {
    if (form_ != form::point || ydigits_ != 2 || yknown_ != 2) return std::nullopt;
    return year_;
}

namespace detail {
constexpr std::optional<int> known(bool present, std::uint8_t v) noexcept {
    if (!present || v == 0) return std::nullopt;
    return v;
}
} // namespace detail

constexpr std::optional<int> timex::month() const noexcept {
    return detail::known(form_ == form::point && sub_ == sub_field::month, subv_);
}
constexpr std::optional<int> timex::day() const noexcept {
    return detail::known(form_ == form::point && dayk_ == day_field::day, dayv_);
}
constexpr std::optional<int> timex::week() const noexcept {
    return detail::known(form_ == form::point && sub_ == sub_field::week, subv_);
}
constexpr std::optional<int> timex::weekday() const noexcept {
    return detail::known(form_ == form::point && dayk_ == day_field::weekday, dayv_);
}
constexpr std::optional<int> timex::quarter() const noexcept {
    return detail::known(form_ == form::point && sub_ == sub_field::quarter, subv_);
}
constexpr std::optional<int> timex::half() const noexcept {
    return detail::known(form_ == form::point && sub_ == sub_field::half, subv_);
}
constexpr std::optional<kairos::season> timex::season() const noexcept {
    if (form_ != form::point || sub_ != sub_field::season) return std::nullopt;
    return static_cast<kairos::season>(subv_ - 1);
}
constexpr std::optional<kairos::part_of_day> timex::part_of_day() const noexcept {
    if (form_ != form::point || timek_ != time_field::part) return std::nullopt;
    return static_cast<kairos::part_of_day>(hour_);
}
constexpr std::optional<int> timex::hour() const noexcept {
    if (form_ != form::point || timek_ == time_field::none || timek_ == time_field::part)
        return std::nullopt;
    return hour_;
}
constexpr std::optional<int> timex::minute() const noexcept {
    if (form_ != form::point || (timek_ != time_field::minute && timek_ != time_field::second))
        return std::nullopt;
    return minute_;
}
constexpr std::optional<int> timex::second() const noexcept {
    if (form_ != form::point || timek_ != time_field::second) return std::nullopt;
    return second_;
}
constexpr std::optional<int> timex::utc_offset() const noexcept {
    if (form_ != form::point || offk_ == offset_form::none) return std::nullopt;
    return offset_;
}
constexpr std::optional<date::year_month_day> timex::ymd() const noexcept {
    const auto y = year(), m = month(), d = day();
    if (!y || !m || !d) return std::nullopt;
    return date::year{*y} / date::month{static_cast<unsigned>(*m)} /
           date::day{static_cast<unsigned>(*d)};
}
constexpr std::optional<kairos::reference> timex::reference() const noexcept {
    if (form_ != form::reference) return std::nullopt;
    return ref_;
}

// --- factories ---------------------------------------------------------------------------------
// Factories fill the fields, print them and parse the text back: one validation path, so a
// factory can never build a value the parser would reject.

namespace detail {
/// A field value for storage: unknown → 0 (printed X), 1..max → itself, else nullopt.
constexpr std::optional<std::uint8_t> field_code(int v, int max) noexcept {
    if (v == unknown) return std::uint8_t{0};
    if (v < 1 || v > max) return std::nullopt;
    return static_cast<std::uint8_t>(v);
}
} // namespace detail

constexpr timex timex::validated() const noexcept {
    if (!ok()) return *this;
    timex t = parse(chars().view());
    if (!t.ok()) return t;
    t.mod_ = mod_;
    t.set_ = set_;
    t.quant_ = quant_;
    t.freq_ = freq_;
    return t;
}

constexpr timex timex::point_year(int y) noexcept {
    if (y != unknown && (y < 0 || y > 9999)) return fail(detail::timex_err::bad_year);
    timex t;
    t.err_ = detail::timex_err::none;
    t.form_ = form::point;
    t.ydigits_ = 4;
    t.yknown_ = y == unknown ? 0 : 4;
    t.year_ = static_cast<std::int16_t>(y == unknown ? 0 : y);
    return t;
}

// The shapes resolution builds most (a known year, and a month, quarter, half or week of it in
// range) are valid by construction and built in the form parsing gives: they skip the
// print-and-parse round trip that checks the rest (tests/timex: the same value either way).
constexpr timex timex::year(int y) noexcept {
    if (y >= 0 && y <= 9999) return point_year(y);
    return point_year(y).validated();
}

constexpr timex timex::month(int y, int m) noexcept {
    timex t = point_year(y);
    const auto mc = detail::field_code(m, 12);
    if (!mc) return fail(detail::timex_err::bad_month);
    t.sub_ = sub_field::month;
    t.subv_ = *mc;
    if (y >= 0 && y <= 9999 && m >= 1) return t;
    return t.validated();
}

constexpr timex timex::day(int y, int m, int d) noexcept {
    // A calendar day with every digit known is valid by construction: built directly, without
    // the print-and-parse round trip that checks the other shapes (news dates are mostly these).
    if (y >= 0 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= 31 &&
        date::year_month_day{date::year{y}, date::month{static_cast<unsigned>(m)},
                             date::day{static_cast<unsigned>(d)}}
            .ok()) {
        timex t = point_year(y);
        t.sub_ = sub_field::month;
        t.subv_ = static_cast<std::uint8_t>(m);
        t.dayk_ = day_field::day;
        t.dayv_ = static_cast<std::uint8_t>(d);
        return t;
    }
    timex t = month(y, m);
    const auto dc = detail::field_code(d, 31);
    if (!dc) return fail(detail::timex_err::bad_day);
    if (!t.ok()) return t;
    t.dayk_ = day_field::day;
    t.dayv_ = *dc;
    return t.validated();
}

constexpr timex timex::day(const date::year_month_day& ymd) noexcept {
    if (!ymd.ok()) return fail(detail::timex_err::bad_day);
    return day(static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
               static_cast<int>(static_cast<unsigned>(ymd.day())));
}

constexpr timex timex::day(date::sys_days d) noexcept {
    return day(date::year_month_day{d});
}

constexpr timex timex::week(int y, int w) noexcept {
    timex t = point_year(y);
    const auto wc = detail::field_code(w, 53);
    if (!wc) return fail(detail::timex_err::bad_week);
    t.sub_ = sub_field::week;
    t.subv_ = *wc;
    if (y >= 0 && y <= 9999 && w >= 1 && w <= 52) return t; // week 53 depends on the year
    return t.validated();
}

constexpr timex timex::week_day(int y, int w, int iso_weekday) noexcept {
    timex t = week(y, w);
    const auto dc = detail::field_code(iso_weekday, 7);
    if (!dc) return fail(detail::timex_err::bad_weekday);
    if (!t.ok()) return t;
    t.dayk_ = day_field::weekday;
    t.dayv_ = *dc;
    return t.validated();
}

constexpr timex timex::weekend(int y, int w) noexcept {
    timex t = week(y, w);
    if (!t.ok()) return t;
    t.dayk_ = day_field::weekend;
    return t.validated();
}

constexpr timex timex::quarter(int y, int q) noexcept {
    timex t = point_year(y);
    const auto qc = detail::field_code(q, 4);
    if (!qc) return fail(detail::timex_err::bad_quarter);
    t.sub_ = sub_field::quarter;
    t.subv_ = *qc;
    if (y >= 0 && y <= 9999 && q >= 1) return t;
    return t.validated();
}

constexpr timex timex::half(int y, int h) noexcept {
    timex t = point_year(y);
    const auto hc = detail::field_code(h, 2);
    if (!hc) return fail(detail::timex_err::bad_half);
    t.sub_ = sub_field::half;
    t.subv_ = *hc;
    if (y >= 0 && y <= 9999 && h >= 1) return t;
    return t.validated();
}

constexpr timex timex::season(int y, kairos::season s) noexcept {
    timex t = point_year(y);
    if (static_cast<int>(s) > static_cast<int>(season::winter))
        return fail(detail::timex_err::bad_season);
    t.sub_ = sub_field::season;
    t.subv_ = static_cast<std::uint8_t>(static_cast<int>(s) + 1);
    return t.validated();
}

constexpr timex timex::decade(int d) noexcept {
    timex t = point_year(d == unknown ? unknown : d >= 0 && d <= 999 ? d : 99999);
    if (!t.ok()) return t;
    t.ydigits_ = 3;
    if (t.yknown_ == 4) t.yknown_ = 3;
    return t.validated();
}

constexpr timex timex::century(int c) noexcept {
    timex t = point_year(c == unknown ? unknown : c >= 0 && c <= 99 ? c : 99999);
    if (!t.ok()) return t;
    t.ydigits_ = 2;
    if (t.yknown_ == 4) t.yknown_ = 2;
    return t.validated();
}

constexpr timex timex::at(kairos::part_of_day p) const noexcept {
    if (!ok()) return *this;
    if (form_ != form::point || (dayk_ != day_field::day && dayk_ != day_field::weekday) ||
        static_cast<int>(p) > static_cast<int>(part_of_day::daytime))
        return fail(detail::timex_err::bad_time);
    timex t = *this;
    t.timek_ = time_field::part;
    t.hour_ = static_cast<std::uint8_t>(p);
    t.minute_ = t.second_ = 0;
    t.offk_ = offset_form::none;
    t.offset_ = 0;
    return t.validated();
}

constexpr timex timex::at(int h, std::optional<int> m, std::optional<int> sec,
                          std::optional<int> utc_offset_minutes) const noexcept {
    using detail::timex_err;
    if (!ok()) return *this;
    if (form_ != form::point || (dayk_ != day_field::day && dayk_ != day_field::weekday))
        return fail(timex_err::bad_time);
    if (h < 0 || h > 24) return fail(timex_err::bad_hour);
    if (m && (*m < 0 || *m > 59)) return fail(timex_err::bad_minute);
    if (sec && (!m || *sec < 0 || *sec > 59)) return fail(timex_err::bad_second);
    if (utc_offset_minutes && (*utc_offset_minutes <= -24 * 60 || *utc_offset_minutes >= 24 * 60))
        return fail(timex_err::bad_offset);
    timex t = *this;
    t.hour_ = static_cast<std::uint8_t>(h);
    t.minute_ = static_cast<std::uint8_t>(m.value_or(0));
    t.second_ = static_cast<std::uint8_t>(sec.value_or(0));
    t.timek_ = sec ? time_field::second : m ? time_field::minute : time_field::hour;
    t.offk_ = !utc_offset_minutes        ? offset_form::none
              : *utc_offset_minutes == 0 ? offset_form::z
                                         : offset_form::numeric;
    t.offset_ = static_cast<std::int16_t>(utc_offset_minutes.value_or(0));
    // A clock time on a calendar day with every digit known is valid by construction (the
    // checks above) and built in the form parsing gives: no print-and-parse round trip.
    if (h < 24 && dayk_ == day_field::day && yknown_ == 4 && ydigits_ == 4 &&
        sub_ == sub_field::month && subv_ != 0 && dayv_ != 0)
        return t;
    return t.validated();
}

constexpr timex timex::day_part(const date::year_month_day& ymd, kairos::part_of_day p) noexcept {
    return day(ymd).at(p);
}

constexpr timex timex::clock(const date::year_month_day& ymd, int h, int m, std::optional<int> sec,
                             std::optional<int> utc_offset_minutes) noexcept {
    return day(ymd).at(h, m, sec, utc_offset_minutes);
}

constexpr timex timex::clock_hour(const date::year_month_day& ymd, int h,
                                  std::optional<int> utc_offset_minutes) noexcept {
    return day(ymd).at(h, std::nullopt, std::nullopt, utc_offset_minutes);
}

constexpr timex timex::with_year_known_digits(int n) const noexcept {
    if (!ok() || form_ != form::point || n < 0 || n >= yknown_) return *this;
    timex t = *this;
    for (int k = n; k < yknown_; ++k) t.year_ = static_cast<std::int16_t>(t.year_ / 10);
    t.yknown_ = static_cast<std::uint8_t>(n);
    return t.validated();
}

constexpr timex timex::containing(date::sys_days d, kairos::grain g) noexcept {
    const date::year_month_day ymd{d};
    const int y = static_cast<int>(ymd.year());
    const int m = static_cast<int>(static_cast<unsigned>(ymd.month()));
    switch (g) {
    case kairos::grain::day:
        return day(ymd);
    case kairos::grain::week: {
        const auto w = iso_week_of(d);
        return week(w.year, static_cast<int>(w.week));
    }
    case kairos::grain::month:
        return month(y, m);
    case kairos::grain::season:
        if (m == 12) return season(y, kairos::season::winter);
        if (m <= 2) return season(y - 1, kairos::season::winter);
        return season(y, static_cast<kairos::season>((m - 3) / 3));
    case kairos::grain::quarter:
        return quarter(y, (m - 1) / 3 + 1);
    case kairos::grain::half:
        return half(y, m <= 6 ? 1 : 2);
    case kairos::grain::year:
        return year(y);
    case kairos::grain::decade:
        return y < 0 ? fail(detail::timex_err::bad_year) : decade(y / 10);
    case kairos::grain::century:
        return y < 0 ? fail(detail::timex_err::bad_year) : century(y / 100);
    case kairos::grain::second:
    case kairos::grain::minute:
    case kairos::grain::hour:
    case kairos::grain::part_of_day:
        break;
    }
    return fail(detail::timex_err::bad_factory);
}

constexpr timex timex::containing(date::sys_seconds t, kairos::grain g) noexcept {
    const auto d = std::chrono::floor<date::days>(t);
    const auto s = static_cast<int>((t - d).count());
    const int h = s / 3600, m = s / 60 % 60;
    const date::year_month_day ymd{d};
    switch (g) {
    case kairos::grain::second:
        return clock(ymd, h, m, s % 60);
    case kairos::grain::minute:
        return clock(ymd, h, m);
    case kairos::grain::hour:
        return clock_hour(ymd, h);
    case kairos::grain::part_of_day:
        if (h < 6) return day_part(date::year_month_day{d - date::days{1}}, part_of_day::night);
        return day_part(ymd, h < 12   ? part_of_day::morning
                             : h < 18 ? part_of_day::afternoon
                             : h < 21 ? part_of_day::evening
                                      : part_of_day::night);
    default:
        return containing(d, g);
    }
}

constexpr timex timex::duration(int amount, time_unit u) noexcept {
    if (amount < 0 && amount != unknown) return fail(detail::timex_err::bad_amount);
    duration_component c{};
    c.amount = amount == unknown ? 0u : static_cast<std::uint32_t>(amount);
    c.known = amount != unknown;
    c.unit = u;
    return duration(std::span<const duration_component>(&c, 1));
}

constexpr timex timex::duration(std::initializer_list<duration_component> parts) noexcept {
    return duration(std::span<const duration_component>(parts.begin(), parts.size()));
}

constexpr timex timex::duration(std::span<const duration_component> parts) noexcept {
    if (parts.size() > max_components) return fail(detail::timex_err::too_many_components);
    timex t;
    t.err_ = detail::timex_err::none;
    t.form_ = form::duration;
    for (const auto& c : parts) {
        if (c.scale > 8 || c.amount > 999'999'999u)
            return fail(detail::timex_err::amount_too_large);
        if (static_cast<int>(c.unit) > static_cast<int>(time_unit::unspecified))
            return fail(detail::timex_err::no_unit);
        t.comps_[t.ncomps_++] = c;
    }
    if (t.ncomps_ == 0) return fail(detail::timex_err::no_components);
    // One component of a named unit ("P30D", "PXY", "P1.5Y") is valid by construction and
    // built in the form parsing gives: it skips the print-and-parse round trip.
    const duration_component& c = t.comps_[0];
    if (t.ncomps_ == 1 && c.unit != time_unit::unspecified &&
        (c.known || c.amount + c.scale == 0) && (!c.legacy || c.unit >= time_unit::decade))
        return t;
    return t.validated();
}

constexpr timex timex::reference(kairos::reference r) noexcept {
    timex t;
    t.err_ = detail::timex_err::none;
    t.form_ = form::reference;
    t.ref_ = r;
    return t.validated();
}

constexpr timex timex::set(const timex& value, set_quant q, std::optional<frequency> f) noexcept {
    if (!value.ok()) return value;
    if (value.form_ == form::reference) return fail(detail::timex_err::bad_factory);
    timex t = value;
    t.set_ = true;
    t.quant_ = q;
    t.freq_ = f.value_or(frequency{});
    return t;
}

constexpr timex timex::without_set() const noexcept {
    timex t = *this;
    t.set_ = false;
    t.quant_ = set_quant::none;
    t.freq_ = {};
    return t;
}

} // namespace kairos
