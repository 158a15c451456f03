// The English tables. Plain arrays searched linearly: each holds a few dozen words at most.
#include "lang/en/lexicon.hpp"

#include "lex/token.hpp"

#include <array>

namespace kairos::lang::en {
namespace {

using lex::iequals;

// "Sept" and "Sept." -> 9; "May" and "March" are latent (modal verb, verb).
constexpr std::array months{
    entry{"january", 1},     entry{"jan", 1},       entry{"february", 2},  entry{"feb", 2},
    entry{"march", 3, true}, entry{"mar", 3, true}, entry{"april", 4},     entry{"apr", 4},
    entry{"may", 5, true},   entry{"june", 6},      entry{"jun", 6},       entry{"july", 7},
    entry{"jul", 7},         entry{"august", 8},    entry{"aug", 8},       entry{"september", 9},
    entry{"sept", 9},        entry{"sep", 9},       entry{"october", 10},  entry{"oct", 10},
    entry{"november", 11},   entry{"nov", 11},      entry{"december", 12}, entry{"dec", 12}};

// ISO weekday numbers; short forms are latent ("Sun" is a newspaper, "Wed" a verb).
constexpr std::array weekdays{
    entry{"monday", 1},     entry{"mon", 1, true}, entry{"tuesday", 2},    entry{"tue", 2, true},
    entry{"tues", 2, true}, entry{"wednesday", 3}, entry{"wed", 3, true},  entry{"weds", 3, true},
    entry{"thursday", 4},   entry{"thu", 4, true}, entry{"thur", 4, true}, entry{"thurs", 4, true},
    entry{"friday", 5},     entry{"fri", 5, true}, entry{"saturday", 6},   entry{"sat", 6, true},
    entry{"sunday", 7},     entry{"sun", 7, true}};

// Amount words; -1 means an unspecified amount ("a few days" -> PXD).
constexpr std::array numbers{
    entry{"one", 1},        entry{"two", 2},       entry{"three", 3},     entry{"four", 4},
    entry{"five", 5},       entry{"six", 6},       entry{"seven", 7},     entry{"eight", 8},
    entry{"nine", 9},       entry{"ten", 10},      entry{"eleven", 11},   entry{"twelve", 12},
    entry{"thirteen", 13},  entry{"fourteen", 14}, entry{"fifteen", 15},  entry{"sixteen", 16},
    entry{"seventeen", 17}, entry{"eighteen", 18}, entry{"nineteen", 19}, entry{"twenty", 20},
    entry{"thirty", 30},    entry{"forty", 40},    entry{"fifty", 50},    entry{"sixty", 60},
    entry{"seventy", 70},   entry{"eighty", 80},   entry{"ninety", 90},   entry{"hundred", 100},
    entry{"dozen", 12},     entry{"a", 1, true},   entry{"an", 1, true},  entry{"few", -1},
    entry{"several", -1},   entry{"couple", 2},    entry{"many", -1},     entry{"some", -1}};

constexpr std::array ordinals{
    entry{"first", 1},       entry{"second", 2},       entry{"third", 3},
    entry{"fourth", 4},      entry{"fifth", 5},        entry{"sixth", 6},
    entry{"seventh", 7},     entry{"eighth", 8},       entry{"ninth", 9},
    entry{"tenth", 10},      entry{"eleventh", 11},    entry{"twelfth", 12},
    entry{"thirteenth", 13}, entry{"fourteenth", 14},  entry{"fifteenth", 15},
    entry{"sixteenth", 16},  entry{"seventeenth", 17}, entry{"eighteenth", 18},
    entry{"nineteenth", 19}, entry{"twentieth", 20},   entry{"twenty-first", 21},
    entry{"thirtieth", 30},  entry{"last", -1}};

constexpr std::array seasons{entry{"spring", static_cast<int>(season::spring), true},
                             entry{"summer", static_cast<int>(season::summer)},
                             entry{"fall", static_cast<int>(season::fall), true},
                             entry{"autumn", static_cast<int>(season::fall)},
                             entry{"winter", static_cast<int>(season::winter)}};

constexpr std::array parts_of_day{entry{"morning", static_cast<int>(part_of_day::morning)},
                                  entry{"afternoon", static_cast<int>(part_of_day::afternoon)},
                                  entry{"evening", static_cast<int>(part_of_day::evening)},
                                  entry{"night", static_cast<int>(part_of_day::night)},
                                  entry{"daytime", static_cast<int>(part_of_day::daytime)},
                                  entry{"nite", static_cast<int>(part_of_day::night)}};

// News abbreviations to the zone whose clock they name; daylight-saving variants go to the
// same zone because reporters rarely get the letter right.
constexpr std::array zones{zone_name{"et", "America/New_York"},
                           zone_name{"est", "America/New_York"},
                           zone_name{"edt", "America/New_York"},
                           zone_name{"ct", "America/Chicago"},
                           zone_name{"cst", "America/Chicago"},
                           zone_name{"cdt", "America/Chicago"},
                           zone_name{"mt", "America/Denver"},
                           zone_name{"mst", "America/Denver"},
                           zone_name{"mdt", "America/Denver"},
                           zone_name{"pt", "America/Los_Angeles"},
                           zone_name{"pst", "America/Los_Angeles"},
                           zone_name{"pdt", "America/Los_Angeles"},
                           zone_name{"gmt", "Etc/UTC"},
                           zone_name{"utc", "Etc/UTC"},
                           zone_name{"bst", "Europe/London"},
                           zone_name{"cet", "Europe/Paris"},
                           zone_name{"cest", "Europe/Paris"},
                           zone_name{"jst", "Asia/Tokyo"},
                           zone_name{"ist", "Asia/Kolkata"},
                           zone_name{"msk", "Europe/Moscow"},
                           zone_name{"aest", "Australia/Sydney"},
                           zone_name{"beijing", "Asia/Shanghai"},
                           zone_name{"tokyo", "Asia/Tokyo"},
                           zone_name{"london", "Europe/London"},
                           zone_name{"moscow", "Europe/Moscow"},
                           zone_name{"washington", "America/New_York"},
                           zone_name{"eastern", "America/New_York"},
                           zone_name{"pacific", "America/Los_Angeles"},
                           zone_name{"central", "America/Chicago"},
                           zone_name{"greenwich", "Etc/UTC"},
                           zone_name{"paris", "Europe/Paris"},
                           zone_name{"berlin", "Europe/Berlin"},
                           zone_name{"brussels", "Europe/Brussels"},
                           zone_name{"geneva", "Europe/Zurich"}};

// Words are joined by single spaces; "New Year's Day" tokenizes as new year ' s day.
constexpr std::array holiday_list{
    holiday{"new year ' s day", 1, 1},
    holiday{"new year ' s eve", 12, 31},
    holiday{"new year ' s", 1, 1},
    holiday{"new years eve", 12, 31}, // as typed, without the apostrophe
    holiday{"new years day", 1, 1},
    holiday{"martin luther king day", 1, 0, 1, 3},
    holiday{"martin luther king jr . day", 1, 0, 1, 3},
    holiday{"valentine ' s day", 2, 14},
    holiday{"presidents ' day", 2, 0, 1, 3},
    holiday{"presidents day", 2, 0, 1, 3},
    holiday{"st . patrick ' s day", 3, 17},
    holiday{"good friday", 0, 0, 0, 0, -2, true},
    holiday{"easter sunday", 0, 0, 0, 0, 0, true},
    holiday{"easter monday", 0, 0, 0, 0, 1, true},
    holiday{"easter", 0, 0, 0, 0, 0, true},
    holiday{"mother ' s day", 5, 0, 7, 2},
    holiday{"memorial day", 5, 0, 1, -1},
    holiday{"father ' s day", 6, 0, 7, 3},
    holiday{"independence day", 7, 4},
    holiday{"fourth of july", 7, 4},
    holiday{"july fourth", 7, 4},
    holiday{"labor day", 9, 0, 1, 1},
    holiday{"columbus day", 10, 0, 1, 2},
    holiday{"halloween", 10, 31},
    holiday{"veterans day", 11, 11},
    holiday{"veterans ' day", 11, 11},
    holiday{"election day", 11, 0, 2, 0}, // the Tuesday after the first Monday: special-cased
    holiday{"thanksgiving day", 11, 0, 4, 4},
    holiday{"thanksgiving", 11, 0, 4, 4},
    holiday{"christmas eve", 12, 24},
    holiday{"christmas day", 12, 25},
    holiday{"christmas", 12, 25},
    holiday{"xmas eve", 12, 24},
    holiday{"xmas day", 12, 25},
    holiday{"xmas", 12, 25},
    holiday{"boxing day", 12, 26},
    holiday{"black friday", 11, 0, 4, 4, 0, false, 1},
    holiday{"cyber monday", 11, 0, 4, 4, 0, false, 4},
    holiday{"juneteenth", 6, 19},
    holiday{"mlk day", 1, 0, 1, 3},
    holiday{"hanukkah", 0, 0, 0, 0, 0, false, 0, reckoning::hanukkah},
    holiday{"chanukah", 0, 0, 0, 0, 0, false, 0, reckoning::hanukkah},
    holiday{"passover", 0, 0, 0, 0, 0, false, 0, reckoning::passover},
    holiday{"pesach", 0, 0, 0, 0, 0, false, 0, reckoning::passover},
    holiday{"rosh hashanah", 0, 0, 0, 0, 0, false, 0, reckoning::rosh_hashanah},
    holiday{"rosh hashana", 0, 0, 0, 0, 0, false, 0, reckoning::rosh_hashanah},
    holiday{"yom kippur", 0, 0, 0, 0, 0, false, 0, reckoning::yom_kippur},
    holiday{"ramadan", 9, 1, 0, 0, 0, false, 0, reckoning::islamic},
    holiday{"eid al - fitr", 10, 1, 0, 0, 0, false, 0, reckoning::islamic},
    holiday{"eid ul - fitr", 10, 1, 0, 0, 0, false, 0, reckoning::islamic},
    holiday{"eid al - adha", 12, 10, 0, 0, 0, false, 0, reckoning::islamic},
    holiday{"eid ul - adha", 12, 10, 0, 0, 0, false, 0, reckoning::islamic},
    holiday{"diwali", 0, 0, 0, 0, 0, false, 0, reckoning::diwali},
    holiday{"deepavali", 0, 0, 0, 0, 0, false, 0, reckoning::diwali},
    holiday{"lunar new year", 0, 0, 0, 0, 0, false, 0, reckoning::lunar_new_year},
    holiday{"chinese new year", 0, 0, 0, 0, 0, false, 0, reckoning::lunar_new_year}};

// Gregorian days (month * 100 + day) of the holidays of lunar and lunisolar calendars, one per
// year from 2000. The Hebrew calendar's days and the Lunar New Year were computed with the
// Debian packages python3-convertdate and python3-lunardate: Hanukkah (25 Kislev)
// hebrew.to_gregorian(y + 3761, 9, 25), Passover (15 Nisan) hebrew.to_gregorian(y + 3760, 1,
// 15), Rosh Hashanah (1 Tishrei) and Yom Kippur (10 Tishrei) hebrew.to_gregorian(y + 3761, 7,
// 1 or 10), LunarDate(y, 1, 1).toSolarDate(); Diwali is the Lakshmi Puja day of published Hindu
// calendars (India's list of central government holidays where they differ).
constexpr int table_start = 2000;
constexpr std::array<std::uint16_t, 36> hanukkah_days{
    1222, 1210, 1130, 1220, 1208, 1226, 1216, 1205, 1222, 1212, 1202, 1221,
    1209, 1128, 1217, 1207, 1225, 1213, 1203, 1223, 1211, 1129, 1219, 1208,
    1226, 1215, 1205, 1225, 1213, 1202, 1221, 1210, 1128, 1217, 1207, 1226};
constexpr std::array<std::uint16_t, 36> passover_days{
    420, 408, 328, 417, 406, 424, 413, 403, 420, 409, 330, 419, 407, 326, 415, 404, 423, 411,
    331, 420, 409, 328, 416, 406, 423, 413, 402, 422, 411, 331, 418, 408, 327, 414, 404, 424};
constexpr std::array<std::uint16_t, 36> rosh_hashanah_days{
    930, 918, 907, 927, 916, 1004, 923,  913, 930, 919,  909, 929, 917, 905, 925, 914, 1003, 921,
    910, 930, 919, 907, 926, 916,  1003, 923, 912, 1002, 921, 910, 928, 918, 906, 924, 914,  1004};
constexpr std::array<std::uint16_t, 36> yom_kippur_days{
    1009, 927,  916,  1006, 925,  1013, 1002, 922,  1009, 928,  918,  1008,
    926,  914,  1004, 923,  1012, 930,  919,  1009, 928,  916,  1005, 925,
    1012, 1002, 921,  1011, 930,  919,  1007, 927,  915,  1003, 923,  1013};
constexpr std::array<std::uint16_t, 36> lunar_new_year_days{
    205, 124, 212, 201, 122, 209, 129, 218, 207, 126, 214, 203, 123, 210, 131, 219, 208, 128,
    216, 205, 125, 212, 201, 122, 210, 129, 217, 206, 126, 213, 203, 123, 211, 131, 219, 208};
constexpr std::array<std::uint16_t, 31> diwali_days{
    1026, 1114, 1104, 1025, 1112, 1101, 1021, 1109, 1028, 1017, 1105, 1026, 1113, 1103, 1023, 1111,
    1030, 1019, 1107, 1027, 1114, 1104, 1024, 1112, 1031, 1020, 1108, 1029, 1017, 1105, 1026};

template<class Table>
const entry* find_in(const Table& table, std::string_view w) noexcept {
    for (const entry& e : table)
        if (iequals(w, e.word)) return &e;
    return nullptr;
}

struct unit_word {
    std::string_view word;
    unit u;
    bool plural;
};
constexpr std::array unit_words{
    unit_word{"second", unit::second, false}, unit_word{"seconds", unit::second, true},
    unit_word{"minute", unit::minute, false}, unit_word{"minutes", unit::minute, true},
    unit_word{"mins", unit::minute, true}, // "a min" is a moment
    // "5 min": read as a plural, so only a number counts it
    unit_word{"min", unit::minute, true}, unit_word{"secs", unit::second, true},
    unit_word{"hour", unit::hour, false}, unit_word{"hours", unit::hour, true},
    unit_word{"hr", unit::hour, false}, unit_word{"hrs", unit::hour, true},
    unit_word{"day", unit::day, false}, unit_word{"days", unit::day, true},
    unit_word{"week", unit::week, false}, unit_word{"weeks", unit::week, true},
    unit_word{"wk", unit::week, false}, unit_word{"wks", unit::week, true},
    unit_word{"weekend", unit::weekend, false}, unit_word{"weekends", unit::weekend, true},
    unit_word{"wknd", unit::weekend, false}, // chat spelling
    unit_word{"fortnight", unit::fortnight, false}, unit_word{"month", unit::month, false},
    unit_word{"months", unit::month, true}, unit_word{"quarter", unit::quarter, false},
    unit_word{"quarters", unit::quarter, true}, unit_word{"year", unit::year, false},
    unit_word{"years", unit::year, true}, unit_word{"yr", unit::year, false},
    unit_word{"yrs", unit::year, true}, unit_word{"decade", unit::decade, false},
    unit_word{"decades", unit::decade, true}, unit_word{"century", unit::century, false},
    unit_word{"centuries", unit::century, true}};

} // namespace

const entry* find_month(std::string_view w) noexcept {
    return find_in(months, w);
}
const entry* find_weekday(std::string_view w) noexcept {
    return find_in(weekdays, w);
}
const entry* find_number(std::string_view w) noexcept {
    return find_in(numbers, w);
}
const entry* find_ordinal(std::string_view w) noexcept {
    return find_in(ordinals, w);
}
const entry* find_season(std::string_view w) noexcept {
    return find_in(seasons, w);
}
const entry* find_part_of_day(std::string_view w) noexcept {
    return find_in(parts_of_day, w);
}

const zone_name* find_zone(std::string_view w) noexcept {
    for (const zone_name& z : zones)
        if (iequals(w, z.word)) return &z;
    return nullptr;
}

unit find_unit(std::string_view w, bool* plural) noexcept {
    for (const unit_word& u : unit_words)
        if (iequals(w, u.word)) {
            if (plural) *plural = u.plural;
            return u.u;
        }
    return unit::none;
}

holiday_table holidays() noexcept {
    return {holiday_list.data(), holiday_list.size()};
}

std::vector<std::string_view> all_words() {
    std::vector<std::string_view> out;
    const auto add = [&out](const auto& table) {
        for (const auto& e : table) out.push_back(e.word);
    };
    add(months);
    add(weekdays);
    add(numbers);
    add(ordinals);
    add(seasons);
    add(parts_of_day);
    add(zones);
    add(unit_words);
    for (const holiday& h : holiday_list) out.push_back(h.name.substr(0, h.name.find(' ')));
    return out;
}

std::vector<std::string_view> holiday_second_words() {
    std::vector<std::string_view> out;
    for (const holiday& h : holiday_list) {
        const auto sp = h.name.find(' ');
        if (sp == std::string_view::npos) continue;
        const std::string_view rest = h.name.substr(sp + 1);
        out.push_back(rest.substr(0, rest.find(' ')));
    }
    return out;
}

month_day table_day(reckoning calendar, int year) noexcept {
    const auto in = [year](const auto& table) -> month_day {
        const int k = year - table_start;
        if (k < 0 || k >= static_cast<int>(table.size())) return {0, 0};
        const int md = table[static_cast<std::size_t>(k)];
        return {md / 100, md % 100};
    };
    switch (calendar) {
    case reckoning::hanukkah:
        return in(hanukkah_days);
    case reckoning::passover:
        return in(passover_days);
    case reckoning::rosh_hashanah:
        return in(rosh_hashanah_days);
    case reckoning::yom_kippur:
        return in(yom_kippur_days);
    case reckoning::lunar_new_year:
        return in(lunar_new_year_days);
    case reckoning::diwali:
        return in(diwali_days);
    default:
        return {0, 0};
    }
}

month_day easter_sunday(int year) noexcept {
    // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    const int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
    const int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    return {(h + l - 7 * m + 114) / 31, ((h + l - 7 * m + 114) % 31) + 1};
}

} // namespace kairos::lang::en
