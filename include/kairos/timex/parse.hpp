// kairos/timex/parse.hpp — the TIMEX3 value parser (included by kairos/timex.hpp).
//
// A hand-written recursive-descent reader over a string_view: constexpr, noexcept, no
// allocation, no regex. Every rejection names its reason through detail::timex_err.
#pragma once

#include <kairos/timex.hpp>

namespace kairos {

struct timex::parser {
    using err = detail::timex_err;
    static constexpr std::size_t max_length = 100;

    std::string_view s;
    std::size_t i = 0;
    timex t{};

    [[nodiscard]] constexpr char peek(std::size_t k = 0) const noexcept {
        return i + k < s.size() ? s[i + k] : '\0';
    }
    constexpr bool eat(char c) noexcept {
        if (peek() != c) return false;
        ++i;
        return true;
    }
    constexpr bool eat(std::string_view w) noexcept {
        if (s.substr(i, w.size()) != w) return false;
        i += w.size();
        return true;
    }
    static constexpr bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }

    /// Exactly n digits → their value, n X's → kairos::unknown, anything else → nullopt.
    constexpr std::optional<int> fixed(std::size_t n) noexcept {
        if (i + n > s.size()) return std::nullopt;
        int v = 0;
        std::size_t xs = 0;
        for (std::size_t k = 0; k < n; ++k) {
            const char c = s[i + k];
            if (c == 'X')
                ++xs;
            else if (is_digit(c))
                v = v * 10 + (c - '0');
            else
                return std::nullopt;
        }
        if (xs != 0 && xs != n) return std::nullopt;
        i += n;
        return xs == n ? unknown : v;
    }

    constexpr timex run() noexcept {
        if (s.empty()) return fail(err::empty);
        if (s.size() > max_length) return fail(err::too_long);
        for (auto r : {reference::present, reference::past, reference::future}) {
            if (s == to_string(r)) {
                t.form_ = form::reference;
                t.ref_ = r;
                return done();
            }
        }
        if (s[0] == 'P') return duration();
        return point();
    }

    constexpr timex done() noexcept {
        t.err_ = err::none;
        return t;
    }

    // --- points -------------------------------------------------------------------------------
    constexpr timex point() noexcept {
        t.form_ = form::point;
        t.bc_ = eat("BC");
        if (auto e = year(); e != err::none) return fail(e);
        if (i == s.size()) return done();
        if (t.ydigits_ != 4 || !eat('-')) return fail(err::trailing);
        if (auto e = after_year(); e != err::none) return fail(e);
        if (i != s.size()) return fail(err::trailing);
        return done();
    }

    constexpr err year() noexcept {
        std::size_t n = 0, known = 0;
        int v = 0;
        while (i + n < s.size() && (is_digit(s[i + n]) || s[i + n] == 'X')) {
            if (n == 4) return err::bad_year; // a fifth digit: stop before the value overflows
            const char c = s[i + n];
            if (is_digit(c)) {
                if (known != n) return err::bad_year; // a digit after an X
                v = v * 10 + (c - '0');
                ++known;
            }
            ++n;
        }
        if (n < 2 || n > 4) return err::bad_year;
        i += n;
        t.year_ = static_cast<std::int16_t>(v);
        t.ydigits_ = static_cast<std::uint8_t>(n);
        t.yknown_ = static_cast<std::uint8_t>(known);
        return err::none;
    }

    [[nodiscard]] constexpr bool year_known() const noexcept { return t.yknown_ == 4; }

    constexpr err after_year() noexcept {
        if (eat("SP") || eat("SU") || eat("FA") || eat("WI")) {
            t.sub_ = sub_field::season;
            t.subv_ =
                static_cast<std::uint8_t>(1 + static_cast<int>(*parse_season(s.substr(i - 2, 2))));
            return err::none;
        }
        if (eat('W')) return week();
        if (eat('Q')) return single(sub_field::quarter, 4, err::bad_quarter);
        if (eat('H')) return single(sub_field::half, 2, err::bad_half);
        if (is_digit(peek()) || peek() == 'X') return month_day();
        return err::bad_after_year;
    }

    /// "Q4", "QX", "H1": one digit in 1..max, or X.
    constexpr err single(sub_field f, int max, err e) noexcept {
        const auto v = fixed(1);
        if (!v || *v == 0 || *v > max) return e;
        t.sub_ = f;
        t.subv_ = static_cast<std::uint8_t>(*v == unknown ? 0 : *v);
        return err::none;
    }

    constexpr err week() noexcept {
        std::size_t n = 0;
        while (n < 2 && (is_digit(peek(n)) || peek(n) == 'X')) ++n;
        const auto w = fixed(n);
        if (n == 0 || !w || *w == 0) return err::bad_week;
        if (*w != unknown &&
            (*w > 53 || (year_known() && *w > static_cast<int>(iso_weeks_in_year(t.year_)))))
            return err::bad_week;
        t.sub_ = sub_field::week;
        t.subv_ = static_cast<std::uint8_t>(*w == unknown ? 0 : *w);
        t.week_pad_ = n == 2;
        if (!eat('-')) return err::none;
        if (eat("WE")) {
            t.dayk_ = day_field::weekend;
            return err::none;
        }
        const auto d = fixed(1);
        if (!d || *d == 0 || *d > 7) return err::bad_weekday;
        t.dayk_ = day_field::weekday;
        t.dayv_ = static_cast<std::uint8_t>(*d == unknown ? 0 : *d);
        return time_of_day();
    }

    constexpr err month_day() noexcept {
        const auto m = fixed(2);
        if (!m || *m == 0 || *m > 12) return err::bad_month;
        t.sub_ = sub_field::month;
        t.subv_ = static_cast<std::uint8_t>(*m == unknown ? 0 : *m);
        if (!eat('-')) return err::none;
        const auto d = fixed(2);
        if (!d || *d == 0 || *d > 31) return err::bad_day;
        if (*d != unknown && *m != unknown) {
            const auto mu = static_cast<unsigned>(*m);
            const auto max =
                year_known() ? detail::days_in_month(t.year_, mu) : detail::max_days_in_month(mu);
            if (static_cast<unsigned>(*d) > max) return err::bad_day;
        }
        t.dayk_ = day_field::day;
        t.dayv_ = static_cast<std::uint8_t>(*d == unknown ? 0 : *d);
        return time_of_day();
    }

    constexpr err time_of_day() noexcept {
        if (!eat('T')) return err::none;
        if (auto p = parse_part_of_day(s.substr(i, 2))) {
            i += 2;
            t.timek_ = time_field::part;
            t.hour_ = static_cast<std::uint8_t>(*p);
            return err::none;
        }
        const auto h = fixed(2);
        if (!h || *h == unknown) return err::bad_time;
        if (*h > 24) return err::bad_hour;
        t.timek_ = time_field::hour;
        t.hour_ = static_cast<std::uint8_t>(*h);
        if (auto e = clock_field(t.minute_, time_field::minute, err::bad_minute); e != err::none)
            return e;
        if (t.timek_ == time_field::minute) {
            if (auto e = clock_field(t.second_, time_field::second, err::bad_second);
                e != err::none)
                return e;
        }
        return offset();
    }

    /// ":mm" or ":ss" after the previous clock field; absent is fine.
    constexpr err clock_field(std::uint8_t& out, time_field level, err e) noexcept {
        if (!eat(':')) return err::none;
        const auto v = fixed(2);
        if (!v || *v == unknown || *v > 59 || (t.hour_ == 24 && *v != 0)) return e;
        out = static_cast<std::uint8_t>(*v);
        t.timek_ = level;
        return err::none;
    }

    constexpr err offset() noexcept {
        if (eat('Z')) {
            t.offk_ = offset_form::z;
            return err::none;
        }
        const char sign = peek();
        if (sign != '+' && sign != '-') return err::none;
        ++i;
        const auto hh = fixed(2);
        if (!hh || *hh == unknown || *hh > 23 || !eat(':')) return err::bad_offset;
        const auto mm = fixed(2);
        if (!mm || *mm == unknown || *mm > 59) return err::bad_offset;
        t.offk_ = offset_form::numeric;
        const int minutes = *hh * 60 + *mm;
        t.offset_ = static_cast<std::int16_t>(sign == '-' ? -minutes : minutes);
        return err::none;
    }

    // --- durations ----------------------------------------------------------------------------
    constexpr timex duration() noexcept {
        t.form_ = form::duration;
        ++i; // 'P'
        while (i < s.size() && peek() != 'T')
            if (auto e = component(false); e != err::none) return fail(e);
        if (eat('T')) {
            if (i == s.size()) return fail(err::no_time_components);
            while (i < s.size())
                if (auto e = component(true); e != err::none) return fail(e);
        }
        if (t.ncomps_ == 0) return fail(err::no_components);
        return done();
    }

    constexpr err component(bool time_part) noexcept {
        duration_component c{};
        if (auto e = amount(c); e != err::none) return e;
        if (auto e = unit(c, time_part); e != err::none) return e;
        if (t.ncomps_ == max_components) return err::too_many_components;
        if (t.ncomps_ > 0 && t.comps_[t.ncomps_ - 1u].unit <= c.unit) return err::unit_order;
        t.comps_[t.ncomps_++] = c;
        return err::none;
    }

    constexpr err amount(duration_component& c) noexcept {
        if (eat('X')) {
            c.known = false;
            return err::none;
        }
        if (!is_digit(peek()) || (peek() == '0' && is_digit(peek(1)))) return err::bad_amount;
        std::size_t digits = 0;
        std::uint32_t v = 0;
        bool dot = false;
        while (is_digit(peek()) || (!dot && peek() == '.' && is_digit(peek(1)))) {
            if (eat('.')) {
                dot = true;
                continue;
            }
            if (++digits > 9) return err::amount_too_large;
            v = v * 10u + static_cast<std::uint32_t>(s[i++] - '0');
            if (dot) ++c.scale;
        }
        c.amount = v;
        return err::none;
    }

    constexpr err unit(duration_component& c, bool time_part) noexcept {
        struct code {
            std::string_view text;
            time_unit unit;
            bool legacy;
        };
        constexpr std::array<code, 12> date_units{{{"DE", time_unit::decade, false},
                                                   {"CE", time_unit::century, false},
                                                   {"ML", time_unit::millennium, false},
                                                   {"Y", time_unit::year, false},
                                                   {"Q", time_unit::quarter, false},
                                                   {"M", time_unit::month, false},
                                                   {"W", time_unit::week, false},
                                                   {"D", time_unit::day, false},
                                                   {"E", time_unit::decade, true},
                                                   {"C", time_unit::century, true},
                                                   {"L", time_unit::millennium, true},
                                                   {"X", time_unit::unspecified, false}}};
        constexpr std::array<code, 3> time_units{{{"H", time_unit::hour, false},
                                                  {"M", time_unit::minute, false},
                                                  {"S", time_unit::second, false}}};
        const auto try_codes = [&](const auto& table) {
            for (const auto& u : table) {
                if (eat(u.text)) {
                    c.unit = u.unit;
                    c.legacy = u.legacy;
                    return true;
                }
            }
            return false;
        };
        const bool found = time_part ? try_codes(time_units) : try_codes(date_units);
        return found ? err::none : err::no_unit;
    }
};

constexpr timex timex::parse(std::string_view s) noexcept {
    return parser{s}.run();
}

} // namespace kairos
