// Case-insensitive lookup of short words, built once and read by every token of every text.
//
// A word of up to 15 bytes becomes a 16-byte key (ASCII lower-cased, zero-padded, its size in
// the last byte), so hashing and comparing a key are a few integer operations: looking up a
// token costs no loop over a table, no allocation and no library call.
#pragma once

#include "lex/token.hpp"

#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <stdexcept>
#include <string_view>
#include <type_traits>
#include <vector>

namespace kairos::lex {

struct word_key {
    std::uint64_t lo = 0;
    std::uint64_t hi = 0; ///< bytes 8..14, the size in the top byte
    friend bool operator==(const word_key&, const word_key&) = default;

    static constexpr std::size_t max_size = 15;

    [[nodiscard]] std::size_t size() const noexcept { return static_cast<std::size_t>(hi >> 56); }
    [[nodiscard]] std::uint64_t hash() const noexcept {
        // both halves, size included, mixed into the low bits the table indexes by (the
        // finalizer of MurmurHash3)
        std::uint64_t h = lo ^ (hi * 0x9E3779B97F4A7C15ull) ^ (hi >> 29);
        h ^= h >> 33;
        h *= 0xFF51AFD7ED558CCDull;
        h ^= h >> 33;
        return h;
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

/// A word's first eight bytes as one number (byte i in bits 8i..8i+7, ASCII capitals folded as
/// lex::lower folds them, zero past the end) with its length xor-ed into the top byte: the
/// first test of equality where a word is compared with a few known words rather than looked up
/// in a word_map (the event stage's lexicon lists). Words equal case aside have equal keys;
/// equal keys leave only the length and the bytes past the eighth to compare. Usable at compile
/// time, so the known words' keys are constants.
[[nodiscard]] constexpr std::uint64_t prefix_key(std::string_view w) noexcept {
    std::uint64_t h = 0;
    for (std::size_t i = 0; i < w.size() && i < 8; ++i)
        h |= std::uint64_t{static_cast<unsigned char>(lower(w[i]))} << (8 * i);
    return h ^ (std::uint64_t{w.size()} << 56);
}

/// The key of n (1 to word_key::max_size) ASCII letters that two little-endian 8-byte loads
/// hold, lo bytes 0..7 and hi the rest (for a reader that has loaded them already): folding a
/// letter is setting its bit 5, with no test for capitals.
inline word_key key_of_letters(std::uint64_t lo, std::uint64_t hi, std::size_t n) noexcept {
    constexpr std::uint64_t bit5 = 0x2020202020202020ull;
    word_key k;
    k.lo = (lo | bit5) & detail::low_bytes(n);
    k.hi = ((hi | bit5) & detail::low_bytes(n > 8 ? n - 8 : 0)) |
           (static_cast<std::uint64_t>(n) << 56);
    return k;
}

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

/// A map from words (any case) to values of type V, filled once, then read with one branch,
/// taken only on a tag clash: a word's hash picks a bucket of eight slots whose one-byte tags
/// are compared at once, the first slot with the word's tag is read without a branch, and a
/// word whose tag another word of its bucket has goes on to the next slot of that tag, so
/// the table grows only when a bucket is full (keeping tags distinct instead doubled the
/// table at every clash, which comes far sooner: 539 words took 65,536 slots).
template<class V>
class word_map {
    static_assert(!std::is_same_v<V, bool>, "std::vector<bool> has no element addresses");

public:
    explicit word_map(std::size_t expected = 64) { rebuild(std::bit_ceil(expected / 4 + 1)); }

    /// The value for `word`, inserted default-constructed when new; a reference valid until
    /// the next insertion. Throws std::length_error for an empty word or one over 15 bytes.
    V& operator[](std::string_view word) {
        word_key k;
        if (!make_key(word, k)) throw std::length_error("kairos: word too long for a word_map");
        if (const V* v = find(k)) return values_[static_cast<std::size_t>(v - values_.data())];
        while (!place(k, V{})) rebuild(buckets() * 2);
        return values_[static_cast<std::size_t>(find(k) - values_.data())];
    }

    [[nodiscard]] const V* find(const word_key& k) const noexcept {
        const std::uint64_t h = k.hash();
        const std::size_t b = bucket_of(h);
        const std::uint64_t x = tags_[b] ^ (tag_of(h) * 0x0101010101010101ull);
        // a byte of x is zero exactly where the tag matches
        const std::uint64_t low7 = 0x7F7F7F7F7F7F7F7Full;
        const std::uint64_t zero = ~(((x & low7) + low7) | x | low7);
        const std::size_t slot =
            zero ? b * 8 + static_cast<std::size_t>(std::countr_zero(zero)) / 8 : sentinel();
        if (keys_[slot] == k) return &values_[slot];
        return (zero & (zero - 1)) != 0 ? find_after(k, b, zero & (zero - 1)) : nullptr;
    }
    [[nodiscard]] const V* find(std::string_view word) const noexcept {
        word_key k;
        if (word.empty() || !may_hold(word.front(), word.back(), word.size())) return nullptr;
        return make_key(word, k) ? find(k) : nullptr;
    }
    /// The value for token i of ts, or nullptr.
    [[nodiscard]] const V* find(const token_stream& ts, std::size_t i) const noexcept {
        if (ts.tokens[i].end == ts.tokens[i].begin) return nullptr;
        return may_hold(ts, i) ? find_held(ts, i) : nullptr;
    }

    /// False when token i of ts (not empty, as no token is) is surely not held: too long, or no
    /// word held has its first and last letters and length. Cheap, and no branch on the answer.
    [[nodiscard]] bool may_hold(const token_stream& ts, std::size_t i) const noexcept {
        const token& t = ts.tokens[i];
        const std::size_t n = t.end - t.begin;
        return (n - 1 < word_key::max_size) & may_hold(ts.text[t.begin], ts.text[t.end - 1], n);
    }
    /// False when no word held has these first and last letters (any case) and size (1 to
    /// word_key::max_size): the test that turns most words of a text away, cheaply.
    [[nodiscard]] bool may_hold(char first, char last, std::size_t n) const noexcept {
        const std::size_t b = shape(first, last, n);
        return (shapes_[b / 64] >> (b % 64)) & 1u;
    }
    /// The value for token i of ts, which may_hold accepted, or nullptr.
    [[nodiscard]] const V* find_held(const token_stream& ts, std::size_t i) const noexcept {
        word_key k;
        const token& t = ts.tokens[i];
        return make_key(ts.text, t.begin, t.end - t.begin, k) ? find(k) : nullptr;
    }

    /// How many words the table has room for (what a lookup's memory traffic grows with).
    [[nodiscard]] std::size_t capacity() const noexcept { return keys_.size() - 1; }

    /// Calls f(value) for every word held (in no particular order).
    template<class F>
    void for_each_value(F f) {
        for (std::size_t s = 0; s + 1 < keys_.size(); ++s)
            if (keys_[s].size() != 0) f(values_[s]);
    }
    template<class F>
    void for_each_value(F f) const {
        for (std::size_t s = 0; s + 1 < keys_.size(); ++s)
            if (keys_[s].size() != 0) f(values_[s]);
    }

private:
    // Most words of a text are in no map: their first and last letters and length, checked in
    // a 2 KB bitmap, turn them away before the key is even built.
    static std::size_t shape(char first, char last, std::size_t n) noexcept {
        const auto fold = [](char c) { return static_cast<std::size_t>((c | 0x20) & 31); };
        return (fold(first) << 9) | (fold(last) << 4) | (n & 15);
    }
    void add_shape(const word_key& k) noexcept {
        const auto byte = [&k](std::size_t j) {
            const std::uint64_t half = j < 8 ? k.lo : k.hi;
            return static_cast<char>((half >> (8 * (j % 8))) & 0xFF);
        };
        const std::size_t b = shape(byte(0), byte(k.size() - 1), k.size());
        shapes_[b / 64] |= std::uint64_t{1} << (b % 64);
    }

    [[nodiscard]] std::size_t buckets() const noexcept { return tags_.size(); }
    [[nodiscard]] std::size_t sentinel() const noexcept { return keys_.size() - 1; }
    [[nodiscard]] std::size_t bucket_of(std::uint64_t h) const noexcept {
        return static_cast<std::size_t>(h) & (buckets() - 1);
    }
    static std::uint64_t tag_of(std::uint64_t h) noexcept { return (h >> 57) | 0x80; }

    // The rare second look: other slots of bucket b with k's tag (a bit per slot in `zero`).
    [[nodiscard]] const V* find_after(const word_key& k, std::size_t b,
                                      std::uint64_t zero) const noexcept {
        for (; zero != 0; zero &= zero - 1) {
            const std::size_t slot = b * 8 + static_cast<std::size_t>(std::countr_zero(zero)) / 8;
            if (keys_[slot] == k) return &values_[slot];
        }
        return nullptr;
    }

    // Puts k in its bucket; false when the bucket is full.
    bool place(const word_key& k, V value) {
        const std::uint64_t h = k.hash();
        const std::size_t b = bucket_of(h);
        for (std::size_t s = 0; s < 8; ++s) {
            const std::uint64_t t = (tags_[b] >> (8 * s)) & 0xFF;
            if (t != 0) continue;
            tags_[b] |= tag_of(h) << (8 * s);
            add_shape(k);
            keys_[b * 8 + s] = k;
            values_[b * 8 + s] = std::move(value);
            return true;
        }
        return false;
    }

    // Re-places every key into `n` buckets (doubling until they fit).
    void rebuild(std::size_t n) {
        std::vector<word_key> keys = std::move(keys_);
        std::vector<V> values = std::move(values_);
        for (;; n *= 2) {
            tags_.assign(n, 0);
            keys_.assign(n * 8 + 1, word_key{}); // + the sentinel: an empty key matches no word
            values_.assign(n * 8 + 1, V{});
            bool fits = true;
            for (std::size_t s = 0; s + 1 < keys.size() && fits; ++s)
                if (keys[s].size() != 0) fits = place(keys[s], values[s]);
            if (fits) return;
        }
    }

    std::array<std::uint64_t, 256> shapes_{}; ///< bit per (first, last letter, length) held
    std::vector<std::uint64_t> tags_; ///< per bucket: eight one-byte tags, 0 for a free slot
    std::vector<word_key> keys_;
    std::vector<V> values_;
};

} // namespace kairos::lex
