// Modifiers around a match widen its extent and set its mod: "early", "mid-", "the end of",
// "more than", "about", "or so". TimeML puts them inside the TIMEX3.
#include "lang/en/modifiers.hpp"

#include "lex/word_map.hpp"
#include "refine/refine.hpp"

#include <array>
#include <bit>

namespace kairos::refine {
namespace {

using grammar::match;
using id = grammar::rule_id;
using grammar::op_kind;
using lex::iequals;
using namespace lang::en::modifiers;

constexpr std::size_t length(const prefix& p) {
    std::size_t n = 0;
    for (std::string_view w : p.words) n += w.empty() ? 0u : 1u;
    return n;
}

// The word each phrase ends with, the one just before a match it fits.
constexpr auto last_words = [] {
    std::array<std::string_view, prefixes.size()> w{};
    for (std::size_t k = 0; k < prefixes.size(); ++k)
        w[k] = prefixes[k].words[length(prefixes[k]) - 1];
    return w;
}();

using phrase_bits = std::uint64_t;
static_assert(prefixes.size() < 64, "widen the phrase bits");
constexpr phrase_bits every_phrase = (phrase_bits{1} << prefixes.size()) - 1;

// The phrases each word ends, as bits (phrase k: bit k): one lookup of the token before a
// match finds the few phrases worth reading back for.
const lex::word_map<phrase_bits>& phrases_ending() {
    static const lex::word_map<phrase_bits> map = [] {
        lex::word_map<phrase_bits> m;
        for (std::size_t k = 0; k < prefixes.size(); ++k) m[last_words[k]] |= phrase_bits{1} << k;
        return m;
    }();
    return map;
}

// "two years ago", "1.5 years ago"
bool counts_back(const match& m) {
    return m.by->id == id::ago || m.by->id == id::ago_decimal;
}

bool has_amount(const match& m) {
    return m.op.kind == op_kind::duration ||
           (m.op.kind == op_kind::point && m.op.stated == field::amount &&
            m.op.shift_unit != lang::en::unit::none && m.op.shift != 0 && m.op.shift != 1 &&
            m.op.shift != -1) ||
           counts_back(m);
}

// Tokens before `first` spell p (allowing "mid-" with its hyphen glued).
std::size_t fits(const lex::token_stream& ts, std::uint32_t first, const prefix& p) {
    const std::size_t n = length(p);
    std::size_t at = first;
    // "mid-September", "late-November": the hyphen is glued to the word
    if (p.words[1].empty() && at >= 2 && ts.str(at - 1) == "-" && !ts.tokens[at - 1].space_before &&
        iequals(ts.str(at - 2), p.words[0]))
        return 2;
    if (at < n) return 0;
    at -= n;
    for (std::size_t k = 0; k < n; ++k)
        if (!iequals(ts.str(at + k), p.words[k]) ||
            ts.tokens[at + k].sentence != ts.tokens[first].sentence)
            return 0;
    return n;
}

void widen(const lex::token_stream& ts, match& m, std::uint32_t floor) {
    if (m.first == 0) return;
    // The token just before the match ends any phrase that fits, or is the hyphen of "mid-":
    // one comparison turns away most phrases without reading further back.
    const std::string_view before = ts.str(m.first - 1);
    phrase_bits candidates = 0;
    if (before == "-") {
        candidates = every_phrase;
    } else if (const phrase_bits* bits = phrases_ending().find(before)) {
        candidates = *bits;
    }
    for (; candidates != 0; candidates &= candidates - 1) {
        const auto k = static_cast<std::size_t>(std::countr_zero(candidates));
        const prefix& p = prefixes[k];
        if (p.amounts_only && !has_amount(m)) continue;
        const std::size_t n = fits(ts, m.first, p);
        if (n == 0 || m.first - n < floor) continue;
        // "later" and "earlier" only edge "this/that ..." and days: "later this year"
        if (lex::iequals_any(p.words[0], edge_only_before_days) &&
            !(lex::iequals_any(ts.str(m.first), demonstratives) || m.by->id == id::yesterday ||
              m.by->id == id::today))
            continue;
        // "about two years ago" is one expression; "about five hours" a preposition's object
        // as often as not, so TimeBank leaves "about" and "almost" out of plain durations
        if (lex::iequals_any(p.words[0], only_before_ago) && !counts_back(m)) continue;
        m.first -= static_cast<std::uint32_t>(n);
        m.op.mod = p.mod;
        // "the late 1990s", "the early summer": the article joins the extent
        if (n == 1 && m.first > floor && iequals(ts.str(m.first - 1), article) &&
            m.op.kind == op_kind::point)
            m.first -= 1;
        return;
    }
}

void add_suffix(const lex::token_stream& ts, match& m, std::uint32_t ceiling) {
    if (m.last + 1 >= ceiling || !iequals(ts.str(m.last), suffix_head)) return;
    const std::string_view next = ts.str(m.last + 1);
    for (const suffix& x : suffixes) {
        if (!iequals(next, x.word)) continue;
        if ((x.to == suffix::applies::points && m.op.kind != op_kind::point) ||
            (x.to == suffix::applies::durations && m.op.kind != op_kind::duration))
            return;
        m.op.mod = x.mod;
        m.last += 2;
        return;
    }
}

} // namespace

void attach_modifiers(const lex::token_stream& ts, std::vector<match>& matches) {
    for (std::size_t k = 0; k < matches.size(); ++k) {
        const std::uint32_t floor = k > 0 ? matches[k - 1].last : 0;
        const std::uint32_t ceiling =
            k + 1 < matches.size() ? matches[k + 1].first : static_cast<std::uint32_t>(ts.size());
        if (matches[k].op.kind == op_kind::reference) continue;
        widen(ts, matches[k], floor);
        add_suffix(ts, matches[k], ceiling);
    }
}

} // namespace kairos::refine
