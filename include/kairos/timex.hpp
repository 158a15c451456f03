// kairos/timex.hpp — one TIMEX3 value: a calendar point, a duration, a reference or a set.
//
// A `timex` parses from and prints to the exact TimeML value string ("2025-W37", "P1Y6M",
// "XXXX-WXX-1TNI", "PRESENT_REF"), exposes its fields and grain, and gives every point with
// enough known digits its bounds as `date` types. Header-only; depends on date and std only.
#pragma once

#include <array>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <date/date.h>
#include <initializer_list>
#include <iosfwd>
#include <kairos/timex/calendar.hpp>
#include <kairos/timex/enums.hpp>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace kairos {

/// Sentinel for a field whose digits are unknown ("XXXX", "XX"): pass it to any factory.
inline constexpr int unknown = -1;

/// One component of a duration: "1.5Y" is {amount 15, scale 1, year}; "XD" has known == false.
struct duration_component {
    std::uint32_t amount = 0; ///< decimal mantissa: the value is amount / 10^scale
    std::uint8_t scale = 0;   ///< digits after the decimal point, as written
    time_unit unit = time_unit::day;
    bool known = true;   ///< false for an 'X' amount ("PXY")
    bool legacy = false; ///< decade/century/millennium written E/C/L instead of DE/CE/ML

    /// The amount as a number (meaningless when !known).
    [[nodiscard]] constexpr double value() const noexcept {
        auto v = static_cast<double>(amount);
        for (int i = 0; i < scale; ++i) v /= 10.0;
        return v;
    }
    friend constexpr bool operator==(const duration_component&,
                                     const duration_component&) = default;
};

/// The printed value, without allocation; `view()` is valid as long as this object lives.
struct timex_chars {
    std::array<char, 128> buf{};
    std::size_t size = 0;
    [[nodiscard]] constexpr std::string_view view() const noexcept { return {buf.data(), size}; }
};

/// A TIMEX3 value. Regular, trivially copyable; invalid values exist and say why (`error()`).
class timex {
public:
    static constexpr std::size_t max_components = 8;

    /// An invalid, empty value (error() == "empty value").
    constexpr timex() noexcept = default;

    // --- parsing and printing ---------------------------------------------------------------
    /// Parses a TIMEX3 value string. Never throws; on bad input !ok() and error() says why.
    [[nodiscard]] static constexpr timex parse(std::string_view s) noexcept;
    /// The exact TIMEX3 value string (empty when !ok()); parse(s).str() == s for valid s.
    [[nodiscard]] std::string str() const { return std::string(chars().view()); }
    /// The same text, without allocating.
    [[nodiscard]] constexpr timex_chars chars() const noexcept;

    [[nodiscard]] constexpr bool ok() const noexcept { return err_ == detail::timex_err::none; }
    /// Static text saying what is wrong; empty when ok().
    [[nodiscard]] constexpr std::string_view error() const noexcept {
        return detail::message(err_);
    }

    // --- classification ----------------------------------------------------------------------
    [[nodiscard]] constexpr timex_kind kind() const noexcept;
    /// The TimeML `type` attribute: SET for sets, DURATION, TIME for points with a time of
    /// day, else DATE (references are DATE).
    [[nodiscard]] constexpr timex_type type() const noexcept;
    /// Finest grain stated: a point's finest field, a duration's smallest unit; nullopt for
    /// references and invalid values.
    [[nodiscard]] constexpr std::optional<kairos::grain> grain() const noexcept;
    [[nodiscard]] constexpr bool is_point() const noexcept { return form_ == form::point; }
    [[nodiscard]] constexpr bool is_duration() const noexcept { return form_ == form::duration; }
    [[nodiscard]] constexpr bool is_reference() const noexcept { return form_ == form::reference; }
    [[nodiscard]] constexpr bool is_set() const noexcept { return set_; }
    /// True when any digit of the value is 'X'.
    [[nodiscard]] constexpr bool has_unknown() const noexcept;

    // --- mod and set attributes (not part of the value string) -------------------------------
    [[nodiscard]] constexpr timex_mod mod() const noexcept { return mod_; }
    [[nodiscard]] constexpr timex with_mod(timex_mod m) const noexcept {
        timex t = *this;
        t.mod_ = m;
        return t;
    }
    [[nodiscard]] constexpr set_quant quant() const noexcept { return quant_; }
    [[nodiscard]] constexpr std::optional<frequency> freq() const noexcept {
        if (freq_.count == 0) return std::nullopt;
        return freq_;
    }

    // --- point accessors: nullopt when absent or written with X ------------------------------
    /// The year; nullopt too for a year before Christ (see is_bc()).
    [[nodiscard]] constexpr std::optional<int> year() const noexcept;
    /// A year, decade or century before Christ, written with the "BC" prefix of the TIDES/TIMEX
    /// guidelines: "BC0044" is 44 BC, "BC04" the fifth century BC. The year accessors other than
    /// year() give the digits as written; bounds() count 1 BC as year 0 (proleptic Gregorian).
    [[nodiscard]] constexpr bool is_bc() const noexcept { return bc_; }
    /// Digits of the year as written: 4 (year), 3 (decade "199"), 2 (century "19"); 0 if none.
    [[nodiscard]] constexpr int year_digits() const noexcept { return ydigits_; }
    /// Leading digits known before the X's: "199X" → 3, "XXXX" → 0.
    [[nodiscard]] constexpr int year_known_digits() const noexcept { return yknown_; }
    /// The known leading digits as a number: "199X" → 199, "19" → 19.
    [[nodiscard]] constexpr std::optional<int> year_prefix() const noexcept;
    [[nodiscard]] constexpr std::optional<int> decade() const noexcept;  ///< "199" → 199
    [[nodiscard]] constexpr std::optional<int> century() const noexcept; ///< "19" → 19
    [[nodiscard]] constexpr std::optional<int> month() const noexcept;
    [[nodiscard]] constexpr std::optional<int> day() const noexcept;
    [[nodiscard]] constexpr std::optional<int> week() const noexcept;
    [[nodiscard]] constexpr std::optional<int> weekday() const noexcept; ///< ISO 1 = Monday
    [[nodiscard]] constexpr bool is_weekend() const noexcept { return dayk_ == day_field::weekend; }
    [[nodiscard]] constexpr std::optional<int> quarter() const noexcept;
    [[nodiscard]] constexpr std::optional<int> half() const noexcept;
    [[nodiscard]] constexpr std::optional<kairos::season> season() const noexcept;
    [[nodiscard]] constexpr std::optional<kairos::part_of_day> part_of_day() const noexcept;
    [[nodiscard]] constexpr std::optional<int> hour() const noexcept;
    [[nodiscard]] constexpr std::optional<int> minute() const noexcept;
    [[nodiscard]] constexpr std::optional<int> second() const noexcept;
    /// UTC offset in minutes when the value carries one ("Z" → 0, "-04:00" → -240).
    [[nodiscard]] constexpr std::optional<int> utc_offset() const noexcept;
    /// The calendar day, when year, month and day are all known.
    [[nodiscard]] constexpr std::optional<date::year_month_day> ymd() const noexcept;

    // --- other accessors ---------------------------------------------------------------------
    [[nodiscard]] constexpr std::span<const duration_component> components() const noexcept {
        return {comps_.data(), ncomps_};
    }
    [[nodiscard]] constexpr std::optional<kairos::reference> reference() const noexcept;

    // --- bounds --------------------------------------------------------------------------------
    /// First and last day and instant of a point; nullopt for durations, references, invalid
    /// values and points whose needed digits are unknown. Trailing unknown fields widen the
    /// bounds ("1998-10-XX" is October 1998; "199X" is 1990..1999); a known field after an
    /// unknown one gives nullopt ("XXXX-09-17"). See docs/timex.md for the conventions.
    [[nodiscard]] constexpr std::optional<kairos::bounds> bounds() const noexcept;

    // --- factories: points (pass kairos::unknown for an X field) -----------------------------
    [[nodiscard]] static constexpr timex year(int y) noexcept;
    [[nodiscard]] static constexpr timex month(int y, int m) noexcept;
    [[nodiscard]] static constexpr timex day(int y, int m, int d) noexcept;
    [[nodiscard]] static constexpr timex day(const date::year_month_day& ymd) noexcept;
    [[nodiscard]] static constexpr timex day(date::sys_days d) noexcept;
    [[nodiscard]] static constexpr timex week(int y, int w) noexcept;
    [[nodiscard]] static constexpr timex week_day(int y, int w, int iso_weekday) noexcept;
    [[nodiscard]] static constexpr timex weekend(int y, int w) noexcept;
    [[nodiscard]] static constexpr timex quarter(int y, int q) noexcept;
    [[nodiscard]] static constexpr timex half(int y, int h) noexcept;
    [[nodiscard]] static constexpr timex season(int y, kairos::season s) noexcept;
    [[nodiscard]] static constexpr timex decade(int d) noexcept;  ///< decade(199) → "199"
    [[nodiscard]] static constexpr timex century(int c) noexcept; ///< century(19) → "19"
    [[nodiscard]] static constexpr timex day_part(const date::year_month_day& ymd,
                                                  kairos::part_of_day p) noexcept;
    /// A clock time on a day: "2025-09-19T17:00-04:00" is clock(ymd, 17, 0, {}, -240).
    /// A 0 offset prints as "Z".
    [[nodiscard]] static constexpr timex
    clock(const date::year_month_day& ymd, int h, int m, std::optional<int> sec = std::nullopt,
          std::optional<int> utc_offset_minutes = std::nullopt) noexcept;
    /// An hour only: "2025-09-17T17".
    [[nodiscard]] static constexpr timex
    clock_hour(const date::year_month_day& ymd, int h,
               std::optional<int> utc_offset_minutes = std::nullopt) noexcept;
    /// Adds a part of day to a day or weekday value ("XXXX-WXX-1" → "XXXX-WXX-1TNI").
    [[nodiscard]] constexpr timex at(kairos::part_of_day p) const noexcept;
    /// Adds a clock time to a day or weekday value; minute/second may be omitted.
    [[nodiscard]] constexpr timex
    at(int h, std::optional<int> m = std::nullopt, std::optional<int> sec = std::nullopt,
       std::optional<int> utc_offset_minutes = std::nullopt) const noexcept;
    /// The same point with its year counted before Christ ("0044" → "BC0044"); other values
    /// unchanged.
    [[nodiscard]] constexpr timex before_christ() const noexcept {
        timex t = *this;
        t.bc_ = form_ == form::point && yknown_ > 0;
        return t;
    }
    /// Keeps only the first `n` digits of the year and writes the rest as X ("1990" → "199X").
    [[nodiscard]] constexpr timex with_year_known_digits(int n) const noexcept;

    /// The value at grain `g` that contains day `d`: containing(2025-09-17, quarter) is
    /// "2025-Q3"; weeks are ISO weeks, seasons as in bounds() (2026-01-10 → "2025-WI").
    /// Grains finer than a day need an instant: they give an invalid value here.
    [[nodiscard]] static constexpr timex containing(date::sys_days d, kairos::grain g) noexcept;
    /// The same for an instant read as UTC wall time, down to the second; part_of_day picks
    /// MO 06–11, AF 12–17, EV 18–20, NI 21–05 (hours before 06 belong to the previous night).
    [[nodiscard]] static constexpr timex containing(date::sys_seconds t, kairos::grain g) noexcept;

    // --- factories: durations, references, sets ----------------------------------------------
    /// "P3D" is duration(3, time_unit::day); duration(unknown, time_unit::year) is "PXY".
    [[nodiscard]] static constexpr timex duration(int amount, time_unit u) noexcept;
    /// Several components, largest unit first: {{1, 0, year}, {6, 0, month}} is "P1Y6M".
    [[nodiscard]] static constexpr timex
    duration(std::initializer_list<duration_component> parts) noexcept;
    [[nodiscard]] static constexpr timex
    duration(std::span<const duration_component> parts) noexcept;
    [[nodiscard]] static constexpr timex reference(kairos::reference r) noexcept;
    /// Marks a point (usually with X's) or a duration as a SET with quant and freq.
    [[nodiscard]] static constexpr timex set(const timex& value, set_quant q = set_quant::none,
                                             std::optional<frequency> f = std::nullopt) noexcept;
    /// The same value with the SET marker removed (quant/freq cleared).
    [[nodiscard]] constexpr timex without_set() const noexcept;

    friend constexpr bool operator==(const timex&, const timex&) = default;

private:
    enum class form : std::uint8_t { invalid, point, duration, reference };
    enum class sub_field : std::uint8_t { none, month, week, quarter, half, season };
    enum class day_field : std::uint8_t { none, day, weekday, weekend };
    enum class time_field : std::uint8_t { none, part, hour, minute, second };
    enum class offset_form : std::uint8_t { none, z, numeric };

    struct parser;
    friend struct parser;
    struct printer;
    friend struct printer;

    static constexpr timex fail(detail::timex_err e) noexcept {
        timex t;
        t.err_ = e;
        return t;
    }
    static constexpr timex point_year(int y) noexcept;
    constexpr timex validated() const noexcept;
    constexpr std::optional<std::pair<int, int>> year_range() const noexcept;
    constexpr bool suffix_unknown_only() const noexcept;
    constexpr std::optional<std::pair<date::sys_days, date::sys_days>> day_range() const noexcept;
    constexpr std::optional<std::pair<std::chrono::seconds, std::chrono::seconds>>
    time_range() const noexcept;

    detail::timex_err err_ = detail::timex_err::empty;
    form form_ = form::invalid;
    bool set_ = false;
    timex_mod mod_ = timex_mod::none;
    set_quant quant_ = set_quant::none;
    frequency freq_{};
    kairos::reference ref_ = kairos::reference::present;

    // point: year digits, then one sub-year field, then a day field, then a time field
    std::int16_t year_ = 0; // the known leading digits as a number
    std::uint8_t ydigits_ = 0;
    std::uint8_t yknown_ = 0;
    bool bc_ = false; // the year counts back from 1 BC
    sub_field sub_ = sub_field::none;
    std::uint8_t subv_ = 0; // 0 = written with X
    bool week_pad_ = true;  // "W07" (true) or "W7" (false)
    day_field dayk_ = day_field::none;
    std::uint8_t dayv_ = 0; // 0 = written with X
    time_field timek_ = time_field::none;
    std::uint8_t hour_ = 0; // or the part of day
    std::uint8_t minute_ = 0;
    std::uint8_t second_ = 0;
    offset_form offk_ = offset_form::none;
    std::int16_t offset_ = 0;

    // duration
    std::uint8_t ncomps_ = 0;
    std::array<duration_component, max_components> comps_{};
};

} // namespace kairos

#include <kairos/timex/arith.hpp>
#include <kairos/timex/bounds.hpp>
#include <kairos/timex/fields.hpp>
#include <kairos/timex/hash.hpp>
#include <kairos/timex/parse.hpp>
#include <kairos/timex/print.hpp>
