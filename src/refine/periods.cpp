// Year-ago comparisons in results reporting: "profit fell in the third quarter ... from $3
// million a year earlier" compares with the year-ago quarter, "net for the nine months ...
// compared with a year earlier" with the year. The period is the last one the text reported on.
#include "lang/en/context.hpp"
#include "refine/refine.hpp"

namespace kairos::refine {
namespace {

using grammar::match;
using id = grammar::rule_id;
using grammar::op_kind;
using grammar::period;
using lang::en::unit;
using lex::iequals;

/// How many sentences a reported period stays the one compared against.
constexpr std::uint32_t period_window = 6;

struct reported {
    period kind = period::none;
    int quarter = 0; ///< 0: "the quarter", not said which
    int year = -1;   ///< stated year, else -1
    std::uint32_t sentence = 0;
};

std::uint32_t sentence_of(const lex::token_stream& ts, const match& m) {
    return ts.tokens[m.first].sentence;
}

/// The period a match reports on: a quarter, or a year-long span ("the nine months", "the
/// fiscal year", "fiscal 1989", "last year"); none for everything else.
reported period_of(const match& m) {
    const auto& o = m.op;
    if (o.kind == op_kind::point && o.from == grammar::origin::none && o.quarter >= 0)
        return {period::quarter, o.quarter, o.year < 0 ? -1 : o.year + o.year_shift, 0};
    const grammar::rule_id rule = m.by->id;
    if (o.kind == op_kind::duration && o.unit == unit::month && o.amount >= 6 && o.amount < 12)
        return {period::year, 0, -1, 0};
    // "the year ended Aug. 31", "1989 profit"
    if (o.kind == op_kind::duration && o.unit == unit::year && o.amount == 1)
        return {period::year, 0, -1, 0};
    if (rule == id::date_y) return {period::year, 0, -1, 0};
    // "last year", "this year" move the talk to a whole year
    if (rule == id::the_fiscal_year || rule == id::the_full_year || rule == id::fiscal_year_rel ||
        rule == id::date_fiscal_y || (rule == id::rel_unit && o.shift_unit == unit::year))
        return {period::year, 0, -1, 0};
    return {};
}

bool is_year_shift(const match& m) {
    return m.op.kind == op_kind::point && m.op.shift_unit == unit::year &&
           (m.op.shift == 1 || m.op.shift == -1);
}

/// "a year earlier", "year-ago", "the year-earlier period". "A year later" tells a story, not
/// results: it counts from the date before it ("in 2010 ... a year later").
bool is_comparison(const match& m) {
    return is_year_shift(m) && m.op.shift < 0 && m.op.follow_reference;
}

/// "compared with earnings of $33 million last year": a figure set against last year's.
bool compares_figures(const lex::token_stream& ts, const match& m) {
    const std::uint32_t sentence_start = ts.sentences[ts.tokens[m.first].sentence].first;
    for (std::uint32_t k = m.first; k > sentence_start && k + 12 > m.first; --k) {
        const std::string_view w = ts.str(k - 1);
        if (lex::iequals_any(w, lang::en::context::comparison_heads)) return true;
        if (w == ";") return false;
    }
    return false;
}

/// "the corresponding period last year", "last year's quarter": "last year" naming a period.
bool last_year_of_period(const lex::token_stream& ts, const match& m) {
    if (m.by->id != id::rel_unit || !is_year_shift(m) || m.op.shift != -1) return false;
    if (compares_figures(ts, m)) return true;
    using lang::en::context::reported_periods;
    if (m.first > 0 && lex::iequals_any(ts.str(m.first - 1), reported_periods)) return true;
    return m.last + 2 < ts.size() && ts.str(m.last) == "'" &&
           iequals(ts.str(m.last + 1), lang::en::context::possessive_s) &&
           lex::iequals_any(ts.str(m.last + 2), reported_periods);
}

bool bare_quarter(const match& q) {
    return q.op.kind == op_kind::point && q.op.quarter >= 0 && q.op.from == grammar::origin::none &&
           q.op.year < 0;
}

/// "the year-earlier third quarter": the year-ago word shifts the quarter it stands before.
bool shifts_next_quarter(const std::vector<match>& ms, std::size_t k) {
    if (k + 1 >= ms.size() || ms[k].by->id != id::year_earlier) return false;
    return ms[k + 1].first == ms[k].last && ms[k + 1].op.quarter > 0 && bare_quarter(ms[k + 1]);
}

/// "the quarter a year ago": the comparison right after a quarter shifts it.
bool shifted_by_next(const std::vector<match>& ms, std::size_t k) {
    return k + 1 < ms.size() && ms[k + 1].first == ms[k].last && bare_quarter(ms[k]) &&
           is_comparison(ms[k + 1]) && ms[k + 1].by->id == id::ago;
}

/// "in the 1989 period": a year naming the reported period of that year.
bool year_of_period(const lex::token_stream& ts, const match& m) {
    return m.by->id == id::date_y && m.first > 0 &&
           iequals(ts.str(m.first - 1), lang::en::context::article) && m.last < ts.size() &&
           iequals(ts.str(m.last), lang::en::context::period);
}

/// Gives a comparison (or "the 1989 period") the reported period it refers to.
void compare_with(const lex::token_stream& ts, reported& last, std::uint32_t sentence, match& m) {
    const bool says_quarter = iequals(ts.str(m.last - 1), lang::en::context::quarter);
    if (says_quarter && last.kind != period::quarter) last = {period::quarter, 0, -1, sentence};
    const bool in_view =
        last.kind != period::none && (says_quarter || sentence <= last.sentence + period_window);
    if (!in_view) return;
    if (!is_comparison(m)) { // "in the 1989 period": that year's quarter
        if (last.kind != period::quarter) return;
        m.op.quarter = last.quarter;
        m.op.stated |= field::quarter;
        return;
    }
    m.op.compared = last.kind;
    m.op.quarter = last.quarter;
    m.op.year = last.year;
}

} // namespace

void carry_reporting_period(const lex::token_stream& ts, std::vector<match>& matches) {
    reported last;
    std::size_t kept = 0; // compacted in place: the matches a quarter folds in are dropped
    for (std::size_t k = 0; k < matches.size(); ++k) {
        if (shifts_next_quarter(matches, k)) {
            matches[k + 1].op.year_shift = matches[k].op.shift;
            continue; // the quarter keeps its own extent: "the year-ago [third quarter]"
        }
        match& m = matches[k];
        if (shifted_by_next(matches, k)) m.op.year_shift = matches[++k].op.shift;
        const std::uint32_t sentence = sentence_of(ts, m);
        if (last_year_of_period(ts, m)) m.op.follow_reference = true;
        if (is_comparison(m) || year_of_period(ts, m))
            compare_with(ts, last, sentence, m);
        else if (const reported r = period_of(m); r.kind != period::none)
            last = {r.kind, r.quarter, r.year, sentence};
        if (&matches[kept] != &m) matches[kept] = m;
        ++kept;
    }
    matches.resize(kept);
}

} // namespace kairos::refine
