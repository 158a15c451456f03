// One linear pass over the bytes: tokens first, then sentence breaks between them.
#include "lex/token.hpp"

#include <array>

namespace kairos::lex {
namespace {

// One table lookup per byte instead of a chain of range tests: the tokenizer's inner loop.
enum char_class : std::uint8_t { other = 0, space = 1, alpha = 2, digit = 4, newline = 8 };

constexpr std::array<std::uint8_t, 256> classes = [] {
    std::array<std::uint8_t, 256> t{};
    for (int c = 0; c < 256; ++c) {
        std::uint8_t k = other;
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80) k = alpha;
        if (c >= '0' && c <= '9') k = digit;
        if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') k = space;
        if (c == '\n') k = space | newline;
        t[static_cast<std::size_t>(c)] = k;
    }
    return t;
}();

constexpr std::uint8_t class_of(char c) noexcept {
    return classes[static_cast<unsigned char>(c)];
}

// Words after which a period does not end a sentence ("Sept. 17", "Mr. Smith", "Corp. said").
constexpr std::array<std::string_view, 40> abbreviations{
    "mr",  "mrs", "ms",     "dr",    "prof", "sen",  "rep",  "gov", "gen",  "lt",
    "col", "st",  "jan",    "feb",   "mar",  "apr",  "aug",  "sep", "sept", "oct",
    "nov", "dec", "inc",    "corp",  "co",   "ltd",  "jr",   "sr",  "no",   "vs",
    "mt",  "ft",  "messrs", "calif", "mass", "conn", "wash", "fla", "pa",   "rev"};

bool is_abbreviation(std::string_view w) noexcept {
    if (w.size() == 1) return true; // initials and "U.S."
    for (std::string_view a : abbreviations)
        if (iequals(w, a)) return true;
    return false;
}

bool ends_sentence(const token_stream& ts, std::size_t i) {
    // i is a '.', '!' or '?' token; the next token must start a new sentence.
    const std::string_view p = ts.str(i);
    std::size_t next = i + 1;
    while (next < ts.size() && ts.tokens[next].kind == token_kind::punct &&
           !ts.tokens[next].space_before &&
           (ts.str(next) == "\"" || ts.str(next) == "'" || ts.str(next) == ")"))
        ++next;
    if (next >= ts.size()) return false;
    const token& n = ts.tokens[next];
    if (!n.space_before) return false;
    if (!(n.upper || n.kind != token_kind::word)) return false;
    if (p == "." && i > 0 && ts.tokens[i - 1].kind == token_kind::word &&
        ts.tokens[i - 1].end == ts.tokens[i].begin && is_abbreviation(ts.str(i - 1)))
        return false;
    return true;
}

// The end of the word or number starting at i, and whether it holds a letter.
std::size_t word_end(std::string_view text, std::size_t i, bool& letters) noexcept {
    std::uint8_t seen = 0;
    std::uint8_t k = 0;
    while (i < text.size() && ((k = class_of(text[i])) & (alpha | digit))) {
        seen |= k;
        ++i;
    }
    letters = (seen & alpha) != 0;
    return i;
}

void split_tokens(std::string_view text, token_stream& ts) {
    std::size_t newlines = 0;
    bool space_seen = false;
    std::size_t i = 0;
    while (i < text.size()) {
        const std::uint8_t k = class_of(text[i]);
        if (k & space) {
            space_seen = true;
            newlines += (k & newline) ? 1 : 0;
            ++i;
            continue;
        }
        token t;
        t.begin = static_cast<std::uint32_t>(i);
        t.space_before = space_seen || ts.tokens.empty();
        t.upper = text[i] >= 'A' && text[i] <= 'Z';
        if (k & (alpha | digit)) {
            bool letters = false;
            i = word_end(text, i, letters);
            t.kind = (k & alpha) ? token_kind::word
                     : letters   ? token_kind::alnum
                                 : token_kind::number;
        } else {
            ++i;
            t.kind = token_kind::punct;
        }
        t.end = static_cast<std::uint32_t>(i);
        t.paragraph_before = newlines >= 2;
        ts.tokens.push_back(t);
        space_seen = false;
        newlines = 0;
    }
}

bool is_terminal(const token_stream& ts, std::size_t k) noexcept {
    if (ts.tokens[k].kind != token_kind::punct) return false;
    const char c = ts.text[ts.tokens[k].begin];
    return c == '.' || c == '!' || c == '?';
}

} // namespace

token_stream tokenize(std::string_view text) {
    token_stream ts;
    ts.text = text;
    ts.tokens.reserve(text.size() / 4 + 8);
    split_tokens(text, ts);
    std::uint32_t sentence = 0;
    std::uint32_t first = 0;
    for (std::size_t k = 0; k < ts.size(); ++k) {
        if (k > first && ts.tokens[k].paragraph_before) {
            ts.sentences.push_back({first, static_cast<std::uint32_t>(k)});
            first = static_cast<std::uint32_t>(k);
            ++sentence;
        }
        ts.tokens[k].sentence = sentence;
        if (is_terminal(ts, k) && ends_sentence(ts, k)) {
            // closing quotes and brackets stay with the sentence they close
            std::size_t last = k + 1;
            while (last < ts.size() && !ts.tokens[last].space_before &&
                   ts.tokens[last].kind == token_kind::punct) {
                ts.tokens[last].sentence = sentence;
                ++last;
            }
            ts.sentences.push_back({first, static_cast<std::uint32_t>(last)});
            first = static_cast<std::uint32_t>(last);
            k = last - 1;
            ++sentence;
        }
    }
    if (first < ts.size() || ts.sentences.empty())
        ts.sentences.push_back({first, static_cast<std::uint32_t>(ts.size())});
    return ts;
}

} // namespace kairos::lex
