// The rule table compiled once for fast matching: a word dictionary looked up once per token,
// word slots as lists of word ids, and for every token the set of rules that can start there.
//
// Matching stays exactly what the rule records say; the index only skips rules that cannot
// match at a token because no leading slot of theirs accepts it, or because the rest of the
// sentence lacks a token for a slot of theirs that is not optional.
#pragma once

#include "grammar/pattern.hpp"
#include "lex/word_map.hpp"

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace kairos::grammar {

/// What one lower-cased word is to the grammar. The fields every lookup reads come first, in
/// one cache line of the dictionary's table; the readers' entries after them.
struct word_info {
    std::uint32_t kinds = 0; ///< bit per slot_kind this word can fill
    std::uint16_t id = 0;    ///< 1-based id of a literal word of some rule; 0 when none
    std::uint16_t sets = 0;  ///< its precomputed key_sets (index into the index's table)
    std::uint8_t notes = 0;  ///< bit i: a word of list i that facts() notes for later stages
    en::unit unit = en::unit::none;
    bool plural = false;
    bool holiday_start = false; ///< the first word of a holiday name
    const en::entry* month = nullptr;
    const en::entry* weekday = nullptr;
    const en::entry* number = nullptr;
    const en::entry* ordinal = nullptr;
    const en::entry* season = nullptr;
    const en::entry* pod = nullptr;
    const en::zone_name* zone = nullptr;
};

/// What the matcher reads of a rule on every try, packed apart from the rule record (which is
/// large and holds text, so that reading a few slot kinds there took a cache miss or two).
struct rule_program {
    std::array<slot_kind, max_slots> kinds{}; ///< slot_kind::end past the last slot
    std::uint8_t optional = 0;                ///< bit k: slot k may read nothing
    std::uint8_t range_end = 0;               ///< rule::range_end
    producer produce = nullptr;
};

/// A set of rules by index; rule tables hold at most `max_rules`.
inline constexpr std::size_t max_rules = 256;
using rule_set = std::array<std::uint64_t, max_rules / 64>;

/// What the index answers for one token key, computed once per distinct key when the index is
/// built: the rules it can start, those that may end after it, those it may follow into.
struct key_sets {
    rule_set starts{};
    rule_set ends{};
    rule_set follows{};
    rule_set follows_number{}; ///< the same after a number token (see add_followers)
};

/// Token shapes, in token_key::kinds above the slot kinds' bits.
inline constexpr std::uint32_t shape_word = 1u << 24;
inline constexpr std::uint32_t shape_number = 1u << 25;
inline constexpr std::uint32_t shape_alnum = 1u << 26;
/// The bits of token_key::kinds that are slot kinds.
inline constexpr std::uint32_t slot_kinds = shape_word - 1;

/// What a token can be to a slot: a bit per slot_kind, its literal word id (0 when none) and
/// its dictionary entry. `present` is false past the end of the text or its sentence.
struct token_key {
    const word_info* info = nullptr;
    const key_sets* sets = nullptr; ///< precomputed answers; nullptr for a rare key ("Q3")
    std::uint32_t kinds = 0;
    std::uint16_t id = 0;
    std::uint8_t notes = 0; ///< word_info::notes
    bool present = false;
};

/// What the tokens from one token to the end of its sentence can be, together. A rule can
/// match at that token only if each of its slots that is not optional finds a token here.
struct sentence_rest {
    std::uint32_t kinds = 0; ///< the slot kinds of their token_key::kinds
    std::uint64_t words = 0; ///< a bit per needed word set one of them is in (see add_needs)
};

/// What a rule's slots that are not optional read, as a sentence_rest must hold it.
using rule_needs = sentence_rest;

/// Per-token facts computed once per text.
struct token_facts {
    /// Parallel to the tokens; longer when kept from a longer text (never shrunk, so a reused
    /// token_facts writes the keys of a text without first filling them with defaults).
    std::vector<token_key> keys;
    std::vector<std::uint32_t> start_buffer; ///< at least one per token, likewise kept
    std::size_t start_count = 0;
    std::vector<std::uint32_t> noted; ///< the tokens that are noted words, in order

    /// The tokens a rule may start at, in order.
    [[nodiscard]] std::span<const std::uint32_t> starts() const noexcept {
        return {start_buffer.data(), start_count};
    }
};

class grammar_index {
public:
    /// `noted`: lists of words (lower case, at most 8 lists) that later stages want listed
    /// wherever they occur; the dictionary lookup every word token gets finds them at no extra
    /// cost, and word_info::notes tells which lists a noted token's word is in.
    explicit grammar_index(std::span<const rule> rules,
                           std::span<const std::span<const std::string_view>> noted = {});
    grammar_index(const grammar_index&) = delete; // plain_ points into the index itself
    grammar_index& operator=(const grammar_index&) = delete;

    [[nodiscard]] std::span<const rule> rules() const noexcept { return rules_; }
    /// What the matcher reads of rule r on every try.
    [[nodiscard]] const rule_program& program(std::size_t r) const noexcept { return programs_[r]; }
    /// The dictionary entry of a word (any case), or nullptr.
    [[nodiscard]] const word_info* lookup(std::string_view word) const noexcept;
    /// The key of every token of ts.
    void facts(const lex::token_stream& ts, token_facts& out) const;
    /// The rules that can match starting at a token with this key.
    [[nodiscard]] rule_set candidates(const token_key& k) const noexcept;
    /// The rules that can match at a token with key `at` followed by one with key `next`:
    /// those that may end after reading `at`, and those some slot after their first accepts
    /// `next` for (a slot that reads several tokens counts the tokens it may continue with).
    [[nodiscard]] rule_set followers(const token_key& at, const token_key& next) const noexcept;
    /// candidates(at) & followers(at, next), read from the precomputed sets when both keys
    /// have them: what the scanner tries at a token.
    [[nodiscard]] rule_set to_try(const token_key& at, const token_key& next) const noexcept;
    /// The sentence rest of each of `starts` (token indexes in ascending order) into out[start]
    /// (`out` grows to the tokens' count; entries of tokens before a sentence's first start are
    /// left as they were): what the scanner's may_match asks about.
    void rests_at(const lex::token_stream& ts, const token_facts& facts,
                  std::span<const std::uint32_t> starts, std::vector<sentence_rest>& out) const;
    /// Whether rule r may match at a token whose sentence rest is `rest`: false when a slot
    /// of it that is not optional finds no token it could read there.
    [[nodiscard]] bool may_match(std::size_t r, const sentence_rest& rest) const noexcept {
        const rule_needs& n = needs_[r];
        return ((n.kinds & ~rest.kinds) | (n.words & ~rest.words)) == 0;
    }
    /// The word ids slot `slot` of rule `r` accepts, in the order of its alternatives.
    [[nodiscard]] std::span<const std::uint16_t> alternatives(std::size_t r,
                                                              std::size_t slot) const noexcept;

private:
    struct slot_words {
        std::uint32_t first = 0;
        std::uint32_t count = 0;
    };
    /// Kinds and word ids that can start the slots from `from` on; `any` when they may all
    /// read nothing.
    struct start_set {
        bool any = true;
        std::uint32_t kinds = 0;
        slot_words words;
    };
    std::uint16_t new_id();
    std::uint16_t intern(std::string_view lower);
    std::uint16_t intern_punct(char c);
    start_set starts(std::size_t r, std::size_t from, std::vector<std::uint16_t>& ids,
                     bool punct_by_char = false);
    void add_lexicon_words();
    void compile_rule(std::size_t r);
    void add_followers(std::size_t r);
    void add_ender(std::size_t r, std::size_t k);
    void add_needs(std::size_t r);
    [[nodiscard]] token_key key(const lex::token_stream& ts, std::size_t i) const noexcept;
    [[nodiscard]] rule_set to_try_looked_up(const token_key& at,
                                            const token_key& next) const noexcept;
    [[nodiscard]] rule_set ends_after(const token_key& at) const noexcept;
    [[nodiscard]] rule_set followed_by(const token_key& next, bool after_number) const noexcept;
    [[nodiscard]] key_sets sets_of(std::uint32_t kinds, std::uint16_t id) const noexcept;
    void precompute_sets();
    void precompute_plain_keys();

    std::span<const rule> rules_;
    lex::word_map<word_info> words_;
    std::vector<std::uint16_t> ids_; ///< word ids of every word slot, concatenated
    std::vector<std::array<slot_words, max_slots>> slots_; ///< per rule and slot, into ids_
    std::array<rule_set, 32> follow_kind_{}; ///< rules a second token of a kind allows
    std::array<rule_set, 32> end_kind_{};    ///< rules that may end after a token of a kind
    std::vector<rule_set> end_word_;         ///< rules that may end after a word, by id
    std::vector<rule_set> follow_word_;      ///< rules a second token with a word id allows
    /// The same two after a number token, which some slots continue more narrowly than after a
    /// word (continuation_after_number in index.cpp).
    std::array<rule_set, 32> follow_kind_number_{};
    std::vector<rule_set> follow_word_number_;
    std::vector<rule_needs> needs_;        ///< by rule
    std::vector<rule_program> programs_;   ///< by rule
    std::vector<std::uint64_t> need_bits_; ///< by word id: the rule_needs::words bits it holds
    /// The word sets of the slots rules need, in the order of their rule_needs::words bits.
    std::vector<std::vector<std::uint16_t>> needed_sets_;
    std::vector<rule_set> by_word_;      ///< rules a literal word id can start, by id
    std::array<rule_set, 32> by_kind_{}; ///< rules a slot kind can start
    std::uint16_t next_id_ = 1;
    std::vector<key_sets> word_sets_;       ///< [0]: a word outside the dictionary
    std::array<key_sets, 8> number_sets_{}; ///< by length, 7 for 7 or more digits
    std::array<key_sets, 8> alnum_sets_{};  ///< by length, 7 for 7 or more bytes
    /// Punctuation by character: a punctuation slot accepts only the characters it lists, so
    /// each character a slot lists has an id like a word's, and its own answers.
    std::array<key_sets, 128> punct_sets_{};
    std::array<std::uint16_t, 128> punct_id_{};
    /// A token's key before the dictionary's answers, by kind and then by length (7 for 7
    /// bytes or more) or, for punctuation, by character: one read, not a branch per kind.
    struct plain_key {
        const key_sets* sets = nullptr;
        std::uint32_t kinds = 0;
        std::uint16_t id = 0;
    };
    std::array<std::array<plain_key, 128>, 4> plain_{};
};

// Inline: the scanner asks at every token that can start a rule.
inline rule_set grammar_index::to_try(const token_key& at, const token_key& next) const noexcept {
    if (at.sets == nullptr || (next.present && next.sets == nullptr))
        return to_try_looked_up(at, next);
    rule_set out{};
    const rule_set& follows = !next.present               ? out
                              : (at.kinds & shape_number) ? next.sets->follows_number
                                                          : next.sets->follows;
    for (std::size_t k = 0; k < out.size(); ++k)
        out[k] = at.sets->starts[k] & (at.sets->ends[k] | (next.present ? follows[k] : 0));
    return out;
}

/// What the matcher reads: the tokens, their facts and the compiled rules.
struct scan_input {
    const lex::token_stream& ts;
    const token_facts& facts;
    const grammar_index& index;
};

/// Tries rule number `r` of in.index at token `at`; on success fills `out` and returns true.
bool try_rule(const scan_input& in, std::size_t at, std::size_t r, match& out) noexcept;

} // namespace kairos::grammar
