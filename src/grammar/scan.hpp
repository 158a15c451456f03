// Runs the rule table over a token stream.
#pragma once

#include "grammar/pattern.hpp"

#include <span>
#include <vector>

namespace kairos::grammar {

/// Every position's longest match, then the longest of overlapping matches kept (ties: the
/// earlier one). Returned in text order, never overlapping.
[[nodiscard]] std::vector<match> scan(const lex::token_stream& ts, std::span<const rule> rules);

} // namespace kairos::grammar
