// One linear pass over the bytes: tokens first, then sentence breaks between them.
#include "lex/classify.hpp"
#include "lex/token.hpp"
#include "lex/word_map.hpp"

#include <array>
#include <bit>

namespace kairos::lex {
namespace {

using detail::alpha;
using detail::class_of;
using detail::digit;

// Words after which a period does not end a sentence ("Sept. 17", "Mr. Smith", "Corp. said").
constexpr std::array<std::string_view, 40> abbreviations{
    "mr",  "mrs", "ms",     "dr",    "prof", "sen",  "rep",  "gov", "gen",  "lt",
    "col", "st",  "jan",    "feb",   "mar",  "apr",  "aug",  "sep", "sept", "oct",
    "nov", "dec", "inc",    "corp",  "co",   "ltd",  "jr",   "sr",  "no",   "vs",
    "mt",  "ft",  "messrs", "calif", "mass", "conn", "wash", "fla", "pa",   "rev"};

const word_map<std::uint8_t>& abbreviation_map() {
    static const word_map<std::uint8_t> map = [] {
        word_map<std::uint8_t> m(abbreviations.size());
        for (std::string_view a : abbreviations) m[a] = 1;
        return m;
    }();
    return map;
}

bool is_abbreviation(std::string_view w) noexcept {
    return w.size() == 1 || abbreviation_map().find(w) != nullptr; // 1: initials, "U.S."
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

constexpr std::uint64_t low_bits(std::size_t n) noexcept {
    return n >= 64 ? ~std::uint64_t{0} : (std::uint64_t{1} << n) - 1;
}

// Where a word or number that filled its block to the end really ends; rare, so bytewise.
std::size_t word_end(std::string_view text, std::size_t i, bool& letters) noexcept {
    std::uint8_t k = 0;
    while (i < text.size() && ((k = class_of(text[i])) & (alpha | digit))) {
        letters = letters || (k & alpha);
        ++i;
    }
    return i;
}

// The tokenizer's state between blocks: what preceded the next token.
struct splitter {
    std::string_view text;
    token_stream& ts;
    bool space_seen = false;
    std::size_t newlines = 0;

    // Emits the token at block offset o; returns the offset just past it (may pass the block).
    std::size_t token_at(const detail::block& b, std::size_t at, std::size_t o) {
        token t;
        t.begin = static_cast<std::uint32_t>(at + o);
        t.space_before = space_seen || ts.tokens.empty();
        t.upper = text[at + o] >= 'A' && text[at + o] <= 'Z';
        t.paragraph_before = newlines >= 2;
        std::size_t end = o + 1;
        t.kind = token_kind::punct;
        if ((b.word >> o) & 1u) {
            end = o + static_cast<std::size_t>(std::countr_one(b.word >> o));
            bool letters = ((b.alpha >> o) & low_bits(end - o)) != 0;
            if (end == b.size) end = word_end(text, at + end, letters) - at;
            t.kind = ((b.alpha >> o) & 1u) ? token_kind::word
                     : letters             ? token_kind::alnum
                                           : token_kind::number;
        }
        t.end = static_cast<std::uint32_t>(at + end);
        ts.tokens.push_back(t);
        space_seen = false;
        newlines = 0;
        return end;
    }

    // Splits the block at `at`; returns how many bytes it consumed.
    std::size_t run(std::size_t at) {
        const detail::block b = detail::classify(text, at);
        std::size_t o = 0;
        while (o < b.size) {
            const auto blanks = static_cast<std::size_t>(std::countr_one(b.space >> o));
            if (blanks) {
                if (const std::uint64_t nl = (b.newline >> o) & low_bits(blanks))
                    newlines += static_cast<std::size_t>(std::popcount(nl));
                space_seen = true;
                o += blanks;
                if (o >= b.size) break;
            }
            o = token_at(b, at, o);
        }
        return o;
    }
};

void split_tokens(std::string_view text, token_stream& ts) {
    splitter sp{text, ts};
    for (std::size_t at = 0; at < text.size();) at += sp.run(at);
}

bool is_terminal(const token_stream& ts, std::size_t k) noexcept {
    if (ts.tokens[k].kind != token_kind::punct) return false;
    const char c = ts.text[ts.tokens[k].begin];
    return c == '.' || c == '!' || c == '?';
}

// Sentence numbers and spans: a blank line, or a '.', '!' or '?' that ends_sentence accepts
// (with the closing quotes and brackets glued after it), ends a sentence.
void split_sentences(token_stream& ts) {
    token* const tokens = ts.tokens.data();
    const std::size_t n = ts.tokens.size();
    std::uint32_t sentence = 0;
    std::uint32_t first = 0;
    for (std::size_t k = 0; k < n; ++k) {
        if (k > first && tokens[k].paragraph_before) {
            ts.sentences.push_back({first, static_cast<std::uint32_t>(k)});
            first = static_cast<std::uint32_t>(k);
            ++sentence;
        }
        tokens[k].sentence = sentence;
        if (!is_terminal(ts, k) || !ends_sentence(ts, k)) continue;
        std::size_t last = k + 1;
        while (last < n && !tokens[last].space_before && tokens[last].kind == token_kind::punct)
            tokens[last++].sentence = sentence;
        ts.sentences.push_back({first, static_cast<std::uint32_t>(last)});
        first = static_cast<std::uint32_t>(last);
        k = last - 1;
        ++sentence;
    }
    if (first < n || ts.sentences.empty())
        ts.sentences.push_back({first, static_cast<std::uint32_t>(n)});
}

} // namespace

token_stream tokenize(std::string_view text) {
    token_stream ts;
    tokenize(text, ts);
    return ts;
}

void tokenize(std::string_view text, token_stream& out) {
    out.text = text;
    out.tokens.clear();
    out.sentences.clear();
    out.tokens.reserve(text.size() / 4 + 8);
    split_tokens(text, out);
    split_sentences(out);
}

} // namespace kairos::lex
