// The English rule table.
#pragma once

#include "grammar/pattern.hpp"

#include <span>

namespace kairos::grammar::en {

/// Every English rule, in priority order (on equal length the earlier rule wins).
std::span<const rule> rules() noexcept;

} // namespace kairos::grammar::en
