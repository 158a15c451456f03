// One linear pass over the bytes: tokens first, then sentence breaks between them.
#include "lex/token.hpp"

#include <array>

namespace kairos::lex {
namespace {

constexpr bool is_alpha(unsigned char c) noexcept {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}
constexpr bool is_digit(unsigned char c) noexcept {
    return c >= '0' && c <= '9';
}
constexpr bool is_space(unsigned char c) noexcept {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
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

} // namespace

token_stream tokenize(std::string_view text) {
    token_stream ts;
    ts.text = text;
    ts.tokens.reserve(text.size() / 4 + 8);
    std::size_t newlines = 0;
    bool space = false;
    std::size_t i = 0;
    while (i < text.size()) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (is_space(c)) {
            space = true;
            if (c == '\n') ++newlines;
            ++i;
            continue;
        }
        token t;
        t.begin = static_cast<std::uint32_t>(i);
        t.space_before = space || ts.tokens.empty();
        t.upper = c >= 'A' && c <= 'Z';
        if (is_alpha(c) || is_digit(c)) {
            bool letters = false;
            while (i < text.size() && (is_alpha(static_cast<unsigned char>(text[i])) ||
                                       is_digit(static_cast<unsigned char>(text[i])))) {
                letters = letters || is_alpha(static_cast<unsigned char>(text[i]));
                ++i;
            }
            t.kind = is_alpha(c) ? token_kind::word
                     : letters   ? token_kind::alnum
                                 : token_kind::number;
        } else {
            ++i;
            t.kind = token_kind::punct;
        }
        t.end = static_cast<std::uint32_t>(i);
        t.paragraph_before = newlines >= 2;
        ts.tokens.push_back(t);
        space = false;
        newlines = 0;
    }
    std::uint32_t sentence = 0;
    std::uint32_t first = 0;
    for (std::size_t k = 0; k < ts.size(); ++k) {
        if (k > first && ts.tokens[k].paragraph_before) {
            ts.sentences.push_back({first, static_cast<std::uint32_t>(k)});
            first = static_cast<std::uint32_t>(k);
            ++sentence;
        }
        ts.tokens[k].sentence = sentence;
        const std::string_view s = ts.str(k);
        if ((s == "." || s == "!" || s == "?") && ends_sentence(ts, k)) {
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
