// Work per token is bounded by the rule count times the longest pattern: linear in the text.
#include "grammar/scan.hpp"

#include <algorithm>

namespace kairos::grammar {

std::vector<match> scan(const lex::token_stream& ts, std::span<const rule> rules) {
    std::vector<match> found;
    match m;
    for (std::size_t i = 0; i < ts.size(); ++i) {
        if (ts.tokens[i].kind == lex::token_kind::punct && ts.str(i) != "'") continue;
        match best;
        for (const rule& r : rules)
            if (try_rule(ts, i, r, m) && m.last - m.first > best.last - best.first) best = m;
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
