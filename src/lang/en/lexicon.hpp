// English lexicon tables: the words a temporal expression is built from, each with its meaning.
#pragma once

#include <cstdint>
#include <kairos/timex/enums.hpp>
#include <string_view>
#include <vector>

namespace kairos::lang::en {

/// A word and the number it stands for (a month, a weekday, an amount, an ordinal ...).
struct entry {
    std::string_view word; ///< lower case
    int value = 0;
    bool latent = false; ///< also an ordinary word ("may", "march", "sun"): needs support
};

enum class unit : std::uint8_t {
    none,
    second,
    minute,
    hour,
    day,
    week,
    weekend,
    fortnight,
    month,
    quarter,
    half,
    year,
    decade,
    century
};
using kairos::part_of_day;
using kairos::season;

/// The calendar a holiday is fixed in, when it is not the Gregorian one. Islamic holidays are
/// computed with the arithmetical (tabular) calendar, so the day observed by moon sighting may
/// differ by a day or two; the others are read from tables of Gregorian dates (lexicon.cpp)
/// for the years they cover, and have no date outside them.
enum class reckoning : std::uint8_t {
    gregorian,      ///< month/day, nth weekday or Easter, as the fields below say
    islamic,        ///< `month`/`day` are an Islamic month and day (9/1: 1 Ramadan)
    hanukkah,       ///< the first day (25 Kislev), table
    passover,       ///< the first day (15 Nisan), table
    rosh_hashanah,  ///< 1 Tishrei, table
    yom_kippur,     ///< 10 Tishrei, table
    lunar_new_year, ///< the first day of the Chinese lunar year, table
    diwali,         ///< Lakshmi Puja, table
};

/// How a holiday's date is computed from its year.
struct holiday {
    std::string_view name; ///< lower-case words separated by single spaces, "'s" as " ' s"
    std::uint8_t month = 0;
    std::uint8_t day = 0;     ///< fixed day of the month, or 0
    std::uint8_t weekday = 0; ///< ISO weekday 1..7 for "the nth weekday" holidays
    std::int8_t nth = 0;      ///< 1..4, or -1 for the last one of the month
    std::int8_t easter = 0;   ///< days from Easter Sunday when `easter_based`
    bool easter_based = false;
    std::int8_t after = 0; ///< days after the day computed ("Black Friday": Thanksgiving + 1)
    reckoning calendar = reckoning::gregorian;
};

/// A zone abbreviation or "X time" city and the IANA zone it means.
struct zone_name {
    std::string_view word;
    std::string_view iana;
};

/// Lookups; each returns nullptr (or unit::none) when the word is not in the table.
const entry* find_month(std::string_view w) noexcept;                ///< "September", "Sept" -> 9
const entry* find_weekday(std::string_view w) noexcept;              ///< "Monday", "Mon" -> 1
const entry* find_number(std::string_view w) noexcept;               ///< "two" -> 2, "dozen" -> 12
const entry* find_ordinal(std::string_view w) noexcept;              ///< "third" -> 3
const entry* find_season(std::string_view w) noexcept;               ///< value is a `season`
const entry* find_part_of_day(std::string_view w) noexcept;          ///< value is a `part_of_day`
const zone_name* find_zone(std::string_view w) noexcept;             ///< "ET" -> America/New_York
unit find_unit(std::string_view w, bool* plural = nullptr) noexcept; ///< "weeks" -> week
/// All holidays, for prefix matching token by token.
struct holiday_table {
    const holiday* data;
    std::size_t size;
};
holiday_table holidays() noexcept;

/// Every word of the tables above (of a holiday, its first word): what a lookup index over
/// the find_* functions has to know.
std::vector<std::string_view> all_words();
/// The second word of every multi-word holiday name ("day" of "labor day").
std::vector<std::string_view> holiday_second_words();

/// Day of Easter Sunday (Gregorian computus) as {month, day}.
struct month_day {
    int month;
    int day;
};
month_day easter_sunday(int year) noexcept;
/// The day a holiday of a table calendar falls on in a Gregorian year; {0, 0} outside the
/// years its table covers (2000-2035; Diwali 2000-2030).
month_day table_day(reckoning calendar, int year) noexcept;

} // namespace kairos::lang::en

namespace kairos::grammar {
/// The grammar reads the English tables as `en::`.
namespace en = lang::en;
} // namespace kairos::grammar
