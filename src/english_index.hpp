// The English grammar index as the pipeline uses it: the rules, with the words the event
// stage looks for noted. Built here, where the stages meet, so the grammar needs nothing of
// the stages after it.
#pragma once

#include "grammar/index.hpp"

namespace kairos {

/// The English rules compiled on first use (thread-safe) and shared by every extractor; the
/// words the event stage's sentence gate looks for are noted (events/gate.hpp).
[[nodiscard]] const grammar::grammar_index& english_index();

} // namespace kairos
