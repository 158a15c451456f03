// One lookup per word instead of a scan per word list: every single word of the lexicon maps
// to the set of lists it belongs to (a bit each), through an open-addressing hash table built
// at compile time. A word's roles are computed once when the sentence is split; afterwards a
// list test is one AND.
#pragma once

#include "events/words.hpp"
#include "lang/en/events.hpp"

#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <span>
#include <string_view>

namespace kairos::events {

/// The word lists of the lexicon (and a few small ones of the matching code), one bit each.
enum class role : unsigned {
    until_owner,
    continuation,
    extension_verb,
    earlier_cue,
    obligation,
    target_word,
    forward_word,
    comparison_word,
    schedule_word,
    relative_anchor,
    speech_verb,
    relative_prep,
    adverb,
    clause_word,
    clause_subject,
    future_adjective,
    np_stop,
    np_skip,
    np_verb,
    not_name,
    extension_noun,
    trigger_start,   ///< first word of some trigger phrase
    preposition_end, ///< last word of some preposition phrase
    count_word,
    ordinal,
    country,
    must,        ///< "must", "required", ...: makes "before X" a deadline
    possessive,  ///< "the", "its", ...: "the last three years" is no continuation
    has_have,    ///< "has", "have": "has ... before X"
    determiner,  ///< skipped before a subject noun phrase
    repetition,  ///< "times", "twice", "once", "time": may state an extension count
    nominal_verb ///< a verb whose action a deadline names ("divest"); keep it the last role
};
static_assert(static_cast<unsigned>(role::nominal_verb) < 8 * sizeof(role_set), "widen role_set");

constexpr role_set bit(role r) noexcept {
    return role_set{1} << static_cast<unsigned>(r);
}

namespace detail {

/// Up to 16 bytes of a word with its ASCII capitals folded, as two little-endian integers (zero
/// padded): a lexicon lookup hashes and compares these instead of bytes.
struct packed {
    std::uint64_t lo = 0;
    std::uint64_t hi = 0;
    friend constexpr bool operator==(const packed&, const packed&) = default;
};

inline constexpr std::size_t max_word = 16; ///< longest word a packed value holds

constexpr unsigned char byte_of(const packed& p, std::size_t i) noexcept {
    return static_cast<unsigned char>((i < 8 ? p.lo : p.hi) >> (8 * (i % 8)));
}

constexpr packed pack_bytes(std::string_view w) noexcept {
    packed p;
    for (std::size_t i = 0; i < w.size() && i < max_word; ++i) {
        auto c = static_cast<unsigned char>(w[i]);
        if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c - 'A' + 'a');
        (i < 8 ? p.lo : p.hi) |= std::uint64_t{c} << (8 * (i % 8));
    }
    return p;
}

/// Folds the ASCII capitals of eight bytes at once (what `is()` does byte by byte).
constexpr std::uint64_t fold8(std::uint64_t x) noexcept {
    constexpr std::uint64_t ones = 0x0101010101010101u;
    constexpr std::uint64_t high = ones * 0x80;
    const std::uint64_t low7 = x & ~high;
    const std::uint64_t from_a = (low7 + ones * (0x80 - 'A')) & high;     // low 7 bits >= 'A'
    const std::uint64_t past_z = (low7 + ones * (0x80 - 'Z' - 1)) & high; // low 7 bits > 'Z'
    const std::uint64_t capital = from_a & ~past_z & ~x & high;           // and an ASCII byte
    return x | (capital >> 2);
}

constexpr std::uint64_t low_bytes(std::uint64_t x, std::size_t n) noexcept {
    return n >= 8 ? x : x & ((std::uint64_t{1} << (8 * n)) - 1);
}

/// Packs w (at most max_word bytes); `readable` bytes from w.data() may be read, and with 16 of
/// them the packing is two loads instead of a loop.
inline packed pack(std::string_view w, std::size_t readable) noexcept {
    if (readable < max_word || std::endian::native != std::endian::little) return pack_bytes(w);
    std::uint64_t lo = 0;
    std::uint64_t hi = 0;
    std::memcpy(&lo, w.data(), 8);
    std::memcpy(&hi, w.data() + 8, 8);
    const std::size_t n = w.size();
    return {fold8(low_bytes(lo, n)), n > 8 ? fold8(low_bytes(hi, n - 8)) : 0};
}

// Multiplicative hashing: the top bits of the product mix every byte of the word.
constexpr std::size_t slot_of(const packed& p, std::size_t n, std::size_t slots) noexcept {
    const std::uint64_t h = (p.lo ^ (p.hi * 0xC2B2AE3D27D4EB4Fu) ^ n) * 0x9E3779B97F4A7C15u;
    return static_cast<std::size_t>(h >> 40) & (slots - 1);
}

// 16 bytes a slot, so the probed part of the table stays small in the cache; the bytes past
// the eighth of the few long words sit apart.
struct role_table {
    /// A power of two, about eight times the words: most words of a text are in no list, and a
    /// miss stops at the first free slot, which a sparse table makes the home slot (measured:
    /// extraction with events 3% faster than with a table twice the words).
    static constexpr std::size_t slots = 4096;
    struct slot {
        std::uint64_t lo = 0; ///< packed bytes 0..7
        role_set roles = 0;
        std::uint8_t size = 0; ///< 0 for a free slot
    };
    std::array<slot, slots> slot_at{};
    std::array<std::uint64_t, slots> hi_at{}; ///< packed bytes 8..15
    /// A bit per slot in use: half a kilobyte that stays in the L1 cache, so most words of no
    /// list are turned away without reading the 96 KB of slots.
    std::array<std::uint64_t, slots / 64> occupied{};
    std::size_t used = 0;

    constexpr bool holds(std::size_t i, const packed& p, std::size_t n) const noexcept {
        return slot_at[i].size == n && slot_at[i].lo == p.lo && (n <= 8 || hi_at[i] == p.hi);
    }

    constexpr void add(std::string_view w, role_set r) {
        if (w.find(' ') != std::string_view::npos) return; // phrases are matched word by word
        if (w.empty() || w.size() > max_word) throw "lexicon words are 1 to 16 bytes";
        for (char c : w)
            if (c >= 'A' && c <= 'Z') throw "lexicon words must be lower case";
        const packed p = pack_bytes(w);
        std::size_t i = slot_of(p, w.size(), slots);
        while (slot_at[i].size != 0 && !holds(i, p, w.size())) i = (i + 1) & (slots - 1);
        if (slot_at[i].size == 0) ++used;
        occupied[i / 64] |= std::uint64_t{1} << (i % 64);
        slot_at[i].lo = p.lo;
        hi_at[i] = p.hi;
        slot_at[i].size = static_cast<std::uint8_t>(w.size());
        slot_at[i].roles |= r;
    }
    template<class List>
    constexpr void add_all(const List& list, role r) {
        for (std::string_view w : list) add(w, bit(r));
    }
    template<class Table, class Field>
    constexpr void add_field(const Table& table, Field field, role r) {
        for (const auto& row : table) add(row.*field, bit(r));
    }
    constexpr role_set find(const packed& p, std::size_t n) const noexcept {
        std::size_t i = slot_of(p, n, slots);
        if (((occupied[i / 64] >> (i % 64)) & 1u) == 0) return 0;
        for (; slot_at[i].size != 0; i = (i + 1) & (slots - 1))
            if (holds(i, p, n)) return slot_at[i].roles;
        return 0;
    }
};

constexpr role_table build_roles() {
    namespace lx = lexicon;
    role_table t;
    // Function words first: the most frequent words of any text then sit in their home slot.
    t.add_all(lx::np_stops, role::np_stop);
    t.add_all(lx::until_owners, role::until_owner);
    t.add_all(lx::continuation, role::continuation);
    t.add_all(lx::extension_verbs, role::extension_verb);
    t.add_all(lx::earlier_cues, role::earlier_cue);
    t.add_all(lx::obligation, role::obligation);
    t.add_all(lx::target_words, role::target_word);
    t.add_all(lx::forward_words, role::forward_word);
    t.add_all(lx::comparison_words, role::comparison_word);
    t.add_all(lx::schedule_words, role::schedule_word);
    t.add_all(lx::relative_anchors, role::relative_anchor);
    t.add_all(lx::speech_verbs, role::speech_verb);
    t.add_all(lx::relative_preps, role::relative_prep);
    t.add_all(lx::adverbs, role::adverb);
    t.add_all(lx::clause_words, role::clause_word);
    t.add_all(lx::clause_subjects, role::clause_subject);
    t.add_all(lx::future_adjectives, role::future_adjective);
    t.add_all(lx::np_skips, role::np_skip);
    t.add_all(lx::np_verbs, role::np_verb);
    t.add_all(lx::not_names, role::not_name);
    t.add_all(lx::extension_nouns, role::extension_noun);
    for (const auto& p : lx::trigger_phrases) t.add(p.words[0], bit(role::trigger_start));
    for (const auto& p : lx::preposition_phrases)
        t.add(p.words[p.size - 1], bit(role::preposition_end));
    t.add_field(lx::counts, &lx::count_word::word, role::count_word);
    t.add_field(lx::ordinals, &lx::count_word::word, role::ordinal);
    t.add_field(lx::countries, &lx::country::word, role::country);
    t.add_field(lx::nominals, &lx::nominal::verb, role::nominal_verb);
    t.add_all(lx::must_words, role::must);
    t.add_all(lx::possessives, role::possessive);
    t.add_all(lx::has_have, role::has_have);
    t.add_all(lx::determiners, role::determiner);
    t.add_all(lx::repetitions, role::repetition);
    return t;
}

inline constexpr role_table roles = build_roles();
static_assert(roles.used * 6 <= role_table::slots, "grow role_table::slots");

} // namespace detail

/// The lists a word belongs to, compared as `is()` does (ASCII case folded); 0 for any word
/// not in the lexicon. `readable` (at least w.size()) is how many bytes from w.data() may be
/// read: given 16, the word is packed without a loop.
[[nodiscard]] inline role_set roles_of(std::string_view w, std::size_t readable) noexcept {
    if (w.empty() || w.size() > detail::max_word) return 0;
    return detail::roles.find(detail::pack(w, readable), w.size());
}

[[nodiscard]] inline role_set roles_of(std::string_view w) noexcept {
    return roles_of(w, w.size());
}

/// The first four letters of the words of some roles (all ASCII letters, four or more of
/// them), as folded 32-bit values in a table without collisions: a run of letters whose first
/// four bytes are not in it cannot be one of those words, which one multiply and one compare
/// tell, with no probing loop to mispredict.
struct word_starts {
    static constexpr std::size_t slots = 128;
    std::array<std::uint32_t, slots> start{}; ///< 0 for a free slot
    std::uint32_t multiplier = 0;
    bool valid = true; ///< every word is four or more ASCII letters, and a multiplier was found

    constexpr std::size_t slot_of(std::uint32_t four) const noexcept {
        return static_cast<std::size_t>((four * multiplier) >> 25);
    }
    /// `four`: the first four bytes, little-endian, each with bit 5 set (as | 0x20202020).
    constexpr bool holds(std::uint32_t four) const noexcept { return start[slot_of(four)] == four; }
};

constexpr word_starts starts_of(role_set r) noexcept {
    word_starts s;
    std::array<std::uint32_t, word_starts::slots> fours{};
    std::size_t n = 0;
    // A fresh table: GCC 12 rejects reading detail::roles in another constant initializer.
    const detail::role_table t = detail::build_roles();
    for (std::size_t k = 0; k < detail::role_table::slots && s.valid; ++k) {
        const auto& slot = t.slot_at[k];
        if (slot.size == 0 || (slot.roles & r) == 0) continue;
        const detail::packed word{slot.lo, t.hi_at[k]};
        for (std::size_t i = 0; i < slot.size; ++i) {
            const unsigned char c = detail::byte_of(word, i);
            s.valid = s.valid && c >= 'a' && c <= 'z';
        }
        const auto four = static_cast<std::uint32_t>(slot.lo);
        bool seen = false;
        for (std::size_t i = 0; i < n; ++i) seen = seen || fours[i] == four;
        s.valid = s.valid && slot.size >= 4 && (seen || n < fours.size());
        if (s.valid && !seen) fours[n++] = four;
    }
    // Odd multipliers in turn until one sends every start to a slot of its own.
    for (std::uint32_t m = 0x9E3779B1u; s.valid; m += 2) {
        s.multiplier = m;
        s.start = {};
        bool clash = false;
        for (std::size_t i = 0; i < n && !clash; ++i) {
            std::uint32_t& at = s.start[s.slot_of(fours[i])];
            clash = at != 0;
            at = fours[i];
        }
        if (!clash) break;
    }
    return s;
}

} // namespace kairos::events
