// Tokens of one text: words, numbers and punctuation with byte offsets and sentence numbers.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace kairos::lex {

enum class token_kind : std::uint8_t {
    word,   ///< starts with a letter: "September", "Q3", "G7"
    number, ///< only digits: "17", "2025"
    alnum,  ///< digits then letters: "17th", "1990s", "5pm"
    punct,  ///< one byte of anything else: ".", "-", "'", "/"
};

/// One token; its text is text.substr(begin, end - begin). Offsets only, so tokenizing
/// allocates nothing per token.
struct token {
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
    std::uint32_t sentence = 0;
    token_kind kind = token_kind::punct;
    bool space_before = false;     ///< whitespace separates it from the previous token
    bool upper = false;            ///< the first byte is an ASCII capital letter
    bool paragraph_before = false; ///< a blank line precedes it
};

/// The tokens of a text plus its sentence spans (token index ranges).
struct token_stream {
    std::string_view text;
    std::vector<token> tokens;
    struct sentence_range {
        std::uint32_t first = 0; ///< first token
        std::uint32_t last = 0;  ///< one past the last token
    };
    std::vector<sentence_range> sentences;
    /// The tokenizer's own notes: the tokens that may end or start a sentence (a '.', '!' or
    /// '?', or a token after a blank line), so splitting sentences skips the others.
    std::vector<std::uint32_t> breaks;
    /// The tokens holding a byte >= 0x80 (UTF-8 letters, dashes, curly quotes, no-break
    /// spaces), in order: the only tokens whose bytes a reader that splits words at those
    /// characters may need to look into.
    std::vector<std::uint32_t> wide;
    /// The caller's text with each dash (U+2012 to U+2014) written as "-" and two blanks, when
    /// it has one: `text` then views this copy, whose bytes keep the caller's offsets, so a
    /// range reads "July 13\u201315" as "July 13-15". A copy of the stream views the original's.
    std::vector<char> hyphenated;

    [[nodiscard]] std::string_view str(std::size_t i) const noexcept {
        const token& t = tokens[i];
        return text.substr(t.begin, t.end - t.begin);
    }
    [[nodiscard]] std::size_t size() const noexcept { return tokens.size(); }
};

/// Splits text into tokens and sentences in one linear pass. Any bytes are accepted.
[[nodiscard]] token_stream tokenize(std::string_view text);
/// The same into `out`, whose buffers are reused: a caller that keeps one stream per thread
/// tokenizes text after text without allocating once the buffers have grown.
void tokenize(std::string_view text, token_stream& out);

/// c with an ASCII capital lower-cased; any other byte as it is. Every case-insensitive
/// comparison of the engine folds this way (word_map's keys eight bytes at once).
[[nodiscard]] constexpr char lower(char c) noexcept {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

/// ASCII case-insensitive equality; `lower` must already be lower case.
[[nodiscard]] constexpr bool iequals(std::string_view s, std::string_view lower_case) noexcept {
    if (s.size() != lower_case.size()) return false;
    for (std::size_t i = 0; i < s.size(); ++i)
        if (lower(s[i]) != lower_case[i]) return false;
    return true;
}

/// Whether `s` equals one of `words` (each lower case), ignoring ASCII case.
template<class Words>
[[nodiscard]] constexpr bool iequals_any(std::string_view s, const Words& words) noexcept {
    for (std::string_view w : words)
        if (iequals(s, w)) return true;
    return false;
}

/// Parses a run of ASCII digits (at most 9) into an int; -1 when s is not such a run.
[[nodiscard]] constexpr int to_int(std::string_view s) noexcept {
    if (s.empty() || s.size() > 9) return -1;
    int v = 0;
    for (char c : s) {
        if (c < '0' || c > '9') return -1;
        v = v * 10 + (c - '0');
    }
    return v;
}

} // namespace kairos::lex
