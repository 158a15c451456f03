// English words the numeric-date refiner (refine/numeric.cpp) reads around "2/15", a month and
// day in figures without a year, to tell it from a fraction, a ratio or a name.
#pragma once

#include <array>
#include <string_view>

namespace kairos::lang::en::numeric {

/// Words after which a month and day in figures is expected: "on 2/15", "due 3/1", "from 6/1
/// to 6/30", "Deadline: 2/15".
inline constexpr std::array<std::string_view, 20> date_heads{
    "on",  "by",    "until",     "till",     "til",     "through", "thru",
    "to",  "since", "before",    "after",    "from",    "due",     "dated",
    "and", "or",    "effective", "starting", "between", ":"};
/// Heads that keep even a fraction-like pair a date: "on 1/2" is January 2, "by 1/2" a half.
inline constexpr std::array<std::string_view, 3> day_heads{"on", "dated", ":"};
/// Denominators of everyday fractions: "1/2", "3/4", "5/8", "1/10" are amounts, not days.
inline constexpr std::array<int, 9> fraction_denominators{2, 3, 4, 5, 6, 8, 10, 16, 32};
/// Month and day figures used as names: "since 9/11" is the attacks, "open 24/7" always.
inline constexpr std::array<std::string_view, 3> names{"9/11", "7/7", "24/7"};
/// "9/16 at 3pm", "10/1 @ noon": a month and day in figures that a time of day follows is a
/// date, as the words of the time after the link say.
inline constexpr std::array<std::string_view, 2> time_links{"at", "@"};
inline constexpr std::array<std::string_view, 2> time_words{"noon", "midnight"};
inline constexpr std::array<std::string_view, 2> meridiems{"am", "pm"};

/// "04/2016 of"? A count: "1/2000 of a second".
inline constexpr std::string_view of = "of";

} // namespace kairos::lang::en::numeric
