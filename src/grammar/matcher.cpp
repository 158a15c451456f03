// Slot readers: each looks at the tokens from a position and says how many it consumes.
#include "grammar/index.hpp"
#include "lang/en/context.hpp"
#include "lang/en/reading.hpp"

#include <algorithm>

namespace kairos::grammar {
namespace {

using lex::iequals;
using lex::token_kind;
using lex::token_stream;

constexpr bool digits(std::string_view s) noexcept {
    return !s.empty() &&
           std::all_of(s.begin(), s.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
}

struct reader {
    const token_stream& ts;
    const token_facts& facts;
    const grammar_index& index;
    std::size_t rule_index;
    captures& c;

    [[nodiscard]] bool has(std::size_t i) const noexcept { return i < ts.size(); }
    [[nodiscard]] std::string_view str(std::size_t i) const noexcept {
        return has(i) ? ts.str(i) : std::string_view{};
    }
    [[nodiscard]] bool glued(std::size_t i) const noexcept {
        return has(i) && !ts.tokens[i].space_before;
    }
    [[nodiscard]] token_kind kind(std::size_t i) const noexcept { return ts.tokens[i].kind; }
    [[nodiscard]] bool upper(std::size_t i) const noexcept { return ts.tokens[i].upper; }
    /// The dictionary entry of token i; nullptr past the end or for unknown words.
    [[nodiscard]] const word_info* info(std::size_t i) const noexcept {
        return has(i) ? facts.keys[i].info : nullptr;
    }

    // "17.5", "10:35", "3/4": a number glued to punctuation glued to a number
    [[nodiscard]] bool number_continues(std::size_t i) const noexcept {
        if (!glued(i) || !has(i + 1) || !glued(i + 1)) return false;
        const std::string_view p = str(i);
        return (p == "." || p == ":" || p == "," || p == "/") && kind(i + 1) != token_kind::word &&
               kind(i + 1) != token_kind::punct;
    }

    /// Whether token i is a digit token of a size slot kind k reads (pattern.hpp).
    [[nodiscard]] bool number_for(slot_kind k, std::size_t i) const noexcept {
        return kind(i) == token_kind::number && digit_sizes_of(k).number.holds(str(i).size());
    }
    /// Whether token i is a digits-then-letters token of a size slot kind k reads.
    [[nodiscard]] bool alnum_for(slot_kind k, std::size_t i) const noexcept {
        return kind(i) == token_kind::alnum && digit_sizes_of(k).alnum.holds(str(i).size());
    }

    // Consumes a '.' glued to token i-1 when present: "Sept." "Mon."
    [[nodiscard]] std::size_t optional_dot(std::size_t i) const noexcept {
        return glued(i) && str(i) == "." ? 1 : 0;
    }

    std::size_t word(std::size_t i, std::size_t slot_index) {
        const word_info* w = info(i);
        if (!w || w->id == 0 || kind(i) != token_kind::word) return 0;
        const auto ids = index.alternatives(rule_index, slot_index);
        for (std::size_t n = 0; n < ids.size(); ++n)
            if (ids[n] == w->id) {
                const auto named = index.rules()[rule_index].pattern[slot_index].named;
                if (!named.empty()) c.meaning[slot_index] = named[n].meaning;
                return 1;
            }
        return 0;
    }

    /// `spaced`: a "-" with spaces around it joins too ("9:30 - 11:00", a range's two ends).
    std::size_t punct(std::size_t i, std::string_view alternatives, bool spaced) const {
        if (!has(i) || kind(i) != token_kind::punct) return 0;
        const std::string_view t = str(i);
        if ((t == "-" || t == "/" || t == ":") && !glued(i) && !(spaced && t == "-")) return 0;
        for (const char a : alternatives)
            if (a != '|' && t.size() == 1 && t[0] == a) return 1;
        return 0;
    }

    // A day number that counts nothing: "may 5", "march 3rd", not "march 5 miles".
    [[nodiscard]] bool day_number_at(std::size_t i) const noexcept {
        if (!has(i)) return false;
        const std::size_t n = str(i).size();
        const bool day = (kind(i) == token_kind::number && n <= 2) ||
                         (kind(i) == token_kind::alnum && n >= 3 && n <= 4);
        if (!day || !has(i + 1) || kind(i + 1) != token_kind::word) return day;
        const bool unit = info(i + 1) && info(i + 1)->unit != en::unit::none;
        return !unit && !lex::iequals_any(str(i + 1), en::context::count_nouns);
    }

    // "march 2026": four digits of a year, which no verb "march" or "may" is followed by
    [[nodiscard]] bool year_at(std::size_t i) const noexcept {
        if (!has(i) || !number_for(slot_kind::year, i) || str(i).size() != 4) return false;
        const int v = lex::to_int(str(i));
        return v >= 1000 && v <= 2199 && !number_continues(i + 1);
    }

    // "10-Aug-2012": a hyphen and a number glued to a short month
    [[nodiscard]] bool hyphen_number_at(std::size_t i) const noexcept {
        return glued(i) && str(i) == "-" && glued(i + 1) && kind(i + 1) == token_kind::number;
    }

    std::size_t month(std::size_t i) {
        if (!info(i)) return 0;
        const en::entry* e = info(i)->month;
        if (!e) return 0;
        // lower-case text ("february 15") names months too, but "may", "march" and "august"
        // are words there unless their day follows
        if (!upper(i) && (e->latent || lex::iequals_any(str(i), en::lower_case_words)) &&
            !day_number_at(i + 1) && !year_at(i + 1))
            return 0;
        const bool abbreviation =
            str(i).size() <= 4 && e->value != 5 && e->value != 6 && e->value != 7;
        const std::size_t dot = abbreviation ? optional_dot(i + 1) : 0;
        // "Jan Kavan", "Mar": a short form without its period needs a number after it, or a
        // day or a leading word before it ("the 5th of nov", "20th sept", "by oct")
        if (abbreviation && !dot && !hyphen_number_at(i + 1) && !day_before(i) &&
            !paired_month(i) &&
            (!has(i + 1) || kind(i + 1) == token_kind::word || kind(i + 1) == token_kind::punct))
            return 0;
        c.month = e->value;
        c.latent = c.latent || (e->latent && !abbreviation);
        return 1 + dot;
    }

    // Before a short month without its period: a day ("5th", "fifth", "20"), perhaps then
    // "of" ("the 5th of nov", "20 sept"), or a word that leads to a month ("by oct", "end of
    // sept"), for the short forms that are no name ("Jan", "Dec", "Jun" are).
    [[nodiscard]] bool day_before(std::size_t i) const noexcept {
        if (i == 0) return false;
        // "in Oct/Dec" is a span of months, left whole to the rules that read it
        const bool alone = !glued(i + 1) || lex::iequals_any(str(i + 1), en::month_enders);
        if (alone && !lex::iequals_any(str(i), en::name_like_months) &&
            lex::iequals_any(str(i - 1), en::month_heads))
            return true;
        if (i > 1 && iequals(str(i - 1), en::day_of)) --i;
        if (kind(i - 1) != token_kind::word) return day_in_figures(i - 1) > 0;
        return info(i - 1) && info(i - 1)->ordinal && info(i - 1)->ordinal->value > 0;
    }

    // The day of the month token `i` writes in figures ("17", "17th"), 1-31; -1 when none.
    [[nodiscard]] int day_in_figures(std::size_t i) const noexcept {
        const std::string_view t = str(i);
        int v = -1;
        if (number_for(slot_kind::day, i)) {
            v = lex::to_int(t);
        } else if (alnum_for(slot_kind::day, i)) {
            const std::string_view suffix = t.substr(t.size() - 2);
            if (lex::iequals_any(suffix, en::ordinal_suffixes))
                v = lex::to_int(t.substr(0, t.size() - 2));
        }
        return v >= 1 && v <= 31 ? v : -1;
    }

    std::size_t day(std::size_t i) {
        if (!has(i)) return 0;
        const int v = day_in_figures(i);
        if (v < 0) return 0;
        if (number_continues(i + 1) && str(i + 1) != "/") return 0;
        c.day = v;
        return 1;
    }

    // in lower case only a month that is no other word: "the fifth of november", not "may"
    // "Oct/Dec", "Jan-Mar": two short months glued by a slash or a dash name each other
    [[nodiscard]] bool paired_month(std::size_t i) const noexcept {
        const auto joint = [this](std::size_t k) {
            return glued(k) && (str(k) == "/" || str(k) == "-") && glued(k + 1);
        };
        return (joint(i + 1) && is_month(i + 2)) || (i >= 2 && joint(i - 1) && is_month(i - 2));
    }

    [[nodiscard]] bool is_month(std::size_t i) const noexcept {
        const en::entry* e = info(i) ? info(i)->month : nullptr;
        return e && (upper(i) || (!e->latent && !lex::iequals_any(str(i), en::lower_case_words)));
    }

    // "April nine", "March twenty-first", "the ninth of April": a day in words, read only beside
    // its month; a cardinal must be followed by punctuation, a number or a word that goes on a
    // date, else it counts something ("May one day", "June two years ago").
    std::size_t day_word(std::size_t i) {
        if (!has(i) || kind(i) != token_kind::word || !info(i)) return 0;
        const en::entry* e = info(i)->ordinal ? info(i)->ordinal : info(i)->number;
        if (!e || e->latent || e->value < 1 || e->value > 30) return 0;
        int v = e->value;
        bool ordinal = info(i)->ordinal != nullptr;
        std::size_t n = 1;
        if (v == 20 || v == 30) { // "twenty-first", "twenty one"
            const std::size_t k = (str(i + 1) == "-" && glued(i + 1)) ? i + 2 : i + 1;
            const en::entry* ones =
                info(k) ? (info(k)->ordinal ? info(k)->ordinal : info(k)->number) : nullptr;
            if (ones && !ones->latent && ones->value >= 1 && ones->value <= 9 &&
                v + ones->value <= 31) {
                v += ones->value;
                ordinal = info(k)->ordinal != nullptr;
                n = k + 1 - i;
            }
        }
        const std::size_t after = i + n;
        const bool month_before =
            i > 0 && (is_month(i - 1) || (str(i - 1) == "." && i > 1 && is_month(i - 2)));
        const bool month_after = ordinal && iequals(str(after), en::day_of) && is_month(after + 1);
        if (!month_before && !month_after) return 0;
        if (str(after) == "-" && glued(after)) return 0; // "April one-third", "May first-quarter"
        if (!ordinal && has(after) && kind(after) == token_kind::word &&
            !lex::iequals_any(str(after), en::day_word_followers))
            return 0;
        if (ordinal && month_before && info(after) && info(after)->unit != en::unit::none)
            return 0; // "March first quarter"
        c.day = v;
        return n;
    }

    std::size_t year(std::size_t i) {
        if (!has(i) || !number_for(slot_kind::year, i)) return 0;
        const int v = lex::to_int(str(i));
        // "2012/8/10" goes on; "2012/13" is left to the refiner, which drops a number so cut
        if (v < 1000 || v > 2199 || (number_continues(i + 1) && str(i + 1) != "/")) return 0;
        c.year = v;
        return 1;
    }

    // "'89" (year2) or "'80s" / "’80s" (decade)
    std::size_t apostrophe_digits(std::size_t i, bool want_decade) {
        if (!has(i + 1)) return 0;
        std::string_view t;
        if (str(i) == "'" && glued(i + 1)) {
            t = str(i + 1);
        } else if (str(i).substr(0, 3) == "\xE2\x80\x98" || str(i).substr(0, 3) == "\xE2\x80\x99") {
            return 0; // a curly quote glued to the digits makes one word token; too rare to chase
        } else {
            return 0;
        }
        const bool s = t.size() == 3 && iequals(t.substr(2), en::decade_s);
        const int v = lex::to_int(t.substr(0, 2));
        if (v < 0 || (t.size() != 2 && !s)) return 0;
        if (want_decade != s) return 0;
        if (want_decade) {
            if (v % 10 != 0) return 0;
            c.decade = (v >= 30 ? 190 : 200) + v / 10;
        } else {
            c.year2 = v;
        }
        return 2;
    }

    std::size_t decade(std::size_t i) {
        if (!has(i)) return 0;
        if (kind(i) == token_kind::punct) return apostrophe_digits(i, true);
        const std::string_view t = str(i);
        if (alnum_for(slot_kind::decade, i) && iequals(t.substr(4), en::decade_s)) {
            const int v = lex::to_int(t.substr(0, 4));
            if (v < 1000 || v > 2190 || v % 10 != 0) return 0;
            c.decade = v / 10;
            return 1;
        }
        if (number_for(slot_kind::decade, i) && str(i + 1) == "'" && glued(i + 1) && glued(i + 2) &&
            iequals(str(i + 2), en::decade_s)) {
            const int v = lex::to_int(t);
            if (v < 1000 || v > 2190 || v % 10 != 0) return 0;
            c.decade = v / 10;
            return 3;
        }
        return 0;
    }

    std::size_t weekday(std::size_t i) {
        if (!info(i)) return 0;
        const en::entry* e = info(i)->weekday;
        // in lower case "sun", "sat", "wed." are words; "monday" is still a day, and so are
        // the short forms that are no other word ("thurs", "Tues")
        if (!e) return 0;
        const bool word = e->latent && !lex::iequals_any(str(i), en::unmistakable_short_weekdays);
        if (word && !upper(i)) return 0;
        const std::size_t dot = e->latent ? optional_dot(i + 1) : 0;
        if (word && !dot && !iequals(str(i), en::weds)) return 0;
        c.weekday = e->value;
        return 1 + dot;
    }

    std::size_t amount(std::size_t i) {
        if (!has(i)) return 0;
        const std::string_view t = str(i);
        if (kind(i) == token_kind::number) {
            if (!number_for(slot_kind::amount, i) || number_continues(i + 1)) return 0;
            c.amount = lex::to_int(t);
            // "2 1/2 years": a half written as a fraction after the whole number
            if (str(i + 1) == "1" && str(i + 2) == "/" && glued(i + 2) && str(i + 3) == "2" &&
                glued(i + 3)) {
                c.half = true;
                return 4;
            }
            return 1;
        }
        if (kind(i) != token_kind::word) return 0;
        if (lex::iequals_any(t, en::articles)) {
            if (iequals(str(i + 1), en::few)) {
                c.amount = -1;
                return 2;
            }
            if (iequals(str(i + 1), en::couple) && iequals(str(i + 2), en::couple_of)) {
                c.amount = 2;
                return 3;
            }
            if (iequals(str(i + 1), en::dozen)) {
                c.amount = 12;
                return 2;
            }
            c.amount = 1;
            return 1;
        }
        const en::entry* e = info(i) ? info(i)->number : nullptr;
        if (!e) return 0;
        int v = e->value;
        std::size_t n = 1;
        if (v >= 20 && v % 10 == 0 && v < 100) { // "twenty-four", "twenty four"
            const std::size_t k = (str(i + 1) == "-" && glued(i + 1)) ? i + 2 : i + 1;
            if (has(k) && kind(k) == token_kind::word) {
                const en::entry* ones = info(k) ? info(k)->number : nullptr;
                if (ones && ones->value >= 1 && ones->value <= 9 && !ones->latent) {
                    v += ones->value;
                    n = k - i + 1;
                }
            }
        }
        if (iequals(t, en::couple) && iequals(str(i + 1), en::couple_of)) n = 2;
        c.amount = v;
        return n;
    }

    // "1.5": a whole number, a point and at most three digits glued after it, and no more
    // number after them ("1.5.2" is a version). The digits go to c.fraction and c.scale.
    // "3-1/2", the newswire's "3 1/2", is the whole number and a half (c.half).
    std::size_t decimal(std::size_t i) {
        if (!has(i) || !number_for(slot_kind::decimal, i)) return 0;
        if (str(i + 1) == "-" && glued(i + 1) && glued(i + 2) && str(i + 2) == "1" &&
            str(i + 3) == "/" && glued(i + 3) && glued(i + 4) && str(i + 4) == "2" &&
            !number_continues(i + 5)) {
            c.amount = lex::to_int(str(i));
            c.half = true;
            return 5;
        }
        if (str(i + 1) != "." || !glued(i + 1) || !has(i + 2) || !glued(i + 2) ||
            kind(i + 2) != token_kind::number || str(i + 2).size() > 3 || number_continues(i + 3))
            return 0;
        c.amount = lex::to_int(str(i));
        c.fraction = lex::to_int(str(i + 2));
        c.scale = static_cast<std::uint8_t>(str(i + 2).size());
        return 3;
    }

    std::size_t unit(std::size_t i) {
        const word_info* w = info(i);
        if (!w || w->unit == en::unit::none) return 0;
        c.unit = w->unit;
        c.plural = w->plural;
        return 1;
    }

    std::size_t ordinal(std::size_t i) {
        if (!has(i)) return 0;
        const std::string_view t = str(i);
        if (alnum_for(slot_kind::ordinal, i)) {
            const int v = lex::to_int(t.substr(0, t.size() - 2));
            if (v < 1) return 0;
            c.ordinal = v;
            return 1;
        }
        if (kind(i) != token_kind::word || !info(i)) return 0;
        const en::entry* e = info(i)->ordinal;
        if (!e || e->value < 0) return 0;
        c.ordinal = e->value;
        return 1;
    }

    std::size_t season(std::size_t i) {
        if (!info(i)) return 0;
        const en::entry* e = info(i)->season;
        if (!e) return 0;
        c.season = e->value;
        c.latent = c.latent || e->latent;
        return 1;
    }

    std::size_t pod(std::size_t i) {
        if (!info(i)) return 0;
        const en::entry* e = info(i)->pod;
        if (!e) return 0;
        c.pod = e->value;
        return 1;
    }

    std::size_t holiday(std::size_t i) {
        if (!info(i) || !info(i)->holiday_start) return 0;
        const en::holiday_table table = en::holidays();
        std::size_t best = 0;
        const char initial = static_cast<char>(str(i)[0] | 0x20); // ASCII lower case
        for (std::size_t h = 0; h < table.size; ++h) {
            std::string_view name = table.data[h].name;
            if (name[0] != initial) continue; // most names, cheaply
            std::size_t k = i;
            bool ok = true;
            // token by token, each the name's next word: a word ends at a space or the end;
            // in lower case all of it ("christmas eve"), not "a good Friday"
            while (!name.empty()) {
                const std::string_view t = has(k) ? str(k) : std::string_view{};
                if (t.empty() || t.size() > name.size() || !iequals(t, name.substr(0, t.size())) ||
                    (t.size() < name.size() && name[t.size()] != ' ') || (!upper(i) && upper(k))) {
                    ok = false;
                    break;
                }
                ++k;
                name.remove_prefix(std::min(name.size(), t.size() + 1));
            }
            if (ok && k - i > best) {
                best = k - i;
                c.holiday = &table.data[h];
            }
        }
        return best;
    }

    std::size_t zone(std::size_t i) {
        if (!info(i)) return 0;
        const en::zone_name* z = info(i)->zone;
        if (!z) return 0;
        // the zone table's abbreviations have at most four letters, its city names more
        const bool abbreviation = str(i).size() <= 4;
        if (abbreviation) {
            for (char ch : str(i))
                if (ch < 'A' || ch > 'Z') return 0;
            c.zone = z;
            return 1;
        }
        if (!upper(i) || !iequals(str(i + 1), en::zone_time)) return 0;
        c.zone = z;
        return 2;
    }

    // a.m. / am / a.m / A.M. after a clock number; returns tokens consumed, sets pm
    std::size_t meridiem(std::size_t i, bool& pm) const {
        if (!has(i) || kind(i) != token_kind::word) return 0;
        const std::string_view t = str(i);
        if (iequals(t, en::am) || iequals(t, en::pm)) {
            pm = iequals(t, en::pm);
            return 1; // "at 5 pm.": the period ends the sentence, not an abbreviation
        }
        if ((iequals(t, en::am_initial) || iequals(t, en::pm_initial)) && str(i + 1) == "." &&
            glued(i + 1) && glued(i + 2) && iequals(str(i + 2), en::meridiem_final)) {
            pm = iequals(t, en::pm_initial);
            return 3 + optional_dot(i + 3);
        }
        return 0;
    }

    // "15h30": a 24-hour time with "h" between hour and minutes; 0 when t is not one
    std::size_t clock_h(std::string_view t) {
        const std::size_t mark = t.size() - 3;
        if (t[mark] != en::hour_mark || !digits(t.substr(0, mark)) || !digits(t.substr(mark + 1)))
            return 0;
        const int h = lex::to_int(t.substr(0, mark));
        const int m = lex::to_int(t.substr(mark + 1));
        if (h > 23 || m > 59) return 0;
        c.hour = h;
        c.minute = m;
        return 1;
    }

    // ":24" after "15:23": the seconds; 0 when none
    std::size_t clock_seconds(std::size_t i) {
        if (str(i) != ":" || !glued(i) || !glued(i + 1) || kind(i + 1) != token_kind::number ||
            str(i + 1).size() != 2)
            return 0;
        const int sec = lex::to_int(str(i + 1));
        if (sec > 59) return 0;
        c.second = sec;
        return 2;
    }

    // "15pm": two digits of minutes with the meridiem glued on
    [[nodiscard]] bool minutes_with_meridiem(std::size_t i) const noexcept {
        const std::string_view t = str(i);
        return kind(i) == token_kind::alnum && t.size() == 4 &&
               (iequals(t.substr(2), en::am) || iequals(t.substr(2), en::pm));
    }

    // "30pm" or "30 p.m.": minutes that carry the meridiem
    bool meridiem_after(std::size_t i) const {
        if (!has(i)) return false;
        bool pm = false;
        if (kind(i) == token_kind::number) return str(i).size() == 2 && meridiem(i + 1, pm) > 0;
        return minutes_with_meridiem(i);
    }

    std::size_t clock(std::size_t i) {
        if (!has(i)) return 0;
        const std::string_view t = str(i);
        int h = -1, m = 0;
        std::size_t n = 0;
        bool pm = false;
        bool glued_meridiem = false; // "3:15pm": the minutes carry it
        if (number_for(slot_kind::clock, i)) {
            h = lex::to_int(t);
            n = 1;
            // "3.30pm", "3.30 p.m.": the British clock, a time only with its meridiem
            const bool colon = str(i + 1) == ":" || (str(i + 1) == "." && meridiem_after(i + 2));
            if (colon && glued(i + 1) && glued(i + 2)) {
                const std::string_view mm = str(i + 2);
                if (kind(i + 2) == token_kind::number && mm.size() == 2) {
                    m = lex::to_int(mm);
                    n = 3 + clock_seconds(i + 3);
                } else if (minutes_with_meridiem(i + 2)) {
                    m = lex::to_int(mm.substr(0, 2)); // "3:15pm"
                    pm = iequals(mm.substr(2), en::pm);
                    glued_meridiem = true;
                    n = 3;
                }
            }
        } else if (alnum_for(slot_kind::clock, i)) {
            if (t.size() >= 4 && clock_h(t)) return 1;
            const std::string_view suffix = t.substr(t.size() - 2);
            if (!iequals(suffix, en::am) && !iequals(suffix, en::pm)) return 0;
            h = lex::to_int(t.substr(0, t.size() - 2));
            if (h < 1 || h > 12) return 0;
            c.hour = iequals(suffix, en::pm) ? (h % 12) + 12 : h % 12;
            c.minute = 0;
            c.meridiem = true;
            return 1;
        } else {
            return 0;
        }
        if (h < 0 || h > 24 || m < 0 || m > 59 || number_continues(i + n)) return 0;
        const std::size_t mer = glued_meridiem ? 0 : meridiem(i + n, pm);
        if (mer || glued_meridiem) {
            if (h < 1 || h > 12) return 0;
            h = pm ? (h % 12) + 12 : h % 12;
            c.meridiem = true;
        } else if (n == 1) {
            return 0; // a bare number is not a time
        } else if (n == 5 && t.size() == 1) {
            c.second = -1;
            return 0; // "2:03:45" without a.m. or p.m. is a race time, a duration
        }
        c.hour = h;
        c.minute = m;
        return n + mer;
    }

    // "30", "30Z", "123Z": digits, then "Z" for UTC or nothing; -1 when the token is neither
    [[nodiscard]] int digits_z(std::size_t i, std::size_t digits, bool& z) const noexcept {
        if (!has(i) || !glued(i)) return -1;
        const std::string_view t = str(i);
        z = t.size() == digits + 1 && t.back() == en::iso_utc;
        if (t.size() != digits + (z ? 1 : 0)) return -1;
        return lex::to_int(t.substr(0, digits));
    }

    // "+02:00", "-0500" after an ISO time: minutes east of UTC; tokens read, 0 when none
    std::size_t utc_offset(std::size_t i) {
        if (!has(i) || !glued(i) || (str(i) != "+" && str(i) != "-") || !glued(i + 1)) return 0;
        const std::string_view hh = str(i + 1);
        int h = -1, m = -1;
        std::size_t n = 0;
        if (hh.size() == 4) {
            h = lex::to_int(hh.substr(0, 2));
            m = lex::to_int(hh.substr(2));
            n = 2;
        } else if (hh.size() == 2 && str(i + 2) == ":" && glued(i + 2) && glued(i + 3)) {
            h = lex::to_int(hh);
            m = str(i + 3).size() == 2 ? lex::to_int(str(i + 3)) : -1;
            n = 4;
        }
        if (h < 0 || h > 14 || m < 0 || m > 59) return 0;
        c.utc_offset = (str(i) == "-" ? -1 : 1) * (h * 60 + m);
        return n;
    }

    // "17T13:15", "17T13:15:30Z", "17T13:15:30.5+02:00": the day and time of an ISO timestamp
    std::size_t iso_time(std::size_t i) {
        if (!has(i) || kind(i) != token_kind::alnum) return 0;
        const std::string_view t = str(i);
        if (t.size() != 5 || t[2] != en::iso_time_mark) return 0;
        const int d = lex::to_int(t.substr(0, 2));
        const int h = lex::to_int(t.substr(3));
        if (d < 1 || d > 31 || h < 0 || h > 23 || str(i + 1) != ":" || !glued(i + 1)) return 0;
        bool z = false;
        const int m = digits_z(i + 2, 2, z);
        if (m < 0 || m > 59) return 0;
        std::size_t n = 3;
        if (!z && str(i + n) == ":" && glued(i + n)) {
            const int sec = digits_z(i + n + 1, 2, z);
            if (sec < 0 || sec > 59) return 0;
            c.second = sec;
            n += 2;
            if (!z && str(i + n) == "." && glued(i + n) && has(i + n + 1) && glued(i + n + 1)) {
                const std::string_view f = str(i + n + 1); // a fraction of a second, dropped
                z = !f.empty() && f.back() == en::iso_utc;
                n += 2;
            }
        }
        if (z)
            c.utc_offset = 0;
        else
            n += utc_offset(i + n);
        c.day = d;
        c.hour = h;
        c.minute = m;
        return n;
    }

    std::size_t number(std::size_t i) {
        if (!has(i) || !number_for(slot_kind::number, i)) return 0;
        c.number = lex::to_int(str(i));
        return 1;
    }

    std::size_t code(std::size_t i) {
        if (!has(i) || kind(i) != token_kind::word || str(i).size() != 2) return 0;
        const char letter = str(i)[0];
        const int v = str(i)[1] - '0';
        if (letter == en::quarter_code && v >= 1 && v <= 4) {
            c.unit = en::unit::quarter;
        } else if (letter == en::half_code && v >= 1 && v <= 2) {
            c.unit = en::unit::half;
        } else {
            return 0;
        }
        c.ordinal = v;
        return 1;
    }

    // The text of a punctuation slot, read from the rule record only when one is tried.
    std::size_t punct_slot(std::size_t i, std::size_t slot_index) const {
        const rule& rl = index.rules()[rule_index];
        return punct(i, rl.pattern[slot_index].words, rl.range_end == slot_index + 1);
    }

    std::size_t read(slot_kind kind, std::size_t i, std::size_t slot_index) {
        switch (kind) {
        case slot_kind::end:
            return 0;
        case slot_kind::word:
            return word(i, slot_index);
        case slot_kind::punct:
            return punct_slot(i, slot_index);
        case slot_kind::month:
            return month(i);
        case slot_kind::day:
            return day(i);
        case slot_kind::year:
            return year(i);
        case slot_kind::year2:
            return apostrophe_digits(i, false);
        case slot_kind::decade:
            return decade(i);
        case slot_kind::weekday:
            return weekday(i);
        case slot_kind::amount:
            return amount(i);
        case slot_kind::unit:
            return unit(i);
        case slot_kind::ordinal:
            return ordinal(i);
        case slot_kind::season:
            return season(i);
        case slot_kind::pod:
            return pod(i);
        case slot_kind::holiday:
            return holiday(i);
        case slot_kind::zone:
            return zone(i);
        case slot_kind::clock:
            return clock(i);
        case slot_kind::number:
            return number(i);
        case slot_kind::code:
            return code(i);
        case slot_kind::day_word:
            return day_word(i);
        case slot_kind::iso_time:
            return iso_time(i);
        case slot_kind::decimal:
            return decimal(i);
        }
        return 0;
    }
};

/// At the first slot of a range's end: what was read so far is the begin's; the end reads anew.
void start_range_end(captures& c, captures& begin) noexcept {
    begin = c;
    captures fresh;
    fresh.read = c.read;
    fresh.meaning = c.meaning;
    fresh.begin = &begin;
    c = fresh;
}

} // namespace

namespace {

/// How far the slots of one rule have read.
struct progress {
    std::size_t i = 0;           ///< the next token
    std::size_t stop = 0;        ///< the end of the sentence: a match never crosses it
    std::size_t before_mark = 0; ///< where the last slot read began, when it was an optional mark
    bool mark_last = false;      ///< the last slot read was an optional mark ("," before a year)
};

// Reads slots [from, to) of rule `pg`; false when one that is not optional reads nothing.
bool read_slots(reader& rd, const rule_program& pg, std::size_t from, std::size_t to, progress& p) {
    for (std::size_t k = from; k < to && pg.kinds[k] != slot_kind::end; ++k) {
        const slot_kind kind = pg.kinds[k];
        const bool optional = (pg.optional >> k & 1u) != 0;
        const std::size_t n = p.i < p.stop ? rd.read(kind, p.i, k) : 0;
        if (n == 0) {
            if (optional) continue;
            return false;
        }
        p.mark_last = optional && kind == slot_kind::punct;
        if (p.mark_last) p.before_mark = p.i;
        rd.c.read |= static_cast<std::uint8_t>(1u << k);
        p.i += n;
    }
    return true;
}

// The match of rl from token `at` to where the slots read, as its producer has it.
bool produce(const rule& rl, const rule_program& pg, std::size_t at, const progress& p,
             const captures& c, match& out) {
    // "July 13-15," with no year after: the comma is not its own
    const std::size_t last = p.mark_last ? p.before_mark : p.i;
    if (last == at) return false;
    out.first = static_cast<std::uint32_t>(at);
    out.last = static_cast<std::uint32_t>(last);
    out.by = &rl;
    out.op = pg.produce(c);
    // a decimal amount its producer did not carry would read "1.5 years ago" as a year ago
    return out.op.kind != op_kind::none && out.op.scale == c.scale;
}

// A range rule: the slots before its end read the begin's captures, the end's read anew.
bool try_range(reader& rd, const rule& rl, const rule_program& pg, std::size_t at, progress& p,
               match& out) {
    const std::size_t joint_slot = pg.range_end - 1u; // the word or mark joining the two ends
    if (!read_slots(rd, pg, 0, joint_slot, p)) return false;
    const std::size_t joint = p.i;
    if (!read_slots(rd, pg, joint_slot, pg.range_end, p)) return false;
    const std::size_t end_at = p.i; // where the end's text begins
    captures begin;
    start_range_end(rd.c, begin);
    if (!read_slots(rd, pg, pg.range_end, max_slots, p) || !produce(rl, pg, at, p, rd.c, out))
        return false;
    if (out.op.range) {
        out.op.begin_tokens = static_cast<std::uint8_t>(joint - at);
        out.op.end_token = static_cast<std::uint8_t>(end_at - at);
    }
    return true;
}

} // namespace

bool try_rule(const scan_input& in, std::size_t at, std::size_t r, match& out) noexcept {
    const lex::token_stream& ts = in.ts;
    const rule& rl = in.index.rules()[r]; // its address only: the matcher reads `pg`
    const rule_program& pg = in.index.program(r);
    captures c;
    reader rd{ts, in.facts, in.index, r, c};
    progress p;
    p.i = at;
    p.stop = ts.sentences[ts.tokens[at].sentence].last;
    if (pg.range_end != 0) return try_range(rd, rl, pg, at, p, out);
    return read_slots(rd, pg, 0, max_slots, p) && produce(rl, pg, at, p, c, out);
}

} // namespace kairos::grammar
