// Work per token is bounded by the rule count times the longest pattern: linear in the text.
// The index narrows the rules tried at a token to those whose leading slots accept it, so a
// token no rule can start with costs one dictionary lookup.
#include "grammar/scan.hpp"

#include <algorithm>
#include <bit>

namespace kairos::grammar {

namespace {

// The longest match starting at token i (the earlier rule on ties), or none.
match best_at(const scan_input& in, std::size_t i) {
    match best;
    match m;
    const rule_set candidates = in.index.candidates(in.ts, in.facts, i);
    for (std::size_t word = 0; word < candidates.size(); ++word) {
        for (std::uint64_t bits = candidates[word]; bits; bits &= bits - 1) {
            const std::size_t r = word * 64 + static_cast<std::size_t>(std::countr_zero(bits));
            if (try_rule(in, i, r, m) && m.last - m.first > best.last - best.first) best = m;
        }
    }
    return best;
}

} // namespace

std::vector<match> scan(const lex::token_stream& ts, const grammar_index& index) {
    token_facts facts;
    index.facts(ts, facts);
    const scan_input in{ts, facts, index};
    std::vector<match> found;
    for (std::size_t i = 0; i < ts.size(); ++i) {
        if (ts.tokens[i].kind == lex::token_kind::punct && ts.str(i) != "'") continue;
        match best = best_at(in, i);
        if (best.by) found.push_back(best);
    }
    // longest wins among overlapping matches; found is sorted by start already
    std::vector<std::size_t> order(found.size());
    for (std::size_t k = 0; k < order.size(); ++k) order[k] = k;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return found[a].last - found[a].first > found[b].last - found[b].first;
    });
    std::vector<bool> taken(ts.size(), false);
    std::vector<match> kept;
    for (std::size_t k : order) {
        const match& c = found[k];
        bool free = true;
        for (std::uint32_t t = c.first; t < c.last && free; ++t) free = !taken[t];
        if (!free) continue;
        for (std::uint32_t t = c.first; t < c.last; ++t) taken[t] = true;
        kept.push_back(c);
    }
    std::sort(kept.begin(), kept.end(),
              [](const match& a, const match& b) { return a.first < b.first; });
    return kept;
}

} // namespace kairos::grammar
