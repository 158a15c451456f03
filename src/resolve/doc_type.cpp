// The text's kind from cheap evidence: the matches the grammar already made, before resolution.
#include "resolve/doc_type.hpp"

#include "lang/en/doc_type.hpp"
#include "resolve/resolver.hpp"

namespace kairos::resolve {

namespace {

using grammar::operation;
using grammar::origin;

/// A text this short, with no year of its own far away, is a typed phrase or a chat line: a
/// request ("call me friday at 5"), a reminder, a subject line, not a story told around a DCT.
constexpr std::size_t short_tokens = 32;
constexpr std::size_t short_sentences = 3;

/// The year a stated calendar point lies in, as a signed number (1 BC is 0), when it states one.
int stated_year(const operation& op) noexcept {
    if (op.decade >= 0) return op.decade * 10 + 5;
    if (op.century >= 0) return op.century * 100 + 50;
    if (op.year < 0 || op.two_digit_year) return -1;
    return op.year;
}

bool speaks_to_someone(const lex::token_stream& ts) noexcept {
    for (std::size_t i = 0; i < ts.size(); ++i)
        if (lex::iequals_any(ts.str(i), lang::en::doc_type::personal_words)) return true;
    return false;
}

bool counts_from_dct(const operation& op) noexcept {
    // "the previous year" counts from whatever time the text is at: no evidence either way
    if (shifts_story_unit(op)) return false;
    if (op.from == origin::dct || op.dct_year) return true;
    // a weekday without a date ("on Friday") is a day of the DCT's week
    return op.from == origin::none && op.weekday > 0 && op.month < 0 && op.year < 0;
}

} // namespace

time_evidence gather_evidence(const lex::token_stream& ts,
                              const std::vector<grammar::match>& matches,
                              date::sys_days dct) noexcept {
    time_evidence e;
    e.tokens = ts.tokens.size();
    e.sentences = ts.sentences.size();
    e.prose = !ts.tokens.empty() && ts.tokens.front().upper && ts.str(ts.size() - 1) == ".";
    if (e.prose && e.tokens <= short_tokens) e.personal = speaks_to_someone(ts);
    const int dct_year = static_cast<int>(date::year_month_day{dct}.year());
    for (const grammar::match& m : matches) {
        const operation& op = m.op;
        if (op.kind != grammar::op_kind::point) continue;
        if (counts_from_dct(op)) {
            ++e.deixis;
            continue;
        }
        if (op.from == origin::reference) ++e.story;
        if (op.from != origin::none) continue;
        const int y = stated_year(op);
        if (y < 0) continue;
        ++e.years;
        // only the past is a story's time: far future years are forecasts ("by 2050"), which
        // news makes too; a year before Christ is always far back
        if (op.era < 0 || y <= dct_year - far_years) ++e.far;
    }
    return e;
}

text_kind kind_of(const time_evidence& e) noexcept {
    // most stated years far back, and the DCT hardly a point the text counts from; one old year
    // alone makes a story only when the text counts on from it more than once ("that autumn",
    // "two years later"): news, too, looks at "the year before"
    if (e.far >= 1 && 4 * e.far >= 3 * e.years && 4 * e.deixis <= e.far &&
        (e.far >= 2 || e.story >= 2))
        return text_kind::narrative;
    if (e.far == 0 && (!e.prose || e.personal) && e.tokens <= short_tokens &&
        e.sentences <= short_sentences)
        return text_kind::colloquial;
    return text_kind::news;
}

text_kind settle_kind(text_kind asked, const lex::token_stream& ts,
                      const std::vector<grammar::match>& matches, date::sys_days dct) noexcept {
    if (asked != text_kind::automatic) return asked;
    return kind_of(gather_evidence(ts, matches, dct));
}

} // namespace kairos::resolve
