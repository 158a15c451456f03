// Rule records {name, example, pattern, producer} and the token matcher that runs them.
//
// A pattern is a short sequence of slots; each slot matches one lexical item (a word from a
// list, a month name, a day number, an amount, ...) spanning one or a few tokens and records
// what it read in `captures`. The producer turns the captures into an `operation`.
#pragma once

#include "grammar/operation.hpp"
#include "lang/en/lexicon.hpp"
#include "lex/token.hpp"

#include <array>
#include <cstdint>
#include <span>
#include <string_view>

namespace kairos::grammar {

enum class slot_kind : std::uint8_t {
    end,     ///< marks the end of a pattern
    word,    ///< one of the '|'-separated lower-case words in `words`
    punct,   ///< one of the '|'-separated punctuation marks in `words`, glued to the previous token
    month,   ///< "September", "Sept." -> month
    day,     ///< "17", "17th", "1st" -> day (1..31)
    year,    ///< "2025" (1000..2199) -> year
    year2,   ///< "'89" or "'80s" -> two-digit year, decade when followed by "s"
    decade,  ///< "1990s", "'80s", "1990's" -> decade
    weekday, ///< "Monday", "Mon." -> weekday
    amount,  ///< "3", "three", "twenty-four", "a", "a few" -> amount (-1 = unknown)
    unit,    ///< "week", "weeks" -> unit
    ordinal, ///< "third", "3rd" -> ordinal
    season,  ///< "summer" -> season
    pod,     ///< "morning" -> part of day
    holiday, ///< "New Year's Day", "Thanksgiving" -> holiday
    zone,    ///< "ET", "GMT", "Beijing time" -> zone
    clock,   ///< "10:35", "5 p.m.", "17:00", "5pm", "3:15pm", "15h30", "15:23:24" -> hour, minute,
             ///< second
    number,  ///< any 1..4 digit integer -> number
    code,    ///< "Q3" -> ordinal 3, unit quarter; "H1" -> ordinal 1, unit half
    day_word, ///< "nine", "Nine", "twenty-first", "ninth" next to a month -> day (1..31)
    iso_time, ///< "17T13:15:30Z" of an ISO timestamp -> day, hour, minute, second, utc offset
    decimal,  ///< "1.5", "2.75" -> amount, fraction, scale; "3-1/2" -> amount, half
};

/// The sizes in bytes, [min, max], of the digit tokens ("17", "2025") and of the digits-then-
/// letters tokens ("17th", "1990s", "5pm") a slot kind reads; max 0 for none. The matcher's
/// readers take no token of another size, and the grammar index lists a token of such a size
/// for the slot kind: both read this one statement.
struct size_range {
    std::uint8_t min = 0;
    std::uint8_t max = 0;
    [[nodiscard]] constexpr bool holds(std::size_t n) const noexcept {
        return max != 0 && n >= min && n <= max;
    }
};
struct digit_sizes {
    size_range number;
    size_range alnum;
};
constexpr digit_sizes digit_sizes_of(slot_kind k) noexcept {
    switch (k) {
    case slot_kind::day: // "17", "17th"
        return {{1, 2}, {3, 4}};
    case slot_kind::clock: // "5", "10", "5pm", "11am", "15h30"
        return {{1, 2}, {3, 5}};
    case slot_kind::year: // "2025"
        return {{4, 4}, {}};
    case slot_kind::decade: // "1990 's", "1990s"
        return {{4, 4}, {5, 5}};
    case slot_kind::amount: // "3", "250000"
        return {{1, 6}, {}};
    case slot_kind::decimal: // the "1" of "1.5" (not the year of "in 1998.")
        return {{1, 3}, {}};
    case slot_kind::ordinal: // "3rd", "21st"
        return {{}, {3, 4}};
    case slot_kind::number: // "30", "1998"
        return {{1, 4}, {}};
    case slot_kind::iso_time: // "17T13" of "2025-09-17T13:15:30Z"
        return {{}, {5, 5}};
    default:
        return {};
    }
}

/// A word a slot accepts and what it means to the rule's producer (a shift, a unit, the value
/// of an enum the producer names): producers read the meaning, never the word's place in a list.
struct named_word {
    std::string_view word;
    std::int8_t meaning = 0;
};

struct slot {
    slot_kind kind = slot_kind::end;
    std::string_view words{}; ///< '|'-separated alternatives, when `named` is empty
    bool optional = false;
    std::span<const named_word> named{}; ///< the alternatives of a word slot whose word matters
};

/// Calls fn with each word a word slot accepts, in order.
template<class F>
constexpr void for_each_word(const slot& s, F fn) {
    if (!s.named.empty()) {
        for (const named_word& n : s.named) fn(n.word);
        return;
    }
    std::string_view list = s.words;
    while (true) {
        const auto bar = list.find('|');
        fn(list.substr(0, bar));
        if (bar == std::string_view::npos) return;
        list.remove_prefix(bar + 1);
    }
}

constexpr std::size_t max_slots = 8;

/// What the slots of one match read. Unset ints are -1 unless said otherwise.
struct captures {
    int year = -1;
    int month = -1;
    int day = -1;
    int weekday = -1;
    int amount = -2; ///< -2 unset, -1 unknown ("a few")
    int ordinal = -1;
    int season = -1;
    int pod = -1;
    int hour = -1;
    int minute = -1;
    int second = -1;
    int utc_offset = no_utc_offset; ///< minutes east of UTC, when the text gave an offset
    int decade = -1;                ///< "1990s" -> 199
    int year2 = -1;                 ///< "'89" -> 89
    int number = -1;
    en::unit unit = en::unit::none;
    bool plural = false;
    bool half = false; ///< the amount has a half more: "2 1/2"
    /// The amount's decimal part as written: "1.5" is amount 1, fraction 5, scale 1; "2.75"
    /// fraction 75, scale 2. Scale 0: a whole number.
    int fraction = 0;
    std::uint8_t scale = 0;
    bool latent = false;
    const en::holiday* holiday = nullptr;
    const en::zone_name* zone = nullptr;
    std::uint8_t read = 0; ///< bit k: slot k read a token (an optional slot may not)
    std::array<std::int8_t, max_slots> meaning{}; ///< of the named_word slot k matched, else 0
    bool meridiem = false;                        ///< the clock said a.m. or p.m.
    /// In a range rule, what the slots before its end read ("July 13" of "July 13-15"); the
    /// fields of this one are the end's. nullptr in other rules.
    const captures* begin = nullptr;

    [[nodiscard]] bool has(std::size_t slot_index) const noexcept {
        return (read >> slot_index & 1u) != 0;
    }
    /// What the word slot `slot_index` matched means, as the type its list's meanings are of.
    template<class T = int>
    [[nodiscard]] T said(std::size_t slot_index) const noexcept {
        return static_cast<T>(meaning[slot_index]);
    }
};

using producer = operation (*)(const captures&);

/// The rules later stages single out, by identity: a refiner that needs to know which rule
/// matched asks for its id, so renaming a rule cannot silently disable a refiner.
enum class rule_id : std::uint8_t {
    other,
    ago,
    ago_decimal, ///< "1.5 years ago": as "ago", with a decimal amount
    bare_units,
    clock_in_pod,
    clock_fraction,     ///< "half past three": not before a count ("a quarter after nine months")
    clock_military,     ///< "1530 GMT": four digits only
    clock_minutes_past, ///< "twenty past six": not before a count
    clock_past_digits,  ///< "half past 9": not before a count
    clock_mins_digits,  ///< "twenty past 10": not before a count
    clock_spoken,       ///< "ten thirty": a time only where a time is expected
    date_fiscal_y,
    date_m,
    date_y,
    date_y2, ///< "'08": a year only after a year's head word ("in '08")
    day_of_month,
    duration,
    duration_decimal, ///< "1.5 hours": a duration as "duration" is, with a decimal amount
    duration_and_a_half,
    duration_half,
    duration_a_half_hour, ///< "a half hour": counted as "half an hour" is
    fiscal_year_rel,
    noon,
    numeric_md,
    numeric_my,
    over_the_units,
    ref_current,
    ref_the_future,
    rel_unit,
    the_fiscal_year,
    the_full_year,
    the_unit,
    today,
    tomorrow,
    unit_before,
    weekday,
    year_earlier,
    yesterday,
};

struct rule {
    std::string_view name;
    std::string_view example; ///< a phrase the rule matches, kept beside it as documentation
    std::array<slot, max_slots> pattern;
    producer produce;
    rule_id id = rule_id::other;
    /// A range rule: the slot where its end begins; the slot before it joins the two ends
    /// ("-", "to", "and"). 0 in other rules.
    std::uint8_t range_end = 0;
};

/// A rule matched at a token position.
struct match {
    std::uint32_t first = 0; ///< first token
    std::uint32_t last = 0;  ///< one past the last token
    const rule* by = nullptr;
    operation op{};
};

/// Slot helpers so rule tables read like the phrases they match.
constexpr slot w(std::string_view words) noexcept {
    return {slot_kind::word, words, false};
}
constexpr slot ow(std::string_view words) noexcept {
    return {slot_kind::word, words, true};
}
constexpr slot p(std::string_view marks) noexcept {
    return {slot_kind::punct, marks, false};
}
constexpr slot wn(std::span<const named_word> words) noexcept {
    return {slot_kind::word, {}, false, words};
}
constexpr slot op_(std::string_view marks) noexcept {
    return {slot_kind::punct, marks, true};
}
constexpr slot s(slot_kind k) noexcept {
    return {k, {}, false};
}
constexpr slot o(slot_kind k) noexcept {
    return {k, {}, true};
}

} // namespace kairos::grammar
