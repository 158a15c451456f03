// English words that join a clock time to its day and that tell a bare hour from a count
// (refine/clock.cpp).
#pragma once

#include <array>
#include <string_view>

namespace kairos::lang::en::clock {

/// "Monday at 9", "tomorrow at noon", "next Friday at 3": the word between a day and the time
/// after it. (Between a time and the day after it: context::day_link, "5 p.m. on Friday".)
inline constexpr std::string_view day_then_time = "at";
/// "Sunday @ 3pm": chat writes the same link as a sign.
inline constexpr std::string_view day_then_time_sign = "@";

/// "by 9 tonight", "until 5 tomorrow": the words besides "at" that lead to a bare hour before
/// tonight or a day ahead.
inline constexpr std::array<std::string_view, 5> hour_heads{"by", "until", "till", "around",
                                                            "before"};

/// A bare number after "at" followed by one of these counts something: "at 9 percent",
/// "closed at 12 a share", "at 5 points". (Unit words, "at 9 hours", are read from the lexicon.)
inline constexpr std::array<std::string_view, 16> count_words{
    "percent", "%",       "points",   "point", "cents", "cent", "degrees", "dollars",
    "million", "billion", "thousand", "times", "per",   "a",    "an",      "of"};

/// "2-4pm", "from 9 to 11 a.m.", "between 1 and 3 p.m.": the words that join a bare hour to the
/// clock that ends its range, and the ones before the hour.
inline constexpr std::array<std::string_view, 4> hour_range_joints{"-", "to", "until", "till"};
inline constexpr std::string_view hour_range_from = "from";
inline constexpr std::string_view hour_range_between = "between";
inline constexpr std::string_view hour_range_and = "and";

} // namespace kairos::lang::en::clock
