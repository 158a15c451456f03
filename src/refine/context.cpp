// Filters: numbers that are money, counts, model or section numbers; names; latent words.
#include "lang/en/context.hpp"

#include "lang/en/producers.hpp"
#include "refine/refine.hpp"

#include <algorithm>
#include <array>

namespace kairos::refine {
namespace {

using grammar::match;
using id = grammar::rule_id;
using lex::iequals;
using lex::token_kind;
using namespace lang::en::context;

bool numeric_edge(const lex::token_stream& ts, const match& m) {
    const auto& first = ts.tokens[m.first];
    if (m.first > 0 && !first.space_before) {
        const std::string_view prev = ts.str(m.first - 1);
        if (prev == "$" || prev == "#" || prev == "." || prev == "," || prev == "/" ||
            prev == ":" || prev == "+" || prev == "=" ||
            ts.tokens[m.first - 1].kind != token_kind::punct)
            return true;
        if (prev == "-" && m.first > 1 && ts.tokens[m.first - 2].kind == token_kind::number &&
            first.kind == token_kind::number)
            return true;
    }
    if (m.first > 0) {
        // "$ 1990", "US$2000"
        const std::string_view prev = ts.str(m.first - 1);
        if (prev == "$" && first.kind == token_kind::number) return true;
    }
    if (m.last < ts.size() && !ts.tokens[m.last].space_before) {
        const std::string_view next = ts.str(m.last);
        const auto k = ts.tokens[m.last].kind;
        if (next == "%" || k != token_kind::punct) return true;
        // "March 6-8" is a range of days that starts on March 6; "1990-91", "5/17" are not dates
        const bool day_range = next == "-" && m.op.month > 0 && m.op.day > 0;
        if ((next == "-" || next == "/" || next == ":" || next == ".") && m.last + 1 < ts.size() &&
            !ts.tokens[m.last + 1].space_before &&
            ts.tokens[m.last + 1].kind == token_kind::number &&
            ts.tokens[m.last - 1].kind == token_kind::number && !day_range)
            return true;
    }
    return false;
}

template<std::size_t N>
bool prev_in(const lex::token_stream& ts, const match& m,
             const std::array<std::string_view, N>& table) {
    return m.first > 0 && lex::iequals_any(ts.str(m.first - 1), table);
}

/// Phrases a rule reads as time that are something else here, or that need a word around them
/// to be one: "for years" yes, "years of talks" no; "a second group"; "a quarter of the market".
/// A capitalised word written in lower case after its capital ("This Week", "60 Minutes"), as
/// titles and names are; a headline in capitals ("SAME AS LAST YEAR") says nothing so.
bool title_word(const lex::token_stream& ts, std::size_t k) {
    const std::string_view s = ts.str(k);
    return ts.tokens[k].upper && s.size() > 1 && s[1] >= 'a' && s[1] <= 'z';
}

bool misread_phrase(const lex::token_stream& ts, const match& m) {
    const grammar::rule_id rule = m.by->id;
    const auto u = m.op.unit;
    // "over the years", "for years", "within weeks": a plural unit is a span only after these
    if (rule == id::over_the_units && !prev_in(ts, m, over_heads)) return true;
    if (rule == id::bare_units && !prev_in(ts, m, for_heads)) return true;
    // "the day before the vote" counts from the vote, which kairos does not resolve
    if (rule == id::unit_before && m.last < ts.size() &&
        ts.tokens[m.last].kind != token_kind::punct)
        return true;
    // "more than a quarter of the market", "half of the year's sales": a fraction
    if (rule == id::duration && (u == lang::en::unit::quarter || u == lang::en::unit::half) &&
        m.op.amount == 1 && m.last < ts.size() && iequals(ts.str(m.last), of))
        return true;
    // "the quarter-to-quarter comparison", "year-to-year": a compound adjective
    if (m.last + 2 < ts.size() && ts.str(m.last) == "-" && iequals(ts.str(m.last + 1), to) &&
        ts.str(m.last + 2) == "-")
        return true;
    // "a second group": an ordinal, not a duration
    if (rule == id::duration && u == lang::en::unit::second && m.op.amount == 1 &&
        m.last < ts.size() && ts.tokens[m.last].kind == token_kind::word &&
        !lex::iequals_any(ts.str(m.last), after_second))
        return true;
    // ABC's "This Week": a capitalized unit inside a sentence is a title
    return rule == id::rel_unit && title_word(ts, m.last - 1) && m.first > 0 &&
           ts.tokens[m.first - 1].sentence == ts.tokens[m.first].sentence;
}

/// "today's youth", "in today's world", "the people of tomorrow": the present or the future in
/// general, which TimeBank leaves untagged, not the day of the DCT.
bool generic_day(const lex::token_stream& ts, const match& m) {
    const grammar::rule_id rule = m.by->id;
    if ((rule != id::today && rule != id::tomorrow) || m.last - m.first != 1) return false;
    if (m.first > 1 && iequals(ts.str(m.first - 1), of) &&
        !lex::iequals_any(ts.str(m.first - 2), day_heads) &&
        ts.tokens[m.first - 2].kind == token_kind::word &&
        (m.last >= ts.size() ||
         (ts.tokens[m.last].kind == token_kind::punct && ts.str(m.last) != "'")))
        return true;
    if (m.last + 2 >= ts.size() || ts.str(m.last) != "'" ||
        !iequals(ts.str(m.last + 1), possessive_s))
        return false;
    // the noun, or the noun after one adjective: "today's personal computers"
    for (std::uint32_t k = m.last + 2; k < ts.size() && k <= m.last + 3; ++k)
        if (lex::iequals_any(ts.str(k), generic_nouns)) return true;
    return false;
}

bool is_bare_number(const lex::token_stream& ts, const match& m) {
    return m.last - m.first == 1 && ts.tokens[m.first].kind == token_kind::number;
}

/// "the 15th" alone is a day of the month only where a day is expected: "paid on the 15th."
bool loose_ordinal(const lex::token_stream& ts, const match& m) {
    if (m.first == 0 || !lex::iequals_any(ts.str(m.first - 1), ordinal_day_heads)) return true;
    if (m.last >= ts.size() || ts.tokens[m.last].sentence != ts.tokens[m.first].sentence)
        return false;
    return ts.tokens[m.last].kind != token_kind::punct &&
           !lex::iequals_any(ts.str(m.last), ordinal_day_after);
}

/// "the Seven Years' War", "the Six-Day War": a span that names a war, read past a possessive.
bool names_a_period(const lex::token_stream& ts, const match& m) {
    if (m.op.kind != grammar::op_kind::duration) return false;
    std::uint32_t k = m.last;
    if (k < ts.size() && ts.str(k) == "'") ++k;
    return k < ts.size() && ts.tokens[k].upper && lex::iequals_any(ts.str(k), period_names);
}

/// "the morning", "the early morning", "that night": a part of the day under discussion.
bool part_of_day_in_view(const match& m) {
    const auto& o = m.op;
    return o.kind == grammar::op_kind::point && o.pod >= 0 &&
           o.from == grammar::origin::reference && o.shift == 0 && o.weekday < 0 && o.hour < 0;
}

bool non_temporal(const lex::token_stream& ts, const match& m) {
    if (m.by->id == id::day_of_month && loose_ordinal(ts, m)) return true;
    if (numeric_edge(ts, m)) return true;
    const grammar::rule_id rule = m.by->id;
    if (rule == id::date_y2 && !prev_in(ts, m, year_heads)) return true; // "'08" alone
    if (is_bare_number(ts, m)) {
        if (m.last < ts.size() && lex::iequals_any(ts.str(m.last), count_nouns)) return true;
        if (m.first > 0 && lex::iequals_any(ts.str(m.first - 1), label_nouns)) return true;
        const int y = lex::to_int(ts.str(m.first));
        if (y < 1800 || y > 2100) {
            const bool supported = prev_in(ts, m, year_heads);
            if (!supported) return true;
        }
    }
    // "from 1500 to 2000 troops", "pages 1012-15": counts and labels, not years
    if (m.op.range && m.op.year >= 0 && m.op.month < 0 &&
        ((m.last < ts.size() && lex::iequals_any(ts.str(m.last), count_nouns)) ||
         (m.first > 0 && lex::iequals_any(ts.str(m.first - 1), label_nouns))))
        return true;
    // "a 44-year-old protester": an age, not a duration
    if (m.last + 1 < ts.size() && ts.str(m.last) == "-" && iequals(ts.str(m.last + 1), old))
        return true;
    const bool counted = rule == id::duration || rule == id::duration_decimal;
    if (counted && m.last < ts.size() && iequals(ts.str(m.last), old)) return true;
    // "60 Minutes", "High Noon", "the night of Friday": titles and descriptions ("noon GMT"
    // ends in a capital too, but a zone's)
    if (counted && m.last - 1 > m.first && title_word(ts, m.last - 1)) return true;
    if (rule == id::noon && m.first > 0 && iequals(ts.str(m.first - 1), high)) return true;
    if (misread_phrase(ts, m) || generic_day(ts, m) || names_a_period(ts, m)) return true;
    // "10/01/25", "Aug 9, '96": a year in two figures is two figures, never "1/2/a" or "1/2/3"
    if (m.op.two_digit_year &&
        (ts.tokens[m.last - 1].kind != token_kind::number || ts.str(m.last - 1).size() != 2))
        return true;
    // "the future of the alliance": a fate, not a time
    if (rule == id::ref_the_future && m.last - m.first == 2 && m.last < ts.size() &&
        iequals(ts.str(m.last), of))
        return true;
    // "at 4 in the morning"; a text that begins with it is a typed time ("8 in the evening")
    if (rule == id::clock_in_pod && m.first > 0 &&
        !lex::iequals_any(ts.str(m.first - 1), clock_heads))
        return true;
    // "the night of Oct. 23", "the early morning of 1 July": the date after "of" is the time
    if (part_of_day_in_view(m) && m.last < ts.size() && iequals(ts.str(m.last), of)) return true;
    // "every now and then", "now and again": an idiom of frequency
    if (m.op.kind == grammar::op_kind::reference && m.op.ref == reference::present &&
        m.last - m.first == 1 && m.last + 1 < ts.size() && iequals(ts.str(m.last), and_word) &&
        lex::iequals_any(ts.str(m.last + 1), now_and))
        return true;
    // "the year of the flood": described by what follows, not the time under discussion ("a
    // high for the year of $42.875" is this year's)
    if (rule == id::the_unit && m.last + 1 < ts.size() && iequals(ts.str(m.last), of) &&
        ts.tokens[m.last + 1].kind == token_kind::word)
        return true;
    if ((rule == id::weekday || rule == id::date_m) && m.last < ts.size() &&
        lex::iequals_any(ts.str(m.last), name_heads) && ts.tokens[m.last].upper)
        return true;
    return false;
}

} // namespace

// "$5 a year", "24 hours a day", "four flights a week": a rate, so a set
bool is_rate(const lex::token_stream& ts, const match& m) {
    if (m.by->id != id::duration || m.op.amount != 1 || m.first == 0) return false;
    const std::string_view article = ts.str(m.first);
    if (!lex::iequals_any(article, rate_articles)) return false;
    const auto& prev = ts.tokens[m.first - 1];
    const std::string_view w = ts.str(m.first - 1);
    return prev.kind == token_kind::number || lex::iequals_any(w, rate_heads);
}

void drop_non_temporal(const lex::token_stream& ts, std::vector<match>& matches) {
    std::erase_if(matches, [&](const match& m) { return non_temporal(ts, m); });
    for (match& m : matches) {
        if (!is_rate(ts, m)) continue;
        m.op.kind = grammar::op_kind::set;
        m.op.type = timex_type::set;
    }
    // "the year ended March 31", "the fiscal year ending June 30": a span measured out
    for (match& m : matches) {
        const bool year_of_account = m.by->id == id::the_unit || m.by->id == id::the_fiscal_year;
        if (!year_of_account || m.op.shift_unit != lang::en::unit::year || m.last >= ts.size())
            continue;
        if (lex::iequals_any(ts.str(m.last), ended))
            m.op = lang::en::duration_of(lang::en::unit::year, 1);
    }
}

void lean_possessive_days(const lex::token_stream& ts, std::vector<match>& matches) {
    // "Wednesday's ruling", "Friday's close": news speaks so of a day already past
    for (match& m : matches) {
        if (m.op.kind != grammar::op_kind::point || m.op.weekday <= 0 || m.op.month > 0) continue;
        if (m.last + 1 < ts.size() && ts.str(m.last) == "'" &&
            iequals(ts.str(m.last + 1), possessive_s))
            m.op.lean = grammar::direction::past;
    }
}

void share_plural_day_parts(const lex::token_stream& ts, std::vector<match>& matches) {
    // "on Monday and Tuesday nights": both are recurring nights
    for (std::size_t k = 0; k + 1 < matches.size(); ++k) {
        match& a = matches[k];
        const match& b = matches[k + 1];
        if (a.op.kind != grammar::op_kind::point || a.op.weekday <= 0 || a.op.month > 0 ||
            b.op.kind != grammar::op_kind::set || b.op.weekday <= 0 || b.op.pod < 0)
            continue;
        if (b.first != a.last + 1 || !lex::iequals_any(ts.str(a.last), coordinators)) continue;
        a.op.kind = grammar::op_kind::set;
        a.op.type = timex_type::set;
        a.op.pod = b.op.pod;
    }
}

void add_coordinated_days(const lex::token_stream& ts, std::vector<match>& matches) {
    // "the summit on April 24 and 25": the second day shares the month of the first
    std::vector<match> extra;
    for (std::size_t k = 0; k < matches.size(); ++k) {
        const match& m = matches[k];
        if (m.op.kind != grammar::op_kind::point || m.op.month <= 0 || m.op.day <= 0 ||
            m.op.hour >= 0 || m.last + 1 >= ts.size())
            continue;
        // "on 10/02/2025 and 10/03/2025": the number begins an expression of its own
        if (k + 1 < matches.size() && matches[k + 1].first <= m.last + 1) continue;
        const std::string_view link = ts.str(m.last);
        const auto& next = ts.tokens[m.last + 1];
        if (!lex::iequals_any(link, coordinators) || next.kind != token_kind::number) continue;
        const int day = lex::to_int(ts.str(m.last + 1));
        if (day <= m.op.day || day > 31) continue;
        // "Jan. 5 and 6 percent" or "April 24 and 25 people": not a day
        if (m.last + 2 < ts.size() && ts.tokens[m.last + 2].kind == token_kind::word &&
            !ts.tokens[m.last + 2].upper)
            continue;
        match d = m;
        d.first = m.last + 1;
        d.last = m.last + 2;
        d.op.day = day;
        d.op.weekday = -1;
        extra.push_back(d);
    }
    if (extra.empty()) return;
    matches.insert(matches.end(), extra.begin(), extra.end());
    std::sort(matches.begin(), matches.end(),
              [](const match& a, const match& b) { return a.first < b.first; });
}

void read_vague_references(const lex::token_stream& ts, std::vector<match>& matches) {
    for (match& m : matches) {
        const std::string_view prev = m.first > 0 ? ts.str(m.first - 1) : std::string_view{};
        // "Islam will one day be ...": some day ahead, not a span of a day
        if (m.by->id == id::duration && m.op.unit == lang::en::unit::day && m.op.amount == 1 &&
            m.last - m.first == 2 && iequals(ts.str(m.first), one) &&
            lex::iequals_any(prev, modals))
            m.op = lang::en::reference_to(reference::future);
        // "the then current price": current at a time past
        if (m.by->id == id::ref_current && iequals(prev, then))
            m.op = lang::en::reference_to(reference::past);
    }
}

// "44 BC", "AD 79": era letters are capitals; "ran the ad 30 times" is no year. The other words
// of the match may be lower case ("the fifth century BC").
bool lower_case_era(const lex::token_stream& ts, const match& m) {
    for (std::uint32_t k = m.first; k < m.last; ++k)
        if (ts.tokens[k].kind == lex::token_kind::word && !ts.tokens[k].upper &&
            lex::iequals_any(ts.str(k), era_words))
            return true;
    return false;
}

void drop_unsupported_latent(const lex::token_stream& ts, std::vector<match>& matches) {
    std::erase_if(matches, [&](const match& m) {
        if (m.op.era != 0) return lower_case_era(ts, m);
        if (!m.op.latent) return false;
        if (m.first == 0) return true;
        const std::string_view prev = ts.str(m.first - 1);
        if (!lex::iequals_any(prev, latent_support)) return true;
        // "to fall apart", "to spring up": the verb after "to"
        if (iequals(prev, to) && m.op.season >= 0 && m.last - m.first == 1) return true;
        // "the fall of the Berlin Wall", "in March of 2025" keeps its year in the match
        return m.last < ts.size() && iequals(ts.str(m.last), of);
    });
}

} // namespace kairos::refine
