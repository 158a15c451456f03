// The kind of a text (news, narrative, colloquial), read from its matches before any is resolved.
#pragma once

#include "grammar/pattern.hpp"
#include "lex/token.hpp"

#include <date/date.h>
#include <kairos/document.hpp>
#include <vector>

namespace kairos::resolve {

/// What the text's dates say about where its story is in time, counted from its matches.
struct time_evidence {
    int years = 0;  ///< calendar years the text states ("1943", "May 1998", "the 1930s")
    int far = 0;    ///< of those, the ones at least `far_years` before the DCT's year
    int deixis = 0; ///< dates counted from the DCT ("yesterday", "last week", "on Friday")
    int story = 0;  ///< dates counted from the text's own time ("the following year", "that May")
    std::size_t tokens = 0;
    std::size_t sentences = 0;
    /// It opens with a capital and ends with a full stop, as written prose does; a typed phrase
    /// ("by friday"), a question or a chat line mostly does not.
    bool prose = false;
    /// It speaks to or for someone ("me", "you", "let's"): a message, however it is punctuated.
    bool personal = false;
};

/// A year this far before the DCT's is no longer the time of a news story: a report looks back a
/// few years ("the 1987 crash" in 1989), a history decades or centuries.
inline constexpr int far_years = 10;

/// The evidence of one window's tokens and matches.
[[nodiscard]] time_evidence gather_evidence(const lex::token_stream& ts,
                                            const std::vector<grammar::match>& matches,
                                            date::sys_days dct) noexcept;

/// The kind the evidence points to: narrative when most stated years lie far from the DCT and
/// the text hardly counts from it; colloquial when it is a few words with no story, not written
/// as a sentence of prose unless it speaks to or for someone; else news.
[[nodiscard]] text_kind kind_of(const time_evidence& e) noexcept;

/// With text_kind::automatic, the kind the window's evidence points to; else `asked`. The
/// first window of a text decides for all of it.
[[nodiscard]] text_kind settle_kind(text_kind asked, const lex::token_stream& ts,
                                    const std::vector<grammar::match>& matches,
                                    date::sys_days dct) noexcept;

} // namespace kairos::resolve
