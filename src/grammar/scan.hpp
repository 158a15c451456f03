// Runs the compiled rule table over a token stream.
#pragma once

#include "grammar/index.hpp"

#include <vector>

namespace kairos::grammar {

/// Every position's longest match, then the longest of overlapping matches kept (ties: the
/// earlier one). Returned in text order, never overlapping.
[[nodiscard]] std::vector<match> scan(const lex::token_stream& ts, const grammar_index& index);

} // namespace kairos::grammar
