// The ends of ranges and the points and spans durations reach (docs/timex.md, "Ranges").
#include "resolve/reach.hpp"

#include <cmath>

namespace kairos::resolve {
namespace {

using grammar::operation;
using grammar::pointing;

/// The end's operation: the begin's, with the fields the end's text states.
operation end_of(const operation& op) {
    operation end = op;
    end.range = false;
    const auto& t = op.to;
    if (t.year >= 0) end.year = t.year;
    if (t.month > 0) end.month = t.month;
    if (t.day > 0) end.day = t.day;
    if (t.weekday > 0) end.weekday = t.weekday;
    if (t.hour >= 0) {
        end.hour = t.hour;
        end.minute = t.minute < 0 ? 0 : t.minute;
    }
    if (t.zone) end.zone = t.zone;
    if (t.decade >= 0) end.decade = t.decade;
    return end;
}

bool before(const timex& a, const timex& b) {
    const auto x = a.bounds();
    const auto y = b.bounds();
    return x && y && x->first < y->first;
}

/// A weekday end counts on from the begin's day: "from Friday to Monday" spans a weekend.
std::optional<resolved> weekday_end(const operation& op, const resolved& begin) {
    const auto day = begin.value.ymd();
    if (!day) return std::nullopt;
    const int ahead = ((op.to.weekday - op.weekday) % 7 + 7) % 7;
    resolved end = begin;
    end.value = timex::day(date::sys_days{*day} + date::days{ahead});
    return end;
}

/// An end without a year of its own takes the begin's, or the next when it would come first.
std::optional<resolved> dated_end(const operation& op, const resolved& begin, const context& ctx) {
    operation end = end_of(op);
    const auto year = begin.value.year();
    const bool yearless = op.to.year < 0 && end.month > 0;
    if (yearless && year) end.year = *year;
    auto r = resolve(end, ctx);
    if (r && yearless && year && before(r->value, begin.value)) {
        end.year = *year + 1;
        r = resolve(end, ctx);
    }
    return r;
}

timex duration_of(long amount, time_unit u) {
    if (amount <= 0 || amount > 999'999) return {};
    return timex::duration(static_cast<int>(amount), u);
}

timex clock_length(std::chrono::seconds s) {
    const long h = s.count() / 3600;
    const long m = s.count() % 3600 / 60;
    if (s.count() <= 0) return {};
    if (m == 0) return duration_of(h, time_unit::hour);
    if (h == 0) return duration_of(m, time_unit::minute);
    return timex::duration({{static_cast<std::uint32_t>(h), 0, time_unit::hour},
                            {static_cast<std::uint32_t>(m), 0, time_unit::minute}});
}

int months_of(date::sys_days d) {
    const date::year_month_day ymd{d};
    return static_cast<int>(ymd.year()) * 12 + static_cast<int>(unsigned(ymd.month()));
}

/// The value of a point the duration reaches: a clock reading when the base has a time of
/// day, else the day.
timex point_at(date::sys_days day, std::optional<date::sys_seconds> instant, time_unit smallest) {
    if (instant) {
        // the DCT's own clock reading moved: "in 2 hours" at 10:30 is 12:30
        const auto g = smallest == time_unit::second ? grain::second : grain::minute;
        return timex::containing(*instant, g);
    }
    return timex::day(day);
}

} // namespace

timex length_between(const timex& begin, const timex& end) {
    const auto b = begin.bounds();
    const auto e = end.bounds();
    const auto g = begin.grain();
    if (!b || !e || !g || e->last < b->first) return {};
    switch (*g) {
    case grain::second:
    case grain::minute:
    case grain::hour:
    case grain::part_of_day:
        return clock_length(e->first - b->first);
    case grain::day:
    case grain::week:
        return duration_of((e->last_day - b->first_day).count() + 1, time_unit::day);
    case grain::month:
    case grain::season:
    case grain::quarter:
    case grain::half:
        return duration_of(months_of(e->last_day) - months_of(b->first_day) + 1, time_unit::month);
    case grain::year:
    case grain::decade:
    case grain::century:
        return duration_of((months_of(e->last_day) - months_of(b->first_day) + 1) / 12,
                           time_unit::year);
    }
    return {};
}

std::optional<resolved_range> resolve_range(const operation& op, const resolved& begin,
                                            const context& ctx) {
    const auto end =
        op.to.weekday > 0 && op.weekday > 0 ? weekday_end(op, begin) : dated_end(op, begin, ctx);
    if (!end || !end->value.ok() || before(end->value, begin.value)) return std::nullopt;
    timex length = length_between(begin.value, end->value);
    if (!length.ok()) return std::nullopt;
    return resolved_range{begin, *end, length};
}

std::optional<reach> reach_of_duration(const operation& op, const timex& value, const context& ctx,
                                       const anchor& dct) {
    if (op.points == pointing::none || !value.is_duration()) return std::nullopt;
    for (const auto& part : value.components())
        if (!part.known) return std::nullopt;
    if (op.points_unless_past && ctx.tense() == grammar::direction::past) return std::nullopt;
    date::sys_days base = dct.day;
    std::optional<date::sys_seconds> instant;
    if (op.from == grammar::origin::reference) {
        const auto r = ctx.reference ? ctx.reference->bounds() : std::nullopt;
        if (!r) return std::nullopt;
        base = r->first_day;
    } else if (dct.time_of_day) {
        instant = date::sys_seconds{dct.day} + *dct.time_of_day;
    }
    const bool back = op.points == pointing::point_back || op.points == pointing::span_back;
    const int sign = back ? -1 : 1;
    const time_unit smallest = value.components().back().unit;
    const bool clock = smallest == time_unit::hour || smallest == time_unit::minute ||
                       smallest == time_unit::second;
    std::optional<date::sys_days> day = add(base, value, sign);
    if (!day && clock) { // "in 2 hours" with no time of day: the day it falls on
        const auto days = approx_days(value);
        if (!days) return std::nullopt;
        day = base + date::days{sign * static_cast<int>(std::floor(*days))};
    }
    if (!day) return std::nullopt;
    std::optional<date::sys_seconds> moved;
    if (instant && clock) moved = add(*instant, value, sign);
    const timex far = point_at(*day, moved, smallest);
    const timex near = point_at(base, moved ? instant : std::nullopt, smallest);
    switch (op.points) {
    case pointing::point_on:
    case pointing::point_back:
        return reach{far, far, {}, {}};
    case pointing::span_on:
        return reach{near, far, {}, {}};
    case pointing::span_back:
        return reach{far, near, {}, {}};
    case pointing::none:
        break;
    }
    return std::nullopt;
}

namespace {

bool same_word(std::string_view a, std::string_view b) noexcept {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (lex::lower(a[i]) != lex::lower(b[i])) return false;
    return true;
}

/// Whether the window's sentence `s` has the word `word` (ASCII case ignored).
bool sentence_names(const lex::token_stream& ts, std::uint32_t s, std::string_view word) {
    if (s >= ts.sentences.size()) return false;
    for (std::uint32_t k = ts.sentences[s].first; k < ts.sentences[s].last; ++k)
        if (ts.tokens[k].kind == lex::token_kind::word && same_word(ts.str(k), word)) return true;
    return false;
}

} // namespace

std::optional<reach> reach_from_named_event(const lex::token_stream& ts, std::size_t after,
                                            const timex& value, const context& ctx,
                                            std::span<const mention> earlier,
                                            std::uint32_t first_sentence, const anchor& dct) {
    if (!value.is_duration() || after + 2 >= ts.size() || earlier.empty()) return std::nullopt;
    const bool later = lex::iequals(ts.str(after), "after");
    if ((!later && !lex::iequals(ts.str(after), "before")) ||
        !lex::iequals(ts.str(after + 1), "the"))
        return std::nullopt;
    const std::string_view noun = ts.str(after + 2);
    if (ts.tokens[after + 2].kind != lex::token_kind::word || noun.size() < 3) return std::nullopt;
    for (auto m = earlier.rbegin(); m != earlier.rend() && m->sentence >= first_sentence; ++m) {
        if (m->type != timex_type::date || !m->value.ymd()) continue;
        if (!sentence_names(ts, m->sentence - first_sentence, noun)) continue;
        operation from_event;
        from_event.points = later ? pointing::point_on : pointing::point_back;
        from_event.from = grammar::origin::reference;
        context at_event = ctx;
        at_event.reference = m->value.with_mod(timex_mod::none);
        return reach_of_duration(from_event, value, at_event, dct);
    }
    return std::nullopt;
}

} // namespace kairos::resolve
