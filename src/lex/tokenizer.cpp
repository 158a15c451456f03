// One linear pass over the bytes: tokens first, then sentence breaks between them.
#include "lang/en/abbreviations.hpp"
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
using lang::en::abbreviations;

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

constexpr bool is_terminal(char c) noexcept {
    return c == '.' || c == '!' || c == '?';
}

constexpr std::uint64_t low_bits(std::size_t n) noexcept {
    return n >= 64 ? ~std::uint64_t{0} : (std::uint64_t{1} << n) - 1;
}

// Where a word or number that filled its block to the end really ends; rare, so bytewise.
std::size_t word_end(std::string_view text, std::size_t i, bool& letters, bool& high) noexcept {
    std::uint8_t k = 0;
    while (i < text.size() && ((k = class_of(text[i])) & (alpha | digit))) {
        letters = letters || (k & alpha);
        high = high || static_cast<unsigned char>(text[i]) >= 0x80;
        ++i;
    }
    return i;
}

// The bytes [from, to) of a block as a mask.
constexpr std::uint64_t bits_between(std::size_t from, std::size_t to) noexcept {
    return low_bits(to) & ~low_bits(from);
}

// How many bits x has, counted up to two (all a blank line needs): std::popcount is a library
// call on the x86-64 baseline, which has no POPCNT instruction.
constexpr std::size_t up_to_two(std::uint64_t x) noexcept {
    return x == 0 ? 0 : (x & (x - 1)) == 0 ? 1 : 2;
}

// The tokenizer's state between blocks: what preceded the next token.
struct splitter {
    std::string_view text;
    token_stream& ts;
    bool space_seen = true;   ///< blanks (or the start of the text) before the block
    std::size_t newlines = 0; ///< newlines among them

    // Emits the token starting at block offset o; returns the offset just past it, which
    // passes the block when a word fills it to the end. Without a branch on the token's kind,
    // which text makes as good as random: a word or number is the run of word bytes from o
    // (adding o's bit carries through it), punctuation the one byte.
    std::size_t emit(const detail::block& b, std::size_t at, std::size_t o, bool space_before,
                     bool paragraph) {
        const std::uint64_t first = std::uint64_t{1} << o;
        const std::uint64_t run = b.word & ~(b.word + first);
        const auto length = static_cast<std::size_t>(std::countr_one(b.word >> o));
        std::size_t end = o + length + (length == 0 ? 1 : 0);
        bool letters = (b.alpha & run) != 0;
        bool high = (b.high & run) != 0;
        if (end == b.size && run != 0) end = word_end(text, at + end, letters, high) - at;
        const auto kind =
            kinds[(run != 0 ? 4u : 0u) | ((b.alpha & first) != 0 ? 2u : 0u) | (letters ? 1u : 0u)];
        ts.tokens.push_back(token{static_cast<std::uint32_t>(at + o),
                                  static_cast<std::uint32_t>(at + end), 0, kind, space_before,
                                  (b.upper & first) != 0, paragraph});
        const auto index = static_cast<std::uint32_t>(ts.tokens.size() - 1);
        if (paragraph || (b.terminal & first) != 0) ts.breaks.push_back(index);
        if (high) ts.wide.push_back(index);
        return end;
    }
    // By whether the token is a run of word bytes, starts with a letter, holds a letter.
    static constexpr std::array<token_kind, 8> kinds{
        token_kind::punct,  token_kind::punct, token_kind::punct, token_kind::punct,
        token_kind::number, token_kind::alnum, token_kind::word,  token_kind::word};

    // Splits the block at `at`; returns how many bytes it consumed. Every token start is a bit
    // of one mask (a word byte after a non-word byte, or any byte that is neither word nor
    // blank), so the loop visits tokens, not bytes or blank runs.
    std::size_t run(std::size_t at) {
        const detail::block b = detail::classify(text, at);
        const std::uint64_t other = ~(b.word | b.space) & low_bits(b.size);
        std::uint64_t starts = (b.word & ~(b.word << 1)) | other;
        const std::uint64_t blank_before = (b.space << 1) | (space_seen ? 1u : 0u);
        std::size_t last_end = 0; // where the previous token of the block ended
        for (; starts != 0; starts &= starts - 1) {
            const auto o = static_cast<std::size_t>(std::countr_zero(starts));
            newlines += up_to_two(b.newline & bits_between(last_end, o));
            last_end = emit(b, at, o, ((blank_before >> o) & 1u) != 0, newlines >= 2);
            newlines = 0;
            if (last_end >= b.size) {
                space_seen = false;
                return last_end;
            }
        }
        // What follows the last token is blank to the end of the block.
        newlines += up_to_two(b.newline & bits_between(last_end, b.size));
        space_seen = true;
        return b.size;
    }
};

void split_tokens(std::string_view text, token_stream& ts) {
    splitter sp{text, ts};
    for (std::size_t at = 0; at < text.size();) at += sp.run(at);
}

// U+2012 figure dash, U+2013 en dash, U+2014 em dash: E2 80 92 to E2 80 94 in UTF-8.
constexpr std::size_t dash_size = 3;
bool dash_at(std::string_view text, std::size_t i) noexcept {
    return i + dash_size <= text.size() && text[i] == '\xE2' && text[i + 1] == '\x80' &&
           static_cast<unsigned char>(text[i + 2]) >= 0x92 &&
           static_cast<unsigned char>(text[i + 2]) <= 0x94;
}

// Dashes make ranges and join dates as a hyphen does ("July 13\u201315", "1939\u20131945"),
// and the rules read a hyphen: a text with a dash is split as a copy with "-" and two blanks in
// place of each dash (the copy keeps the caller's byte offsets). Returns the text to split.
std::string_view with_hyphens(std::string_view text, token_stream& ts) {
    std::size_t i = text.find('\xE2');
    while (i != std::string_view::npos && !dash_at(text, i)) i = text.find('\xE2', i + 1);
    if (i == std::string_view::npos) return text;
    ts.hyphenated.assign(text.begin(), text.end());
    for (; i < text.size(); ++i)
        if (dash_at(text, i)) {
            ts.hyphenated[i] = '-';
            ts.hyphenated[i + 1] = ts.hyphenated[i + 2] = ' ';
            i += dash_size - 1;
        }
    return {ts.hyphenated.data(), ts.hyphenated.size()};
}

// A token right after a dash is glued to it, as after a hyphen (the copy put blanks there).
void glue_after_dashes(std::string_view text, token_stream& ts) {
    for (token& t : ts.tokens)
        if (t.begin >= dash_size && dash_at(text, t.begin - dash_size)) t.space_before = false;
}

// Sentence spans, then each token's sentence number: a blank line, or a '.', '!' or '?' that
// ends_sentence accepts (with the closing quotes and brackets glued after it), ends a
// sentence. Only the tokens the splitter noted as breaks are looked at.
void split_sentences(token_stream& ts) {
    const token* const tokens = ts.tokens.data();
    const std::size_t n = ts.tokens.size();
    std::uint32_t first = 0;
    const auto close = [&ts, &first](std::size_t end) {
        ts.sentences.push_back({first, static_cast<std::uint32_t>(end)});
        first = static_cast<std::uint32_t>(end);
    };
    for (const std::uint32_t k : ts.breaks) {
        if (k < first) continue; // glued to the end of the sentence before
        if (k > first && tokens[k].paragraph_before) close(k);
        if (tokens[k].kind != token_kind::punct || !is_terminal(ts.text[tokens[k].begin]) ||
            !ends_sentence(ts, k))
            continue;
        std::size_t last = k + 1;
        while (last < n && !tokens[last].space_before && tokens[last].kind == token_kind::punct)
            ++last;
        close(last);
    }
    if (first < n || ts.sentences.empty()) close(n);
    for (std::size_t s = 0; s < ts.sentences.size(); ++s)
        for (std::uint32_t k = ts.sentences[s].first; k < ts.sentences[s].last; ++k)
            ts.tokens[k].sentence = static_cast<std::uint32_t>(s);
}

} // namespace

token_stream tokenize(std::string_view text) {
    token_stream ts;
    tokenize(text, ts);
    return ts;
}

void tokenize(std::string_view text, token_stream& out) {
    out.text = with_hyphens(text, out);
    out.tokens.clear();
    out.sentences.clear();
    out.breaks.clear();
    out.wide.clear();
    out.tokens.reserve(text.size() / 4 + 8);
    split_tokens(out.text, out);
    if (out.text.data() != text.data()) glue_after_dashes(text, out);
    split_sentences(out);
}

} // namespace kairos::lex
