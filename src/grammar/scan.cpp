// Work per token is bounded by the rule count times the longest pattern: linear in the text.
// The index narrows the rules tried at a token to those whose leading slots accept it, so a
// token no rule can start with costs one dictionary lookup.
#include "grammar/scan.hpp"

#include <algorithm>
#include <array>
#include <bit>

namespace kairos::grammar {

namespace {

// The longest match of the rules in `todo` starting at token i (the earlier rule on ties), or
// nullptr. The two buffers take turns holding the longest so far: a match is large, and a
// longer one is not copied.
const match* best_at(const scan_input& in, std::size_t i, const rule_set& todo,
                     const sentence_rest& rest, std::array<match, 2>& two) {
    const match* best = nullptr;
    match* next = two.data();
    for (std::size_t word = 0; word < todo.size(); ++word) {
        for (std::uint64_t bits = todo[word]; bits; bits &= bits - 1) {
            const std::size_t r = word * 64 + static_cast<std::size_t>(std::countr_zero(bits));
            if (in.index.may_match(r, rest) && try_rule(in, i, r, *next) &&
                (best == nullptr || next->last - next->first > best->last - best->first)) {
                best = next;
                next = next == two.data() ? two.data() + 1 : two.data();
            }
        }
    }
    return best;
}

// The rules worth trying at token i: those its key can start, narrowed by the next token of
// its sentence (read without a branch on whether there is one).
rule_set worth_trying(const lex::token_stream& ts, const grammar_index& index,
                      const std::vector<token_key>& keys, std::size_t i) noexcept {
    const bool last = i + 1 >= ts.size();
    const std::size_t j = last ? i : i + 1;
    token_key after = keys[j];
    after.present = !last & (ts.tokens[j].sentence == ts.tokens[i].sentence);
    return index.to_try(keys[i], after);
}

bool empty(const rule_set& s) noexcept {
    std::uint64_t any = 0;
    for (std::uint64_t w : s) any |= w;
    return any == 0;
}

// Every position's longest match, in text order, possibly overlapping. Whether any rule is
// worth trying at a start is as good as random: the starts with some are listed without a
// branch, then tried.
void matches_at_each_token(const scan_input& in, scan_scratch& s, std::vector<match>& found) {
    const lex::token_stream& ts = in.ts;
    found.clear();
    found.reserve(ts.size() / 8 + 8); // more than the densest news: no move as it grows
    const std::vector<token_key>& keys = in.facts.keys;
    const auto starts = in.facts.starts();
    if (s.todo.size() < starts.size()) {
        s.todo.resize(starts.size());
        s.tried.resize(starts.size());
    }
    std::size_t listed = 0;
    for (const std::uint32_t i : starts) {
        s.todo[listed] = worth_trying(ts, in.index, keys, i);
        s.tried[listed] = i;
        listed += static_cast<std::size_t>(!empty(s.todo[listed]));
    }
    in.index.rests_at(ts, in.facts, {s.tried.data(), listed}, s.rests);
    std::array<match, 2> two;
    for (std::size_t k = 0; k < listed; ++k)
        if (const match* best = best_at(in, s.tried[k], s.todo[k], s.rests[s.tried[k]], two))
            found.push_back(*best);
}

// The matches' indexes, longest first, in text order among equal lengths: a counting sort by
// length (a few tokens each), with no buffer to allocate as std::stable_sort has.
void longest_first(const std::vector<match>& found, std::vector<std::uint32_t>& at,
                   std::vector<std::uint32_t>& order) {
    std::uint32_t longest = 0;
    for (const match& m : found) longest = std::max(longest, m.last - m.first);
    at.assign(std::size_t{longest} + 2, 0); // at[longest - length + 1]: how many are longer
    for (const match& m : found) ++at[longest - (m.last - m.first) + 1];
    for (std::size_t k = 1; k < at.size(); ++k) at[k] += at[k - 1];
    for (std::size_t k = 0; k < found.size(); ++k)
        order[at[longest - (found[k].last - found[k].first)]++] = static_cast<std::uint32_t>(k);
}

// Longest wins among overlapping matches (ties: the earlier); `found` is sorted by start, and
// the winners are copied in its order, so that they need no sort (a match is large).
void without_overlaps(const std::vector<match>& found, std::size_t tokens, scan_scratch& s,
                      std::vector<match>& kept) {
    std::vector<std::uint32_t>& order = s.order;
    order.resize(found.size());
    longest_first(found, s.by_length, order);
    s.taken.assign(tokens, 0);
    s.wins.assign(found.size(), 0);
    for (std::uint32_t k : order) {
        const match& c = found[k];
        bool free = true;
        for (std::uint32_t t = c.first; t < c.last && free; ++t) free = s.taken[t] == 0;
        if (!free) continue;
        for (std::uint32_t t = c.first; t < c.last; ++t) s.taken[t] = 1;
        s.wins[k] = 1;
    }
    kept.clear();
    kept.reserve(found.size());
    for (std::size_t k = 0; k < found.size(); ++k)
        if (s.wins[k] != 0) kept.push_back(found[k]);
}

} // namespace

void scan(const lex::token_stream& ts, const grammar_index& index, scan_scratch& scratch,
          std::vector<match>& out) {
    index.facts(ts, scratch.facts);
    matches_at_each_token({ts, scratch.facts, index}, scratch, scratch.found);
    without_overlaps(scratch.found, ts.size(), scratch, out);
}

} // namespace kairos::grammar
