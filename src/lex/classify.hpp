// Byte classes of up to 64 bytes at once as bit masks, so the tokenizer finds where words and
// blanks end with a bit count instead of a branch per byte.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace kairos::lex::detail {

enum char_class : std::uint8_t { other = 0, space = 1, alpha = 2, digit = 4, newline = 8 };

// Letters are ASCII letters and every byte of a multi-byte UTF-8 sequence (so "café" and
// "Zürich" stay one word); blanks are the ASCII whitespace bytes.
inline constexpr std::array<std::uint8_t, 256> classes = [] {
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

/// Bit k of each mask describes byte k of the block; bits at and past `size` are zero.
struct block {
    std::uint64_t word = 0; ///< letter or digit
    std::uint64_t alpha = 0;
    std::uint64_t space = 0;
    std::uint64_t newline = 0;
    std::uint64_t high = 0;     ///< a byte of a multi-byte UTF-8 sequence (or any byte >= 0x80)
    std::uint64_t upper = 0;    ///< an ASCII capital letter
    std::uint64_t terminal = 0; ///< '.', '!' or '?'
    std::size_t size = 0;
};

inline block classify_scalar(std::string_view text, std::size_t at) noexcept {
    block b;
    b.size = text.size() - at < 64 ? text.size() - at : 64;
    for (std::size_t k = 0; k < b.size; ++k) {
        const std::uint64_t c = class_of(text[at + k]);
        b.word |= ((c >> 1) | (c >> 2)) & 1u ? std::uint64_t{1} << k : 0;
        b.alpha |= ((c >> 1) & 1u) << k;
        b.space |= (c & 1u) << k;
        b.newline |= ((c >> 3) & 1u) << k;
        b.high |= std::uint64_t{static_cast<unsigned char>(text[at + k]) >= 0x80u} << k;
        b.upper |= std::uint64_t{text[at + k] >= 'A' && text[at + k] <= 'Z'} << k;
        b.terminal |=
            std::uint64_t{text[at + k] == '.' || text[at + k] == '!' || text[at + k] == '?'} << k;
    }
    return b;
}

#if defined(__SSE2__)
// Sixteen bytes: bit masks of letters, digits, blanks, newlines, capitals and terminal marks.
inline void classify16(const char* p, unsigned shift, block& b) noexcept {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    const __m128i bias = _mm_set1_epi8(static_cast<char>(0x80));
    // unsigned "v - lo < n" as a signed compare of values moved down by 0x80
    const auto in_range = [&](__m128i v, char lo, int n) {
        const __m128i d = _mm_xor_si128(_mm_sub_epi8(v, _mm_set1_epi8(lo)), bias);
        return _mm_cmplt_epi8(d, _mm_set1_epi8(static_cast<char>(0x80 + n)));
    };
    const __m128i letter = in_range(_mm_or_si128(x, _mm_set1_epi8(0x20)), 'a', 26);
    const __m128i upper = in_range(x, 'A', 26);
    const __m128i terminal = _mm_or_si128(
        _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('.')), _mm_cmpeq_epi8(x, _mm_set1_epi8('!'))),
        _mm_cmpeq_epi8(x, _mm_set1_epi8('?')));
    const __m128i digits = in_range(x, '0', 10);
    const __m128i nl = _mm_cmpeq_epi8(x, _mm_set1_epi8('\n'));
    const __m128i blank = _mm_or_si128(in_range(x, '\t', 5), _mm_cmpeq_epi8(x, _mm_set1_epi8(' ')));
    const auto bits = [](__m128i m) {
        return static_cast<std::uint64_t>(static_cast<unsigned>(_mm_movemask_epi8(m)));
    };
    const std::uint64_t high = bits(x); // bytes >= 0x80
    const std::uint64_t a = bits(letter) | high;
    b.alpha |= a << shift;
    b.word |= (a | bits(digits)) << shift;
    b.space |= bits(blank) << shift;
    b.newline |= bits(nl) << shift;
    b.high |= high << shift;
    b.upper |= bits(upper) << shift;
    b.terminal |= bits(terminal) << shift;
}
#endif

/// The classes of the (up to) 64 bytes of text from `at`.
inline block classify(std::string_view text, std::size_t at) noexcept {
#if defined(__SSE2__)
    if (text.size() - at >= 64) {
        block b;
        b.size = 64;
        for (unsigned k = 0; k < 4; ++k)
            classify16(text.data() + at + std::size_t{16} * k, 16 * k, b);
        return b;
    }
#endif
    return classify_scalar(text, at);
}

} // namespace kairos::lex::detail
