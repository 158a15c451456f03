// Tense cues: does a sentence speak of the past or the future around a mention?
#pragma once

#include "grammar/operation.hpp"
#include "lex/token.hpp"

namespace kairos::resolve {

/// The direction the nearest tense cue in the mention's sentence points to: past-tense verbs,
/// "ago", "last" -> past; "will", "'ll", "is expected to", "next" -> future; else nearest.
/// Tokens [first, last) are the mention itself and are skipped.
[[nodiscard]] grammar::direction tense_around(const lex::token_stream& ts, std::size_t first,
                                              std::size_t last) noexcept;

/// True when the word before token `first` makes a date a deadline or a start: "by Dec. 15",
/// "until Nov. 20", "payable Jan. 2", "extended to Nov. 6". Such dates lie ahead.
[[nodiscard]] bool after_deadline_word(const lex::token_stream& ts, std::size_t first) noexcept;

// The pieces of tense_around, exposed for tests.

/// False for a word no tense cue can be: the fast gate in front of full_cue.
[[nodiscard]] bool may_cue(std::string_view word) noexcept;
/// +1 when token i points to the future, -1 to the past, 0 when it is no cue; `before`: the
/// token comes before the mention.
[[nodiscard]] int full_cue(const lex::token_stream& ts, std::size_t i, bool before) noexcept;

} // namespace kairos::resolve
