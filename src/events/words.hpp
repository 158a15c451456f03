// Words of one sentence for the event stage: offsets into the document, the mention each
// word belongs to, and cheap case-insensitive comparison. One buffer is reused per document.
#pragma once

#include <cstdint>
#include <kairos/document.hpp>
#include <string_view>
#include <vector>

namespace kairos::events {

inline constexpr std::int32_t no_mention = -1;

/// The word lists of the lexicon a word belongs to, one bit per list (see events/roles.hpp).
using role_set = std::uint32_t;

struct word {
    std::uint32_t begin = 0; ///< byte offset in document::text
    std::uint32_t end = 0;
    std::string_view text;             ///< the word, trailing period and possessive "'s" split off
    std::int32_t mention = no_mention; ///< index into document::mentions covering it
    role_set roles = 0;                ///< the lexicon lists the word is in
    bool upper = false;                ///< starts with an ASCII capital
    bool inner_upper = false;          ///< has a capital after the first byte ("TikTok", "US")
    bool punct = false;                ///< a punctuation token: , ; : ( ) quotes dashes
};

/// ASCII case-insensitive equality against an all-lower-case literal.
[[nodiscard]] constexpr bool is(std::string_view s, std::string_view lower) noexcept {
    if (s.size() != lower.size()) return false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        char c = s[i];
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        if (c != lower[i]) return false;
    }
    return true;
}

/// Splits the bytes [where.begin, where.end) of text into words, appending to out (which the
/// caller clears), and marks each word with the mention covering it. `mentions` must be in
/// text order; only those of the sentence are looked at.
void split_words(std::string_view text, span where, const std::vector<mention>& mentions,
                 std::vector<word>& out);

struct word_starts;

/// False only when no maximal run of ASCII letters in the bytes [where.begin, where.end) of
/// text has one of `roles`, so no word of the span can have them: the cheap test that lets a
/// sentence without mentions go unsplit. `starts` must be starts_of(roles), and valid.
[[nodiscard]] bool may_have_role(std::string_view text, span where, role_set roles,
                                 const word_starts& starts) noexcept;

} // namespace kairos::events
