#include "events/words.hpp"

#include "events/roles.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>

namespace kairos::events {

const lex::word_map<role_set>& role_map() {
    static const lex::word_map<role_set> map = [] {
        lex::word_map<role_set> m(512);
        detail::for_each_role_word([&m](std::string_view w, role r) {
            if (detail::is_single_word(w)) m[w] |= bit(r);
        });
        return m;
    }();
    return map;
}

namespace {

// What a byte of a token can be, as bits: one table lookup per byte instead of a chain of
// comparisons.
enum : std::uint8_t {
    punct = 2,       ///< a one-byte punctuation token: , ; : ( ) [ ] { } " ! ?
    maybe_punct = 4, ///< '-' ("--" is a token) or 0xE2 (a UTF-8 dash or curly quote)
    letter = 8,      ///< ASCII letter
    upper = 16,      ///< ASCII capital
};

constexpr std::array<std::uint8_t, 256> byte_kinds = [] {
    std::array<std::uint8_t, 256> k{};
    for (char c : std::string_view(",;:()[]\"!?{}")) k[static_cast<unsigned char>(c)] = punct;
    k['-'] = maybe_punct;
    k[0xE2] = maybe_punct;
    for (unsigned c = 'a'; c <= 'z'; ++c) k[c] = letter;
    for (unsigned c = 'A'; c <= 'Z'; ++c) k[c] = letter | upper;
    return k;
}();

std::uint8_t kind_at(std::string_view text, std::size_t i) noexcept {
    return byte_kinds[static_cast<unsigned char>(text[i])];
}

// The length of the punctuation token at i ("--", a dash or curly quote from U+2010..U+201F
// but not U+2019, which is an apostrophe inside words, or one byte of , ; : ( ) ...), or 0.
std::size_t punct_len(std::string_view text, std::size_t i, std::size_t stop) noexcept {
    const std::uint8_t k = kind_at(text, i);
    if ((k & punct) != 0) return 1;
    if ((k & maybe_punct) == 0) return 0;
    if (text[i] == '-') return i + 1 < stop && text[i + 1] == '-' ? 2 : 0;
    if (i + 2 >= stop || static_cast<unsigned char>(text[i + 1]) != 0x80) return 0;
    const auto b2 = static_cast<unsigned char>(text[i + 2]);
    return b2 >= 0x90 && b2 <= 0x9F && b2 != 0x99 ? 3 : 0;
}

// Eight bytes at a time (little-endian loads): most words are short runs of letters.
constexpr std::uint64_t ones = 0x0101010101010101u;
constexpr std::uint64_t high = ones * 0x80;
constexpr bool little_endian = std::endian::native == std::endian::little;

std::uint64_t load8(std::string_view text, std::size_t i) noexcept {
    std::uint64_t x = 0;
    std::memcpy(&x, text.data() + i, 8);
    return x;
}

// 0x80 in each byte of x that is an ASCII letter, 0 elsewhere.
constexpr std::uint64_t letter_bits(std::uint64_t x) noexcept {
    const std::uint64_t low7 = (x | ones * 0x20) & ~high;
    const std::uint64_t from_a = (low7 + ones * (0x80 - 'a')) & high;
    const std::uint64_t past_z = (low7 + ones * (0x80 - 'z' - 1)) & high;
    return from_a & ~past_z & ~x & high;
}

// The bytes [0, n) of a little-endian 8-byte load (all of them from n = 8 on).
constexpr std::uint64_t first_bytes(std::size_t n) noexcept {
    return n >= 8 ? ~std::uint64_t{0} : (std::uint64_t{1} << (8 * n)) - 1;
}

// How far the ASCII letters starting at i reach, at most 16 bytes on, given both loads.
std::size_t letter_run(std::uint64_t lo, std::uint64_t hi) noexcept {
    const std::size_t a = static_cast<std::size_t>(std::countr_zero(~letter_bits(lo) & high)) / 8;
    if (a < 8) return a;
    return 8 + static_cast<std::size_t>(std::countr_zero(~letter_bits(hi) & high)) / 8;
}

// The common word [b, e): up to 15 ASCII letters, maybe with a final period (dropped, as
// emit_word drops it). Made from two 8-byte loads without a byte loop. Returns false (nothing
// appended) for any other word.
[[gnu::always_inline]] inline bool plain_word(std::string_view text, std::size_t b, std::size_t e,
                                              const lex::word_map<role_set>& roles,
                                              std::vector<word>& out) {
    if (!little_endian || text.size() - b < 16 || e - b > 16) return false;
    const std::uint64_t lo = load8(text, b);
    const std::uint64_t hi = load8(text, b + 8);
    const std::size_t run = letter_run(lo, hi);
    std::size_t n = e - b;
    if (run < n) {
        if (run + 1 != n || text[e - 1] != '.') return false;
        n = run;
    }
    if (n == 0 || n == 16) return false;
    // Every byte of the word is an ASCII letter: folding is setting bit 5, and the capitals
    // are the bytes where it is clear.
    const std::uint64_t lo_bytes = first_bytes(n);
    const std::uint64_t hi_bytes = n > 8 ? first_bytes(n - 8) : 0;
    constexpr std::uint64_t bit5 = ones * 0x20;
    const std::uint64_t lo_caps = ~lo & bit5 & lo_bytes;
    // Built in place: a word built aside and copied in stalls on store forwarding. Field by
    // field, since clang before 16 has no parenthesized aggregate initialization.
    word& x = out.emplace_back();
    x.begin = static_cast<std::uint32_t>(b);
    x.end = static_cast<std::uint32_t>(b + n);
    x.text = text.substr(b, n);
    x.key = ((lo | bit5) & lo_bytes) ^ (std::uint64_t{n} << 56);
    x.roles = roles_of_letters(roles, x.text, lo, hi);
    x.upper = (lo_caps & 0x20) != 0;
    x.inner_upper = ((lo_caps >> 8) | (~hi & bit5 & hi_bytes)) != 0;
    return true;
}

bool ends_in_possessive(std::string_view w, std::size_t apostrophe_len) noexcept {
    const std::size_t n = w.size();
    if (n < apostrophe_len + 2 || (w[n - 1] != 's' && w[n - 1] != 'S')) return false;
    const std::string_view a = w.substr(n - 1 - apostrophe_len, apostrophe_len);
    return apostrophe_len == 1 ? a == "'" : a == "\u2019";
}

void add_word(std::string_view text, std::string_view t, bool is_punct, std::vector<word>& out) {
    word& x = out.emplace_back();
    x.begin = static_cast<std::uint32_t>(t.data() - text.data());
    x.end = static_cast<std::uint32_t>(x.begin + t.size());
    x.text = t;
    x.key = lex::prefix_key(t);
    x.punct = is_punct;
    x.upper = (kind_at(t, 0) & upper) != 0;
    for (std::size_t i = 1; i < t.size() && !x.inner_upper; ++i)
        x.inner_upper = (kind_at(t, i) & upper) != 0;
    // No lexicon word is punctuation (nor a possessive "'s").
    x.roles = is_punct ? 0 : roles_of(t, text.size() - x.begin);
}

// Emits one raw word [b, e): splits a trailing possessive and strips one trailing period
// unless the word has an inner period ("U.S.").
// A raw word without its final period, unless it has another ("U.S." keeps both).
std::string_view without_final_period(std::string_view w) noexcept {
    if (w.size() > 1 && w.back() == '.' &&
        w.substr(0, w.size() - 1).find('.') == std::string_view::npos)
        w.remove_suffix(1);
    return w;
}

void emit_word(std::string_view text, std::size_t b, std::size_t e, std::vector<word>& out) {
    const std::string_view w = without_final_period(text.substr(b, e - b));
    std::size_t poss = 0;
    if (ends_in_possessive(w, 1))
        poss = w.size() - 2;
    else if (ends_in_possessive(w, 3))
        poss = w.size() - 4;
    if (poss > 0) {
        add_word(text, w.substr(0, poss), false, out);
        add_word(text, w.substr(poss), true, out);
    } else {
        add_word(text, w, false, out);
    }
}

// Marks each word of out[first..] with the first mention (in text order) overlapping it.
void mark_mentions(const std::vector<mention>& mentions, std::uint32_t from, std::size_t first,
                   std::vector<word>& out) {
    if (first == out.size()) return;
    const auto words = out.begin() + static_cast<std::ptrdiff_t>(first);
    const std::uint32_t last = out.back().end;
    auto m = std::lower_bound(mentions.begin(), mentions.end(), from,
                              [](const mention& x, std::uint32_t b) { return x.end <= b; });
    // Mentions come in text order, so the first word a mention may cover only moves forward: a
    // short scan from the last one instead of a binary search per mention.
    auto from_word = words;
    for (; m != mentions.end() && m->begin < last; ++m) {
        while (from_word != out.end() && from_word->end <= m->begin) ++from_word;
        for (auto w = from_word; w != out.end() && w->begin < m->end; ++w)
            if (w->mention == no_mention && m->begin < w->end)
                w->mention = static_cast<std::int32_t>(m - mentions.begin());
    }
}

} // namespace

namespace {

// One raw word [b, e) (a run of tokens without a blank or a cut between them), as emit_word
// leaves it; most are plain words.
[[gnu::always_inline]] inline void add_raw(std::string_view text, std::size_t b, std::size_t e,
                                           const lex::word_map<role_set>& roles,
                                           std::vector<word>& out) {
    if (!plain_word(text, b, e, roles, out)) emit_word(text, b, e, out);
}

constexpr std::size_t no_word = ~std::size_t{0};

// The bytes [b, e) of a wide token, cut at the dashes and curly quotes inside: each piece
// goes on the raw word [rb, re) (a new one after a cut), each cut is a punctuation word.
void split_wide(std::string_view text, std::size_t b, std::size_t e, std::size_t stop,
                std::size_t& rb, std::size_t& re, std::vector<word>& out) {
    for (std::size_t i = b; i < e; ++i) {
        if (static_cast<unsigned char>(text[i]) != 0xE2) continue;
        const std::size_t n = punct_len(text, i, stop);
        if (n == 0) continue;
        if (rb == no_word && i > b) rb = b;
        if (rb != no_word) emit_word(text, rb, i, out);
        add_word(text, text.substr(i, n), true, out);
        rb = no_word;
        i += n - 1;
        b = i + 1;
    }
    if (e > b && rb == no_word) rb = b;
    re = e;
}

// The first token of ts ending after byte `at` of its text. A binary search whose halving
// is a conditional move, not a branch: which half holds a sentence is a coin toss to a branch
// predictor, and a sentence read costs one search.
std::size_t first_token_after(const lex::token_stream& ts, std::size_t at) noexcept {
    const lex::token* base = ts.tokens.data();
    std::size_t n = ts.tokens.size();
    if (n == 0) return 0;
    while (n > 1) {
        const std::size_t half = n / 2;
        base = base[half - 1].end <= at ? base + half : base;
        n -= half;
    }
    return static_cast<std::size_t>(base - ts.tokens.data()) + (base->end <= at ? 1 : 0);
}

// The grouping of tokens into words, one rule for words_from_tokens and the gate's readers: a
// token continues the raw word before it when it starts where that word ends (no blank
// between), unless it is a cut, a punctuation word of cut_len bytes (a dash U+2012..U+2014 is
// one "-" token in the tokenizer's copy of the text and three bytes in the document's).
bool continues(std::size_t word_end, std::size_t token_begin) noexcept {
    return token_begin == word_end;
}

std::size_t cut_len(std::string_view text, const lex::token& t, std::size_t b,
                    std::size_t stop) noexcept {
    return t.kind == lex::token_kind::punct ? punct_len(text, b, stop) : 0;
}

// A token_view read through the grouping, by document offsets: what the readers walk.
struct grouped {
    std::string_view text;
    const lex::token_stream& ts;
    std::size_t off;

    [[nodiscard]] std::size_t size() const noexcept { return ts.tokens.size(); }
    [[nodiscard]] std::size_t begin(std::size_t k) const noexcept {
        return off + ts.tokens[k].begin;
    }
    [[nodiscard]] std::size_t end(std::size_t k) const noexcept { return off + ts.tokens[k].end; }
    /// Token k holds bytes from 0x80 on (its words are split only by words_from_tokens).
    [[nodiscard]] bool wide(std::size_t k) const noexcept {
        return !ts.wide.empty() && std::binary_search(ts.wide.begin(), ts.wide.end(), k);
    }
    [[nodiscard]] std::size_t cut(std::size_t k, std::size_t stop) const noexcept {
        return cut_len(text, ts.tokens[k], begin(k), stop);
    }
    /// Token k (from 1) continues the raw word of token k - 1, unless one of them is a cut.
    [[nodiscard]] bool joins(std::size_t k) const noexcept {
        return continues(end(k - 1), begin(k));
    }
    [[nodiscard]] bool hyphen(std::size_t k) const noexcept {
        return ts.tokens[k].kind == lex::token_kind::punct && text[begin(k)] == '-';
    }
    /// Token k is the second hyphen of "--", a cut read from its end.
    [[nodiscard]] bool ends_dashes(std::size_t k) const noexcept {
        return k > 0 && hyphen(k) && hyphen(k - 1) && joins(k);
    }
};

} // namespace

void words_from_tokens(std::string_view text, const token_view& tokens, span where,
                       const std::vector<mention>& mentions, std::vector<word>& out) {
    const std::size_t first_out = out.size();
    const std::size_t stop = std::min<std::size_t>(where.end, text.size());
    const std::size_t start = std::min<std::size_t>(where.begin, stop);
    if (tokens.ts == nullptr || start >= stop) return;
    const lex::token_stream& ts = *tokens.ts;
    const lex::word_map<role_set>& roles = role_map();
    const std::size_t off = tokens.offset;
    const std::size_t n = ts.tokens.size();
    std::size_t k = first_token_after(ts, start > off ? start - off : 0);
    auto wide = std::lower_bound(ts.wide.begin(), ts.wide.end(), k);
    std::size_t next_wide = wide != ts.wide.end() ? *wide : n;
    // The raw word being gathered, [rb, re): tokens with no blank between them.
    std::size_t rb = no_word;
    std::size_t re = no_word;
    // A span starting inside a dash (a "-" token in the tokenizer's copy, then two blanks)
    // starts with the rest of its bytes.
    if (const std::size_t dash = k > 0 ? off + ts.tokens[k - 1].begin : start;
        dash < start && start < dash + 3 && text[dash] == '\xE2' &&
        ts.tokens[k - 1].kind == lex::token_kind::punct) {
        rb = start;
        re = std::min(dash + 3, stop);
    }
    for (; k < n; ++k) {
        const lex::token& t = ts.tokens[k];
        const std::size_t b = off + t.begin;
        if (b >= stop) break;
        if (!continues(re, b) && rb != no_word) {
            add_raw(text, rb, re, roles, out);
            rb = no_word;
        }
        if (t.kind == lex::token_kind::punct) {
            if (const std::size_t len = cut_len(text, t, b, stop); len != 0) {
                if (rb != no_word) add_raw(text, rb, re, roles, out);
                add_word(text, text.substr(b, len), true, out);
                rb = no_word;
                re = b + len;
                k += len == 2 ? 1 : 0; // "--" is two "-" tokens
                continue;
            }
            if (text[b] == '\xE2') { // a dash the span's end cuts: its bytes are a word's
                if (rb == no_word) rb = b;
                re = stop;
                continue;
            }
        } else if (k == next_wide) {
            ++wide;
            next_wide = wide != ts.wide.end() ? *wide : n;
            split_wide(text, std::max(b, start), std::min<std::size_t>(off + t.end, stop), stop, rb,
                       re, out);
            continue;
        }
        if (rb == no_word) rb = std::max(b, start);
        re = off + t.end;
    }
    if (rb != no_word) add_raw(text, rb, std::min(re, stop), roles, out);
    mark_mentions(mentions, where.begin, first_out, out);
}

namespace {

// One raw word as emit_word would leave its last part: a final period dropped (unless the word
// has another), and empty when that last part is a possessive "'s" (punctuation).
std::string_view last_part(std::string_view w) noexcept {
    w = without_final_period(w);
    return ends_in_possessive(w, 1) ? std::string_view{} : w;
}

} // namespace

token_range tokens_of(const token_view& tokens, span bytes) noexcept {
    if (tokens.ts == nullptr || tokens.ts->tokens.empty() || bytes.begin >= bytes.end)
        return {0, 0, false};
    const grouped t{{}, *tokens.ts, tokens.offset};
    const std::size_t off = tokens.offset;
    const std::size_t first = first_token_after(t.ts, bytes.begin > off ? bytes.begin - off : 0);
    std::size_t last = first_token_after(t.ts, bytes.end - 1 > off ? bytes.end - 1 - off : 0);
    if (last < t.size() && t.begin(last) < bytes.end) ++last;
    const bool exact =
        first < last && t.begin(first) == bytes.begin && t.end(last - 1) == bytes.end;
    return {static_cast<std::uint32_t>(first), static_cast<std::uint32_t>(last), exact};
}

int words_back::next(std::string_view& w) noexcept {
    if (state_ <= 0) return state_;
    if (tokens_.ts == nullptr) return state_ = -1;
    const grouped t{text_, *tokens_.ts, tokens_.offset};
    const std::size_t stop = text_.size();
    const std::size_t k = k_;
    if (k == 0 || k > t.size() || t.begin(k - 1) < from_) return state_ = 0;
    const std::size_t j = k - 1;
    if (t.cut(j, stop) != 0 || t.ends_dashes(j)) return state_ = 0;
    if (state_ == 2 && k < t.size() && t.joins(k)) return state_ = -1; // `at` inside a word
    std::size_t i = j;
    for (;; --i) {
        if (t.wide(i)) return state_ = -1; // a dash or curly quote splits words: not worth it
        if (i == 0 || !t.joins(i) || t.begin(i - 1) < from_ || t.cut(i - 1, stop) != 0 ||
            t.ends_dashes(i - 1))
            break;
    }
    w = last_part(text_.substr(t.begin(i), t.end(j) - t.begin(i)));
    k_ = i;
    if (w.empty()) return state_ = 0; // a possessive "'s" is punctuation
    state_ = 1;
    return 1;
}

bool may_start_word(std::string_view text, const token_view& tokens, span where,
                    std::size_t at) noexcept {
    if (tokens.ts == nullptr) return true;
    const grouped t{text, *tokens.ts, tokens.offset};
    if (at == 0 || at >= t.size() || t.begin(at) <= where.begin || !t.joins(at)) return true;
    const std::size_t j = at - 1;
    const std::size_t stop = text.size();
    return t.wide(j) || t.cut(j, stop) != 0 || t.ends_dashes(j) || t.cut(at, stop) != 0;
}

int words_fwd::next(std::string_view& w) noexcept {
    if (state_ <= 0) return state_;
    if (tokens_.ts == nullptr) return state_ = -1;
    const grouped t{text_, *tokens_.ts, tokens_.offset};
    const std::size_t k = k_;
    if (k >= t.size() || t.begin(k) >= stop_ || t.cut(k, stop_) != 0) return state_ = 0;
    std::size_t e = k;
    for (;; ++e) {
        if (t.wide(e)) return state_ = -1;
        if (e + 1 >= t.size() || t.begin(e + 1) >= stop_ || !t.joins(e + 1) ||
            t.cut(e + 1, stop_) != 0)
            break;
    }
    const std::size_t b = t.begin(k);
    std::string_view raw = without_final_period(text_.substr(b, std::min(t.end(e), stop_) - b));
    if (ends_in_possessive(raw, 1)) {
        raw.remove_suffix(2); // "deadline's": the word, then "'s", which is punctuation
        state_ = 0;
    }
    w = raw;
    k_ = e + 1;
    return 1;
}

bool may_be_word_after(std::string_view text, const token_view& tokens, span where, std::size_t at,
                       std::string_view lower) noexcept {
    if (tokens.ts == nullptr) return true;
    const grouped t{text, *tokens.ts, tokens.offset};
    const std::size_t stop = std::min<std::size_t>(where.end, text.size());
    std::size_t k = at;
    if (k > 0 && k < t.size() && t.begin(k) < stop && t.joins(k)) {
        const bool period =
            t.ts.tokens[k].kind == lex::token_kind::punct && text[t.begin(k)] == '.';
        const bool ends = k + 1 >= t.size() || t.begin(k + 1) >= stop || !t.joins(k + 1) ||
                          t.cut(k + 1, stop) != 0;
        if (period && ends)
            ++k; // the period that ends the mention's last word
        else if (t.cut(k, stop) == 0)
            return true; // the mention ends inside a word
    }
    words_fwd fwd(text, tokens, where, k);
    std::string_view w;
    const int got = fwd.next(w);
    return got < 0 || (got == 1 && is(w, lower));
}

std::size_t runs_between(const token_view& tokens, std::size_t from, std::size_t to,
                         std::size_t cap) noexcept {
    if (tokens.ts == nullptr) return 0;
    const grouped t{{}, *tokens.ts, tokens.offset};
    const std::size_t stop = std::min(to, t.size());
    std::size_t n = 0;
    for (std::size_t j = from + 1; j < stop && n <= cap; ++j)
        n += static_cast<std::size_t>(!t.joins(j));
    return n;
}

namespace {

// Whether a maximal run of ASCII letters in the bytes [b, e) has one of the roles: the words
// inside a wide token (split at its dashes and curly quotes) or a token the span cuts.
bool letter_run_has(std::string_view text, std::size_t b, std::size_t e, role_set roles) noexcept {
    for (std::size_t i = b; i < e;) {
        if ((kind_at(text, i) & letter) == 0) {
            ++i;
            continue;
        }
        std::size_t r = i;
        while (r < e && (kind_at(text, r) & letter) != 0) ++r;
        if ((roles_of(text.substr(i, r - i), text.size() - i) & roles) != 0) return true;
        i = r;
    }
    return false;
}

} // namespace

bool may_have_role(std::string_view text, const token_view& tokens, span where,
                   role_set roles) noexcept {
    const std::size_t stop = std::min<std::size_t>(where.end, text.size());
    const std::size_t start = std::min<std::size_t>(where.begin, stop);
    if (tokens.ts == nullptr) return true;
    const lex::token_stream& ts = *tokens.ts;
    const std::size_t off = tokens.offset;
    std::size_t k = first_token_after(ts, start > off ? start - off : 0);
    auto wide = std::lower_bound(ts.wide.begin(), ts.wide.end(), k);
    for (; k < ts.tokens.size(); ++k) {
        const lex::token& t = ts.tokens[k];
        const std::size_t b = off + t.begin;
        const std::size_t e = off + t.end;
        if (b >= stop) break;
        const bool is_wide = wide != ts.wide.end() && *wide == k;
        wide += is_wide ? 1 : 0;
        if (is_wide || b < start || e > stop) {
            if (letter_run_has(text, std::max(b, start), std::min(e, stop), roles)) return true;
        } else if (t.kind == lex::token_kind::word &&
                   (roles_of(text.substr(b, e - b), text.size() - b) & roles) != 0) {
            return true;
        }
    }
    return false;
}

} // namespace kairos::events
