// kairos/timex/print.hpp — writes a timex back as its exact TIMEX3 value string.
#pragma once

#include <kairos/timex.hpp>
#include <ostream>

namespace kairos {

struct timex::printer {
    const timex& t;
    timex_chars out{};

    constexpr void put(char c) noexcept {
        if (out.size < out.buf.size()) out.buf[out.size++] = c;
    }
    constexpr void put(std::string_view sv) noexcept {
        for (char c : sv) put(c);
    }
    /// `width` digits, zero-padded; 0 (written X) when the field is unknown.
    constexpr void num(unsigned v, unsigned width, bool known = true) noexcept {
        std::array<char, 10> d{};
        unsigned n = 0;
        do {
            d[n++] = static_cast<char>('0' + v % 10);
            v /= 10;
        } while (v != 0 && n < d.size());
        for (unsigned k = n; k < width; ++k) put(known ? '0' : 'X');
        if (!known) return;
        while (n > 0) put(d[--n]);
    }
    constexpr void xs(unsigned width) noexcept {
        for (unsigned k = 0; k < width; ++k) put('X');
    }
    /// A field that is either `width` digits or `width` X's (value 0 means X).
    constexpr void field(unsigned v, unsigned width) noexcept {
        if (v == 0)
            xs(width);
        else
            num(v, width);
    }

    constexpr timex_chars run() noexcept {
        switch (t.form_) {
        case form::invalid:
            break;
        case form::reference:
            put(to_string(t.ref_));
            break;
        case form::duration:
            duration();
            break;
        case form::point:
            point();
            break;
        }
        return out;
    }

    constexpr void point() noexcept {
        if (t.bc_) put("BC");
        if (t.yknown_ > 0) num(static_cast<unsigned>(t.year_), t.yknown_);
        xs(static_cast<unsigned>(t.ydigits_ - t.yknown_));
        if (t.sub_ == sub_field::none) return;
        put('-');
        switch (t.sub_) {
        case sub_field::none:
            break;
        case sub_field::month:
            field(t.subv_, 2);
            break;
        case sub_field::week:
            put('W');
            if (t.subv_ == 0)
                xs(t.week_pad_ ? 2 : 1);
            else
                num(t.subv_, t.week_pad_ ? 2 : 1);
            break;
        case sub_field::quarter:
            put('Q');
            field(t.subv_, 1);
            break;
        case sub_field::half:
            put('H');
            field(t.subv_, 1);
            break;
        case sub_field::season:
            put(to_string(static_cast<kairos::season>(t.subv_ - 1)));
            break;
        }
        day_and_time();
    }

    constexpr void day_and_time() noexcept {
        switch (t.dayk_) {
        case day_field::none:
            return;
        case day_field::day:
            put('-');
            field(t.dayv_, 2);
            break;
        case day_field::weekday:
            put('-');
            field(t.dayv_, 1);
            break;
        case day_field::weekend:
            put("-WE");
            return;
        }
        if (t.timek_ == time_field::none) return;
        put('T');
        if (t.timek_ == time_field::part) {
            put(to_string(static_cast<kairos::part_of_day>(t.hour_)));
            return;
        }
        num(t.hour_, 2);
        if (t.timek_ == time_field::minute || t.timek_ == time_field::second) {
            put(':');
            num(t.minute_, 2);
        }
        if (t.timek_ == time_field::second) {
            put(':');
            num(t.second_, 2);
        }
        offset();
    }

    constexpr void offset() noexcept {
        if (t.offk_ == offset_form::z) put('Z');
        if (t.offk_ != offset_form::numeric) return;
        put(t.offset_ < 0 ? '-' : '+');
        const auto m = static_cast<unsigned>(t.offset_ < 0 ? -t.offset_ : t.offset_);
        num(m / 60, 2);
        put(':');
        num(m % 60, 2);
    }

    constexpr void duration() noexcept {
        put('P');
        bool in_time = false;
        for (const auto& c : t.components()) {
            const bool time_unit_ = c.unit == time_unit::hour || c.unit == time_unit::minute ||
                                    c.unit == time_unit::second;
            if (time_unit_ && !in_time) {
                put('T');
                in_time = true;
            }
            amount(c);
            put(unit_code(c));
        }
    }

    constexpr void amount(const duration_component& c) noexcept {
        if (!c.known) {
            put('X');
            return;
        }
        std::uint32_t p = 1;
        for (int k = 0; k < c.scale; ++k) p *= 10u;
        num(c.amount / p, 1);
        if (c.scale == 0) return;
        put('.');
        num(c.amount % p, c.scale);
    }

    static constexpr std::string_view unit_code(const duration_component& c) noexcept {
        switch (c.unit) {
        case time_unit::second:
            return "S";
        case time_unit::minute:
            return "M";
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
            return c.legacy ? "E" : "DE";
        case time_unit::century:
            return c.legacy ? "C" : "CE";
        case time_unit::millennium:
            return c.legacy ? "L" : "ML";
        case time_unit::unspecified:
            return "X";
        }
        return "X";
    }
};

constexpr timex_chars timex::chars() const noexcept {
    if (!ok()) return {};
    return printer{*this}.run();
}

inline std::ostream& operator<<(std::ostream& os, const timex& t) {
    return os << t.chars().view();
}

} // namespace kairos
