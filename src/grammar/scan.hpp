// Runs the compiled rule table over a token stream.
#pragma once

#include "grammar/index.hpp"

#include <cstdint>
#include <vector>

namespace kairos::grammar {

/// The buffers of a scan, kept by the caller from one text to the next.
struct scan_scratch {
    token_facts facts;
    std::vector<rule_set> todo;       ///< the rules worth trying at each start kept
    std::vector<std::uint32_t> tried; ///< those starts
    std::vector<sentence_rest> rests; ///< by token, at those starts
    std::vector<match> found;
    std::vector<std::uint32_t> order;
    std::vector<std::uint32_t> by_length; ///< counting sort of the matches by length
    std::vector<std::uint8_t> taken;
    std::vector<std::uint8_t> wins; ///< by match found: kept
};

/// Every position's longest match, then the longest of overlapping matches kept (ties: the
/// earlier one), into `out` (cleared first) in text order, never overlapping; working buffers
/// come from `scratch`.
void scan(const lex::token_stream& ts, const grammar_index& index, scan_scratch& scratch,
          std::vector<match>& out);

} // namespace kairos::grammar
