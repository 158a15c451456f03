// English context words: what the refiners in refine/context.cpp read around a match to tell
// a time from a count, a name or a fraction. Add a word to its list.
#pragma once

#include <array>
#include <string_view>

namespace kairos::lang::en::context {

// A number before these is a count or a label, not a year ("1500 troops", "Section 301").
inline constexpr std::array<std::string_view, 44> count_nouns{
    "percent",    "pct",       "million",   "billion",   "trillion",   "thousand", "troops",
    "people",     "shares",    "points",    "cars",      "barrels",    "tons",     "tonnes",
    "feet",       "miles",     "dollars",   "yen",       "marks",      "francs",   "units",
    "jobs",       "workers",   "employees", "residents", "soldiers",   "members",  "students",
    "votes",      "copies",    "acres",     "pounds",    "kilometers", "meters",   "metres",
    "kilometres", "hours",     "men",       "women",     "children",   "cases",    "deaths",
    "homes",      "households"};
inline constexpr std::array<std::string_view, 26> label_nouns{
    "section",   "article", "flight",    "route",      "model",   "boeing",     "airbus",
    "room",      "no",      "number",    "chapter",    "rule",    "form",       "item",
    "page",      "pages",   "paragraph", "interstate", "highway", "resolution", "title",
    "amendment", "suite",   "box",       "dow",        "index"};
// A duration after these points ahead from the DCT: "in 2 hours" to the point where it ends,
// "within 30 days" over the span up to it.
inline constexpr std::array<std::string_view, 1> point_heads{"in"};
inline constexpr std::array<std::string_view, 1> span_heads{"within"};
// "Sunday Times", "Tuesday Night Live"? Names that start with a weekday or month.
inline constexpr std::array<std::string_view, 14> name_heads{
    "times", "telegraph", "express",     "mirror",  "herald",  "post",  "star",
    "mail",  "observer",  "independent", "tribune", "journal", "sport", "people"};
// "now and then", "now and again": "now" in an idiom of frequency
inline constexpr std::string_view and_word = "and";
inline constexpr std::array<std::string_view, 2> now_and{"then", "again"};
// Capitalised nouns that make a span before them a name: "the Seven Years' War", "the
// Six-Day War", "the Hundred Years' War".
inline constexpr std::array<std::string_view, 2> period_names{"war", "wars"};
// Words that let "May", "March", "fall" or "spring" stand alone as dates.
inline constexpr std::array<std::string_view, 21> latent_support{
    "in",     "since", "until", "till", "by", "during",  "through",
    "before", "after", "from",  "to",   "of", "early",   "late",
    "mid",    "last",  "next",  "this", "-",  "between", "throughout"};
// Words that may follow "a second" when it is an amount of time.
inline constexpr std::array<std::string_view, 8> after_second{"or",  "and",    "later", "earlier",
                                                              "ago", "before", "after", "longer"};
// Nouns after "today's" that make it "nowadays": "today's youth", "in today's world".
inline constexpr std::array<std::string_view, 24> generic_nouns{
    "world",     "society",   "youth",      "generation", "generations", "children",
    "kids",      "young",     "economy",    "culture",    "standards",   "terms",
    "dollars",   "age",       "families",   "parents",    "teenagers",   "students",
    "consumers", "computers", "technology", "politics",   "people",      "media"};
// "the people of tomorrow"; "as of today", "the end of today" are the day
/// "as of today", "the end of today": the day itself, not the future in general.
inline constexpr std::array<std::string_view, 6> day_heads{"as",   "end",   "close",
                                                           "rest", "start", "middle"};
// "leave at 4 in the morning" is a clock time; "rose 5 in the morning session" a count
/// "leave at 4 in the morning" is a clock time; "rose 5 in the morning session" a count.
inline constexpr std::array<std::string_view, 9> clock_heads{
    "at", "by", "until", "till", "around", "about", "before", "after", "since"};
/// "Islam will one day be ...": some day ahead, not a span of a day.
inline constexpr std::array<std::string_view, 9> modals{"will", "would", "could",  "may", "might",
                                                        "can",  "shall", "should", "must"};

/// "over the years", "for years", "within weeks": a plural unit is a span only after these.
inline constexpr std::array<std::string_view, 2> over_heads{"over", "throughout"};
inline constexpr std::array<std::string_view, 2> for_heads{"for", "within"};
/// A bare number outside 1800..2100 is a year only after these: "in 1066", "since 1776".
// Histories date by these too: "until 1650", "after 1453", "during 1347" (a count after them,
// "after 1500 deaths", is caught by count_nouns first).
inline constexpr std::array<std::string_view, 9> year_heads{
    "in", "since", "year", "until", "till", "after", "before", "during", "circa"};
/// "$5 a year", "24 hours a day", "four flights a week": a rate after these words.
inline constexpr std::array<std::string_view, 3> rate_articles{"a", "an", "per"};
inline constexpr std::array<std::string_view, 13> rate_heads{
    "percent", "cents", "times", "once",    "twice", "million", "billion",
    "dollars", "hours", "days",  "flights", "share", "%"};
/// "the year ended March 31", "the fiscal year ending June 30".
inline constexpr std::array<std::string_view, 2> ended{"ended", "ending"};
/// "Monday and Tuesday nights", "April 24 and 25".
inline constexpr std::array<std::string_view, 2> coordinators{"and", "or"};

/// Results reporting (refine/periods.cpp): "compared with $3 million last year", "from $3
/// million a year earlier"; "the corresponding period last year", "last year's quarter".
inline constexpr std::array<std::string_view, 2> comparison_heads{"compared", "from"};
inline constexpr std::array<std::string_view, 2> reported_periods{"period", "quarter"};
inline constexpr std::string_view period = "period";   ///< "in the 1989 period"
inline constexpr std::string_view quarter = "quarter"; ///< "the year-ago quarter"
inline constexpr std::string_view article = "the";

/// "5 p.m. on Friday", "5 p.m., Friday": what may stand between a time and its day.
inline constexpr std::string_view day_link = "on";

/// "on the 15th", "until the 3rd, when": a bare ordinal is a day of the month only after one of
/// these and before punctuation or one of ordinal_day_after ("the 2nd Battalion", "the first to
/// go").
inline constexpr std::array<std::string_view, 12> ordinal_day_heads{
    "on", "by", "until", "till", "before", "after", "since", "from", "through", "to", "and", "or"};
inline constexpr std::array<std::string_view, 8> ordinal_day_after{"and",   "or", "to", "through",
                                                                   "until", "at", "in", "when"};

/// Single words read by their role in a construction.
inline constexpr std::string_view of = "of"; ///< "a quarter of the market", "the future of"
inline constexpr std::string_view to = "to"; ///< "year-to-year"; "to fall apart"
inline constexpr std::string_view possessive_s = "s"; ///< the "s" after an apostrophe
/// The words of an era ("BC", "AD", and the letters of "B.C.", "A.D."): capitals when they are one.
inline constexpr std::array<std::string_view, 6> era_words{"bc", "bce", "ad", "ce", "b", "a"};
inline constexpr std::string_view old = "old";   ///< "a 44-year-old", "five years old"
inline constexpr std::string_view high = "high"; ///< "High Noon"
inline constexpr std::string_view one = "one";   ///< "will one day"
inline constexpr std::string_view then = "then"; ///< "the then current price"

} // namespace kairos::lang::en::context
