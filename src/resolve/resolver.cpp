// Resolution: stated fields first, then the anchor fills the rest, the tense picking the side.
#include "resolve/resolver.hpp"

#include "lang/en/lexicon.hpp"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <date/tz.h>

namespace kairos::resolve {
namespace {

using grammar::direction;
using grammar::op_kind;
using grammar::operation;
using grammar::origin;
using lang::en::unit;

struct day_range {
    date::sys_days first;
    date::sys_days last;
};

date::sys_days ymd_days(int y, int m, int d) {
    const date::year_month_day ymd{date::year{y}, date::month{static_cast<unsigned>(m)},
                                   date::day{static_cast<unsigned>(d)}};
    if (ymd.ok()) return date::sys_days{ymd};
    const date::year_month_day_last last{
        date::year{y}, date::month_day_last{date::month{static_cast<unsigned>(m)}}};
    return date::sys_days{last};
}
date::sys_days month_last(int y, int m) {
    return date::sys_days{date::year_month_day_last{
        date::year{y}, date::month_day_last{date::month{static_cast<unsigned>(m)}}}};
}
day_range months_range(int y, int first_month, int count) {
    int last_month = first_month + count - 1;
    int last_year = y;
    while (last_month > 12) {
        last_month -= 12;
        ++last_year;
    }
    return {ymd_days(y, first_month, 1), month_last(last_year, last_month)};
}
date::year_month_day ymd_of(date::sys_days d) {
    return date::year_month_day{d};
}
int year_of(date::sys_days d) {
    return static_cast<int>(ymd_of(d).year());
}
int month_of(date::sys_days d) {
    return static_cast<int>(static_cast<unsigned>(ymd_of(d).month()));
}

/// The day of a Gregorian holiday in a year.
date::sys_days gregorian_holiday(const lang::en::holiday& h, int y) {
    if (h.easter_based) {
        const auto e = lang::en::easter_sunday(y);
        return ymd_days(y, e.month, e.day) + date::days{h.easter};
    }
    if (h.day != 0) return ymd_days(y, h.month, h.day);
    if (h.weekday == 2 && h.nth == 0) { // Election Day: the Tuesday after the first Monday
        const date::sys_days first_monday{date::year{y} / date::month{h.month} / date::Monday[1]};
        return first_monday + date::days{1};
    }
    const date::weekday wd{h.weekday == 7 ? 0u : static_cast<unsigned>(h.weekday)};
    const auto m = date::month{h.month};
    if (h.nth < 0) return date::sys_days{date::year{y} / m / wd[date::last]};
    return date::sys_days{date::year{y} / m / wd[static_cast<unsigned>(h.nth)]};
}

/// Day `day` of month `month` of Islamic year `iy` in the arithmetical (tabular) calendar of
/// the civil epoch (16 July 622): 30-year cycles of 354- and 355-day years.
date::sys_days islamic_day(int iy, int month, int day) {
    constexpr int epoch = 1948439 - 2440587 - 1; // the epoch's Julian day, counted from 1970
    const int days = day + (59 * (month - 1) + 1) / 2 + (iy - 1) * 354 + (3 + 11 * iy) / 30;
    return date::sys_days{date::days{days + epoch}};
}

/// The first day in Gregorian year y that is the holiday's Islamic month and day; an Islamic
/// year is 11 days shorter, so a Gregorian year holds one such day, now and then two.
std::optional<date::sys_days> islamic_holiday(const lang::en::holiday& h, int y) {
    if (y < 700) return std::nullopt; // the reckoning starts in 622
    const int estimate = (y - 622) * 33 / 32;
    for (int iy = estimate - 1; iy <= estimate + 2; ++iy) {
        const date::sys_days d = islamic_day(iy, h.month, h.day);
        if (year_of(d) == y) return d;
    }
    return std::nullopt;
}

/// The day of a holiday in a year; nullopt when its table does not cover the year.
std::optional<date::sys_days> holiday_day(const lang::en::holiday& h, int y) {
    using lang::en::reckoning;
    switch (h.calendar) {
    case reckoning::gregorian:
        break;
    case reckoning::islamic:
        return islamic_holiday(h, y);
    default: {
        const auto md = lang::en::table_day(h.calendar, y);
        if (md.month == 0) return std::nullopt;
        return ymd_days(y, md.month, md.day);
    }
    }
    return gregorian_holiday(h, y) + date::days{h.after};
}

/// The days an operation with only month/day/quarter/half/season/holiday covers in year y.
std::optional<day_range> range_in_year(const operation& op, int y) {
    if (op.holiday) {
        const auto d = holiday_day(*op.holiday, y);
        if (!d) return std::nullopt;
        return day_range{*d, *d};
    }
    if (op.month > 0 && op.day > 0) {
        const auto d = ymd_days(y, op.month, op.day);
        return day_range{d, d};
    }
    if (op.month > 0) return months_range(y, op.month, 1);
    if (op.quarter > 0) return months_range(y, op.quarter * 3 - 2, 3);
    if (op.half > 0) return months_range(y, op.half * 6 - 5, 6);
    if (op.season >= 0) {
        constexpr std::array<int, 4> first_month{3, 6, 9, 12};
        return months_range(y, first_month[static_cast<std::size_t>(op.season & 3)], 3);
    }
    return std::nullopt;
}

long distance(const day_range& r, date::sys_days d) {
    if (d < r.first) return (r.first - d).count();
    if (d > r.last) return (d - r.last).count();
    return 0;
}

/// The year a yearless expression falls in, seen from the DCT in the given direction.
int nearest_year(const operation& op, date::sys_days dct) {
    const int y = year_of(dct);
    int best = y;
    long best_distance = -1;
    for (int c : {y, y - 1, y + 1}) {
        const auto r = range_in_year(op, c);
        if (!r) continue;
        const long dist = distance(*r, dct);
        if (best_distance < 0 || dist < best_distance) {
            best = c;
            best_distance = dist;
        }
    }
    return best;
}

int tense_year(const operation& op, date::sys_days dct, direction dir) {
    const int y = year_of(dct);
    if (op.quarter > 0 || op.half > 0) {
        // quarters and halves are talked about while they run and reported after they end:
        // this year's, unless the text looks ahead to one that ended over a quarter ago
        const auto r = range_in_year(op, y);
        if (r && r->first > dct && dir == direction::past) return y - 1;
        if (r && dir == direction::future && (dct - r->last).count() > 92) return y + 1;
        return y;
    }
    switch (dir) {
    case direction::past:
        for (int c = y; c >= y - 1; --c) {
            const auto r = range_in_year(op, c);
            if (r && r->first <= dct) return c;
        }
        return y - 1;
    case direction::future:
        for (int c = y; c <= y + 1; ++c) {
            const auto r = range_in_year(op, c);
            if (r && r->last >= dct) return c;
        }
        return y + 1;
    case direction::nearest:
        break;
    }
    return nearest_year(op, dct);
}

/// The tense decides, unless it sends a date far away when a near reading exists: "payable
/// Jan. 2" in a past-tense sentence written in November is the coming January.
constexpr long far_days = 180;
constexpr long near_days = 60;

int pick_year(const operation& op, date::sys_days dct, direction dir) {
    const int by_tense = tense_year(op, dct, dir);
    // "last December" says which side; only the tense of the sentence can be overruled
    if (dir == direction::nearest || op.dir_stated || op.quarter > 0 || op.half > 0)
        return by_tense;
    const int near = nearest_year(op, dct);
    const auto a = range_in_year(op, by_tense);
    const auto b = range_in_year(op, near);
    if (a && b && distance(*a, dct) > far_days && distance(*b, dct) < near_days) return near;
    return by_tense;
}

date::sys_days pick_weekday(int weekday, date::sys_days dct, direction dir, bool strict) {
    const int today = static_cast<int>(date::weekday{dct}.iso_encoding());
    int back = (today - weekday + 7) % 7;
    int ahead = (weekday - today + 7) % 7;
    if (strict && back == 0) back = 7;
    if (strict && ahead == 0) ahead = 7;
    switch (dir) {
    case direction::past:
        return dct - date::days{back};
    case direction::future:
        return dct + date::days{ahead};
    case direction::nearest:
        break;
    }
    return back <= ahead ? dct - date::days{back} : dct + date::days{ahead};
}

date::sys_days add_months(date::sys_days d, int months) {
    const auto ymd = ymd_of(d);
    int total = static_cast<int>(ymd.year()) * 12 + month_of(d) - 1 + months;
    const int y = total / 12;
    const int m = total % 12 + 1;
    return ymd_days(y, m, static_cast<int>(static_cast<unsigned>(ymd.day())));
}

date::sys_days add_units(date::sys_days d, unit u, int n) {
    switch (u) {
    case unit::day:
        return d + date::days{n};
    case unit::week:
    case unit::weekend:
        return d + date::days{7 * n};
    case unit::fortnight:
        return d + date::days{14 * n};
    case unit::month:
        return add_months(d, n);
    case unit::quarter:
        return add_months(d, 3 * n);
    case unit::half:
        return add_months(d, 6 * n);
    case unit::year:
        return add_months(d, 12 * n);
    case unit::decade:
        return add_months(d, 120 * n);
    case unit::century:
        return add_months(d, 1200 * n);
    // without a clock time to count from, only whole days move the day: "24 hours ago" is
    // yesterday, "5 hours ago" today
    case unit::hour:
        return d + date::days{n / 24};
    case unit::minute:
        return d + date::days{n / (24 * 60)};
    default:
        return d;
    }
}

/// The point of grain `u` that contains day d.
timex point_at(date::sys_days d, unit u, bool unknown_week) {
    const int y = year_of(d);
    const int m = month_of(d);
    switch (u) {
    case unit::week:
    case unit::fortnight: {
        const auto w = iso_week_of(d);
        return unknown_week ? timex::week(y, kairos::unknown)
                            : timex::week(w.year, static_cast<int>(w.week));
    }
    case unit::weekend: {
        const auto w = iso_week_of(d);
        return timex::weekend(w.year, static_cast<int>(w.week));
    }
    case unit::month:
        return timex::month(y, m);
    case unit::quarter:
        return timex::quarter(y, (m - 1) / 3 + 1);
    case unit::half:
        return timex::half(y, (m - 1) / 6 + 1);
    case unit::year:
        return timex::year(y);
    case unit::decade:
        return timex::decade(y / 10);
    case unit::century:
        return timex::century(y / 100);
    default:
        return timex::day(d);
    }
}

time_unit to_time_unit(unit u) {
    switch (u) {
    case unit::second:
        return time_unit::second;
    case unit::minute:
        return time_unit::minute;
    case unit::hour:
        return time_unit::hour;
    case unit::day:
    case unit::weekend:
        return time_unit::day;
    case unit::week:
    case unit::fortnight:
        return time_unit::week;
    case unit::month:
    case unit::half:
        return time_unit::month;
    case unit::quarter:
        return time_unit::quarter;
    case unit::year:
    case unit::decade:
    case unit::century:
        return time_unit::year;
    default:
        return time_unit::unspecified;
    }
}
int unit_factor(unit u) {
    switch (u) {
    case unit::weekend:
        return 2;
    case unit::fortnight:
        return 2;
    case unit::half:
        return 6;
    case unit::decade:
        return 10;
    case unit::century:
        return 100;
    default:
        return 1;
    }
}

timex duration_value(unit u, int amount);

/// "2 1/2 years" -> P2Y6M: the half is written in the next smaller unit.
timex duration_with_half(unit u, int amount) {
    const auto whole = static_cast<std::uint32_t>(amount);
    using dc = duration_component;
    switch (u) {
    case unit::year:
        return timex::duration({dc{whole, 0, time_unit::year}, dc{6, 0, time_unit::month}});
    case unit::day:
        return timex::duration({dc{whole, 0, time_unit::day}, dc{12, 0, time_unit::hour}});
    case unit::hour:
        return timex::duration({dc{whole, 0, time_unit::hour}, dc{30, 0, time_unit::minute}});
    case unit::minute:
        return timex::duration({dc{whole, 0, time_unit::minute}, dc{30, 0, time_unit::second}});
    case unit::month:
        return timex::duration({dc{whole, 0, time_unit::month}, dc{15, 0, time_unit::day}});
    case unit::week:
        return timex::duration({dc{whole * 7 + 3, 0, time_unit::day}, dc{12, 0, time_unit::hour}});
    default:
        return duration_value(u, amount); // decades and centuries: the half is dropped
    }
}

timex duration_value(unit u, int amount) {
    if (amount < 0) return timex::duration(kairos::unknown, to_time_unit(u));
    return timex::duration(amount * unit_factor(u), to_time_unit(u));
}

/// "1.5 hours" -> PT1.5H, "2.5 decades" -> P25Y: the decimal as written, in the unit's terms.
timex decimal_duration(unit u, int amount, int fraction, int scale) {
    auto mantissa = static_cast<std::uint64_t>(amount);
    for (int i = 0; i < scale; ++i) mantissa *= 10;
    mantissa = (mantissa + static_cast<std::uint64_t>(fraction)) *
               static_cast<std::uint64_t>(unit_factor(u));
    for (; scale > 0 && mantissa % 10 == 0; --scale) mantissa /= 10;
    if (mantissa > 999'999'999u) return timex::duration(kairos::unknown, to_time_unit(u));
    return timex::duration({duration_component{static_cast<std::uint32_t>(mantissa),
                                               static_cast<std::uint8_t>(scale), to_time_unit(u)}});
}

timex duration_from(const operation& op) {
    if (op.scale > 0 && op.amount >= 0)
        return decimal_duration(op.unit, op.amount, op.fraction, op.scale);
    if (op.half_more && op.amount >= 0) return duration_with_half(op.unit, op.amount);
    return duration_value(op.unit, op.amount);
}

} // namespace

const date::time_zone* find_zone(std::string_view iana) {
    [[maybe_unused]] static const date::tzdb& loaded = date::get_tzdb();
    return date::locate_zone(iana);
}

namespace {

std::optional<date::sys_seconds> instant_of(const operation& op, date::sys_days day) {
    if (op.hour < 0) return std::nullopt;
    if (op.utc_offset != grammar::no_utc_offset)
        return date::sys_seconds{day} + std::chrono::hours{op.hour} +
               std::chrono::minutes{std::max(op.minute, 0) - op.utc_offset} +
               std::chrono::seconds{std::max(op.second, 0)};
    if (!op.zone) return std::nullopt;
    try {
        const auto* tz = find_zone(op.zone->iana);
        const date::local_seconds local{date::local_days{date::year_month_day{day}} +
                                        std::chrono::hours{op.hour} +
                                        std::chrono::minutes{op.minute < 0 ? 0 : op.minute}};
        return date::zoned_time<std::chrono::seconds>{tz, local, date::choose::earliest}
            .get_sys_time();
    } catch (...) {
        return std::nullopt; // no tzdata on this system: the value stays, the instant is unknown
    }
}

/// Adds what the operation says about the time of day to a day value.
resolved on_day(const operation& op, date::sys_days d, timex_type type) {
    resolved r;
    r.type = type;
    const auto ymd = date::year_month_day{d};
    if (op.hour >= 0 && (op.second >= 0 || op.utc_offset != grammar::no_utc_offset)) {
        // an ISO timestamp keeps its seconds and offset: "2025-09-17T13:15:30Z"
        // One call per case: GCC 12 at -O3 takes the payload of an optional that is engaged
        // on one path only for uninitialized.
        const int minute = std::max(op.minute, 0);
        const bool zoned = op.utc_offset != grammar::no_utc_offset;
        if (op.second < 0)
            r.value = timex::clock(ymd, op.hour, minute, std::nullopt, op.utc_offset);
        else if (zoned)
            r.value = timex::clock(ymd, op.hour, minute, op.second, op.utc_offset);
        else
            r.value = timex::clock(ymd, op.hour, minute, op.second, std::nullopt);
        r.type = timex_type::time;
        r.instant_utc = instant_of(op, d);
    } else if (op.hour >= 0) {
        r.value = op.minute > 0 || op.hour != 24
                      ? timex::clock(ymd, op.hour, op.minute < 0 ? 0 : op.minute)
                      : timex::clock_hour(ymd, op.hour);
        r.type = timex_type::time;
        r.instant_utc = instant_of(op, d);
    } else if (op.pod >= 0) {
        r.value = timex::day_part(ymd, static_cast<part_of_day>(op.pod));
    } else {
        r.value = timex::day(d);
    }
    return r;
}

/// A quarter stated in this sentence or the one before: "a year earlier" then means its quarter.
bool recent_quarter(const context& ctx) {
    return ctx.reference && ctx.reference->quarter() && ctx.sentence <= ctx.reference_sentence + 1;
}

/// The quarter under discussion: the stated one, else the last resolved quarter, else the last
/// one reported before the DCT.
timex quarter_in_view(const operation& op, const context& ctx) {
    if (op.quarter > 0) {
        operation q = op;
        q.from = origin::none;
        const int y = op.year >= 0 ? op.year : tense_year(q, ctx.dct, direction::past);
        return timex::quarter(y, op.quarter);
    }
    timex q;
    const bool latest = op.dir_stated && op.dir == direction::past;
    if (!latest && ctx.reference && ctx.reference->quarter() && *ctx.reference->quarter() > 0) {
        q = *ctx.reference;
    } else {
        const auto d = ctx.tense() == direction::future && !latest
                           ? ctx.dct
                           : add_units(ctx.dct, unit::quarter, -1);
        q = point_at(d, unit::quarter, false);
    }
    // "the 1988 quarter": the quarter under discussion, in the year stated
    if (op.year >= 0) return timex::quarter(op.year, *q.quarter());
    return timex::quarter(*q.year() + op.year_shift, *q.quarter());
}

/// "a year earlier" compared with a reported quarter: that quarter a year before.
resolved compared_quarter(const operation& op, const context& ctx) {
    // a quarter of a later year was a forecast ("losses through the third quarter of 1990"):
    // the comparison is with the last quarter reported
    const timex q = op.year > year_of(ctx.dct)
                        ? point_at(add_units(ctx.dct, unit::quarter, -1), unit::quarter, false)
                        : quarter_in_view(op, ctx);
    return resolved{timex::quarter(*q.year() + op.shift, *q.quarter()), timex_type::date,
                    field::year | field::quarter, std::nullopt};
}

/// "a year earlier" after "the third quarter" is the year-earlier third quarter; after "the
/// nine months" or "fiscal 1989" the year before the DCT's (not a year before a year-ago date
/// stated in between). Nullopt: an ordinary year shift.
std::optional<resolved> compared_period(const operation& op, const context& ctx) {
    switch (op.compared) {
    case grammar::period::quarter:
        return compared_quarter(op, ctx);
    case grammar::period::year:
        return resolved{timex::year(year_of(ctx.dct) + op.shift), timex_type::date, field::year,
                        std::nullopt};
    case grammar::period::none:
        break;
    }
    if (!ctx.reference || !recent_quarter(ctx)) return std::nullopt;
    const auto y = ctx.reference->year();
    const auto q = ctx.reference->quarter();
    if (!y || !q || *q <= 0) return std::nullopt;
    return resolved{timex::quarter(*y + op.shift, *q), timex_type::date,
                    field::year | field::quarter, std::nullopt};
}

/// The first day of a time under discussion; a clock time's own day, even at midnight
/// ("December 12 at midnight", T24, is still December 12 to the story).
std::optional<date::sys_days> first_day_of(const timex& t) {
    if (t.hour())
        if (const auto ymd = t.ymd()) return date::sys_days{*ymd};
    if (const auto b = t.bounds()) return b->first_day;
    return std::nullopt;
}

date::sys_days base_day(const operation& op, const context& ctx) {
    if (op.from == origin::reference && ctx.reference) {
        // a time of day needs a day: a month or a year under discussion does not give one
        const bool needs_day = op.shift_unit == unit::day && op.shift == 0;
        if (needs_day && !ctx.reference->day()) return ctx.dct;
        if (const auto d = first_day_of(*ctx.reference)) return *d;
    }
    return ctx.dct;
}

/// "the following Monday": the first such weekday after (or before) the day under discussion,
/// or the DCT when no day is under discussion.
resolved weekday_from(const operation& op, const context& ctx) {
    date::sys_days d = ctx.dct;
    if (op.from == origin::reference && ctx.reference && ctx.reference->day())
        if (const auto first = first_day_of(*ctx.reference)) d = *first;
    const date::days step{op.shift < 0 ? -1 : 1};
    for (int n = std::max(1, std::abs(op.shift)); n > 0; --n) { // "three Fridays from now"
        do d += step;
        while (static_cast<int>(date::weekday{d}.iso_encoding()) != op.weekday);
    }
    resolved r = on_day(op, d, op.type);
    r.implied = field::year | field::month | field::day;
    return r;
}

/// "Monday next week", "Friday of this week": that weekday of the ISO week `shift` weeks from
/// the DCT's. Said on a Sunday, "this week" is the one starting the next day, as most
/// calendars begin it (the ISO week's days would all be past).
resolved weekday_of_week(const operation& op, const context& ctx) {
    const unsigned today = date::weekday{ctx.dct}.iso_encoding();
    const int weeks = op.shift == 0 && today == 7 ? 1 : op.shift;
    const date::sys_days monday = ctx.dct - date::days{today - 1} + date::weeks{weeks};
    resolved r = on_day(op, monday + date::days{op.weekday - 1}, op.type);
    r.implied = field::year | field::month | field::day;
    return r;
}

/// "that same day" after "last October": a day of that month, which one not said.
std::optional<resolved> day_in_month_under_discussion(const operation& op, const context& ctx) {
    if (op.from != origin::reference || !ctx.reference || op.shift_unit != unit::day ||
        op.shift < -1 || op.shift > 1 || op.hour >= 0 || op.weekday > 0 || ctx.reference->day())
        return std::nullopt;
    const auto y = ctx.reference->year();
    const auto m = ctx.reference->month();
    if (!y || !m) return std::nullopt;
    timex v = timex::day(*y, *m, kairos::unknown);
    if (op.pod >= 0) v = v.at(static_cast<part_of_day>(op.pod));
    return resolved{v, op.type, field::year | field::month, std::nullopt};
}

/// The side an open date reads to: the caller's preference, else the sentence's tense; with no
/// cue, "this Friday" and any open date of colloquial text read forward.
direction open_side(const operation& op, const context& ctx) {
    switch (ctx.prefer) {
    case prefer_side::future:
        return direction::future;
    case prefer_side::past:
        return direction::past;
    case prefer_side::nearest:
        return direction::nearest;
    case prefer_side::tense:
        break;
    }
    const direction d = ctx.tense();
    if (d == direction::nearest && (op.ahead || ctx.doc_type == text_kind::colloquial))
        return direction::future;
    return d;
}

/// The time the story is at, in narrative text: the last date it stated, which may be a year.
const timex* story(const context& ctx) {
    if (ctx.doc_type != text_kind::narrative || !ctx.reference || !ctx.reference->year())
        return nullptr;
    return &*ctx.reference;
}

/// The day the story is at, when it stated one: a weekday counts from it.
std::optional<date::sys_days> story_day(const context& ctx) {
    const timex* t = story(ctx);
    if (t == nullptr || !t->day()) return std::nullopt;
    const auto b = t->bounds();
    if (!b) return std::nullopt;
    return b->first_day;
}

/// The first day of the month a month-relative form counts in: the month under discussion for
/// "the month", else the DCT's moved by the shift ("next month").
std::optional<date::sys_days> month_in_view(const operation& op, const context& ctx) {
    if (op.from == origin::reference) {
        if (!ctx.reference || !ctx.reference->year() || !ctx.reference->month())
            return std::nullopt;
        return ymd_days(*ctx.reference->year(), *ctx.reference->month(), 1);
    }
    const date::sys_days d = add_units(ctx.dct, unit::month, op.shift);
    return ymd_days(year_of(d), month_of(d), 1);
}

/// The day, when the month has it: no September 31st.
std::optional<date::sys_days> real_day(int y, int m, int d) {
    const date::year_month_day ymd{date::year{y}, date::month{static_cast<unsigned>(m)},
                                   date::day{static_cast<unsigned>(d)}};
    if (!ymd.ok()) return std::nullopt;
    return date::sys_days{ymd};
}

/// "the first Tuesday of October", "the last Friday of the month"; with no weekday, the n-th
/// day: "the last day of the month".
std::optional<date::sys_days> nth_weekday(int y, int m, int weekday, int nth) {
    const auto ym = date::year{y} / date::month{static_cast<unsigned>(m)};
    if (weekday <= 0) return nth < 0 ? date::sys_days{ym / date::last} : real_day(y, m, nth);
    const date::weekday wd{static_cast<unsigned>(weekday % 7)};
    if (nth < 0) return date::sys_days{ym / wd[date::last]};
    const date::year_month_weekday ymw{ym / wd[static_cast<unsigned>(nth)]};
    if (!ymw.ok()) return std::nullopt; // no fifth Monday this month
    return date::sys_days{ymw};
}

/// "on the 15th" with no month under discussion: the DCT's month, or the one before or after
/// when the sentence reads that way.
std::optional<date::sys_days> day_near_dct(const operation& op, const context& ctx) {
    const direction side = open_side(op, ctx);
    std::optional<date::sys_days> best;
    for (int shift : {-1, 0, 1}) {
        const date::sys_days m =
            add_units(ymd_days(year_of(ctx.dct), month_of(ctx.dct), 1), unit::month, shift);
        const auto day = real_day(year_of(m), month_of(m), op.day);
        if (!day) continue;
        const date::sys_days d = *day;
        if ((side == direction::future && d < ctx.dct) || (side == direction::past && d > ctx.dct))
            continue;
        if (!best || std::abs((d - ctx.dct).count()) < std::abs((*best - ctx.dct).count()))
            best = d;
    }
    return best;
}

/// A season from the time under discussion: "that summer" (its year), "the following spring"
/// (the first after it), "the previous winter" (the last before it).
std::optional<resolved> season_in_view(const operation& op, const context& ctx) {
    day_range at{ctx.dct, ctx.dct};
    if (ctx.reference)
        if (const auto b = ctx.reference->bounds()) at = {b->first_day, b->last_day};
    operation s;
    s.season = op.season;
    const int y = year_of(at.first);
    std::optional<int> pick;
    for (int c = y - 1; c <= y + 1; ++c) {
        const auto r = range_in_year(s, c);
        if (!r) continue;
        if (op.shift == 0 && c == y) pick = c;
        if (op.shift > 0 && r->first > at.last && !pick) pick = c;
        if (op.shift < 0 && r->last < at.first) pick = c;
    }
    if (!pick) pick = y + op.shift; // a year's span holds every season: the one beside it
    return resolved{timex::season(*pick, static_cast<kairos::season>(op.season)), op.type,
                    field::year, std::nullopt};
}

/// A season of the year in view ("that summer"), or a day or ordinal weekday of the month in
/// view ("the 15th", "the last Friday of the month").
bool in_view(const operation& op) {
    if (op.season >= 0) return op.shift_unit == unit::year;
    return op.shift_unit == unit::month && (op.nth != 0 || op.day > 0);
}

std::optional<resolved> calendar_in_view(const operation& op, const context& ctx) {
    if (op.season >= 0) return season_in_view(op, ctx);
    const auto month = month_in_view(op, ctx);
    std::optional<date::sys_days> d;
    if (!month && op.nth == 0) {
        d = day_near_dct(op, ctx);
    } else {
        const date::sys_days m = month.value_or(ctx.dct);
        d = op.nth != 0 ? nth_weekday(year_of(m), month_of(m), op.weekday, op.nth)
                        : real_day(year_of(m), month_of(m), op.day);
    }
    if (!d) return std::nullopt;
    resolved r = on_day(op, *d, op.type);
    r.implied = field::year | field::month;
    return r;
}

/// "an hour ago", "five minutes from now" from a DCT with a clock time: the time they land on.
std::optional<resolved> shifted_clock(const operation& op, const context& ctx) {
    using std::chrono::seconds;
    const seconds step = op.shift_unit == unit::hour     ? seconds{3600}
                         : op.shift_unit == unit::minute ? seconds{60}
                         : op.shift_unit == unit::second ? seconds{1}
                                                         : seconds{0};
    if (step == seconds{0} || op.from != origin::dct || !ctx.dct_time || op.shift_unknown)
        return std::nullopt;
    const date::sys_seconds at = date::sys_seconds{ctx.dct} + *ctx.dct_time + step * op.shift;
    const auto day = date::floor<date::days>(at);
    const date::hh_mm_ss<seconds> clock{at - day};
    const auto h = static_cast<int>(clock.hours().count());
    const auto m = static_cast<int>(clock.minutes().count());
    const auto s = static_cast<int>(clock.seconds().count());
    resolved r;
    r.type = timex_type::time;
    const date::year_month_day ymd{day};
    if (op.shift_unit == unit::second)
        r.value = timex::clock(ymd, h, m, s);
    else
        r.value = timex::clock(ymd, h, m);
    r.implied = field::year | field::month | field::day;
    return r;
}

std::optional<resolved> resolve_shift(const operation& op, const context& ctx) {
    if (auto r = shifted_clock(op, ctx)) return r;
    if (op.shift_unknown)
        return resolved{timex::reference(op.shift < 0 ? reference::past : reference::future),
                        timex_type::date, field::none, std::nullopt};
    if (in_view(op)) return calendar_in_view(op, ctx);
    // a report compares periods ("a year earlier" is last year's quarter); a story counts on
    if (op.follow_reference && op.shift_unit == unit::year && op.shift != 0 && !story(ctx))
        if (auto r = compared_period(op, ctx)) return r;
    const date::sys_days base = base_day(op, ctx);
    if (op.shift_unit == unit::weekend && op.shift == 0) {
        // the weekend just past, unless the text looks ahead
        const int wd = static_cast<int>(date::weekday{base}.iso_encoding());
        date::sys_days d = base;
        if (wd < 6 && ctx.tense() != direction::future) d = base - date::days{7};
        return resolved{point_at(d, unit::weekend, false), timex_type::date,
                        field::year | field::week, std::nullopt};
    }
    if (op.weekday > 0 && op.shift_unit == unit::week) return weekday_of_week(op, ctx);
    if (op.weekday > 0) return weekday_from(op, ctx);
    if (auto r = day_in_month_under_discussion(op, ctx)) return r;
    const date::sys_days d = add_units(base, op.shift_unit, op.shift);
    if (op.month > 0 && op.shift_unit == unit::year)
        return resolved{timex::month(year_of(d), op.month), timex_type::date, field::year, {}};
    if (op.shift_unit == unit::day || op.shift_unit == unit::hour ||
        op.shift_unit == unit::minute || op.shift_unit == unit::second) {
        resolved r = on_day(op, d, op.type);
        r.implied = field::year | field::month | field::day;
        return r;
    }
    return resolved{point_at(d, op.shift_unit, op.unknown_week), timex_type::date, field::year,
                    std::nullopt};
}

/// The year of a date the text gave without one: in narrative text the story's year; else the
/// DCT's side the sentence (or the caller) reads to.
template<class Dir>
int open_year(const operation& op, const context& ctx, const Dir& dir) {
    if (const timex* at = story(ctx)) { // a story moves on: no tense says which side
        const auto b = at->bounds();
        if (!at->month() || !b) return *at->year();
        // "the winter" after "1 July 1916" is that year's: the story goes on into it
        if (op.season >= 0 && !op.dir_stated) return *at->year();
        return op.dir_stated ? tense_year(op, b->first_day, op.dir)
                             : nearest_year(op, b->first_day);
    }
    const direction side = ctx.deadline && !op.dir_stated ? direction::future : dir();
    // a side the caller chose is not overruled by the nearer reading
    if (ctx.prefer != prefer_side::tense && !op.dir_stated) return tense_year(op, ctx.dct, side);
    return pick_year(op, ctx.dct, side);
}

/// The operation as this document writes it: "10/02/2025" in a day-first document is 10
/// February; "'96" is the year ending so, at most 10 years after the DCT.
operation as_written(operation op, const context& ctx) {
    if (op.numeric_order && ctx.day_first) std::swap(op.month, op.day);
    op.numeric_order = false;
    if (op.two_digit_year) {
        const int dct_year = year_of(ctx.dct);
        op.year += dct_year - dct_year % 100;
        if (op.year > dct_year + 10) op.year -= 100;
        op.two_digit_year = false;
    }
    return op;
}

std::optional<resolved> resolve_written(const operation& op, const context& ctx);

std::optional<resolved> resolve_point(const operation& op, const context& ctx) {
    if ((op.numeric_order && ctx.day_first) || op.two_digit_year)
        return resolve_written(as_written(op, ctx), ctx);
    return resolve_written(op, ctx);
}

bool counts_from_story(const operation& op, const context& ctx) {
    return story(ctx) != nullptr && shifts_story_unit(op);
}

std::optional<resolved> resolve_written(const operation& op, const context& ctx) {
    if (counts_from_story(op, ctx)) {
        operation in_story = op;
        in_story.from = origin::reference;
        return resolve_shift(in_story, ctx);
    }
    if (op.from != origin::none) return resolve_shift(op, ctx);
    if (op.decade >= 0) return resolved{timex::decade(op.decade), op.type, {}, {}};
    if (op.century >= 0) return resolved{timex::century(op.century), op.type, {}, {}};
    const auto dir = [&op, &ctx] {
        return op.dir_stated                   ? op.dir
               : op.lean != direction::nearest ? op.lean
                                               : open_side(op, ctx);
    };
    if (op.weekday > 0 && op.month < 0) {
        const auto at = story_day(ctx);
        const auto d = at ? pick_weekday(op.weekday, *at,
                                         op.dir_stated ? op.dir : direction::nearest, op.dir_stated)
                          : pick_weekday(op.weekday, ctx.dct, dir(), op.dir_stated);
        resolved r = on_day(op, d, op.type);
        r.implied = field::year | field::month | field::day;
        return r;
    }
    if (op.quarter == 0) // "the quarter": the one under discussion, else the last reported
        return resolved{quarter_in_view(op, ctx), timex_type::date, field::year, {}};
    field implied = field::none;
    int y = op.year;
    if (y < 0 && op.dct_year) y = year_of(ctx.dct);
    if (y < 0 && (op.month > 0 || op.quarter > 0 || op.half > 0 || op.season >= 0 || op.holiday)) {
        y = open_year(op, ctx, dir);
        implied = field::year;
    }
    if (y >= 0) y += op.year_shift;
    if (y < 0) return std::nullopt;
    if (op.nth != 0 && op.month > 0) {
        const auto d = nth_weekday(y, op.month, op.weekday, op.nth);
        if (!d) return std::nullopt;
        resolved r = on_day(op, *d, op.type);
        r.implied = implied;
        return r;
    }
    if (op.holiday) {
        const auto d = holiday_day(*op.holiday, y);
        if (!d) return std::nullopt;
        resolved r = on_day(op, *d, op.type);
        r.implied = implied;
        return r;
    }
    timex v;
    if (op.month > 0 && op.day > 0) {
        const date::year_month_day ymd{date::year{y}, date::month{static_cast<unsigned>(op.month)},
                                       date::day{static_cast<unsigned>(op.day)}};
        if (!ymd.ok()) return std::nullopt;
        if (op.week_of)
            return resolved{point_at(date::sys_days{ymd}, unit::week, false),
                            op.type,
                            implied | field::week,
                            {}};
        resolved r = on_day(op, date::sys_days{ymd}, op.type);
        r.implied = implied;
        return r;
    }
    if (op.month > 0)
        v = timex::month(y, op.month);
    else if (op.quarter > 0)
        v = timex::quarter(y, op.quarter);
    else if (op.half > 0)
        v = timex::half(y, op.half);
    else if (op.season >= 0)
        v = timex::season(y, static_cast<kairos::season>(op.season));
    else
        v = timex::year(y);
    return resolved{v, op.type, implied, {}};
}

std::optional<resolved> resolve_set(const operation& op) {
    if (op.weekday > 0) {
        timex v = timex::week_day(kairos::unknown, kairos::unknown, op.weekday);
        if (op.pod >= 0) v = v.at(static_cast<part_of_day>(op.pod));
        return resolved{timex::set(v), timex_type::set, {}, {}};
    }
    if (op.pod >= 0) { // "every morning": XXXX-XX-XXTMO
        const timex day = timex::day(kairos::unknown, kairos::unknown, kairos::unknown);
        return resolved{
            timex::set(day.at(static_cast<part_of_day>(op.pod))), timex_type::set, {}, {}};
    }
    if (op.month > 0)
        return resolved{
            timex::set(timex::month(kairos::unknown, op.month)), timex_type::set, {}, {}};
    if (op.season >= 0)
        return resolved{
            timex::set(timex::season(kairos::unknown, static_cast<kairos::season>(op.season))),
            timex_type::set,
            {},
            {}};
    return resolved{timex::set(duration_value(op.unit, op.amount)), timex_type::set, {}, {}};
}

} // namespace

bool shifts_story_unit(const operation& op) noexcept {
    if (op.kind != op_kind::point || op.from != origin::dct || op.follow_reference ||
        op.shift_unknown || op.shift == 0)
        return false;
    return op.shift_unit == unit::year || op.shift_unit == unit::month ||
           op.shift_unit == unit::week;
}

bool moves_story(const operation& op, const timex& value, const context& ctx) noexcept {
    if (ctx.doc_type != text_kind::narrative || op.kind != op_kind::point) return false;
    if (op.shift == 0 || op.shift_unknown) return false;
    if (op.from != origin::reference && !counts_from_story(op, ctx)) return false;
    return value.is_point() && value.year().has_value();
}

std::optional<resolved> resolve(const operation& op, const context& ctx) {
    std::optional<resolved> r;
    switch (op.kind) {
    case op_kind::none:
        return std::nullopt;
    case op_kind::reference:
        r = resolved{timex::reference(op.ref), timex_type::date, {}, {}};
        break;
    case op_kind::duration:
        r = resolved{duration_from(op), timex_type::duration, {}, {}};
        break;
    case op_kind::set:
        r = resolve_set(op);
        break;
    case op_kind::point:
        r = resolve_point(op, ctx);
        break;
    }
    if (!r || !r->value.ok()) return std::nullopt;
    if (op.mod != timex_mod::none) r->value = r->value.with_mod(op.mod);
    if (op.era < 0) r->value = r->value.before_christ();
    return r;
}

} // namespace kairos::resolve
