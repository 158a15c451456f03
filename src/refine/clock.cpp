// A day and its clock time as one instant ("tomorrow at noon", "7:30 PM on Fri, Sep 20",
// "Thursday 8:00 GMT", "Monday morning at 9", "at 10:30 tonight"), as the TimeML guidelines
// tag a time with the day it falls on; and the clock readings that need the words around them:
// "ten thirty" only where a time is expected, "1530 GMT" only in four digits, "at 1500 hours"
// a time, "John 3:16" a verse.
#include "lang/en/clock.hpp"

#include "lang/en/context.hpp"
#include "lang/en/lexicon.hpp"
#include "lang/en/producers.hpp"
#include "lang/en/reading.hpp"
#include "refine/refine.hpp"

#include <algorithm>

namespace kairos::refine {
namespace {

using grammar::match;
using grammar::op_kind;
using grammar::origin;
using id = grammar::rule_id;
using lex::iequals;
using lex::token_kind;
namespace en = lang::en;

id rule_of(const match& m) {
    return m.by ? m.by->id : id::other;
}

// is_clock and is_day ask of every match: their tests are joined with & and |, not && and ||,
// as each is as good as random from match to match, and one branch on the answer costs less.

/// A time of day with no day of its own: it belongs to the day under discussion.
bool is_clock(const match& m) {
    const auto& o = m.op;
    return (o.kind == op_kind::point) & (o.hour >= 0) & (o.month < 0) & (o.weekday < 0) &
           (o.from == origin::reference) & (o.shift == 0) & !o.latent;
}
/// A single named or counted day, perhaps with its part ("Monday morning", "tonight").
bool is_day(const match& m) {
    const auto& o = m.op;
    const bool point = (o.kind == op_kind::point) & (o.hour < 0) & !o.range & !o.latent;
    // a weekday, a day of a month ("Sept. 17", "the 5th of next month", "the 15th"), a holiday
    const bool named =
        (o.weekday > 0) | (o.day > 0) | (o.holiday != nullptr) | (rule_of(m) == id::day_of_month);
    const bool counted =
        (o.shift_unit == en::unit::day) &
        ((o.from == origin::dct) | ((o.from == origin::reference) & (o.shift != 0)));
    return point & (named | counted);
}
/// "tonight", "today", "tomorrow": the days a bare "at 5" before them belongs to.
bool is_day_ahead(const match& m) {
    const auto& o = m.op;
    return is_day(m) && o.from == origin::dct && o.shift >= 0 && o.weekday < 0;
}

/// Tokens [from, to) hold only what may join a time and its day: commas and `link` (or `sign`).
bool joined(const lex::token_stream& ts, std::uint32_t from, std::uint32_t to,
            std::string_view link, std::string_view sign = {}) {
    if (to < from || to - from > 2) return false;
    for (std::uint32_t k = from; k < to; ++k)
        if (ts.str(k) != "," && !iequals(ts.str(k), link) && (sign.empty() || ts.str(k) != sign))
            return false;
    return true;
}

/// Whether the word at `i` makes the number before it a count: "at 9 percent", "at 12 a share".
bool counts(const lex::token_stream& ts, std::size_t i) {
    if (i >= ts.size()) return false;
    const lex::token& t = ts.tokens[i];
    if (t.kind == token_kind::number || t.kind == token_kind::alnum) return true;
    const std::string_view s = ts.str(i);
    if (t.kind == token_kind::punct) {
        if (t.space_before) return false;
        // "at 1,015 francs", "at 9.5": the number goes on
        if (i + 1 < ts.size() && !ts.tokens[i + 1].space_before &&
            ts.tokens[i + 1].kind == token_kind::number)
            return true;
        return !(s == "," || s == "." || s == ";" || s == "!" || s == "?" || s == ")");
    }
    return lex::iequals_any(s, en::clock::count_words) || en::find_unit(s) != en::unit::none;
}

/// The hour a bare number after "at" at token `at` gives ("Monday at 9", "tomorrow at five"),
/// 1-12; -1 when the tokens are no such hour.
/// `heads` also lets the words of en::clock::hour_heads lead to it ("by 9 tonight").
int bare_hour(const lex::token_stream& ts, std::size_t at, bool heads = false) {
    if (at + 1 >= ts.size()) return -1;
    if (!iequals(ts.str(at), en::clock::day_then_time) &&
        ts.str(at) != en::clock::day_then_time_sign &&
        !(heads && lex::iequals_any(ts.str(at), en::clock::hour_heads)))
        return -1;
    const lex::token& t = ts.tokens[at + 1];
    const std::string_view s = ts.str(at + 1);
    int h = -1;
    if (t.kind == token_kind::number && s.size() <= 2) {
        h = lex::to_int(s);
    } else if (t.kind == token_kind::word) {
        const en::entry* e = en::find_number(s);
        if (e && !e->latent) h = e->value;
    }
    if (h < 1 || h > 12 || counts(ts, at + 2)) return -1;
    return h;
}

/// Whether the clock's text said a.m. or p.m. ("5pm", "5 p.m.", "3:15PM").
bool said_meridiem(const lex::token_stream& ts, const match& m) {
    for (std::uint32_t k = m.first; k < m.last; ++k) {
        const std::string_view s = ts.str(k);
        if (s.size() < 2 && k + 1 < m.last && ts.str(k + 1) == ".") return true; // "p.m."
        if (s.size() >= 2 &&
            (iequals(s.substr(s.size() - 2), en::am) || iequals(s.substr(s.size() - 2), en::pm)))
            return true;
    }
    return false;
}

/// The hour of a clock on a day whose part is `pod` ("tonight at 10:30" is 22:30); a bare
/// hour from 1 to 5 with no part of day and no a.m. or p.m. is an afternoon's ("tomorrow at 3",
/// "3 days ago at 4"), as a meeting or a reminder is meant.
int hour_on(int hour, int pod, bool bare) {
    using P = part_of_day;
    if (hour > 12 || hour == 0) return hour;
    if (pod < 0) return bare && hour <= 5 ? hour + 12 : hour;
    switch (static_cast<P>(pod)) {
    case P::afternoon:
    case P::evening:
        return hour < 12 ? hour + 12 : hour;
    case P::night:
        return hour >= 6 && hour < 12 ? hour + 12 : (hour == 12 ? 24 : hour);
    default:
        return hour;
    }
}

/// The day's match holding the time: from token `first` to `last`.
match on_day(const match& day, const grammar::operation& time, bool bare, std::uint32_t first,
             std::uint32_t last) {
    match merged = day;
    merged.first = first;
    merged.last = last;
    grammar::operation& o = merged.op;
    o.hour = hour_on(time.hour, day.op.pod, bare && time.zone == nullptr);
    o.minute = time.minute;
    o.second = time.second;
    o.zone = time.zone;
    o.pod = -1;
    o.type = timex_type::time;
    o.stated |= time.stated;
    if (time.mod != timex_mod::none) o.mod = time.mod;
    return merged;
}

/// A range of clock times keeps its end and the places of its ends' texts when its day joins
/// it ("9:30 - 11:00 on Thursday", "Thursday 9:30 - 11:00"); `shift` is how many tokens the
/// times start after the merged match.
void carry_range(const grammar::operation& clock, grammar::operation& day, std::uint32_t shift) {
    if (!clock.range) return;
    day.range = true;
    day.to = clock.to;
    day.begin_token = static_cast<std::uint8_t>(clock.begin_token + shift);
    day.begin_tokens = clock.begin_tokens;
    day.end_token = static_cast<std::uint8_t>(clock.end_token + shift);
}

/// A bare hour ("at 9") as a clock time on the hour.
grammar::operation on_the_hour(int h) {
    grammar::operation hour = en::point(field::hour);
    hour.hour = h;
    hour.minute = 0;
    return hour;
}

bool bare_clock(const lex::token_stream& ts, const match& clock) {
    const std::string_view first = ts.str(clock.first);
    return !said_meridiem(ts, clock) && !first.empty() && first[0] != '0';
}

/// "7:30 PM on Fri, Sep 20", "5 p.m., Friday", "at 10:30 tonight".
bool merge_clock_day(const lex::token_stream& ts, const match& clock, const match& day,
                     match& out) {
    if (!is_clock(clock) || !is_day(day) ||
        !joined(ts, clock.last, day.first, en::context::day_link))
        return false;
    out = on_day(day, clock.op, bare_clock(ts, clock), clock.first, day.last);
    carry_range(clock.op, out.op, 0);
    return true;
}

/// "tomorrow at noon", "Thursday 8:00 GMT", "Sept. 17, 9 a.m.", "Monday morning at 9"
/// (`day` is_day).
bool merge_day_clock(const lex::token_stream& ts, const match& day, const match* next, match& out) {
    if (next && is_clock(*next) &&
        joined(ts, day.last, next->first, en::clock::day_then_time,
               en::clock::day_then_time_sign)) {
        out = on_day(day, next->op, bare_clock(ts, *next), day.first, next->last);
        carry_range(next->op, out.op, next->first - day.first);
        return true;
    }
    std::uint32_t at = day.last;
    if (at < ts.size() && ts.str(at) == ",") ++at;
    if (next && next->first <= at + 1) return false;
    const int h = bare_hour(ts, at);
    if (h < 0) return false;
    out = on_day(day, on_the_hour(h), true, day.first, at + 2);
    return true;
}

/// "at 5 tomorrow", "at ten tonight", "by 9 tonight": a bare hour before a day ahead; "at 9 on
/// Monday": before any day, with "on" between (`day` is_day).
bool merge_hour_day(const lex::token_stream& ts, const match& day, std::uint32_t free_from,
                    match& out) {
    if (day.first < free_from + 2) return false;
    std::uint32_t hour_at = day.first - 1;
    if (iequals(ts.str(hour_at), en::context::day_link)) {
        if (day.first < free_from + 3) return false;
        --hour_at;
    } else if (!is_day_ahead(day)) {
        return false;
    }
    // "by 9 tonight", "until 5 tomorrow": not "up by 9 today", a count
    const bool later_day = day.op.shift > 0 || day.op.pod >= 0;
    const int h = bare_hour(ts, hour_at - 1, later_day && hour_at == day.first - 1);
    if (h < 0) return false;
    out = on_day(day, on_the_hour(h), true, hour_at, day.last);
    return true;
}

/// "at 1500 hours", "by 0900 hrs": four digits of hours and minutes read as a duration.
void read_military_hours(const lex::token_stream& ts, match& m) {
    const auto& o = m.op;
    if (o.kind != op_kind::duration || o.unit != en::unit::hour || m.last - m.first != 2 ||
        m.first == 0 || ts.tokens[m.first].kind != token_kind::number ||
        ts.str(m.first).size() != 4 || counts(ts, m.last) ||
        !lex::iequals_any(ts.str(m.first - 1), en::context::clock_heads))
        return;
    const int h = o.amount / 100;
    const int mm = o.amount % 100;
    if (h > 23 || mm > 59) return;
    grammar::operation t = en::shifted(en::unit::day, 0, origin::reference);
    t.type = timex_type::time;
    t.stated = field::hour | field::minute;
    t.hour = h;
    t.minute = mm;
    m.op = t;
}

/// A clock after a name ("John 3:16", "Psalm 23:4") is a verse: a capitalized word before it
/// that is no temporal word, no match's end and no word that leads to a time ("At 10:30").
bool verse(const lex::token_stream& ts, const match& m, std::uint32_t previous_end) {
    if ((rule_of(m) != id::other) | !is_clock(m)) return false; // one branch, seldom taken
    if (m.first == 0 || previous_end == m.first || m.op.zone || said_meridiem(ts, m)) return false;
    const lex::token& before = ts.tokens[m.first - 1];
    const std::string_view prev = ts.str(m.first - 1);
    return before.kind == token_kind::word && before.upper &&
           !lex::iequals_any(prev, en::context::clock_heads) && !en::find_month(prev) &&
           !en::find_weekday(prev) && !en::find_zone(prev) && !en::find_part_of_day(prev);
}

/// A clock the words before or after it make something else: a count after a told time ("a
/// quarter after nine months"), a military time that is no four digits ("900 GMT"), a verse.
bool non_clock(const lex::token_stream& ts, const match& m, std::uint32_t previous_end) {
    const auto bit = [](id r) {
        const auto n = static_cast<unsigned>(r);
        return n < 64 ? std::uint64_t{1} << n : 0;
    };
    const std::uint64_t counted = bit(id::clock_fraction) | bit(id::clock_minutes_past) |
                                  bit(id::clock_past_digits) | bit(id::clock_mins_digits) |
                                  bit(id::clock_spoken);
    const id r = rule_of(m);
    // one test turns most matches to the last case, not a branch per case
    if ((bit(r) & (counted | bit(id::clock_military))) == 0) return verse(ts, m, previous_end);
    if (r == id::clock_military) return ts.str(m.first).size() != 4; // digits only
    return counts(ts, m.last);
}

/// Drops the non-clocks and reads military hours, in one pass.
void read_clocks(const lex::token_stream& ts, std::vector<match>& matches) {
    std::size_t kept = 0;
    std::uint32_t previous_end = 0; // of the match before, kept or not
    for (std::size_t k = 0; k < matches.size(); ++k) {
        const bool drop = non_clock(ts, matches[k], previous_end);
        previous_end = matches[k].last;
        if (drop) continue;
        if (kept != k) matches[kept] = matches[k];
        read_military_hours(ts, matches[kept++]);
    }
    matches.resize(kept);
}

/// After the merges: "ten thirty" on its own is a time only after "at", "by", "until" ...
bool unsupported_clock(const lex::token_stream& ts, const match& m) {
    return rule_of(m) == id::clock_spoken && is_clock(m) &&
           (m.first == 0 || !lex::iequals_any(ts.str(m.first - 1), en::context::clock_heads));
}

/// Where the range a bare hour begins before `clock` starts (its "from" or "between", else the
/// hour); `clock.first` when no bare hour begins one. Tokens before `free_from` are taken.
std::uint32_t bare_hour_range_start(const lex::token_stream& ts, const match& clock,
                                    std::uint32_t free_from) {
    if (!is_clock(clock) || clock.op.range || clock.first < free_from + 2 ||
        !said_meridiem(ts, clock))
        return clock.first;
    const std::uint32_t n = clock.first - 2;
    const std::string_view hour = ts.str(n);
    const std::string_view joint = ts.str(n + 1);
    if (ts.tokens[n].kind != token_kind::number || hour.size() > 2 ||
        ts.tokens[n].sentence != ts.tokens[clock.first].sentence)
        return clock.first;
    const int h = lex::to_int(hour);
    if (h < 1 || h > 12) return clock.first;
    const bool lead = n > free_from && ts.tokens[n - 1].sentence == ts.tokens[n].sentence;
    if (lex::iequals_any(joint, en::clock::hour_range_joints))
        return lead && iequals(ts.str(n - 1), en::clock::hour_range_from) ? n - 1 : n;
    if (iequals(joint, en::clock::hour_range_and) && lead &&
        iequals(ts.str(n - 1), en::clock::hour_range_between))
        return n - 1;
    return clock.first;
}

/// The clock `end` made the range from the bare hour at token `hour_at`, starting at `start`.
void begin_at_bare_hour(const lex::token_stream& ts, match& end, std::uint32_t start,
                        std::uint32_t hour_at) {
    grammar::operation& o = end.op;
    int h = lex::to_int(ts.str(hour_at));
    if (o.hour >= 12 && h < 12 && h + 12 <= o.hour) h += 12; // "2-4pm" is 14:00 to 16:00
    o.range = true;
    o.to = {-1, -1, -1, -1, o.hour, o.minute, -1, o.zone};
    o.hour = h;
    o.minute = 0;
    o.second = -1;
    o.begin_token = static_cast<std::uint8_t>(hour_at - start);
    o.begin_tokens = static_cast<std::uint8_t>(hour_at + 1 - start);
    o.end_token = static_cast<std::uint8_t>(end.first - start);
    end.first = start;
}

} // namespace

void join_bare_hour_ranges(const lex::token_stream& ts, std::vector<match>& matches) {
    std::uint32_t free_from = 0;
    for (match& m : matches) {
        const std::uint32_t start = bare_hour_range_start(ts, m, free_from);
        if (start != m.first) begin_at_bare_hour(ts, m, start, m.first - 2);
        free_from = m.last;
    }
}

void merge_time_and_day(const lex::token_stream& ts, std::vector<match>& matches) {
    read_clocks(ts, matches);
    std::size_t kept = 0; // compacted in place: matches[kept..k) are free
    match merged;         // one for the loop: a match is large, and most are not merged
    for (std::size_t k = 0; k < matches.size(); ++k) {
        const match& m = matches[k];
        const bool day = is_day(m);
        if (!day && !is_clock(m)) { // most matches: neither merges with the match after it
            if (kept != k) matches[kept] = m;
            ++kept;
            continue;
        }
        const match* next = k + 1 < matches.size() ? &matches[k + 1] : nullptr;
        const std::uint32_t free_from = kept > 0 ? matches[kept - 1].last : 0;
        if ((next && merge_clock_day(ts, m, *next, merged)) ||
            (day && merge_day_clock(ts, m, next, merged))) {
            if (next && merged.last >= next->last) ++k;
            matches[kept++] = merged;
        } else if (day && merge_hour_day(ts, m, free_from, merged)) {
            matches[kept++] = merged;
        } else {
            if (kept != k) matches[kept] = m;
            ++kept;
        }
    }
    matches.resize(kept);
    std::erase_if(matches, [&](const match& m) { return unsupported_clock(ts, m); });
}

} // namespace kairos::refine
