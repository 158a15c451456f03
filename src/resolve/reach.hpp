// Where a mention reaches: the two ends of a range, or the span a duration points to.
#pragma once

#include "lex/token.hpp"
#include "resolve/resolver.hpp"

#include <kairos/document.hpp>
#include <optional>
#include <span>

namespace kairos::resolve {

/// The two ends of a range and the duration between them.
struct resolved_range {
    resolved begin;
    resolved end;
    timex length; ///< P3D for "July 13-15", PT2H30M for "3:30 to 6 PM"
};

/// The ends of a range operation: the begin as the operation says, the end with the fields its
/// text states and the rest taken from the begin (its year, or the next one when the end would
/// come first: "Dec. 28 to Jan. 3"; its week for weekdays). nullopt when an end has no value or
/// the end is not after the begin.
[[nodiscard]] std::optional<resolved_range>
resolve_range(const grammar::operation& op, const resolved& begin, const context& ctx);

/// The duration from the start of `begin` to `end`: inclusive days, months or years for dates
/// ("July 13-15" is P3D, "Jan.-March" P3M, "the 1990s to the 2000s" P20Y), the time between the
/// two clock readings for times. An invalid timex when the two do not bound a span.
[[nodiscard]] timex length_between(const timex& begin, const timex& end);

/// The point or span a duration points to ("in 2 hours", "within 30 days", "the last 2 days",
/// "72 hours later"), counted from the DCT or the time under discussion; nullopt for a duration
/// that points nowhere or whose amount is unknown.
[[nodiscard]] std::optional<reach> reach_of_duration(const grammar::operation& op,
                                                     const timex& value, const context& ctx,
                                                     const anchor& dct);

/// "two weeks after the vote": a duration followed (at token `after`) by "after" or "before",
/// "the" and a noun that an earlier sentence of the window dates to a day ("The vote was on May
/// 3", "the May 3 vote", "the election on Nov. 5"): the day the duration reaches from that date.
/// `earlier` are the mentions found before it, `first_sentence` the window's first sentence.
/// nullopt when no earlier dated sentence names the noun: the duration then points nowhere.
[[nodiscard]] std::optional<reach>
reach_from_named_event(const lex::token_stream& ts, std::size_t after, const timex& value,
                       const context& ctx, std::span<const mention> earlier,
                       std::uint32_t first_sentence, const anchor& dct);

} // namespace kairos::resolve
