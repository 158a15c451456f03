// Month and day in figures without a year ("2/15") are kept only where a date is expected.
#include "lang/en/numeric.hpp"

#include "refine/refine.hpp"

#include <algorithm>

namespace kairos::refine {
namespace {

using grammar::match;
using lex::token_kind;
using namespace lang::en::numeric;

bool fraction_like(const match& m) {
    const int denominator = m.op.day;
    return m.op.month < denominator &&
           std::find(fraction_denominators.begin(), fraction_denominators.end(), denominator) !=
               fraction_denominators.end();
}

/// "9/16 at 3pm", "10/1 @ noon", "9/16 3pm": a clock time after it, an hour with its a.m. or p.m.
bool time_follows(const lex::token_stream& ts, const match& m) {
    std::size_t k = m.last;
    if (k < ts.size() && lex::iequals_any(ts.str(k), time_links)) ++k;
    if (k >= ts.size()) return false;
    const std::string_view t = ts.str(k);
    if (lex::iequals_any(t, time_words)) return true;
    const bool hour = ts.tokens[k].kind == token_kind::number && t.size() <= 2;
    const bool clock = k + 2 < ts.size() && ts.str(k + 1) == ":" && ts.str(k + 2).size() == 2;
    const bool meridiem = ts.tokens[k].kind == token_kind::alnum && t.size() >= 3 &&
                          lex::iequals_any(t.substr(t.size() - 2), meridiems);
    return meridiem || (hour && clock);
}

bool unsupported_month_day(const lex::token_stream& ts, const match& m) {
    const std::size_t begin = ts.tokens[m.first].begin;
    const std::string_view text = ts.text.substr(begin, ts.tokens[m.last - 1].end - begin);
    if (std::find(names.begin(), names.end(), text) != names.end()) return true;
    if (time_follows(ts, m)) return false;
    const std::string_view prev = m.first > 0 ? ts.str(m.first - 1) : std::string_view{};
    if (lex::iequals_any(prev, date_heads))
        return fraction_like(m) && !lex::iequals_any(prev, day_heads);
    // "the deal closes 12/31": a day above 12 makes no everyday fraction, unless a number
    // before it makes it the fraction of a mixed number ("99 1/20")
    const bool after_number = m.first > 0 && ts.tokens[m.first - 1].kind == token_kind::number;
    return m.op.day <= 12 || fraction_like(m) || after_number;
}

bool unsupported_month_year(const lex::token_stream& ts, const match& m) {
    if (m.first > 0 && ts.tokens[m.first - 1].kind == token_kind::number) return true;
    return m.last < ts.size() && lex::iequals(ts.str(m.last), of);
}

} // namespace

void drop_unsupported_numeric(const lex::token_stream& ts, std::vector<match>& matches) {
    std::erase_if(matches, [&](const match& m) {
        if (m.by->id == grammar::rule_id::numeric_md) return unsupported_month_day(ts, m);
        if (m.by->id == grammar::rule_id::numeric_my) return unsupported_month_year(ts, m);
        return false;
    });
}

} // namespace kairos::refine
