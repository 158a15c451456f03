// English words the slot readers (grammar/matcher.cpp) read beyond the lexicon's tables, and
// that the grammar index (grammar/index.cpp) therefore lets a slot continue with: one list for
// both, so the index cannot skip what a reader accepts.
#pragma once

#include <array>
#include <string_view>

namespace kairos::lang::en {

/// The amount slot: "a few" (unknown), "a couple of" (2), "a dozen" (12), "an hour" (1).
inline constexpr std::array<std::string_view, 2> articles{"a", "an"};
inline constexpr std::string_view few = "few";
inline constexpr std::string_view couple = "couple";
inline constexpr std::string_view couple_of = "of";
inline constexpr std::string_view dozen = "dozen";
inline constexpr std::array<std::string_view, 4> amount_continuations{few, couple, dozen,
                                                                      couple_of};

/// The clock slot's meridiem: "5 pm", "5pm", "5 p.m." (read as "p" "." "m").
inline constexpr std::string_view am = "am";
inline constexpr std::string_view pm = "pm";
inline constexpr std::string_view am_initial = "a";
inline constexpr std::string_view pm_initial = "p";
inline constexpr std::string_view meridiem_final = "m";
inline constexpr std::array<std::string_view, 4> clock_continuations{am_initial, pm_initial, am,
                                                                     pm};
/// "15h30": the letter between the hour and the minutes of a 24-hour time.
inline constexpr char hour_mark = 'h';

/// The zone slot: a city's time, "Beijing time".
inline constexpr std::string_view zone_time = "time";

/// The day and ordinal slots: "17th", "1st", "2nd", "3rd".
inline constexpr std::array<std::string_view, 4> ordinal_suffixes{"st", "nd", "rd", "th"};

/// The day-word slot: the words that may follow a day written as a cardinal word ("April nine
/// and ten", "the June eight record date", a clause after a fronted date: "effective March five
/// it raised prices"); any other word makes it a count ("May one day", "March two thousand
/// troops", "in May two companies").
inline constexpr std::array<std::string_view, 15> day_word_followers{
    "and",     "or",       "to", "through", "until", "at",   "when", "record",
    "meeting", "deadline", "it", "he",      "she",   "they", "we"};
/// "the ninth of April": the word between a day word and its month.
inline constexpr std::string_view day_of = "of";

/// The decade slot: the "s" of "1990s", "'80s" and of "1990's" after its apostrophe.
inline constexpr std::string_view decade_s = "s";

/// The code slot: "Q3" is the third quarter, "H1" the first half (a capital and one digit).
inline constexpr char quarter_code = 'Q';
inline constexpr char half_code = 'H';

/// The month slot: month names that in lower case are also ordinary words, besides the latent
/// ones ("may", "march"): "an august body". In lower case they are months only before a day.
inline constexpr std::array<std::string_view, 1> lower_case_words{"august"};

/// The weekday slot: short weekdays that are no other English word, days without their period
/// and in lower case too ("see you thurs", "Fri 5pm"); "sun", "sat", "wed", "mon" are words.
inline constexpr std::array<std::string_view, 6> unmistakable_short_weekdays{
    "tue", "tues", "thu", "thur", "thurs", "fri"};
/// "Weds works for me": capitalized, a day without its period; "Harry weds Meghan" is a verb.
inline constexpr std::string_view weds = "weds";

/// The month slot: a short month without its period is a month after these words ("by oct",
/// "end of sept", "in Nov"), unless it is also a name ("a friend of Jan", "by Dec").
inline constexpr std::array<std::string_view, 11> month_heads{
    "of", "in", "by", "until", "till", "since", "before", "after", "from", "through", "during"};
inline constexpr std::array<std::string_view, 5> name_like_months{"jan", "jun", "jul", "dec",
                                                                  "mar"};
/// What may be glued to such a month: the end of a clause ("by oct?"), not "Oct/Dec".
inline constexpr std::array<std::string_view, 5> month_enders{",", "?", "!", ";", ")"};

/// The ISO timestamp slot: "17T13:15:30Z", the "T" before the time and the "Z" of UTC.
inline constexpr char iso_time_mark = 'T';
inline constexpr char iso_utc = 'Z';

} // namespace kairos::lang::en
