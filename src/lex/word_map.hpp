// Case-insensitive lookup of short words, built once and read by every token of every text.
//
// A word of up to 15 bytes becomes a 16-byte key (ASCII lower-cased, zero-padded, its size in
// the last byte), so hashing and comparing a key are a few integer operations: looking up a
// token costs no loop over a table, no allocation and no library call.
#pragma once

#include "lex/token.hpp"

#include <bit>
#include <cstdint>
#include <cstring>
#include <stdexcept>
#include <string_view>
#include <vector>

namespace kairos::lex {

struct word_key {
    std::uint64_t lo = 0;
    std::uint64_t hi = 0; ///< bytes 8..14, the size in the top byte
    friend bool operator==(const word_key&, const word_key&) = default;

    static constexpr std::size_t max_size = 15;

    [[nodiscard]] std::size_t size() const noexcept { return static_cast<std::size_t>(hi >> 56); }
    [[nodiscard]] std::uint64_t hash() const noexcept {
        const std::uint64_t h = (lo * 0x9E3779B97F4A7C15ull) ^ (hi * 0xC2B2AE3D27D4EB4Full);
        return h ^ (h >> 29);
    }
};

namespace detail {

// ASCII upper case to lower case in eight bytes at once; other bytes are left alone.
constexpr std::uint64_t lower8(std::uint64_t x) noexcept {
    constexpr std::uint64_t ones = 0x0101010101010101ull;
    const std::uint64_t low7 = x & (0x7F * ones);
    const std::uint64_t above_z = low7 + (0x7F - 'Z') * ones; // high bit set when > 'Z'
    const std::uint64_t from_a = low7 + (0x80 - 'A') * ones;  // high bit set when >= 'A'
    const std::uint64_t upper = (from_a ^ above_z) & ~x & (0x80 * ones);
    return x | (upper >> 2);
}

constexpr std::uint64_t low_bytes(std::size_t n) noexcept {
    return n >= 8 ? ~std::uint64_t{0} : (std::uint64_t{1} << (8 * n)) - 1;
}

inline std::uint64_t load8(const char* p) noexcept {
    std::uint64_t v = 0;
    std::memcpy(&v, p, 8);
    if constexpr (std::endian::native == std::endian::big) v = __builtin_bswap64(v);
    return v;
}

inline word_key finish(std::uint64_t lo, std::uint64_t hi, std::size_t n) noexcept {
    word_key k;
    k.lo = lower8(lo & low_bytes(n));
    k.hi = (lower8(hi & low_bytes(n > 8 ? n - 8 : 0)) & low_bytes(7)) |
           (static_cast<std::uint64_t>(n) << 56);
    return k;
}

} // namespace detail

/// The key of `word`; false when it is empty or longer than word_key::max_size.
inline bool make_key(std::string_view word, word_key& out) noexcept {
    const std::size_t n = word.size();
    if (n == 0 || n > word_key::max_size) return false;
    char buf[16] = {};
    std::memcpy(buf, word.data(), n);
    out = detail::finish(detail::load8(buf), detail::load8(buf + 8), n);
    return true;
}

/// The key of the word text[begin, begin + n): reads 16 bytes at once when the text has them.
inline bool make_key(std::string_view text, std::size_t begin, std::size_t n,
                     word_key& out) noexcept {
    if (n == 0 || n > word_key::max_size) return false;
    if (begin + 16 > text.size()) return make_key(text.substr(begin, n), out);
    const char* p = text.data() + begin;
    out = detail::finish(detail::load8(p), detail::load8(p + 8), n);
    return true;
}

/// An open-addressing map from words (any case) to values of type V, filled once.
template<class V>
class word_map {
public:
    explicit word_map(std::size_t expected = 64)
        : keys_(std::bit_ceil(expected * 2 + 16)), values_(keys_.size()) {}

    /// The value for `word`, inserted default-constructed when new. Throws std::length_error
    /// for a word the map cannot hold (empty, or longer than 15 bytes) or when it is full.
    V& operator[](std::string_view word) {
        word_key k;
        if (!make_key(word, k)) throw std::length_error("kairos: word too long for a word_map");
        const std::size_t at = slot(k);
        if (keys_[at].size() == 0) {
            if ((used_ + 1) * 2 > keys_.size()) throw std::length_error("kairos: word_map full");
            keys_[at] = k;
            ++used_;
        }
        return values_[at];
    }

    [[nodiscard]] const V* find(const word_key& k) const noexcept {
        const std::size_t at = slot(k);
        return keys_[at].size() == 0 ? nullptr : &values_[at];
    }
    [[nodiscard]] const V* find(std::string_view word) const noexcept {
        word_key k;
        return make_key(word, k) ? find(k) : nullptr;
    }
    /// The value for token i of ts, or nullptr.
    [[nodiscard]] const V* find(const token_stream& ts, std::size_t i) const noexcept {
        word_key k;
        const token& t = ts.tokens[i];
        return make_key(ts.text, t.begin, t.end - t.begin, k) ? find(k) : nullptr;
    }

private:
    [[nodiscard]] std::size_t slot(const word_key& k) const noexcept {
        const std::size_t mask = keys_.size() - 1;
        std::size_t at = static_cast<std::size_t>(k.hash()) & mask;
        while (keys_[at].size() != 0 && !(keys_[at] == k)) at = (at + 1) & mask;
        return at;
    }

    std::vector<word_key> keys_;
    std::vector<V> values_;
    std::size_t used_ = 0;
};

} // namespace kairos::lex
