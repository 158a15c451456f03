// The typed operation a rule extracts: what the words say, before the anchor gives it a value.
#pragma once

#include "lang/en/lexicon.hpp"

#include <cstdint>
#include <kairos/document.hpp>
#include <kairos/timex/enums.hpp>

namespace kairos::grammar {

enum class op_kind : std::uint8_t {
    none,
    point,     ///< a calendar point, stated fully or partly, or relative to the anchor
    duration,  ///< an amount of time: "90 days", "the past two years"
    set,       ///< a recurrence: "every Monday", "annually"
    reference, ///< "now", "recently", "the future"
};

/// Which way an underspecified point lies from the anchor.
enum class direction : std::uint8_t { nearest, past, future };

/// What a relative point counts from.
enum class origin : std::uint8_t {
    none,      ///< absolute: the stated fields are the value
    dct,       ///< counted from the document date: "yesterday", "last week", "two years ago"
    reference, ///< counted from the time under discussion: "a year earlier", "the next day"
};

/// The reporting period a year-ago comparison is about, read from the mentions before it:
/// "profit fell in the third quarter ... from $3 million a year earlier" is the year-ago quarter.
enum class period : std::uint8_t { none, quarter, year };

/// operation::utc_offset when the text gave none.
inline constexpr int no_utc_offset = -10000;
/// Where a duration points, counted from `operation::from` (the DCT or the time under
/// discussion): to the point it ends at ("in 2 hours", "72 hours later", "three days earlier")
/// or over the span it covers ("within 30 days", "the next three weeks", "the last 2 days").
enum class pointing : std::uint8_t { none, point_on, point_back, span_on, span_back };

/// The meaning of a match. Calendar fields are -1 when the text did not give them.
struct operation {
    op_kind kind = op_kind::none;
    timex_type type = timex_type::date;

    // --- calendar fields stated by the text ----------------------------------------------------
    int year = -1;
    int month = -1;
    int day = -1;
    int weekday = -1;
    int quarter = -1; ///< 0 = "the quarter" (unknown which)
    int half = -1;
    int season = -1;
    int decade = -1;  ///< 199 for the 1990s
    int century = -1; ///< 20 for the 21st century
    int pod = -1;     ///< part of day
    int hour = -1;
    int minute = -1;
    int second = -1;
    int utc_offset = no_utc_offset; ///< minutes east of UTC: "Z" 0, "-04:00" -240
    const en::zone_name* zone = nullptr;
    const en::holiday* holiday = nullptr;
    bool unknown_week = false; ///< "the week" -> YYYY-WXX
    bool week_of = false;      ///< "the week of March 6": the week holding the stated day
    int nth = 0; ///< "the first Tuesday of October": 1, "the last Friday": -1 (with weekday)
    /// "10/02/2025": month and day read from numbers that both could be the month, in the US
    /// order; the document's convention (extract_options::day_first) may swap them.
    bool numeric_order = false;
    bool two_digit_year = false; ///< "'96": `year` holds 96; the resolver picks the century

    // --- relative points -----------------------------------------------------------------------
    origin from = origin::none;
    en::unit shift_unit = en::unit::none; ///< also the grain of the result ("last week": week)
    int shift = 0;                        ///< signed amount: -1 last, +1 next, 0 this
    bool shift_unknown = false;           ///< "a few years ago": the amount is not known
    direction dir = direction::nearest;   ///< forced by the words ("last Friday", "next May")
    bool dir_stated = false;
    /// A side read from the words around the match, weaker than a stated one but stronger than
    /// the tense of the sentence: "Wednesday's ruling" is a day already past.
    direction lean = direction::nearest;
    bool dct_year = false; ///< "this September": the year of the anchor, whatever the tense
    bool ahead = false; ///< "this Friday": forward from the anchor unless the sentence looks back
    bool follow_reference = false; ///< "a year earlier" after "the third quarter" is a quarter
    /// Set by the refiner on year-ago comparisons; with `quarter`, `quarter` and `year` hold the
    /// quarter being compared (0 and -1 when not stated: the one under discussion).
    grammar::period compared = grammar::period::none;
    int year_shift = 0; ///< added to the year a quarter resolves to: "the year-ago third quarter"

    // --- durations and sets -------------------------------------------------------------------
    en::unit unit = en::unit::none;
    int amount = -1;        ///< -1 unknown ("years", "a few days")
    bool half_more = false; ///< "2 1/2 years" is P2Y6M
    int fraction = 0;       ///< "1.5 hours": the amount's decimal digits (captures::fraction)
    std::uint8_t scale = 0; ///< how many there are; 0 for a whole amount
    pointing points = pointing::none;
    /// "in two years" points ahead, unless its sentence is in the past ("rose 5% in two years").
    bool points_unless_past = false;

    // --- ranges --------------------------------------------------------------------------------
    /// The end of a range, in the fields its text states ("July 13-15": day 15); the others are
    /// the begin's, which the rest of the operation describes. -1 when not stated.
    struct range_end {
        int year = -1;
        int month = -1;
        int day = -1;
        int weekday = -1;
        int hour = -1;
        int minute = -1;
        int decade = -1;
        const en::zone_name* zone = nullptr;
    };
    bool range = false;
    range_end to{};
    std::uint8_t begin_token = 0;  ///< the begin's text starts this many tokens after the first
    std::uint8_t begin_tokens = 0; ///< and ends before the joining word, this many tokens on
    std::uint8_t end_token = 0;    ///< the end's text: from this token (from the first) on

    reference ref = reference::present;
    timex_mod mod = timex_mod::none;
    bool latent = false; ///< made of an ambiguous word ("May", "fall") that needs support
    /// The era the text stated: -1 "44 BC", "the 5th century BC" (the year counts back from
    /// 1 BC), 1 "AD 79", "1066 CE"; 0 none.
    std::int8_t era = 0;
    field stated = field::none;
};

} // namespace kairos::grammar
