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

} // namespace kairos::resolve
