// English rule records: {name, example, pattern, producer}. One record per construction; the
// example beside each is a phrase it matches (tests/extract checks them with their values).
#include "lang/en/rules.hpp"

#include "lang/en/producers.hpp"

#include <array>
#include <optional>
#include <utility>

namespace kairos::lang::en {
namespace {

using namespace grammar;
using K = slot_kind;

template<class E>
constexpr named_word means(std::string_view word, E meaning) noexcept {
    return {word, static_cast<std::int8_t>(meaning)};
}

// --- relative words ----------------------------------------------------------------------------
/// The side of the anchor a relative word puts its unit on. `next` is after, and also names the
/// unit after the one under discussion once "the" precedes it ("the next year").
enum class side : std::int8_t { before = -1, same = 0, after = 1, next = 2 };
constexpr int shift_of(side s) noexcept {
    return s == side::next ? 1 : static_cast<int>(s);
}
constexpr std::array rel{
    means("last", side::before),  means("past", side::before),    means("previous", side::before),
    means("next", side::next),    means("coming", side::after),   means("this", side::same),
    means("current", side::same), means("upcoming", side::after), means("present", side::same)};
constexpr std::array past_only{means("past", side::before)};
// "last|next|this" and the like: the meaning is the signed shift
constexpr std::array last_next_this{named_word{"last", -1}, named_word{"next", 1},
                                    named_word{"this", 0}};
constexpr std::array last_next_this_coming{named_word{"last", -1}, named_word{"next", 1},
                                           named_word{"this", 0}, named_word{"coming", 1}};
// counted from the time under discussion rather than the DCT; the meaning is the signed shift
constexpr std::array ref_rel{named_word{"following", 1},  named_word{"previous", -1},
                             named_word{"preceding", -1}, named_word{"next", 1},
                             named_word{"same", 0},       named_word{"prior", -1}};
constexpr std::array ref_rel_day{named_word{"following", 1}, named_word{"previous", -1},
                                 named_word{"preceding", -1}, named_word{"prior", -1},
                                 named_word{"next", 1}};
// a day by its name, the meaning its shift from the anchor day
constexpr std::array day_of_pod{named_word{"this", 0},     named_word{"yesterday", -1},
                                named_word{"tomorrow", 1}, named_word{"last", -1},
                                named_word{"tmrw", 1},     named_word{"yday", -1}};
constexpr std::array day_after_pod{named_word{"yesterday", -1}, named_word{"today", 0},
                                   named_word{"tomorrow", 1}, named_word{"tmrw", 1}};
constexpr std::array edge{means("mid", timex_mod::mid), means("early", timex_mod::start),
                          means("late", timex_mod::end)};
constexpr std::array half_or_quarter{means("half", unit::half), means("quarter", unit::quarter)};
// "the first quarter of next year": the meaning is the year's shift
constexpr std::array which_year{named_word{"the", 0}, named_word{"next", 1}, named_word{"last", -1},
                                named_word{"this", 0}};
// "the first two quarters" are the first half
constexpr std::array first_or_last{named_word{"first", 1}, named_word{"last", 2}};
/// Which way "the past two years", "the next three weeks" reach from the DCT (a stated span,
/// "the first nine months", reaches nowhere), and what the word means without an amount: "the
/// past year" is the previous year, where "the first year" is a span of one year.
enum class span_word : std::int8_t { stated, back, back_or_previous_unit, ahead };
constexpr std::array span_rel{means("past", span_word::back_or_previous_unit),
                              means("last", span_word::back_or_previous_unit),
                              means("next", span_word::ahead),
                              means("first", span_word::stated),
                              means("coming", span_word::ahead),
                              means("final", span_word::stated),
                              means("remaining", span_word::ahead),
                              means("latest", span_word::back),
                              means("previous", span_word::back)};
/// Which way "N units ago" counts, and from what.
enum class counted : std::int8_t {
    back_from_dct,
    back_from_reference,
    on_from_reference,
    on_from_dct
};
constexpr std::array ago_words{
    means("ago", counted::back_from_dct), means("earlier", counted::back_from_reference),
    means("later", counted::on_from_reference), means("hence", counted::on_from_dct),
    means("back", counted::back_from_dct)};
// "year-earlier": the meaning is the shift in years
constexpr std::array year_apart_words{named_word{"earlier", -1}, named_word{"ago", -1},
                                      named_word{"later", 1}};
// the unit each recurs by; "biweekly" every fortnight
constexpr std::array adverbs{means("daily", unit::day),     means("weekly", unit::week),
                             means("monthly", unit::month), means("annually", unit::year),
                             means("yearly", unit::year),   means("hourly", unit::hour),
                             means("nightly", unit::day),   means("biweekly", unit::fortnight)};
constexpr std::array plural_pods{
    means("mornings", part_of_day::morning), means("afternoons", part_of_day::afternoon),
    means("evenings", part_of_day::evening), means("nights", part_of_day::night)};
// the ISO weekday
constexpr std::array plural_weekdays{named_word{"mondays", 1},    named_word{"tuesdays", 2},
                                     named_word{"wednesdays", 3}, named_word{"thursdays", 4},
                                     named_word{"fridays", 5},    named_word{"saturdays", 6},
                                     named_word{"sundays", 7}};
// the hour of the clock
constexpr std::array noon_words{named_word{"noon", 12}, named_word{"midday", 12},
                                named_word{"midnight", 24}};
// the decade of the 1900s each names
constexpr std::array decades{named_word{"twenties", 2}, named_word{"thirties", 3},
                             named_word{"forties", 4},  named_word{"fifties", 5},
                             named_word{"sixties", 6},  named_word{"seventies", 7},
                             named_word{"eighties", 8}, named_word{"nineties", 9}};

// "Mon, February 18", "Sat., Feb. 18": a short weekday before a date; the ISO weekday
constexpr std::array short_weekdays{
    named_word{"mon", 1}, named_word{"tue", 2},  named_word{"tues", 2},  named_word{"wed", 3},
    named_word{"thu", 4}, named_word{"thur", 4}, named_word{"thurs", 4}, named_word{"fri", 5},
    named_word{"sat", 6}, named_word{"sun", 7}};
// the same without "sat", "sun", "wed", which are words: "he sat 3/4 of the time"
constexpr std::array plain_short_weekdays{
    named_word{"mon", 1},  named_word{"tue", 2},   named_word{"tues", 2}, named_word{"thu", 4},
    named_word{"thur", 4}, named_word{"thurs", 4}, named_word{"fri", 5}};

// --- explicit dates ----------------------------------------------------------------------------
operation full_date(const captures& c) {
    operation o = point(field::year | field::month | field::day);
    o.year = c.year;
    o.month = c.month;
    o.day = c.day;
    return o;
}
operation month_day(const captures& c) {
    operation o = point(field::month | field::day);
    o.month = c.month;
    o.day = c.day;
    if (c.year >= 0) {
        o.year = c.year;
        o.stated |= field::year;
    }
    return o;
}
operation week_of_day(const captures& c) {
    // "the week of March 6"
    operation o = month_day(c);
    o.week_of = true;
    return o;
}
operation month_year(const captures& c) {
    operation o = point(field::month);
    o.month = c.month;
    o.latent = c.latent && c.year < 0;
    if (c.year >= 0) {
        o.year = c.year;
        o.stated |= field::year;
    }
    return o;
}
operation year_only(const captures& c) {
    operation o = point(field::year);
    o.year = c.year;
    return o;
}
bool numeric_month_day(int first, int second, operation& o);
operation numeric_mdy(const captures& c) {
    // US order: 9/17/2025; the day slot read the middle number into `day`
    operation o = point(field::year | field::month | field::day);
    o.year = c.year >= 0 ? c.year : -1;
    if (!numeric_month_day(c.number, c.day, o) || o.year < 0) o.kind = op_kind::none;
    return o;
}
operation numeric_mdy2(const captures& c) {
    // "10/01/25": the year in two figures, read by the amount slot; its century is the
    // resolver's to choose, as for "'96"
    operation o = point(field::year | field::month | field::day);
    if (c.amount < 0 || c.amount > 99 || !numeric_month_day(c.number, c.day, o)) return {};
    o.year = c.amount;
    o.two_digit_year = true;
    return o;
}
operation iso_date(const captures& c) {
    operation o = point(field::year | field::month | field::day);
    o.year = c.year;
    o.month = c.number;
    o.day = c.day;
    if (o.month < 1 || o.month > 12) o.kind = op_kind::none;
    return o;
}
operation ten_years(const captures& c) {
    operation o = point(field::year);
    o.decade = c.decade;
    return o;
}
operation decade(const captures& c) {
    // "the 1800s" are the years 1800-1899, the century TIMEX3 writes "18"; "the 2000s" are
    // the decade most writers mean
    if (c.decade % 10 != 0 || c.decade >= 200) return ten_years(c);
    operation o = point(field::year);
    o.century = c.decade / 10;
    return o;
}
operation century(const captures& c) {
    operation o = point(field::year);
    o.century = c.ordinal - 1;
    if (c.ordinal < 1 || c.ordinal > 30) o.kind = op_kind::none;
    return o;
}

// --- numeric and informal forms ----------------------------------------------------------------
/// Month and day from two numbers, the month first as in the US; a first number above 12 can
/// only be the day ("15/02/2025"). When both could be the month, the resolver may swap them
/// for a day-first document (extract_options::day_first).
bool numeric_month_day(int first, int second, operation& o) {
    if (first > 12 && second <= 12) std::swap(first, second);
    if (first < 1 || first > 12 || second < 1 || second > 31) return false;
    o.month = first;
    o.day = second;
    o.numeric_order = second <= 12 && first != second;
    return true;
}
operation numeric_md(const captures& c) {
    // "2/15": refine/numeric.cpp keeps it only where a date is expected, not a fraction
    operation o = point(field::month | field::day);
    if (!numeric_month_day(c.number, c.day, o)) return {};
    return o;
}
operation numeric_my(const captures& c) {
    // "04/2016"
    if (c.number < 1 || c.number > 12 || c.year < 1800 || c.year > 2199) return {};
    operation o = point(field::year | field::month);
    o.month = c.number;
    o.year = c.year;
    return o;
}
operation month_day_year2(const captures& c) {
    // "Aug 9, '96": the century is the resolver's to choose, from the DCT
    captures full = c;
    full.year = c.year2;
    operation o = full_date(full);
    o.two_digit_year = true;
    return o;
}
operation iso_timestamp(const captures& c) {
    // "2025-09-17T13:15:30Z": a clock time of a stated day, with its offset from UTC if given
    operation o = iso_date(c);
    if (o.kind == op_kind::none) return o;
    o.type = timex_type::time;
    o.stated |= field::hour | field::minute;
    o.hour = c.hour;
    o.minute = c.minute;
    o.second = c.second;
    o.utc_offset = c.utc_offset;
    if (c.utc_offset != no_utc_offset) o.stated |= field::zone;
    return o;
}

// --- quarters, halves, seasons -----------------------------------------------------------------
operation part_of_year(const captures& c) {
    operation o = point(field::quarter);
    const unit u = c.unit == unit::half || c.unit == unit::quarter ? c.unit : unit::quarter;
    const int limit = u == unit::half ? 2 : 4;
    if (c.ordinal < 1 || c.ordinal > limit) return {};
    (u == unit::half ? o.half : o.quarter) = c.ordinal;
    if (c.year >= 0) {
        o.year = c.year;
        o.stated |= field::year;
    }
    return o;
}
operation month_span_quarter(const captures& c) {
    // "the July-September quarter", "the December quarter": the (second) month slot keeps the
    // last month, which ends a calendar quarter ("the March-May period" is no quarter)
    if (c.month < 3 || c.month % 3 != 0) return {};
    captures q = c;
    q.ordinal = c.month / 3;
    q.unit = unit::quarter;
    return part_of_year(q);
}
operation half_of_year(const captures& c) {
    captures h = c;
    h.unit = unit::half;
    return part_of_year(h);
}
operation quarter_of_year(const captures& c) {
    captures q = c;
    q.unit = unit::quarter;
    return part_of_year(q);
}
operation month_of_rel_year(const captures& c) {
    // "March of this year", "June of last year": the month of the DCT's year, or the one before
    // or after it
    operation o = point(field::month);
    o.month = c.month;
    o.dct_year = true;
    o.year_shift = c.said(2);
    return o;
}
operation season_of(const captures& c) {
    operation o = point();
    o.season = c.season;
    o.latent = c.latent && c.year < 0;
    if (c.year >= 0) {
        o.year = c.year;
        o.stated |= field::year;
    }
    return o;
}
operation two_digit_year(const captures& c) {
    // "in '08", "the summer of '69": the century is the resolver's to choose, from the DCT
    operation o = point(field::year);
    o.year = c.year2;
    o.two_digit_year = true;
    o.season = c.season; // "the summer of '69"; -1 for "in '08"
    return o;
}
operation season_of_years(const captures& c) {
    // "the winter of 1941-42", "winter 2009-2010": a season that runs into the next year is
    // named by both years and is the season of the first
    int end = c.number;
    if (end >= 0 && end < 100) end += c.year / 100 * 100 + (end < c.year % 100 ? 100 : 0);
    if (end != c.year + 1) return {};
    return season_of(c);
}
operation season_rel(const captures& c) {
    operation o = season_of(c);
    o.latent = false;
    const int shift = shift_of(c.said<side>(0));
    o.dir = shift < 0 ? direction::past : direction::future;
    o.dir_stated = shift != 0;
    o.dct_year = shift == 0;
    return o;
}

// --- days relative to the anchor ---------------------------------------------------------------
operation today(const captures&) {
    return shifted(unit::day, 0);
}
operation yesterday(const captures&) {
    return shifted(unit::day, -1);
}
operation tomorrow(const captures&) {
    return shifted(unit::day, 1);
}
operation tonight(const captures&) {
    operation o = shifted(unit::day, 0);
    o.type = timex_type::time;
    o.pod = static_cast<int>(part_of_day::night);
    return o;
}
operation day_pod(const captures& c) {
    // "this morning", "yesterday afternoon", "tomorrow night", "last night"
    operation o = shifted(unit::day, c.said(0));
    o.type = timex_type::time;
    o.pod = c.pod;
    return o;
}
operation pod_day(const captures& c) {
    operation o = shifted(unit::day, c.said(1));
    o.type = timex_type::time;
    o.pod = c.pod;
    return o;
}
operation edge_pod(const captures& c) {
    // "by mid afternoon", "in the early morning": the part of day of the day under discussion
    operation o = shifted(unit::day, 0, origin::reference);
    o.type = timex_type::time;
    o.pod = c.pod;
    o.mod = c.said<timex_mod>(1);
    return o;
}
operation the_pod(const captures& c) {
    // a bare time of day belongs to the day under discussion, else the DCT
    operation o = shifted(unit::day, 0, origin::reference);
    o.type = timex_type::time;
    o.pod = c.pod;
    return o;
}
operation pod_from_reference(const captures& c) {
    // "the next morning", "the previous night": a part of the day after (before) the one
    // under discussion
    operation o = the_pod(c);
    o.shift = c.said(1);
    return o;
}

// --- days counted past a named day, days of the month in view -----------------------------------
// "the day before yesterday": the named day's shift from the anchor, and the side stepped to
constexpr std::array named_days{named_word{"yesterday", -1}, named_word{"today", 0},
                                named_word{"tomorrow", 1}};
constexpr std::array before_after{named_word{"before", -1}, named_word{"after", 1}};
operation day_beyond(const captures& c) {
    return shifted(unit::day, c.said(3) + c.said(2));
}
/// "on the 15th": a day of the month in view (the month under discussion, else the DCT's on
/// the side the sentence reads to).
operation day_of_month_in_view(const captures& c) {
    if (c.ordinal < 1 || c.ordinal > 31) return {};
    operation o = shifted(unit::month, 0, origin::reference);
    o.day = c.ordinal;
    o.stated = field::day;
    return o;
}
/// "the 1st of next month", "the 15th of this month": a day of a month counted from the DCT.
operation day_of_rel_month(const captures& c) {
    operation o = day_of_month_in_view(c);
    if (o.kind == op_kind::none) return o;
    o.from = origin::dct;
    o.shift = c.said(3);
    o.stated |= field::month;
    return o;
}

// --- this/last/next unit -----------------------------------------------------------------------
operation rel_unit(const captures& c) {
    if (c.plural) return {};
    if (c.unit == unit::day) return {}; // "next day" needs "the"; "this day" is rare
    // "the next year" counts from the time under discussion, as "the following year" does
    if (c.has(0) && c.said<side>(1) == side::next) return {};
    return shifted(c.unit, shift_of(c.said<side>(1)));
}
operation ref_rel_unit(const captures& c) {
    if (c.plural) return {};
    return shifted(c.unit, c.said(1), origin::reference);
}
operation the_unit(const captures& c) {
    // "the week", "the month", "the year", "the quarter": the period under discussion
    if (c.plural) return {};
    if (c.unit == unit::quarter) {
        operation o = point(field::quarter);
        o.quarter = 0;
        return o;
    }
    if (c.unit != unit::year && c.unit != unit::month && c.unit != unit::week &&
        c.unit != unit::weekend)
        return {};
    // "over the weekend" in news is the one around the DCT, not one of a date told before
    if (c.unit == unit::weekend) return shifted(c.unit, 0);
    operation o = shifted(c.unit, 0, origin::reference);
    o.unknown_week = c.unit == unit::week;
    return o;
}
operation year_quarter(const captures& c) {
    // "the 1988 quarter": the quarter under discussion, in that year
    operation o = point(field::year | field::quarter);
    o.quarter = 0;
    o.year = c.year;
    return o;
}
operation latest_quarter(const captures&) {
    // the last quarter that ended before the DCT, whatever quarter was named before
    operation o = point(field::quarter);
    o.quarter = 0;
    o.dir = direction::past;
    o.dir_stated = true;
    return o;
}
operation rel_year_quarter(const captures& c) {
    // "this year's third quarter", "next year's first quarter"
    operation o = quarter_of_year(c);
    if (o.kind == op_kind::none) return o;
    o.dct_year = true;
    o.year_shift = c.said(0);
    o.stated |= field::year;
    return o;
}

operation part_of_rel_year(const captures& c) {
    // "the second half of the year", "the first quarter of next year"
    captures p = c;
    p.unit = c.said<unit>(2);
    operation o = part_of_year(p);
    if (o.kind == op_kind::none) return o;
    o.dct_year = true;
    o.year_shift = c.said(4);
    o.stated |= field::year;
    return o;
}
operation decade_year_quarter(const captures& c) {
    // "fiscal 1990's first quarter": the possessive of a year, not the decade
    captures q = c;
    q.year = c.decade * 10;
    q.unit = c.said<unit>(3);
    return part_of_year(q);
}

operation rel_month(const captures& c) {
    operation o = point(field::month);
    o.month = c.month;
    if (c.day > 0) {
        o.day = c.day;
        o.stated |= field::day;
    }
    const int s = c.said(0);
    o.dir = s < 0 ? direction::past : s > 0 ? direction::future : direction::nearest;
    o.dir_stated = s != 0;
    o.dct_year = s == 0;
    return o;
}
operation spoken_2000(const captures& c) {
    operation o = point(field::year);
    o.year = 2000 + (c.amount > 0 && c.amount < 100 ? c.amount : 0);
    return o;
}
operation month_rel_year(const captures& c) {
    // "June last year", "January this year"
    operation o = shifted(unit::year, shift_of(c.said<side>(1)));
    o.month = c.month;
    o.stated |= field::month;
    return o;
}
operation rel_weekday(const captures& c) {
    operation o = point(field::weekday);
    o.weekday = c.weekday;
    const int s = c.said(0);
    o.dir = s < 0 ? direction::past : s > 0 ? direction::future : direction::nearest;
    o.dir_stated = s != 0;
    o.ahead = s == 0; // "this Friday" from a Sunday is the coming one
    return o;
}
operation ref_rel_weekday(const captures& c) {
    // "charged the following Monday", "seen the previous Friday": from the day under discussion
    operation o = shifted(unit::day, c.said(1), origin::reference);
    o.weekday = c.weekday;
    return o;
}
operation weekday(const captures& c) {
    operation o = point(field::weekday);
    o.weekday = c.weekday;
    return o;
}
operation weekday_pod(const captures& c) {
    // the corpus convention: a weekday with a part of day stays a DATE ("Friday night")
    operation o = weekday(c);
    o.pod = c.pod;
    return o;
}
operation holiday(const captures& c) {
    operation o = point(field::month | field::day);
    o.holiday = c.holiday;
    if (c.year >= 0) {
        o.year = c.year;
        o.stated |= field::year;
    }
    return o;
}

// --- ordinal and counted units: "the week after next", "the first Tuesday of October" ---------
constexpr std::array next_or_last{named_word{"next", 1}, named_word{"last", -1}};
/// "after next" is two ahead, "before last" two back; "after last" and "before next" say nothing.
int two_over(const captures& c, std::size_t side_slot) noexcept {
    const int side = c.said(side_slot);
    return side == c.said(side_slot + 1) ? 2 * side : 0;
}
operation unit_after_next(const captures& c) {
    // "the week after next", "the year before last"
    const int n = two_over(c, 2);
    if (c.plural || n == 0 || c.unit == unit::none) return {};
    return shifted(c.unit, n);
}
/// The n-th such weekday counted from the DCT (negative: back), the DCT itself not counted.
operation nth_weekday_from_dct(int weekday, int n) {
    operation o = shifted(unit::day, n);
    o.weekday = weekday;
    o.stated = field::weekday;
    return o;
}
operation weekday_after_next(const captures& c) {
    // "Friday after next": the Friday after the coming one
    const int n = two_over(c, 1);
    return n == 0 ? operation{} : nth_weekday_from_dct(c.weekday, n);
}
operation weekdays_from_now(const captures& c) {
    // "three Fridays from now", "two Mondays ago"
    if (c.amount < 1 || c.amount > 520) return {};
    if (c.said(2) > 0 && !c.has(3)) return {}; // "from" counts only from now
    if (c.said(2) < 0 && c.has(3)) return {};
    return nth_weekday_from_dct(c.said(1), c.amount * c.said(2));
}
constexpr std::array counted_weekday_ends{named_word{"from", 1}, named_word{"ago", -1}};
// the meaning: which one of the month's such weekdays, -1 the last
constexpr std::array nth_words{named_word{"first", 1}, named_word{"second", 2},
                               named_word{"third", 3}, named_word{"fourth", 4},
                               named_word{"fifth", 5}, named_word{"last", -1},
                               named_word{"final", -1}};
operation nth_weekday_of_month(const captures& c) {
    // "the first Tuesday of October", "the last Friday in May 2026"
    operation o = point(field::month | field::weekday);
    o.month = c.month;
    o.weekday = c.weekday;
    o.nth = c.said(1);
    if (c.year >= 0) {
        o.year = c.year;
        o.stated |= field::year;
    }
    return o;
}
operation nth_weekday_of_the_month(const captures& c) {
    // "the last Friday of the month": the month under discussion, else the DCT's
    operation o = shifted(unit::month, 0, origin::reference);
    o.weekday = c.weekday;
    o.nth = c.said(1);
    o.stated = field::weekday;
    return o;
}
operation nth_weekday_of_rel_month(const captures& c) {
    // "the second Monday of next month"
    operation o = shifted(unit::month, c.said(4));
    o.weekday = c.weekday;
    o.nth = c.said(1);
    o.stated = field::weekday | field::month;
    return o;
}
// "the last day of the month", "the first day of October": the n-th day of a month (-1 its last),
// which the resolver finds as it finds the n-th weekday; the weekday stays unset.
operation nth_day_of_month(const captures& c) {
    operation o = nth_weekday_of_month(c);
    o.weekday = -1;
    o.stated = c.year >= 0 ? field::month | field::year : field::month;
    return o;
}
operation nth_day_of_the_month(const captures& c) {
    operation o = nth_weekday_of_the_month(c);
    o.weekday = -1;
    o.stated = field::none;
    return o;
}
operation nth_day_of_rel_month(const captures& c) {
    operation o = nth_weekday_of_rel_month(c);
    o.weekday = -1;
    o.stated = field::month;
    return o;
}
operation season_of_year_in_view(const captures& c) {
    // "the spring of that year", "the winter of the following year": slot 4 says which year
    operation o = shifted(unit::year, c.said(4), origin::reference);
    o.season = c.season;
    o.stated = field::none;
    return o;
}
operation season_in_view(const captures& c) {
    // "that summer", "the following spring": a season of the year under discussion, or the one
    // after (before) the time under discussion
    operation o = shifted(unit::year, c.has(1) ? c.said(1) : 0, origin::reference);
    o.season = c.season;
    o.stated = field::none;
    return o;
}

// --- N units ago / earlier / later -------------------------------------------------------------
/// The part of a unit after the whole amount: "1.5" 5/10, "3-1/2" 1/2.
struct fraction_part {
    int numerator = 0;
    int denominator = 1;
};
std::optional<fraction_part> fraction_of(const captures& c) {
    if (c.half) return fraction_part{1, 2};
    if (c.scale == 0) return std::nullopt;
    fraction_part f{c.fraction, 1};
    for (int i = 0; i < c.scale; ++i) f.denominator *= 10;
    return f;
}

/// "1.5 years ago" is 18 months ago: an amount with a fraction restated in the next smaller
/// unit, when it comes out whole there (the point is then as precise as the text).
std::optional<captures> in_smaller_unit(const captures& c, fraction_part f) {
    int per = 0;
    captures out = c;
    switch (c.unit) {
    case unit::year:
        per = 12, out.unit = unit::month;
        break;
    case unit::day:
        per = 24, out.unit = unit::hour;
        break;
    case unit::hour:
    case unit::minute:
        per = 60, out.unit = c.unit == unit::hour ? unit::minute : unit::second;
        break;
    default:
        return std::nullopt;
    }
    if (f.numerator * per % f.denominator != 0) return std::nullopt;
    out.amount = c.amount * per + f.numerator * per / f.denominator;
    out.half = false;
    out.fraction = 0;
    out.scale = 0;
    return out;
}

operation whole_ago(const captures& c);

operation fractional_ago(const captures& c, fraction_part f) {
    const std::optional<captures> whole = in_smaller_unit(c, f);
    if (!whole) return {};
    operation o = whole_ago(*whole);
    if (o.kind == op_kind::duration) { // "1.5 days later" is the span as written: P1.5D
        operation span = duration_of(c);
        span.half_more = c.half; // "3-1/2 days later" P3DT12H
        span.from = o.from;
        span.points = o.points;
        return span;
    }
    o.fraction = c.fraction; // carried: the amount is restated, not dropped
    o.scale = c.scale;
    return o;
}

operation whole_ago(const captures& c) {
    const auto a = c.said<counted>(2);
    const bool back = a == counted::back_from_dct || a == counted::back_from_reference;
    const bool from_reference =
        a == counted::back_from_reference || a == counted::on_from_reference;
    int n = c.amount < 0 ? 1 : c.amount;
    if (n > 5000) return {}; // beyond the calendar a TIMEX3 year can hold
    unit u = c.unit;
    if (u == unit::decade || u == unit::century) { // "a decade ago" is a year, not the 1980s
        n *= u == unit::decade ? 10 : 100;
        u = unit::year;
    }
    // "three days later", "an hour earlier": TimeBank writes the span (an anchored duration);
    // "a year earlier" compares periods and stays a date
    if (from_reference && (u == unit::day || u == unit::week || u == unit::hour ||
                           u == unit::minute || u == unit::second)) {
        operation o = duration_of(u, c.amount);
        o.from = origin::reference; // the span reaches a point from the time under discussion
        o.points = back ? pointing::point_back : pointing::point_on;
        return o;
    }
    operation o = shifted(u, back ? -n : n, from_reference ? origin::reference : origin::dct);
    o.shift_unknown = c.amount < 0;
    o.follow_reference = true;
    return o;
}

operation ago(const captures& c) {
    const std::optional<fraction_part> f = fraction_of(c);
    return f ? fractional_ago(c, *f) : whole_ago(c);
}
operation from_now(const captures& c) {
    if (c.amount > 5000) return {};
    operation o = shifted(c.unit, c.amount < 0 ? 1 : c.amount);
    o.shift_unknown = c.amount < 0;
    return o;
}
/// The days in `n` units that count in days, 0 for a unit of the calendar (month, year, ...).
int days_in(unit u, int n) {
    switch (u) {
    case unit::day:
        return n;
    case unit::week:
        return 7 * n;
    case unit::fortnight:
        return 14 * n;
    default:
        return 0;
    }
}
operation from_named_day(const captures& c) {
    // "a week from tomorrow", "ten days from today": the day it lands on (the anchor is a day)
    const int days = days_in(c.unit, c.amount);
    if (c.amount < 1 || days <= 0 || days > 5000) return {};
    operation o = shifted(unit::day, c.said(3) + days);
    o.dir_stated = true;
    return o;
}
operation from_weekday(const captures& c) {
    // "a week from Friday": the Friday that many weeks after the coming one
    const int weeks = days_in(c.unit, c.amount) / 7;
    if (c.amount < 1 || weeks <= 0 || weeks > 520 || days_in(c.unit, 1) < 7) return {};
    return nth_weekday_from_dct(c.weekday, 1 + weeks);
}
operation year_apart(int shift) {
    operation o = shifted(unit::year, shift, origin::reference);
    o.follow_reference = true;
    return o;
}
operation year_earlier(const captures& c) {
    return year_apart(c.said(2));
}
operation year_earlier_period(const captures& c) {
    return year_apart(c.said(3));
}

operation spoken_year(const captures& c) {
    if (c.amount < 10 || c.amount > 99) return {};
    operation o = point(field::year);
    o.year = 1900 + c.amount;
    return o;
}
operation month_spoken_year(const captures& c) {
    // "January nineteen ninety-seven", in broadcast transcripts
    if (c.amount < 10 || c.amount > 99) return {};
    operation o = point(field::month | field::year);
    o.month = c.month;
    o.year = 1900 + c.amount;
    return o;
}
operation season_spoken_year(const captures& c) {
    // "the winter of nineteen ninety-four"
    if (c.amount < 10 || c.amount > 99) return {};
    operation o = point(field::year);
    o.season = c.season;
    o.year = 1900 + c.amount;
    return o;
}
operation final_part_of_year(const captures& c) {
    // "the last half of 1989", "the final quarter of 1990"
    operation o = point(field::quarter | field::year);
    if (c.said<unit>(2) == unit::half)
        o.half = 2;
    else
        o.quarter = 4;
    o.year = c.year;
    return o;
}
operation two_quarters_of_year(const captures& c) {
    // "the first two quarters of 1990" is its first half
    operation o = point(field::quarter | field::year);
    o.half = c.said(1);
    o.year = c.year;
    return o;
}
operation decade_words(const captures& c) {
    operation o = point(field::year);
    o.decade = 190 + c.said(1);
    return o;
}
operation holiday_rel(const captures& c) {
    operation o = holiday(c);
    const int s = c.said(0);
    o.dir = s < 0 ? direction::past : s > 0 ? direction::future : direction::nearest;
    o.dir_stated = s != 0;
    return o;
}
operation that_unit(const captures& c) {
    if (c.plural) return {};
    return shifted(c.unit, 0, origin::reference);
}
operation fiscal_year_rel(const captures& c) {
    return shifted(unit::year, shift_of(c.said<side>(1)));
}

operation the_year(const captures&) {
    return shifted(unit::year, 0, origin::reference);
}
operation full_year(const captures&) {
    // "forecast an increase for the full year": the year being reported, the DCT's
    return shifted(unit::year, 0);
}
/// "year-end", "month-end", "mid-year", "midweek": an edge of the unit the DCT is in
operation edge_of_current(unit u, timex_mod mod) {
    if (u != unit::week && u != unit::month && u != unit::quarter && u != unit::year) return {};
    operation o = shifted(u, 0);
    o.mod = mod;
    return o;
}
operation unit_end(const captures& c) {
    // "week-end" is the weekend, which the lexicon reads
    if (c.plural || c.unit == unit::week) return {};
    return edge_of_current(c.unit, timex_mod::end);
}
operation mid_unit(const captures& c) {
    return c.plural ? operation{} : edge_of_current(c.unit, timex_mod::mid);
}
constexpr std::array mid_units{means("midweek", unit::week), means("midmonth", unit::month),
                               means("midyear", unit::year)};
operation mid_unit_word(const captures& c) {
    return edge_of_current(c.said<unit>(0), timex_mod::mid);
}

// --- durations ---------------------------------------------------------------------------------
operation amount_unit(const captures& c) {
    if (c.half) {
        operation o = duration_of(c.unit, c.amount);
        o.half_more = true;
        return o;
    }
    // "one days": not a phrase anyone writes ("1.5 days" is)
    if (c.amount == 1 && c.plural && c.scale == 0) return {};
    return duration_of(c);
}
operation and_a_half(const captures& c) {
    // "a minute and a half", "two years and a half"
    if (c.amount < 0) return {};
    operation o = duration_of(c.unit, c.amount);
    o.half_more = true;
    return o;
}
operation half_unit(const captures& c) {
    // "half an hour" is 30 minutes, "half a day" 12 hours: the half in the next smaller unit
    if (c.plural) return {};
    switch (c.unit) {
    case unit::hour:
        return duration_of(unit::minute, 30);
    case unit::minute:
        return duration_of(unit::second, 30);
    case unit::day:
        return duration_of(unit::hour, 12);
    case unit::year:
        return duration_of(unit::month, 6);
    case unit::decade:
        return duration_of(unit::year, 5);
    case unit::century:
        return duration_of(unit::year, 50);
    case unit::month:
        return duration_of(unit::day, 15);
    case unit::week: { // three and a half days
        operation o = duration_of(unit::week, 0);
        o.half_more = true;
        return o;
    }
    default:
        return {};
    }
}
/// "half an hour from now" (sign 1), "half a year ago" (-1): the half in the next smaller unit,
/// counted from the DCT.
operation half_unit_shifted(const captures& c, int sign) {
    const operation half = half_unit(c);
    if (half.kind != op_kind::duration || half.half_more) return {};
    return shifted(half.unit, sign * half.amount);
}
operation half_from_now(const captures& c) {
    return half_unit_shifted(c, 1);
}
operation half_ago(const captures& c) {
    return half_unit_shifted(c, -1);
}
operation hyphen_duration(const captures& c) {
    if (c.plural || c.half) return {};
    return duration_of(c);
}
operation decimal_amount_unit(const captures& c) {
    // "1.5 hours", "a 2.5-year contract": one rule, so a decimal is tried once
    return c.has(1) ? hyphen_duration(c) : amount_unit(c);
}
operation the_rel_duration(const captures& c) {
    // "the past two years", "the next few days", "the first nine months"
    if (c.amount == -2) {
        if (c.plural) return duration_of(c.unit, -1); // "the past months"
        // "the past year" points at the previous year; "the first year" is a duration
        if (c.said<span_word>(1) == span_word::back_or_previous_unit) return shifted(c.unit, -1);
        return duration_of(c.unit, 1);
    }
    operation o = duration_of(c.unit, c.amount);
    const auto w = c.said<span_word>(1);
    if (w == span_word::ahead) o.points = pointing::span_on;
    if (w == span_word::back || w == span_word::back_or_previous_unit)
        o.points = pointing::span_back;
    return o;
}
operation the_amount_unit(const captures& c) {
    if (c.amount < 0 || !c.plural) return {};
    return duration_of(c.unit, c.amount);
}

operation past_units(const captures& c) {
    // "sell programs in past years": some time before now, no span given
    if (!c.plural) return {};
    return reference_to(reference::past);
}
operation unit_long(const captures& c) {
    // "a day-long meeting", "a decades-long battle"
    return duration_of(c.unit, c.plural ? -1 : 1);
}
operation vague_span(const captures& c) {
    // "recent years", "coming weeks", "the months ahead": some years, weeks, months
    if (!c.plural) return {};
    return duration_of(c.unit, -1);
}

operation unit_before(const captures& c) {
    // "the year before", "the week before": one unit before the time under discussion
    if (c.plural || c.unit == unit::none) return {};
    return shifted(c.unit, -1, origin::reference);
}

// --- sets ------------------------------------------------------------------------------------
operation every_weekday(const captures& c) {
    operation o = set_of(weekday(c));
    return o;
}
operation every_unit(const captures& c) {
    if (c.plural) return {};
    operation o = duration_of(c.unit, 1);
    return set_of(o);
}
operation every_n_units(const captures& c) {
    // "every 2 weeks", "every 15 minutes"; "every other week" is every second one
    const int n = c.has(1) && c.amount < 0 ? 2 : c.amount;
    if (n < 2 || n > 1000 || (c.amount >= 0 && !c.plural) || (c.amount < 0 && c.plural)) return {};
    return set_of(duration_of(c.unit, n));
}
operation every_pod(const captures& c) {
    // "every morning", "each night": a part of every day
    operation o = point();
    o.pod = c.pod;
    return set_of(o);
}
operation per_unit(const captures& c) {
    // "300 deaths per year"; "per second", "per hour" measure speed, which TimeML leaves out
    if (c.plural || c.unit == unit::second || c.unit == unit::minute || c.unit == unit::hour)
        return {};
    return set_of(duration_of(c.unit, 1));
}
operation every_month(const captures& c) {
    operation o = point(field::month);
    o.month = c.month;
    return set_of(o);
}
operation every_season(const captures& c) {
    // "every summer", "each winter"
    operation o = point();
    o.season = c.season;
    return set_of(o);
}
operation adverb_set(const captures& c) {
    const unit u = c.said<unit>(0);
    return set_of(u == unit::fortnight ? duration_of(unit::week, 2) : duration_of(u, 1));
}
operation weekday_pods(const captures& c) {
    // "Tuesday nights": every Tuesday night
    operation o = set_of(weekday(c));
    o.pod = c.said(1);
    return o;
}
operation plural_weekday(const captures& c) {
    captures d = c;
    d.weekday = c.said(0);
    return set_of(weekday(d));
}

// --- references --------------------------------------------------------------------------------
operation present(const captures&) {
    return reference_to(reference::present);
}
operation past(const captures&) {
    return reference_to(reference::past);
}
operation future(const captures&) {
    return reference_to(reference::future);
}

// --- clock times -------------------------------------------------------------------------------
operation clock(const captures& c) {
    // a bare time of day belongs to the day under discussion, else the DCT
    operation o = shifted(unit::day, 0, origin::reference);
    o.stated = field::hour | field::minute;
    o.type = timex_type::time;
    o.hour = c.hour;
    o.minute = c.minute;
    o.second = c.second;
    o.zone = c.zone;
    if (c.zone) o.stated |= field::zone;
    return o;
}
operation clock_in_pod(const captures& c) {
    // "4 in the morning", "nine in the evening": an hour of the clock told by the part of day
    const int h = c.amount;
    if (h < 1 || h > 12 || c.hour >= 0) return {};
    const auto pod = static_cast<part_of_day>(c.pod);
    int hour = h == 12 ? 0 : h;
    if (pod == part_of_day::afternoon || pod == part_of_day::evening ||
        (pod == part_of_day::night && h >= 6))
        hour += 12;
    else if (pod != part_of_day::morning && pod != part_of_day::night)
        return {};
    captures k = c;
    k.hour = hour == 0 && pod == part_of_day::night ? 24 : hour;
    k.minute = 0;
    return clock(k);
}
operation noon(const captures& c) {
    // a bare time of day belongs to the day under discussion, else the DCT
    operation o = shifted(unit::day, 0, origin::reference);
    o.type = timex_type::time;
    o.stated = field::hour;
    o.hour = c.said(0);
    o.minute = 0;
    o.zone = c.zone;
    return o;
}

// --- clock -----------------------------------------------------------------------------------
// The clock told in words ("half past three", "ten thirty", "five o'clock") and the 24-hour
// "1530 GMT". A bare "at 9" is a time only beside its day ("Monday at 9"), which the refiner
// that joins a day and its time reads (refine/clock.cpp).
constexpr std::array hour_words{
    named_word{"one", 1},   named_word{"two", 2},     named_word{"three", 3},
    named_word{"four", 4},  named_word{"five", 5},    named_word{"six", 6},
    named_word{"seven", 7}, named_word{"eight", 8},   named_word{"nine", 9},
    named_word{"ten", 10},  named_word{"eleven", 11}, named_word{"twelve", 12}};
/// "ten thirty", "seven forty-five": the minutes said after the hour, and the ones after a hyphen
constexpr std::array spoken_minutes{named_word{"fifteen", 15}, named_word{"twenty", 20},
                                    named_word{"thirty", 30}, named_word{"forty", 40},
                                    named_word{"fifty", 50}};
constexpr std::array spoken_ones{named_word{"five", 5}};
/// "half past three", "a quarter to five": minutes before (-) or after (+) the hour
constexpr std::array hour_fractions{named_word{"quarter", 15}, named_word{"half", 30}};
constexpr std::array past_or_to{named_word{"past", 1}, named_word{"after", 1}, named_word{"to", -1},
                                named_word{"till", -1}, named_word{"til", -1}};
/// "twenty past six", "ten past nine"
constexpr std::array minutes_past{named_word{"five", 5}, named_word{"ten", 10},
                                  named_word{"twenty", 20}};

constexpr slot own(std::span<const named_word> words) noexcept {
    return {slot_kind::word, {}, true, words};
}

/// A clock time at `hour` (1-12 as said, no a.m. or p.m.) plus `minutes`, which may be
/// negative ("a quarter to five" is 4:45); none when the hour is not one of the clock.
operation told(int hour, int minutes, const captures& c) {
    if (hour < 1 || hour > 12) return {};
    captures k = c;
    k.hour = hour;
    k.minute = minutes;
    if (minutes < 0) {
        k.hour = hour == 1 ? 12 : hour - 1;
        k.minute = 60 + minutes;
    }
    return clock(k);
}
/// The hour of a told time, as a word (slot `at`) or as digits.
int said_hour(const captures& c, std::size_t at) {
    return c.has(at) && c.said(at) > 0 ? c.said(at) : c.number;
}
operation o_clock(const captures& c) {
    return told(said_hour(c, 0), 0, c); // "five o'clock", "5 o'clock"
}
operation hour_fraction(const captures& c) {
    // "half past three", "a quarter to five"; "half to" is no English clock
    const int sign = c.said(2);
    if (sign < 0 && c.said(1) == 30) return {};
    return told(said_hour(c, 3), sign * c.said(1), c);
}
operation minutes_past_hour(const captures& c) {
    return told(said_hour(c, 2), c.said(0), c); // "twenty past six"
}
/// "a half hour", "a quarter-hour": the minutes the fraction of an hour names (slot `at`)
operation hour_fraction_span(const captures& c, std::size_t at) {
    return duration_of(unit::minute, c.said(at));
}
operation a_fraction_hour(const captures& c) {
    return hour_fraction_span(c, 1);
}
operation fraction_hour(const captures& c) {
    return hour_fraction_span(c, 0);
}
/// "half past 5 pm", "a quarter to 8 p.m.": the clock slot read the hour with its meridiem (in
/// c.hour, 0-23); the told minutes move it. "half past 5:30 pm" is no time.
operation told_on_clock(const captures& c, int minutes) {
    if (!c.meridiem || c.minute > 0 || c.hour < 0) return {};
    constexpr int day_minutes = 24 * 60;
    const int at = (c.hour * 60 + minutes + day_minutes) % day_minutes;
    captures k = c;
    k.hour = at / 60;
    k.minute = at % 60;
    return clock(k);
}
operation hour_fraction_clock(const captures& c) {
    const int sign = c.said(2);
    if (sign < 0 && c.said(1) == 30) return {};
    return told_on_clock(c, sign * c.said(1));
}
operation minutes_past_clock(const captures& c) {
    return told_on_clock(c, c.said(0));
}
operation spoken_clock(const captures& c) {
    // "ten thirty", "seven forty-five"; "ten thirty-somethings" is a count
    if (c.has(2) != c.has(3)) return {};
    return told(c.said(0), c.said(1) + (c.has(3) ? c.said(3) : 0), c);
}
operation clock_then_pod(const captures& c) {
    // "5:30 in the evening", "7 p.m. in the evening": the part of day sets the half of the clock
    const auto pod = static_cast<part_of_day>(c.pod);
    captures k = c;
    if (c.hour < 12 && !c.meridiem &&
        (pod == part_of_day::afternoon || pod == part_of_day::evening ||
         (pod == part_of_day::night && c.hour >= 6)))
        k.hour += 12;
    return clock(k);
}
operation military_clock(const captures& c) {
    // "1530 GMT", "0900 GMT": hours and minutes in four digits, with the zone that makes
    // them a time (refine/clock.cpp keeps only four-digit numbers)
    const int h = c.number / 100;
    const int m = c.number % 100;
    if (c.number < 0 || h > 23 || m > 59) return {};
    captures k = c;
    k.hour = h;
    k.minute = m;
    return clock(k);
}

// --- ranges: two ends of one span, "July 13-15", "from Monday to Friday" ----------------------
/// The begin's operation made a range ending at what `end` read; a year stated at the end
/// belongs to both ends ("July 13-15, 2013"), as does a zone ("3:30 to 6 PM ET").
operation range_to(operation begin, const captures& end) {
    begin.range = true;
    begin.to = {end.year, end.month,  end.day,    end.weekday,
                end.hour, end.minute, end.decade, end.zone};
    return begin;
}
/// The begin's captures, with what the end says of both; a begin in a later month than the
/// end's is in the year before ("Dec. 28 to Jan. 3, 2026").
captures begin_of(const captures& end) {
    captures b = *end.begin;
    if (b.year < 0 && end.year >= 0)
        b.year = b.month > 0 && end.month > 0 && b.month > end.month ? end.year - 1 : end.year;
    if (!b.zone) b.zone = end.zone;
    return b;
}
/// Every range rule opens with a slot for "from" or "between", which is no part of the begin's
/// text; a range without one has a bare begin.
operation range_to(const captures& begin, operation o, const captures& end) {
    o = range_to(o, end);
    o.begin_token = begin.has(0) ? 1 : 0;
    return o;
}
operation range_days(const captures& c) {
    // "July 13-15", "July 13-15, 2013": the second number is a later day of the same month
    const captures b = begin_of(c);
    if (c.day <= b.day) return {};
    return range_to(b, month_day(b), c);
}
operation range_days_first(const captures& c) {
    // "14-15 November 1940": the month after the second day is both days'
    captures b = begin_of(c);
    b.month = c.month;
    if (c.day <= b.day) return {};
    return range_to(b, month_day(b), c);
}
operation range_dates(const captures& c) {
    // "between May 1 and June 30", "Dec. 28 to Jan. 3"
    const captures b = begin_of(c);
    return range_to(b, month_day(b), c);
}
operation range_months(const captures& c) {
    // "Jan.-March", "from January to March 2025"
    const captures b = begin_of(c);
    if (b.month == c.month) return {};
    operation o = month_year(b);
    o.latent = false; // two month names joined by "to" or a dash support each other
    return range_to(b, o, c);
}
operation range_weekdays_of(const captures& b, const captures& e) {
    if (b.weekday == e.weekday) return {};
    return range_to(b, weekday(b), e);
}
operation range_weekdays(const captures& c) {
    // "from Monday to Friday", "Monday through Thursday"
    return range_weekdays_of(begin_of(c), c);
}
operation range_clocks(const captures& c) {
    // "3:30 to 6 PM": a begin without a.m./p.m. takes the end's half of the day when it fits
    captures b = begin_of(c);
    if (!b.meridiem && c.meridiem && b.hour < 12 && c.hour >= 12 && b.hour + 12 <= c.hour)
        b.hour += 12;
    return range_to(b, clock(b), c);
}
operation range_short_weekdays(const captures& c) {
    // "Mon-Fri", "Tues-Thurs": the short forms joined by a dash support each other
    captures b = begin_of(c);
    b.weekday = c.said(1);
    captures e = c;
    e.weekday = c.said(4);
    return range_weekdays_of(b, e);
}
operation range_years(const captures& c) {
    // "2025-26" (the end's last two digits), "2025-2026", "from 1990 to 1995"
    const captures b = begin_of(c);
    captures e = c;
    if (e.year < 0 && e.number >= 1000) e.year = e.number;
    if (e.year < 0 && e.number >= 0 && e.number < 100) e.year = b.year / 100 * 100 + e.number;
    if (e.year <= b.year || e.year - b.year > 100) return {};
    return range_to(b, year_only(b), e);
}
operation range_decades(const captures& c) {
    // "the 1990s to the 2000s"
    const captures b = begin_of(c);
    if (c.decade <= b.decade) return {};
    return range_to(b, ten_years(b), c); // a range's ends are both decades
}

// --- eras: "44 BC", "AD 79", "the 5th century BC"; ranges joined by a dash or "through" -------
/// What an era word says of the year before or after it: -1 counts back from 1 BC.
constexpr std::array eras{named_word{"bc", -1}, named_word{"bce", -1}, named_word{"ad", 1},
                          named_word{"ce", 1}};
/// The letters of "B.C." and "A.D.", each read alone between periods: b+c or a+d.
constexpr std::array era_first{named_word{"b", -1}, named_word{"a", 1}};
constexpr std::array era_second{named_word{"c", -1}, named_word{"d", 1}};

operation era_year(const captures& c, int era) {
    // "44 BC", "79 AD": a year of any size, stated; TIMEX3 writes the first with a BC prefix
    operation o = point(field::year);
    o.year = c.number;
    o.era = static_cast<std::int8_t>(era);
    if (c.number < 1) o.kind = op_kind::none;
    return o;
}
operation year_era(const captures& c) {
    return era_year(c, c.said(1));
}
operation season_of_era_year(const captures& c) {
    // "the spring of 44 BC"
    operation o = era_year(c, c.said(4));
    o.season = c.season;
    return o;
}
operation year_dotted_era(const captures& c) {
    // "44 B.C.", "79 A.D.": the two letters must name one era
    if (c.said(1) != c.said(3)) return {};
    return era_year(c, c.said(1));
}
operation era_before_year(const captures& c) {
    return era_year(c, 1); // "AD 79"
}
operation dotted_era_before_year(const captures& c) {
    return era_year(c, 1); // "A.D. 79"
}
/// "the first half of the 20th century" is its start, "the second half" its end
constexpr std::array halves{means("first", timex_mod::start), means("second", timex_mod::end),
                            means("latter", timex_mod::end), means("last", timex_mod::end)};
operation half_of_century(const captures& c) {
    operation o = century(c);
    o.mod = c.said<timex_mod>(1);
    return o;
}
operation decade_of_century(const captures& c) {
    // "the first decade of the 20th century" is the 1900s, "the last decade of the 19th" the 1890s
    if (c.ordinal < 1 || c.ordinal > 30) return {};
    const int nth = c.said(1);
    operation o = point(field::year);
    o.decade = (c.ordinal - 1) * 10 + (nth < 0 ? 9 : nth - 1);
    return o;
}
operation century_era(const captures& c) {
    // "the 5th century BC" is BC04, "the 2nd century AD" 01
    operation o = century(c);
    o.era = c.said<std::int8_t>(3);
    return o;
}

// --- everyday ----------------------------------------------------------------------------------
// What people type in e-mail, chat and to assistants: "November the 5th", "Friday the 19th",
// "monday next week", "end of month", "half past 9", "next sat".
// The day is in figures: a spelled ordinal there mostly counts things ("in June the first
// barges arrived", "on Friday the third round begins").
operation month_the_ordinal(const captures& c) {
    // "November the 5th"
    return month_day(c);
}
operation weekday_the_ordinal(const captures& c) {
    // "Friday the 19th": the day of the month in view. No comma between: "Friday, the fourth
    // decline in five days" counts declines.
    captures d = c;
    d.ordinal = c.day;
    return day_of_month_in_view(d);
}
/// "monday next week", "Tuesday of next week", "next week Tuesday": that day of the week
/// counted from the DCT's; the shift is what the word in slot `side` says.
operation weekday_in_rel_week(const captures& c, std::size_t side) {
    operation o = shifted(unit::week, c.said(side));
    o.weekday = c.weekday;
    o.stated |= field::weekday;
    return o;
}
operation weekday_of_rel_week(const captures& c) {
    return weekday_in_rel_week(c, 1);
}
operation weekday_of_the_rel_week(const captures& c) {
    return weekday_in_rel_week(c, 2);
}
operation rel_week_weekday(const captures& c) {
    return weekday_in_rel_week(c, 0);
}
constexpr std::array edges_of{means("end", timex_mod::end), means("beginning", timex_mod::start),
                              means("start", timex_mod::start), means("middle", timex_mod::mid)};
operation edge_of_the_long_unit(const captures& c) {
    // "by the end of the decade", "the beginning of the century", "by the end of the week": of
    // the one under discussion ("the decade" alone is too often a description to stand as a
    // time, and TimeBank writes "the week" alone as a week it does not know)
    if (c.plural || (c.unit != unit::decade && c.unit != unit::century && c.unit != unit::week))
        return {};
    operation o = shifted(c.unit, 0, origin::reference);
    o.mod = c.said<timex_mod>(1);
    return o;
}
operation edge_of_unit(const captures& c) {
    // "end of month", "start of week": without the article, the unit the DCT is in
    if (c.plural || c.unit == unit::fortnight || c.unit > unit::year) return {};
    if (c.unit < unit::day) return {};
    operation o = shifted(c.unit, 0);
    o.mod = c.said<timex_mod>(0);
    return o;
}
// "by end of day Friday", "the end of the day tomorrow", "EOD Thursday": the end of that day.
// Not "the close of business Thursday": TimeML reads "close" as the event, "Thursday" the time.
operation ending(operation day) {
    day.mod = timex_mod::end;
    return day;
}
operation closing_of_day_word(const captures& c) {
    return ending(shifted(unit::day, c.said(6)));
}
operation closing_of_weekday(const captures& c) {
    return ending(weekday(c));
}
operation eod_day_word(const captures& c) {
    return ending(shifted(unit::day, c.said(1)));
}
operation eod_today(const captures& c) {
    return ending(today(c));
}
// "this sat", "next wed": short weekdays that are also words, read only after these
constexpr std::array word_short_weekdays{named_word{"mon", 1}, named_word{"wed", 3},
                                         named_word{"sat", 6}};
constexpr std::array next_this{named_word{"next", 1}, named_word{"this", 0},
                               named_word{"coming", 1}};
// "this sun" is more often the sun overhead
constexpr std::array sun_weekday{named_word{"sun", 7}};
constexpr std::array next_only{named_word{"next", 1}, named_word{"coming", 1}};
operation short_weekday_clock(const captures& c) {
    // "Sat 3pm", "wed at 10:30": a clock with its meridiem or minutes makes the word a day
    // ("sat at 10 Downing Street" does not)
    if (!c.meridiem && c.minute < 0) return {};
    captures d = c;
    d.weekday = c.said(0);
    operation o = weekday(d);
    o.type = timex_type::time;
    o.hour = c.hour;
    o.minute = c.minute;
    o.zone = c.zone;
    o.stated |= field::hour | field::minute;
    if (c.zone) o.stated |= field::zone;
    return o;
}
// "this time tomorrow", "same time next week": the DCT's clock time that many days on (the day
// alone when the DCT has no time)
operation this_time_day(const captures& c) {
    return shifted(unit::hour, 24 * c.said(2));
}
operation this_time_week(const captures& c) {
    return shifted(unit::hour, 7 * 24 * c.said(2));
}
operation rel_short_weekday(const captures& c) {
    // "next sat", "this sat"
    captures d = c;
    d.weekday = c.said(1);
    return rel_weekday(d);
}
operation this_coming_weekday(const captures& c) {
    // "this coming Friday", "this coming sat": the next one ahead
    captures d = c;
    if (c.said(2) > 0) d.weekday = c.said(2);
    d.meaning[0] = 1;
    return rel_weekday(d);
}
constexpr std::array past_after{named_word{"past", 1}, named_word{"after", 1}};

constexpr std::array all_rules{
    // explicit dates
    rule{"date_mdy", "Sept. 17, 2025", {s(K::month), s(K::day), op_(","), s(K::year)}, full_date},
    rule{
        "date_dmy", "17 September 2025", {s(K::day), s(K::month), op_(","), s(K::year)}, full_date},
    rule{"date_the_dom",
         "the 17th of September",
         {ow("the"), s(K::day), w("of"), s(K::month), op_(","), o(K::year)},
         month_day},
    rule{"date_the_dom_words",
         "the ninth of April",
         {ow("the"), s(K::day_word), w("of"), s(K::month), op_(","), o(K::year)},
         month_day},
    rule{"date_mdy_words",
         "April nine, 1987",
         {s(K::month), s(K::day_word), op_(","), s(K::year)},
         full_date},
    rule{"date_md_words", "March twenty-first", {s(K::month), s(K::day_word)}, month_day},
    rule{"date_wmdy",
         "Monday, Oct. 26, 1998",
         {s(K::weekday), op_(","), s(K::month), s(K::day), op_(","), s(K::year)},
         full_date},
    rule{"date_wmd",
         "Monday, Oct. 26",
         {s(K::weekday), op_(","), s(K::month), s(K::day)},
         month_day},
    rule{"date_wmd_words",
         "Sunday, March eighth",
         {s(K::weekday), op_(","), s(K::month), s(K::day_word)},
         month_day},
    rule{"spoken_year", "nineteen ninety-six", {w("nineteen"), s(K::amount)}, spoken_year},
    rule{"month_spoken_year",
         "January nineteen ninety-seven",
         {s(K::month), op_(","), w("nineteen"), s(K::amount)},
         month_spoken_year},
    rule{"season_spoken_year",
         "the winter of nineteen ninety-four",
         {ow("the"), s(K::season), ow("of"), w("nineteen"), s(K::amount)},
         season_spoken_year},
    rule{"final_part_of_year",
         "the last half of 1989",
         {ow("the"), w("last|final"), wn(half_or_quarter), w("of"), s(K::year)},
         final_part_of_year},
    rule{"two_quarters_of_year",
         "the first two quarters of 1990",
         {ow("the"), wn(first_or_last), w("two"), w("quarters"), w("of"), s(K::year)},
         two_quarters_of_year},
    rule{"decade_words", "the nineties", {ow("the"), wn(decades)}, decade_words},
    rule{"that_unit", "that year", {w("that"), ow("same"), s(K::unit)}, that_unit},
    rule{"fiscal_year_rel",
         "the current fiscal year",
         {ow("the"), wn(rel), w("fiscal"), w("year")},
         fiscal_year_rel,
         rule_id::fiscal_year_rel},
    rule{"week_of_day",
         "the week of March 6",
         {w("the"), w("week"), w("of"), s(K::month), s(K::day)},
         week_of_day},
    rule{"week_of_date",
         "the week of March 6, 2000",
         {w("the"), w("week"), w("of"), s(K::month), s(K::day), op_(","), s(K::year)},
         week_of_day},
    rule{"date_md", "Sept. 17", {s(K::month), s(K::day)}, month_day},
    rule{"date_dm", "17 September", {s(K::day), s(K::month)}, month_day},
    rule{"date_my", "September 2025", {s(K::month), op_(","), s(K::year)}, month_year},
    rule{"date_m_of_y", "September of 2025", {s(K::month), w("of"), s(K::year)}, month_year},
    rule{"date_m", "September", {s(K::month)}, month_year, rule_id::date_m},
    rule{"date_y", "2025", {s(K::year)}, year_only, rule_id::date_y},
    rule{"date_fiscal_y",
         "fiscal 1989",
         {ow("the"), w("fiscal"), ow("year"), s(K::year)},
         year_only,
         rule_id::date_fiscal_y},
    rule{"date_year_y", "the year 2000", {ow("the"), w("year"), s(K::year)}, year_only},
    rule{"date_numeric",
         "9/17/2025",
         {s(K::number), p("/"), s(K::day), p("/"), s(K::year)},
         numeric_mdy},
    rule{"date_numeric_y2",
         "9/17/25",
         {s(K::number), p("/"), s(K::day), p("/"), s(K::amount)},
         numeric_mdy2},
    rule{"date_iso", "2025-09-17", {s(K::year), p("-"), s(K::number), p("-"), s(K::day)}, iso_date},
    rule{"decade", "the 1990s", {ow("the"), s(K::decade)}, decade},
    rule{"century", "the 21st century", {ow("the"), s(K::ordinal), w("century")}, century},
    rule{"decade_of_century",
         "the first decade of the 20th century",
         {ow("the"), wn(nth_words), w("decade"), w("of"), w("the"), s(K::ordinal), w("century")},
         decade_of_century},
    rule{"half_of_century",
         "the first half of the 20th century",
         {ow("the"), wn(halves), w("half"), w("of"), w("the"), s(K::ordinal), w("century")},
         half_of_century},
    // numeric and informal forms
    rule{"date_numeric_md",
         "2/15",
         {s(K::number), p("/"), s(K::day)},
         numeric_md,
         rule_id::numeric_md},
    rule{"date_numeric_my",
         "04/2016",
         {s(K::number), p("/"), s(K::year)},
         numeric_my,
         rule_id::numeric_my},
    rule{"date_ymd_slash",
         "2012/8/10",
         {s(K::year), p("/"), s(K::number), p("/"), s(K::day)},
         iso_date},
    rule{"date_dmy_hyphen",
         "10-August-2012",
         {s(K::day), p("-"), s(K::month), p("-"), s(K::year)},
         full_date},
    rule{"date_my_hyphen", "Aug-2012", {s(K::month), p("-"), s(K::year)}, month_year},
    rule{"date_iso_time",
         "2025-09-17T13:15:30Z",
         {s(K::year), p("-"), s(K::number), p("-"), s(K::iso_time)},
         iso_timestamp},
    rule{"date_md_year2",
         "Aug. 9, '96",
         {s(K::month), s(K::day), p(","), s(K::year2)},
         month_day_year2},
    rule{"date_short_wmd",
         "Mon, February 18",
         {wn(short_weekdays), op_("."), p(","), s(K::month), s(K::day)},
         month_day},
    rule{"date_short_wmdy",
         "Sat., Feb. 9, 2019",
         {wn(short_weekdays), op_("."), p(","), s(K::month), s(K::day), op_(","), s(K::year)},
         full_date},
    rule{"date_w_numeric",
         "Friday, 10/3",
         {s(K::weekday), op_(","), s(K::number), p("/"), s(K::day)},
         numeric_md},
    rule{"date_short_w_numeric",
         "Sat, 10/4",
         {wn(short_weekdays), p(".|,"), op_(","), s(K::number), p("/"), s(K::day)},
         numeric_md},
    rule{"date_plain_w_numeric",
         "Fri 10/3",
         {wn(plain_short_weekdays), s(K::number), p("/"), s(K::day)},
         numeric_md},
    // ranges: slot 0 "from" or "between", then the begin; the end from the slot `range_end`
    // names. A year after the end belongs to both ends.
    rule{"range_days",
         "July 13-15, 2013",
         {ow("from"), s(K::month), s(K::day), p("-"), s(K::day), op_(","), o(K::year)},
         range_days,
         rule_id::other,
         4},
    rule{"range_days_dm",
         "14-15 November 1940",
         {ow("from"), s(K::day), p("-"), s(K::day), s(K::month), op_(","), o(K::year)},
         range_days_first,
         rule_id::other,
         3},
    rule{"range_days_dm_to",
         "from 14 to 16 November",
         {w("from"), s(K::day), w("to|through|until|till"), s(K::day), s(K::month), op_(","),
          o(K::year)},
         range_days_first,
         rule_id::other,
         3},
    rule{"range_dates_dm",
         "from 21 February to 18 December 1916",
         {ow("from"), s(K::day), s(K::month), w("to|through|until|till"), s(K::day), s(K::month),
          op_(","), o(K::year)},
         range_dates,
         rule_id::other,
         4},
    rule{"range_dates_dm_dash",
         "28 June - 2 July",
         {ow("from"), s(K::day), s(K::month), p("-"), s(K::day), s(K::month), op_(","), o(K::year)},
         range_dates,
         rule_id::other,
         4},
    rule{"range_dates_dm_between",
         "between 1 May and 30 June",
         {w("between"), s(K::day), s(K::month), w("and"), s(K::day), s(K::month), op_(","),
          o(K::year)},
         range_dates,
         rule_id::other,
         4},
    rule{"range_dates",
         "from Dec. 28 to Jan. 3, 2026",
         {ow("from"), s(K::month), s(K::day), w("to|through|until|till"), s(K::month), s(K::day),
          op_(","), o(K::year)},
         range_dates,
         rule_id::other,
         4},
    rule{"range_dates_between",
         "between May 1 and June 30, 2025",
         {w("between"), s(K::month), s(K::day), w("and"), s(K::month), s(K::day), op_(","),
          o(K::year)},
         range_dates,
         rule_id::other,
         4},
    rule{"range_months",
         "Jan.-March 2025",
         {ow("from"), s(K::month), p("-|/"), s(K::month), op_(","), o(K::year)},
         range_months,
         rule_id::other,
         3},
    rule{"range_months_to",
         "from January to March 1453",
         {ow("from"), s(K::month), w("to|through|until|till"), s(K::month), op_(","), o(K::year)},
         range_months,
         rule_id::other,
         3},
    rule{"range_months_between",
         "between January and March 2024",
         {w("between"), s(K::month), w("and"), s(K::month), op_(","), o(K::year)},
         range_months,
         rule_id::other,
         3},
    rule{"range_weekdays",
         "from Monday to Friday",
         {ow("from"), s(K::weekday), w("to|through|thru|until|till"), s(K::weekday)},
         range_weekdays,
         rule_id::other,
         3},
    rule{"range_weekdays_between",
         "between Monday and Wednesday",
         {w("between"), s(K::weekday), w("and"), s(K::weekday)},
         range_weekdays,
         rule_id::other,
         3},
    rule{"range_clocks",
         "3:30 to 6 PM",
         {ow("from"), s(K::clock), w("to|until|till"), s(K::clock), o(K::zone)},
         range_clocks,
         rule_id::other,
         3},
    rule{"range_clocks_dash",
         "9:30 - 11:00",
         {ow("from"), s(K::clock), p("-"), s(K::clock), o(K::zone)},
         range_clocks,
         rule_id::other,
         3},
    rule{"range_clocks_between",
         "between 9 a.m. and noon",
         {w("between"), s(K::clock), w("and"), s(K::clock), o(K::zone)},
         range_clocks,
         rule_id::other,
         3},
    rule{"range_years",
         "2025-26",
         {ow("from"), s(K::year), p("-|/"), s(K::number)},
         range_years,
         rule_id::other,
         3},
    rule{"range_years_to",
         "from 1990 to 1995",
         {w("from"), s(K::year), w("to|through|until|till"), s(K::year)},
         range_years,
         rule_id::other,
         3},
    rule{"range_years_between",
         "between 1982 and 1992",
         {w("between"), s(K::year), w("and"), s(K::year)},
         range_years,
         rule_id::other,
         3},
    rule{"range_decades",
         "the 1990s to the 2000s",
         {ow("from"), ow("the"), s(K::decade), w("to|through|until|till"), ow("the"), s(K::decade)},
         range_decades,
         rule_id::other,
         4},
    // eras; ranges joined by a dash or "through"
    rule{"year_era", "490 BCE", {s(K::number), wn(eras)}, year_era},
    rule{"season_of_era_year",
         "the spring of 44 BC",
         {ow("the"), s(K::season), w("of"), s(K::number), wn(eras)},
         season_of_era_year},
    rule{"year_dotted_era",
         "44 B.C.",
         {s(K::number), wn(era_first), p("."), wn(era_second), p(".")},
         year_dotted_era},
    rule{"era_year", "AD 79", {w("ad"), s(K::number)}, era_before_year},
    rule{"dotted_era_year",
         "A.D. 79",
         {w("a"), p("."), w("d"), p("."), s(K::number)},
         dotted_era_before_year},
    rule{"century_era",
         "the 5th century BC",
         {ow("the"), s(K::ordinal), w("century"), wn(eras)},
         century_era},
    rule{"range_weekdays_dash",
         "Monday-Friday",
         {ow("from"), s(K::weekday), p("-"), s(K::weekday)},
         range_weekdays,
         rule_id::other,
         3},
    rule{"range_short_weekdays",
         "Mon-Fri",
         {ow("from"), wn(short_weekdays), op_("."), p("-"), wn(short_weekdays), op_(".")},
         range_short_weekdays,
         rule_id::other,
         4},
    rule{"range_short_weekdays_to",
         "from Mon to Fri",
         {ow("from"), wn(plain_short_weekdays), op_("."), w("to|through|thru|until|till"),
          wn(plain_short_weekdays), op_(".")},
         range_short_weekdays,
         rule_id::other,
         4},
    rule{"range_dates_dash",
         "Dec. 28 - Jan. 3",
         {ow("from"), s(K::month), s(K::day), p("-"), s(K::month), s(K::day), op_(","), o(K::year)},
         range_dates,
         rule_id::other,
         4},
    rule{"range_days_through",
         "July 13 through 15",
         {ow("from"), s(K::month), s(K::day), w("through|thru"), s(K::day), op_(","), o(K::year)},
         range_days,
         rule_id::other,
         4},
    // quarters, halves, seasons
    rule{"quarter_of_year",
         "the fourth quarter of 2025",
         {ow("the"), s(K::ordinal), ow("fiscal"), w("quarter"), w("of"), ow("fiscal"), s(K::year)},
         quarter_of_year},
    rule{"quarter",
         "the third quarter",
         {ow("the"), ow("fiscal"), s(K::ordinal), ow("fiscal"), w("quarter")},
         quarter_of_year},
    rule{"quarter_year_first",
         "the 1988 second quarter",
         {ow("the"), s(K::year), ow("fiscal"), s(K::ordinal), w("quarter")},
         quarter_of_year},
    rule{
        "quarter_hyphen", "fourth-quarter", {s(K::ordinal), p("-"), w("quarter")}, quarter_of_year},
    rule{"quarter_code", "Q3 2025", {s(K::code), o(K::year)}, part_of_year},
    rule{"part_of_rel_year",
         "the second half of the year",
         {ow("the"), s(K::ordinal), wn(half_or_quarter), w("of"), wn(which_year), w("year")},
         part_of_rel_year},
    rule{"decade_year_quarter",
         "fiscal 1990's first quarter",
         {ow("fiscal"), s(K::decade), s(K::ordinal), wn(half_or_quarter)},
         decade_year_quarter},
    rule{"half_of_year",
         "the first half of 2026",
         {ow("the"), s(K::ordinal), w("half"), w("of"), s(K::year)},
         half_of_year},
    rule{"half", "the second half", {ow("the"), s(K::ordinal), w("half")}, half_of_year},
    rule{"half_hyphen", "second-half", {s(K::ordinal), p("-"), w("half")}, half_of_year},
    rule{"season_year", "summer 2025", {ow("the"), s(K::season), ow("of"), s(K::year)}, season_of},
    rule{"season_year2",
         "the summer of '69",
         {ow("the"), s(K::season), w("of"), s(K::year2)},
         two_digit_year},
    rule{"date_y2", "'08", {s(K::year2)}, two_digit_year, rule_id::date_y2},
    rule{"season_years",
         "the winter of 1941-42",
         {ow("the"), s(K::season), ow("of"), s(K::year), p("-"), s(K::number)},
         season_of_years},
    rule{"season", "the summer", {ow("the"), s(K::season)}, season_of},
    rule{"season_rel", "last fall", {wn(rel), s(K::season)}, season_rel},
    // relative to the DCT
    rule{"today", "today", {w("today")}, today, rule_id::today},
    rule{"yesterday", "yesterday", {w("yesterday|yday")}, yesterday, rule_id::yesterday},
    rule{"tomorrow", "tomorrow", {w("tomorrow|tmrw")}, tomorrow, rule_id::tomorrow},
    rule{"tonight", "tonight", {w("tonight|tonite")}, tonight},
    rule{"day_pod", "this morning", {wn(day_of_pod), s(K::pod)}, day_pod},
    rule{"rel_unit", "next week", {ow("the"), wn(rel), s(K::unit)}, rel_unit, rule_id::rel_unit},
    rule{"this_past_unit", "this past weekend", {w("this"), wn(past_only), s(K::unit)}, rel_unit},
    rule{"ref_rel_unit", "the following year", {w("the"), wn(ref_rel), s(K::unit)}, ref_rel_unit},
    rule{"the_unit", "the year", {w("the"), s(K::unit)}, the_unit, rule_id::the_unit},
    rule{"unit_before",
         "the year before",
         {w("the"), s(K::unit), w("before")},
         unit_before,
         rule_id::unit_before},
    rule{"latest_quarter",
         "the latest quarter",
         {w("the"), w("latest|recent|most"), ow("recent"), ow("fiscal"), w("quarter|period")},
         latest_quarter},
    rule{"rel_year_quarter",
         "this year's third quarter",
         {wn(last_next_this), w("year"), p("'"), w("s"), s(K::ordinal), w("quarter")},
         rel_year_quarter},
    rule{"year_quarter", "the 1988 quarter", {ow("the"), s(K::year), w("quarter")}, year_quarter},
    rule{"rel_month_day", "last Oct. 23", {wn(last_next_this), s(K::month), s(K::day)}, rel_month},
    rule{"spoken_year_2000",
         "the year two thousand",
         {ow("the"), ow("year"), w("two"), w("thousand"), ow("and"), o(K::amount)},
         spoken_2000},
    rule{"rel_month", "last April", {wn(last_next_this), s(K::month)}, rel_month},
    rule{"month_of_rel_year",
         "March of this year",
         {s(K::month), w("of"), wn(last_next_this), w("year")},
         month_of_rel_year},
    rule{"month_quarter",
         "the December quarter",
         {w("the"), s(K::month), op_("-"), w("quarter")},
         month_span_quarter},
    rule{"month_span_quarter",
         "the July-September quarter",
         {ow("the"), s(K::month), p("-|/"), s(K::month), w("quarter|period")},
         month_span_quarter},
    rule{"rel_weekday", "last Friday", {wn(last_next_this_coming), s(K::weekday)}, rel_weekday},
    rule{"ref_rel_weekday",
         "the following Monday",
         {w("the"), wn(ref_rel_day), s(K::weekday)},
         ref_rel_weekday},
    rule{"weekday", "Friday", {s(K::weekday)}, weekday, rule_id::weekday},
    rule{"weekday_pod", "Friday morning", {s(K::weekday), s(K::pod)}, weekday_pod},
    rule{"ago", "two weeks ago", {s(K::amount), s(K::unit), wn(ago_words)}, ago, rule_id::ago},
    rule{"ago_decimal",
         "1.5 years ago",
         {s(K::decimal), s(K::unit), wn(ago_words)},
         ago,
         rule_id::ago_decimal},
    rule{"from_now",
         "two weeks from now",
         {s(K::amount), s(K::unit), w("from"), w("now")},
         from_now},
    rule{"from_named_day",
         "a week from tomorrow",
         {s(K::amount), s(K::unit), w("from"), wn(day_after_pod)},
         from_named_day},
    rule{"from_weekday",
         "two weeks from Monday",
         {s(K::amount), s(K::unit), w("from"), s(K::weekday)},
         from_weekday},
    rule{"year_earlier",
         "year-earlier",
         {w("year"), p("-"), wn(year_apart_words)},
         year_earlier,
         rule_id::year_earlier},
    rule{"year_earlier_period",
         "the year-ago quarter",
         {w("the"), w("year"), p("-"), wn(year_apart_words), w("quarter|period")},
         year_earlier_period},
    rule{"month_rel_year", "June last year", {s(K::month), wn(rel), w("year")}, month_rel_year},
    // ordinal and counted forms
    rule{"day_beyond",
         "the day after tomorrow",
         {ow("the"), w("day"), wn(before_after), wn(named_days)},
         day_beyond},
    rule{"day_of_month_in_view",
         "the 15th",
         {w("the"), s(K::ordinal)},
         day_of_month_in_view,
         rule_id::day_of_month},
    rule{"day_of_the_month",
         "the 15th of the month",
         {w("the"), s(K::ordinal), w("of"), w("the"), w("month")},
         day_of_month_in_view},
    rule{"day_of_rel_month",
         "the 1st of next month",
         {ow("the"), s(K::ordinal), w("of"), wn(last_next_this), w("month")},
         day_of_rel_month},
    rule{"unit_after_next",
         "the week after next",
         {ow("the"), s(K::unit), wn(before_after), wn(next_or_last)},
         unit_after_next},
    rule{"weekday_after_next",
         "Friday after next",
         {s(K::weekday), wn(before_after), wn(next_or_last)},
         weekday_after_next},
    rule{"weekdays_from_now",
         "three Fridays from now",
         {s(K::amount), wn(plural_weekdays), wn(counted_weekday_ends), ow("now|today")},
         weekdays_from_now},
    rule{"nth_weekday_of_month",
         "the first Tuesday of October",
         {ow("the"), wn(nth_words), s(K::weekday), w("of|in"), s(K::month), op_(","), o(K::year)},
         nth_weekday_of_month},
    rule{"nth_weekday_of_the_month",
         "the last Friday of the month",
         {ow("the"), wn(nth_words), s(K::weekday), w("of|in"), w("the"), w("month")},
         nth_weekday_of_the_month},
    rule{"nth_weekday_of_rel_month",
         "the second Monday of next month",
         {ow("the"), wn(nth_words), s(K::weekday), w("of|in"), wn(last_next_this), w("month")},
         nth_weekday_of_rel_month},
    rule{"nth_day_of_month",
         "the last day of September",
         {ow("the"), wn(nth_words), w("day"), w("of|in"), s(K::month), op_(","), o(K::year)},
         nth_day_of_month},
    rule{"nth_day_of_the_month",
         "the last day of the month",
         {ow("the"), wn(nth_words), w("day"), w("of|in"), w("the"), w("month")},
         nth_day_of_the_month},
    rule{"nth_day_of_rel_month",
         "the first day of next month",
         {ow("the"), wn(nth_words), w("day"), w("of|in"), wn(last_next_this), w("month")},
         nth_day_of_rel_month},
    rule{"season_in_view", "that summer", {w("that"), s(K::season)}, season_in_view},
    rule{"season_of_that_year",
         "the spring of that year",
         {ow("the"), s(K::season), w("of"), w("that"), w("year")},
         season_of_year_in_view},
    rule{"season_of_year_from_reference",
         "the summer of the following year",
         {ow("the"), s(K::season), w("of"), w("the"), wn(ref_rel), w("year")},
         season_of_year_in_view},
    rule{"season_from_reference",
         "the following spring",
         {w("the"), wn(ref_rel), s(K::season)},
         season_in_view},
    // durations
    rule{"duration", "90 days", {s(K::amount), s(K::unit)}, amount_unit, rule_id::duration},
    rule{"duration_decimal",
         "1.5 hours",
         {s(K::decimal), op_("-"), s(K::unit)},
         decimal_amount_unit,
         rule_id::duration_decimal},
    rule{"duration_more",
         "two more weeks",
         {s(K::amount), w("more|additional|straight|consecutive|full|whole|long"), s(K::unit)},
         amount_unit},
    rule{"duration_and_a_half",
         "a minute and a half",
         {s(K::amount), s(K::unit), w("and"), w("a"), w("half")},
         and_a_half,
         rule_id::duration_and_a_half},
    rule{"half_from_now",
         "half an hour from now",
         {w("half"), w("an|a"), s(K::unit), w("from"), w("now")},
         half_from_now},
    rule{"half_ago", "half an hour ago", {w("half"), w("an|a"), s(K::unit), w("ago")}, half_ago},
    rule{"duration_half",
         "half an hour",
         {w("half"), w("an|a"), s(K::unit)},
         half_unit,
         rule_id::duration_half},
    rule{"duration_a_half_hour",
         "a half hour",
         {w("a"), wn(hour_fractions), w("hour")},
         a_fraction_hour,
         rule_id::duration_a_half_hour},
    rule{"duration_half_hour", "half-hour", {wn(hour_fractions), p("-"), w("hour")}, fraction_hour},
    rule{"duration_hyphen", "90-day", {s(K::amount), p("-"), s(K::unit)}, hyphen_duration},
    rule{"duration_rel",
         "the past two years",
         {w("the"), wn(span_rel), o(K::amount), s(K::unit)},
         the_rel_duration},
    rule{"duration_the", "the nine months", {w("the"), s(K::amount), s(K::unit)}, the_amount_unit},
    // sets
    rule{"set_weekday", "every Monday", {w("every|each"), s(K::weekday)}, every_weekday},
    rule{"set_unit", "every quarter", {w("every|each"), s(K::unit)}, every_unit},
    rule{"set_month", "each July", {w("every|each"), s(K::month)}, every_month},
    rule{"set_season", "every summer", {w("every|each"), s(K::season)}, every_season},
    rule{"set_n_units", "every 2 weeks", {w("every"), s(K::amount), s(K::unit)}, every_n_units},
    rule{"set_other_unit",
         "every other week",
         {w("every"), w("other|second"), s(K::unit)},
         every_n_units},
    rule{"set_other_weekday",
         "every other Tuesday",
         {w("every"), w("other|second"), s(K::weekday)},
         every_weekday},
    rule{"set_pod", "every morning", {w("every|each"), s(K::pod)}, every_pod},
    rule{"set_per", "per year", {w("per"), s(K::unit)}, per_unit},
    rule{"set_adverb", "annually", {wn(adverbs)}, adverb_set},
    rule{"set_weekday_pods", "Tuesday nights", {s(K::weekday), wn(plural_pods)}, weekday_pods},
    rule{"set_weekdays", "Mondays", {wn(plural_weekdays)}, plural_weekday},
    // holidays
    rule{"holiday_rel", "last Thanksgiving", {wn(last_next_this), s(K::holiday)}, holiday_rel},
    rule{"holiday", "Thanksgiving", {s(K::holiday)}, holiday},
    rule{"holiday_year", "Christmas 2024", {s(K::holiday), op_(","), s(K::year)}, holiday},
    // references
    rule{"ref_current", "current", {w("current")}, present, rule_id::ref_current},
    rule{"the_fiscal_year",
         "the fiscal year",
         {w("the"), ow("full|latest|same"), w("fiscal"), w("year")},
         the_year,
         rule_id::the_fiscal_year},
    rule{"the_full_year",
         "the full year",
         {w("the"), w("full|entire|whole"), w("year")},
         full_year,
         rule_id::the_full_year},
    rule{"unit_end", "year-end", {s(K::unit), op_("-|'"), ow("s"), w("end")}, unit_end},
    rule{"mid_unit", "mid-month", {w("mid"), op_("-"), s(K::unit)}, mid_unit},
    rule{"mid_unit_word", "midyear", {wn(mid_units)}, mid_unit_word},
    rule{"ref_now", "now", {ow("right|just"), w("now|currently|presently|nowadays")}, present},
    rule{"ref_these_days", "these days", {w("these"), w("days")}, present},
    rule{"ref_recently", "recently", {w("recently|lately|formerly")}, past},
    rule{"recent_units", "recent years", {w("recent|coming"), s(K::unit)}, vague_span},
    rule{"past_units", "in past years", {w("past"), s(K::unit)}, past_units},
    rule{"over_the_units",
         "over the years",
         {w("the"), s(K::unit)},
         vague_span,
         rule_id::over_the_units},
    rule{"unit_long", "decades-long", {s(K::unit), p("-"), w("long")}, unit_long},
    rule{"units_ahead", "the weeks ahead", {w("the"), s(K::unit), w("ahead")}, vague_span},
    rule{"ref_the_past", "the past", {w("the"), ow("recent|distant"), w("past")}, past},
    rule{"ref_the_future",
         "the future",
         {w("the"), ow("near|foreseeable|distant|immediate"), w("future")},
         future,
         rule_id::ref_the_future},
    rule{"ref_term", "the near term", {w("the"), w("near|short|long"), w("term")}, future},
    rule{"bare_units", "for years", {s(K::unit)}, vague_span, rule_id::bare_units},
    // TimeBank: "months ago" is an unknown number of months, as "for months" is
    rule{"bare_units_ago", "months ago", {s(K::unit), wn(ago_words)}, vague_span},
    rule{"ref_later_date", "a later date", {w("a"), w("later|future"), w("date|time")}, future},
    // clock times
    rule{"clock", "5 p.m. ET", {s(K::clock), o(K::zone)}, clock},
    rule{"clock_in_pod",
         "4 in the morning",
         {s(K::amount), w("in"), w("the"), s(K::pod)},
         clock_in_pod,
         rule_id::clock_in_pod},
    rule{"noon", "noon", {wn(noon_words), o(K::zone)}, noon, rule_id::noon},
    // --- clock ---
    rule{"clock_o_clock", "five o'clock", {wn(hour_words), w("o"), p("'"), w("clock")}, o_clock},
    rule{"clock_o_clock_digits", "5 o'clock", {s(K::number), w("o"), p("'"), w("clock")}, o_clock},
    rule{"clock_fraction",
         "a quarter to five",
         {ow("a"), wn(hour_fractions), wn(past_or_to), wn(hour_words)},
         hour_fraction,
         rule_id::clock_fraction},
    rule{"clock_minutes_past",
         "twenty past six",
         {wn(minutes_past), w("past|after"), wn(hour_words)},
         minutes_past_hour,
         rule_id::clock_minutes_past},
    rule{"clock_spoken",
         "ten forty-five",
         {wn(hour_words), wn(spoken_minutes), op_("-"), own(spoken_ones)},
         spoken_clock,
         rule_id::clock_spoken},
    rule{"clock_then_pod",
         "5:30 in the evening",
         {s(K::clock), w("in"), w("the"), s(K::pod)},
         clock_then_pod},
    rule{"clock_military",
         "1530 GMT",
         {s(K::number), s(K::zone)},
         military_clock,
         rule_id::clock_military},
    rule{"pod_day", "afternoon yesterday", {s(K::pod), wn(day_after_pod)}, pod_day},
    rule{"the_pod", "the morning", {w("the"), s(K::pod)}, the_pod},
    rule{"that_pod", "that night", {w("that"), s(K::pod)}, the_pod},
    rule{"pod_from_reference",
         "the next morning",
         {w("the"), wn(ref_rel_day), s(K::pod)},
         pod_from_reference},
    rule{"edge_pod", "mid afternoon", {ow("the"), wn(edge), s(K::pod)}, edge_pod},
    // --- everyday ---
    rule{"month_the_ordinal",
         "November the 5th",
         {s(K::month), op_("."), w("the"), s(K::day)},
         month_the_ordinal},
    rule{"weekday_the_ordinal",
         "Friday the 19th",
         {own(last_next_this_coming), s(K::weekday), w("the"), s(K::day)},
         weekday_the_ordinal},
    rule{"weekday_of_rel_week",
         "monday next week",
         {s(K::weekday), wn(last_next_this), w("week")},
         weekday_of_rel_week},
    rule{"weekday_of_the_rel_week",
         "Tuesday of next week",
         {s(K::weekday), w("of"), wn(last_next_this), w("week")},
         weekday_of_the_rel_week},
    rule{"rel_week_weekday",
         "next week Tuesday",
         {wn(last_next_this), w("week"), op_(","), s(K::weekday)},
         rel_week_weekday},
    rule{"edge_of_unit", "end of month", {wn(edges_of), w("of"), s(K::unit)}, edge_of_unit},
    rule{"closing_of_day_word",
         "end of day tomorrow",
         {ow("the"), w("end"), w("of"), ow("the"), w("day"), ow("on"), wn(day_after_pod)},
         closing_of_day_word},
    rule{"closing_of_weekday",
         "end of day Friday",
         {ow("the"), w("end"), w("of"), ow("the"), w("day"), ow("on"), s(K::weekday)},
         closing_of_weekday},
    rule{"eod_day_word", "EOD tomorrow", {w("eod|cob"), wn(day_after_pod)}, eod_day_word},
    rule{"eod_weekday", "COB Friday", {w("eod|cob"), s(K::weekday)}, closing_of_weekday},
    rule{"eod", "EOD", {w("eod")}, eod_today},
    rule{"edge_of_the_long_unit",
         "the end of the decade",
         {ow("the"), wn(edges_of), w("of"), w("the"), s(K::unit)},
         edge_of_the_long_unit},
    rule{"rel_short_weekday",
         "next sat",
         {wn(next_this), wn(word_short_weekdays)},
         rel_short_weekday},
    rule{"next_sun", "next sun", {wn(next_only), wn(sun_weekday)}, rel_short_weekday},
    rule{"this_time_day",
         "this time tomorrow",
         {w("this|same"), w("time"), wn(day_after_pod)},
         this_time_day},
    rule{"this_time_week",
         "same time next week",
         {w("this|same"), w("time"), wn(next_or_last), w("week")},
         this_time_week},
    rule{"short_weekday_clock",
         "Sat 3pm",
         {wn(word_short_weekdays), ow("at"), s(K::clock)},
         short_weekday_clock},
    rule{"this_coming_weekday",
         "this coming Friday",
         {w("this"), w("coming"), s(K::weekday)},
         this_coming_weekday},
    rule{"this_coming_short_weekday",
         "this coming sat",
         {w("this"), w("coming"), wn(word_short_weekdays)},
         this_coming_weekday},
    rule{"date_w_dm",
         "Thu 18 Sept",
         {s(K::weekday), op_(","), s(K::day), s(K::month), op_(","), o(K::year)},
         month_day},
    rule{"date_short_w_dm",
         "Sat 20 Sept",
         {wn(short_weekdays), op_("."), op_(","), s(K::day), s(K::month), op_(","), o(K::year)},
         month_day},
    rule{"clock_fraction_digits",
         "a quarter past 10",
         {ow("a"), wn(hour_fractions), wn(past_or_to), s(K::number)},
         hour_fraction,
         rule_id::clock_past_digits},
    rule{"clock_fraction_meridiem",
         "a quarter to 8 pm",
         {ow("a"), wn(hour_fractions), wn(past_or_to), s(K::clock)},
         hour_fraction_clock},
    rule{"clock_minutes_past_meridiem",
         "twenty past 9 pm",
         {wn(minutes_past), wn(past_after), s(K::clock)},
         minutes_past_clock},
    rule{"clock_minutes_past_digits",
         "twenty past 9",
         {wn(minutes_past), wn(past_after), s(K::number)},
         minutes_past_hour,
         rule_id::clock_mins_digits},
};

} // namespace

std::span<const grammar::rule> rules() noexcept {
    return all_rules;
}

} // namespace kairos::lang::en
