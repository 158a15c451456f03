// kairos/timex/enums.hpp — the small vocabulary types of the TIMEX3 value model.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kairos {

/// The TimeML `type` attribute of a TIMEX3.
enum class timex_type : std::uint8_t { date, time, duration, set };

constexpr std::string_view to_string(timex_type t) noexcept {
    switch (t) {
    case timex_type::date:
        return "DATE";
    case timex_type::time:
        return "TIME";
    case timex_type::duration:
        return "DURATION";
    case timex_type::set:
        return "SET";
    }
    return "DATE";
}

/// Parses "DATE", "TIME", "DURATION", "SET"; nullopt for anything else.
constexpr std::optional<timex_type> parse_timex_type(std::string_view s) noexcept {
    for (auto t : {timex_type::date, timex_type::time, timex_type::duration, timex_type::set})
        if (to_string(t) == s) return t;
    return std::nullopt;
}

/// What a value is: a calendar point, a length of time, a reference to now/past/future, or a
/// recurring set. `invalid` for values that failed to parse.
enum class timex_kind : std::uint8_t { invalid, point, duration, reference, set };

constexpr std::string_view to_string(timex_kind k) noexcept {
    switch (k) {
    case timex_kind::invalid:
        return "invalid";
    case timex_kind::point:
        return "point";
    case timex_kind::duration:
        return "duration";
    case timex_kind::reference:
        return "reference";
    case timex_kind::set:
        return "set";
    }
    return "invalid";
}

/// Precision of a value, ordered fine → coarse (grain::day < grain::month).
enum class grain : std::uint8_t {
    second,
    minute,
    hour,
    part_of_day,
    day,
    week,
    month,
    season,
    quarter,
    half,
    year,
    decade,
    century,
};

constexpr std::string_view to_string(grain g) noexcept {
    constexpr std::array<std::string_view, 13> names{
        "second", "minute",  "hour", "part_of_day", "day",    "week",   "month",
        "season", "quarter", "half", "year",        "decade", "century"};
    const auto i = static_cast<std::size_t>(g);
    return i < names.size() ? names[i] : "day";
}

/// The TimeML `mod` attribute; `none` when absent.
enum class timex_mod : std::uint8_t {
    none,
    start,
    mid,
    end,
    before,
    after,
    on_or_before,
    on_or_after,
    less_than,
    more_than,
    equal_or_less,
    equal_or_more,
    approx,
};

/// "START", "ON_OR_BEFORE", ...; "" for none.
constexpr std::string_view to_string(timex_mod m) noexcept {
    constexpr std::array<std::string_view, 13> names{
        "",          "START",     "MID",           "END",
        "BEFORE",    "AFTER",     "ON_OR_BEFORE",  "ON_OR_AFTER",
        "LESS_THAN", "MORE_THAN", "EQUAL_OR_LESS", "EQUAL_OR_MORE",
        "APPROX"};
    const auto i = static_cast<std::size_t>(m);
    return i < names.size() ? names[i] : "";
}

/// Parses a TimeML mod ("" → none); nullopt for anything else.
constexpr std::optional<timex_mod> parse_timex_mod(std::string_view s) noexcept {
    for (std::uint8_t i = 0; i <= static_cast<std::uint8_t>(timex_mod::approx); ++i)
        if (to_string(static_cast<timex_mod>(i)) == s) return static_cast<timex_mod>(i);
    return std::nullopt;
}

/// Parts of day as TIMEX3 writes them after 'T' (hours: see docs/timex.md).
enum class part_of_day : std::uint8_t { morning, midday, afternoon, evening, night, daytime };

/// "MO", "MI", "AF", "EV", "NI", "DT".
constexpr std::string_view to_string(part_of_day p) noexcept {
    constexpr std::array<std::string_view, 6> codes{"MO", "MI", "AF", "EV", "NI", "DT"};
    const auto i = static_cast<std::size_t>(p);
    return i < codes.size() ? codes[i] : "MO";
}

constexpr std::optional<part_of_day> parse_part_of_day(std::string_view s) noexcept {
    for (std::uint8_t i = 0; i <= static_cast<std::uint8_t>(part_of_day::daytime); ++i)
        if (to_string(static_cast<part_of_day>(i)) == s) return static_cast<part_of_day>(i);
    return std::nullopt;
}

/// Seasons as TIMEX3 writes them ("SP", "SU", "FA", "WI").
enum class season : std::uint8_t { spring, summer, fall, winter };

constexpr std::string_view to_string(season s) noexcept {
    constexpr std::array<std::string_view, 4> codes{"SP", "SU", "FA", "WI"};
    const auto i = static_cast<std::size_t>(s);
    return i < codes.size() ? codes[i] : "SP";
}

constexpr std::optional<season> parse_season(std::string_view s) noexcept {
    for (std::uint8_t i = 0; i <= static_cast<std::uint8_t>(season::winter); ++i)
        if (to_string(static_cast<season>(i)) == s) return static_cast<season>(i);
    return std::nullopt;
}

/// The reference values PRESENT_REF, PAST_REF, FUTURE_REF.
enum class reference : std::uint8_t { present, past, future };

constexpr std::string_view to_string(reference r) noexcept {
    switch (r) {
    case reference::present:
        return "PRESENT_REF";
    case reference::past:
        return "PAST_REF";
    case reference::future:
        return "FUTURE_REF";
    }
    return "PRESENT_REF";
}

/// Units of durations and frequencies. `unspecified` is TIMEX3's 'X' unit ("PXX", freq "2X").
enum class time_unit : std::uint8_t {
    second,
    minute,
    hour,
    day,
    week,
    month,
    quarter,
    year,
    decade,
    century,
    millennium,
    unspecified,
};

/// "second", "minute", ..., "unspecified".
constexpr std::string_view to_string(time_unit u) noexcept {
    constexpr std::array<std::string_view, 12> names{
        "second",  "minute", "hour",   "day",     "week",       "month",
        "quarter", "year",   "decade", "century", "millennium", "unspecified"};
    const auto i = static_cast<std::size_t>(u);
    return i < names.size() ? names[i] : "unspecified";
}

/// The TimeML `quant` attribute of a SET; `none` when absent.
enum class set_quant : std::uint8_t { none, every, each };

/// "EVERY", "EACH"; "" for none.
constexpr std::string_view to_string(set_quant q) noexcept {
    switch (q) {
    case set_quant::none:
        return "";
    case set_quant::every:
        return "EVERY";
    case set_quant::each:
        return "EACH";
    }
    return "";
}

/// Parses a quant ignoring ASCII case ("every", "EACH"; "" → none); nullopt otherwise.
constexpr std::optional<set_quant> parse_set_quant(std::string_view s) noexcept {
    for (auto q : {set_quant::none, set_quant::every, set_quant::each}) {
        const auto name = to_string(q);
        if (name.size() != s.size()) continue;
        bool same = true;
        for (std::size_t i = 0; i < s.size(); ++i) {
            const char c =
                (s[i] >= 'a' && s[i] <= 'z') ? static_cast<char>(s[i] - 'a' + 'A') : s[i];
            if (c != name[i]) same = false;
        }
        if (same) return q;
    }
    return std::nullopt;
}

/// The TimeML `freq` attribute of a SET: "2X" (twice), "3Y", "1W"; count 0 means absent.
struct frequency {
    std::uint32_t count = 0;
    time_unit unit = time_unit::unspecified;
    friend constexpr bool operator==(const frequency&, const frequency&) = default;
};

namespace detail {

/// One-letter unit codes as frequencies write them: "X" for unspecified; minutes are "MIN"
/// would be ambiguous in TimeML, which only uses date units here, so 'M' is month.
constexpr std::string_view freq_unit_code(time_unit u) noexcept {
    switch (u) {
    case time_unit::second:
        return "S";
    case time_unit::minute:
        return "MIN";
    case time_unit::hour:
        return "H";
    case time_unit::day:
        return "D";
    case time_unit::week:
        return "W";
    case time_unit::month:
        return "M";
    case time_unit::quarter:
        return "Q";
    case time_unit::year:
        return "Y";
    case time_unit::decade:
        return "DE";
    case time_unit::century:
        return "CE";
    case time_unit::millennium:
        return "ML";
    case time_unit::unspecified:
        return "X";
    }
    return "X";
}

} // namespace detail

/// "2X", "3Y", "1W"; "" when count is 0.
inline std::string to_string(const frequency& f) {
    if (f.count == 0) return {};
    return std::to_string(f.count) + std::string(detail::freq_unit_code(f.unit));
}

/// Parses a freq attribute: digits then a unit code; nullopt if malformed or count is 0.
constexpr std::optional<frequency> parse_frequency(std::string_view s) noexcept {
    std::size_t i = 0;
    std::uint64_t n = 0;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9' && i < 9)
        n = n * 10 + static_cast<std::uint64_t>(s[i++] - '0');
    if (i == 0 || n == 0) return std::nullopt;
    const auto code = s.substr(i);
    for (std::uint8_t u = 0; u <= static_cast<std::uint8_t>(time_unit::unspecified); ++u)
        if (detail::freq_unit_code(static_cast<time_unit>(u)) == code)
            return frequency{static_cast<std::uint32_t>(n), static_cast<time_unit>(u)};
    return std::nullopt;
}

namespace detail {

enum class timex_err : std::uint8_t {
    none,
    empty,
    bad_year,
    bad_month,
    bad_day,
    bad_week,
    bad_weekday,
    bad_quarter,
    bad_half,
    bad_season,
    bad_after_year,
    bad_time,
    bad_hour,
    bad_minute,
    bad_second,
    bad_offset,
    trailing,
    too_long,
    no_components,
    no_time_components,
    no_unit,
    bad_amount,
    amount_too_large,
    unit_order,
    too_many_components,
    bad_factory,
};

constexpr std::string_view message(timex_err e) noexcept {
    switch (e) {
    case timex_err::none:
        return "";
    case timex_err::empty:
        return "empty value";
    case timex_err::bad_year:
        return "year must be 4 digits (or 3 for a decade, 2 for a century), known digits first "
               "then X";
    case timex_err::bad_month:
        return "month must be 01..12 or XX";
    case timex_err::bad_day:
        return "day must be 01..31, exist in its month, or be XX";
    case timex_err::bad_week:
        return "week must be W01..W53 (and exist in that ISO year) or WXX";
    case timex_err::bad_weekday:
        return "week day must be 1..7, X or WE";
    case timex_err::bad_quarter:
        return "quarter must be Q1..Q4 or QX";
    case timex_err::bad_half:
        return "half must be H1, H2 or HX";
    case timex_err::bad_season:
        return "season must be SP, SU, FA or WI";
    case timex_err::bad_after_year:
        return "expected a month, Wnn, Qn, Hn or season after the year";
    case timex_err::bad_time:
        return "time must follow a full day and be a part of day (MO, MI, AF, EV, NI, DT) or "
               "hh[:mm[:ss]]";
    case timex_err::bad_hour:
        return "hour must be 00..24";
    case timex_err::bad_minute:
        return "minute must be 00..59 (00 at hour 24)";
    case timex_err::bad_second:
        return "second must be 00..59 (00 at hour 24)";
    case timex_err::bad_offset:
        return "zone offset must be Z or +hh:mm / -hh:mm";
    case timex_err::trailing:
        return "unexpected characters after the value";
    case timex_err::too_long:
        return "value is too long";
    case timex_err::no_components:
        return "duration has no components";
    case timex_err::no_time_components:
        return "duration has no components after T";
    case timex_err::no_unit:
        return "duration amount must be followed by a unit (Y, M, W, D, Q, DE, CE, ML, H, M, S, X)";
    case timex_err::bad_amount:
        return "duration amount must be digits (optionally with a decimal part, no leading zero) "
               "or X";
    case timex_err::amount_too_large:
        return "duration amount has more than 9 digits";
    case timex_err::unit_order:
        return "duration units must appear once each, largest first";
    case timex_err::too_many_components:
        return "duration has too many components";
    case timex_err::bad_factory:
        return "factory argument out of range";
    }
    return "invalid value";
}

} // namespace detail
} // namespace kairos
