// The English rule table.
#pragma once

#include "grammar/pattern.hpp"

#include <span>

namespace kairos::lang::en {

/// Every English rule, in priority order (on equal length the earlier rule wins).
std::span<const grammar::rule> rules() noexcept;

} // namespace kairos::lang::en
