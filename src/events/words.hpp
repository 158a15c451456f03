// Words of one sentence for the event stage, made from the tagger's tokens: offsets into the
// document, the mention each word belongs to, and cheap case-insensitive comparison. One buffer
// is reused per document. Below them, the readers the sentence gate uses as prefilters of the
// same words, grouping the same tokens the same way (docs/design.md, "How the event stage reads
// tokens").
#pragma once

#include "lex/token.hpp"
#include "lex/word_map.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <kairos/document.hpp>
#include <span>
#include <string_view>
#include <vector>

namespace kairos::events {

inline constexpr std::int32_t no_mention = -1;

/// The word lists of the lexicon a word belongs to, one bit per list (see events/roles.hpp).
using role_set = std::uint32_t;

struct word {
    std::uint32_t begin = 0; ///< byte offset in document::text
    std::uint32_t end = 0;
    std::string_view text; ///< the word, trailing period and possessive "'s" split off
    std::uint64_t key = 0; ///< lex::prefix_key(text), for the comparisons with the lexicon
    std::int32_t mention = no_mention; ///< index into document::mentions covering it
    role_set roles = 0;                ///< the lexicon lists the word is in (none for punctuation)
    bool upper = false;                ///< starts with an ASCII capital
    bool inner_upper = false;          ///< has a capital after the first byte ("TikTok", "US")
    bool punct = false;                ///< a punctuation token: , ; : ( ) quotes dashes
};

/// ASCII case-insensitive equality against an all-lower-case word (lex::iequals, the one
/// case-folding comparison, under the short name the event stage's readers use).
[[nodiscard]] constexpr bool is(std::string_view s, std::string_view lower) noexcept {
    return lex::iequals(s, lower);
}

/// An all-lower-case word of the lexicon with its lex::prefix_key, made only at compile time (a
/// lexicon constant passed where one is expected, or a table built once).
struct lower_word {
    std::uint64_t key = 0;
    std::string_view text;
    constexpr lower_word() noexcept = default;
    consteval lower_word(std::string_view lower) noexcept // NOLINT(google-explicit-constructor)
        : key(lex::prefix_key(lower)), text(lower) {}
};

/// is(s, k.text) for a text s whose lex::prefix_key is `key`.
[[nodiscard]] constexpr bool is(std::uint64_t key, std::string_view s,
                                const lower_word& k) noexcept {
    return key == k.key && s.size() == k.text.size() &&
           (s.size() <= 8 || is(s.substr(8), k.text.substr(8)));
}

[[nodiscard]] constexpr bool is(const word& w, const lower_word& k) noexcept {
    return is(w.key, w.text, k);
}

/// A lexicon list of words (or phrases) as lower_words, made at compile time: keys<list>.
template<class List>
consteval auto keys_of_list(const List& list) noexcept {
    std::array<lower_word, std::tuple_size_v<List>> out{};
    for (std::size_t i = 0; i < list.size(); ++i) out[i] = lower_word(list[i]);
    return out;
}
template<const auto& List>
inline constexpr auto keys = keys_of_list(List);

/// Whether the text s, whose lex::prefix_key is `key`, is in `list` (is(s, k.text) for some k).
/// The keys are compared in one pass with no branch per entry (most words are in no list, and
/// a branch per entry mispredicts); the rest of a word only when a key agrees.
template<std::size_t N>
[[nodiscard]] constexpr bool is_any(std::uint64_t key, std::string_view s,
                                    const std::array<lower_word, N>& list) noexcept {
    bool maybe = false;
    for (const lower_word& k : list) maybe |= key == k.key;
    if (!maybe) return false;
    for (const lower_word& k : list)
        if (is(key, s, k)) return true;
    return false;
}

template<std::size_t N>
[[nodiscard]] constexpr bool is_any(const word& w, const std::array<lower_word, N>& list) noexcept {
    return is_any(w.key, w.text, list);
}

/// The tagger's tokens of a stretch of the document: `ts` tokenized the document's text from
/// byte `offset` on (the extractor's window), so token k covers the document's bytes
/// [offset + begin, offset + end).
struct token_view {
    const lex::token_stream* ts = nullptr;
    std::uint32_t offset = 0;
};

/// The words of the bytes [where.begin, where.end) of text (the document's own text, which
/// `tokens` cover), appended to out (which the caller clears), each marked with the mention
/// covering it. Adjacent tokens with no blank between them make one word, cut at the
/// punctuation words , ; : ( ) [ ] { } " ! ? and "--" and at the UTF-8 dashes and curly quotes
/// U+2010..U+201F other than U+2019 (looked for inside the tokens the tokenizer lists as wide);
/// a final period is dropped unless the word has another ("U.S."), and a possessive "'s" is a
/// punctuation word of its own. The tokens are found by byte offset, so any span works, even
/// one that cuts a token. `mentions` must be in text order; only those of the span are read.
void words_from_tokens(std::string_view text, const token_view& tokens, span where,
                       const std::vector<mention>& mentions, std::vector<word>& out);

/// A run of tokens of a token_view, [first, last): a mention's, found once.
struct token_range {
    std::uint32_t first = 0;
    std::uint32_t last = 0; ///< one past
    bool exact = true;      ///< the run covers exactly the bytes it was found for
};

/// The tokens covering the document's bytes `bytes`, found by binary search: for a mention of
/// a document the tagger did not hand the gate (one built elsewhere, whose spans may even cut a
/// token; then `exact` is false).
[[nodiscard]] token_range tokens_of(const token_view& tokens, span bytes) noexcept;

/// Reads backwards the words words_from_tokens makes before token `at` of the sentence
/// `where`, nearest first, up to the first punctuation word (what a phrase ending where a
/// mention starts can be made of). It groups the tokens as words_from_tokens does.
class words_back {
public:
    words_back(std::string_view text, const token_view& tokens, span where, std::size_t at) noexcept
        : text_(text), tokens_(tokens), from_(where.begin), k_(at) {}

    /// Puts the next word in w and returns 1; returns 0 at punctuation or the sentence start,
    /// and -1 when it cannot tell cheaply (token `at` continues a word, or the word is in a
    /// token with non-ASCII bytes); after 0 or -1, always that.
    int next(std::string_view& w) noexcept;

private:
    std::string_view text_;
    token_view tokens_;
    std::size_t from_;
    std::size_t k_;
    int state_ = 2; ///< 2 before the first word, 1 after a word, else what next() returns
};

/// False when token `at` of the sentence `where` surely starts no word words_from_tokens makes
/// (it continues a word); true when it does or when the tokens before it are not plain ASCII.
[[nodiscard]] bool may_start_word(std::string_view text, const token_view& tokens, span where,
                                  std::size_t at) noexcept;

/// Reads forwards the words words_from_tokens makes from token `at` of the sentence `where` (a
/// word start), up to the first punctuation word.
class words_fwd {
public:
    words_fwd(std::string_view text, const token_view& tokens, span where, std::size_t at) noexcept
        : text_(text), tokens_(tokens), stop_(std::min<std::size_t>(where.end, text.size())),
          k_(at) {}

    /// Puts the next word in w and returns 1; returns 0 at punctuation or the sentence end, and
    /// -1 at a token with non-ASCII bytes; after 0 or -1, always that.
    int next(std::string_view& w) noexcept;

private:
    std::string_view text_;
    token_view tokens_;
    std::size_t stop_;
    std::size_t k_;
    int state_ = 1;
};

/// False only when the word words_from_tokens makes from token `at` of the sentence `where`
/// (the token after a mention) is surely not `lower`, an all-lower-case run of ASCII letters.
[[nodiscard]] bool may_be_word_after(std::string_view text, const token_view& tokens, span where,
                                     std::size_t at, std::string_view lower) noexcept;

/// How many of the tokens strictly between tokens `from` and `to` start after a gap (a blank),
/// counting no further than cap + 1: at most the number of words words_from_tokens makes
/// strictly between the word of token `from` and one starting at token `to`.
[[nodiscard]] std::size_t runs_between(const token_view& tokens, std::size_t from, std::size_t to,
                                       std::size_t cap) noexcept;

/// False only when no word words_from_tokens makes of the bytes [where.begin, where.end) can
/// have one of `roles`, which must all be words of ASCII letters alone (so each is one token):
/// the cheap test that lets a sentence without mentions go unread when the extractor's notes
/// are not at hand. Each word token is looked up, and each run of letters inside a wide token
/// or a token the span cuts.
[[nodiscard]] bool may_have_role(std::string_view text, const token_view& tokens, span where,
                                 role_set roles) noexcept;

} // namespace kairos::events
