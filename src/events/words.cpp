#include "events/words.hpp"

#include <algorithm>

namespace kairos::events {
namespace {

bool is_space(unsigned char c) noexcept {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

bool is_punct_byte(unsigned char c) noexcept {
    switch (c) {
    case ',':
    case ';':
    case ':':
    case '(':
    case ')':
    case '[':
    case ']':
    case '"':
    case '!':
    case '?':
    case '{':
    case '}':
        return true;
    default:
        return false;
    }
}

// Three-byte UTF-8 punctuation from the U+2010..U+201F block: dashes and curly quotes
// (but not U+2019, the right single quote, which is an apostrophe inside words).
std::size_t utf8_punct_len(std::string_view s, std::size_t i) noexcept {
    if (i + 2 >= s.size()) return 0;
    const auto b0 = static_cast<unsigned char>(s[i]);
    const auto b1 = static_cast<unsigned char>(s[i + 1]);
    const auto b2 = static_cast<unsigned char>(s[i + 2]);
    if (b0 != 0xE2 || b1 != 0x80) return 0;
    if (b2 >= 0x90 && b2 <= 0x9F && b2 != 0x99) return 3;
    return 0;
}

bool is_apostrophe_at(std::string_view s, std::size_t i, std::size_t& len) noexcept {
    if (s[i] == '\'') {
        len = 1;
        return true;
    }
    if (i + 2 < s.size() && static_cast<unsigned char>(s[i]) == 0xE2 &&
        static_cast<unsigned char>(s[i + 1]) == 0x80 &&
        static_cast<unsigned char>(s[i + 2]) == 0x99) {
        len = 3;
        return true;
    }
    return false;
}

// Emits one raw word [b, e): splits a trailing possessive and strips one trailing period
// unless the word has an inner period ("U.S.").
void emit_word(std::string_view text, std::size_t b, std::size_t e, std::vector<word>& out) {
    std::string_view w = text.substr(b, e - b);
    if (w.size() > 1 && w.back() == '.' &&
        w.substr(0, w.size() - 1).find('.') == std::string_view::npos)
        w.remove_suffix(1);
    std::size_t poss = 0;
    for (std::size_t i = 1; i + 1 < w.size(); ++i) {
        std::size_t alen = 0;
        if (is_apostrophe_at(w, i, alen) && i + alen + 1 == w.size() &&
            (w[i + alen] == 's' || w[i + alen] == 'S')) {
            poss = i;
            break;
        }
    }
    auto push = [&](std::string_view t, bool punct) {
        word x;
        x.begin = static_cast<std::uint32_t>(t.data() - text.data());
        x.end = static_cast<std::uint32_t>(x.begin + t.size());
        x.text = t;
        x.punct = punct;
        const auto c0 = static_cast<unsigned char>(t.front());
        x.upper = c0 >= 'A' && c0 <= 'Z';
        x.inner_upper =
            std::any_of(t.begin() + 1, t.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
        out.push_back(x);
    };
    if (w.empty()) return;
    if (poss > 0) {
        push(w.substr(0, poss), false);
        push(w.substr(poss), true);
    } else {
        push(w, false);
    }
}

} // namespace

void split_words(std::string_view text, span where, const std::vector<mention>& mentions,
                 std::vector<word>& out) {
    const std::size_t first_out = out.size();
    const std::size_t stop = std::min<std::size_t>(where.end, text.size());
    std::size_t i = std::min<std::size_t>(where.begin, stop);
    std::size_t start = i;
    bool in_word = false;
    auto flush = [&](std::size_t e) {
        if (in_word && e > start) emit_word(text, start, e, out);
        in_word = false;
    };
    while (i < stop) {
        const auto c = static_cast<unsigned char>(text[i]);
        std::size_t plen = is_punct_byte(c) ? 1 : utf8_punct_len(text.substr(0, stop), i);
        if (is_space(c)) {
            flush(i);
            ++i;
        } else if (plen > 0 || (c == '-' && i + 1 < stop && text[i + 1] == '-')) {
            flush(i);
            if (plen == 0) plen = 2;
            word x;
            x.begin = static_cast<std::uint32_t>(i);
            x.end = static_cast<std::uint32_t>(i + plen);
            x.text = text.substr(i, plen);
            x.punct = true;
            out.push_back(x);
            i += plen;
        } else {
            if (!in_word) start = i;
            in_word = true;
            ++i;
        }
    }
    flush(stop);

    // Mark mentions with a two-pointer walk; both sequences are in text order.
    auto m = std::lower_bound(mentions.begin(), mentions.end(), where.begin,
                              [](const mention& x, std::uint32_t b) { return x.end <= b; });
    for (std::size_t k = first_out; k < out.size(); ++k) {
        word& w = out[k];
        while (m != mentions.end() && m->end <= w.begin) ++m;
        if (m != mentions.end() && m->begin < w.end && w.begin < m->end)
            w.mention = static_cast<std::int32_t>(m - mentions.begin());
    }
}

} // namespace kairos::events
