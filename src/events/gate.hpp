// Which sentences the event stage must read. Most sentences, with dates or without, can give it
// nothing: a draft needs a trigger phrase near a mention, a cue word or preposition phrase
// just before one, a verb that moves a date, or a word that makes an event alone ("the
// upcoming summit", "the fifth extension"). The extractor answers from what earlier stages
// already computed (the dictionary lookup every word token gets notes the words below, the
// tokenizer lists the tokens with non-ASCII bytes) and a few tokens around each mention; a
// document linked on its own reads every sentence with a mention and looks up the others' tokens.
// Every answer errs towards reading: tests/events/gate_test.cpp checks both ways give the same
// events, and fuzz_extract does on every input.
#pragma once

#include "events/roles.hpp"
#include "events/words.hpp"
#include "lang/en/events.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <kairos/document.hpp>
#include <span>
#include <string_view>
#include <vector>

namespace kairos::events {

/// The roles that can make an event of a sentence without mentions: an undated meeting ("the
/// upcoming summit") or an extension count ("extended four times").
inline constexpr role_set standalone =
    bit(role::future_adjective) | bit(role::extension_noun) | bit(role::repetition);
static_assert(letters_only(standalone), "may_have_role reads one token a word");

/// Words between a mention and the trigger it may take (events/sentence.cpp).
inline constexpr std::uint32_t trigger_window = 8;
/// Words between a verb trigger and a date after it in the same clause, with nothing between
/// them that starts a clause or phrase of its own (events/sentence.cpp, clause_hit).
inline constexpr std::uint32_t clause_window = 16;

namespace detail {
template<std::size_t... N>
constexpr auto joined(const std::array<std::string_view, N>&... lists) {
    std::array<std::string_view, (N + ...)> out{};
    std::size_t i = 0;
    ((std::copy(lists.begin(), lists.end(), out.begin() + static_cast<std::ptrdiff_t>(i)),
      i += lists.size()),
     ...);
    return out;
}
inline constexpr auto gate_word_list =
    joined(lexicon::future_adjectives, lexicon::extension_nouns, lexicon::repetitions);

constexpr bool is_one_word_trigger(std::string_view w) noexcept {
    return std::any_of(lexicon::triggers.begin(), lexicon::triggers.end(),
                       [&](const lexicon::trigger& t) { return t.phrase == w; });
}

// Which word of the phrase is its key: the first when that is a trigger alone ("due date"),
// else the last unless it is a particle ("run out"), else the first.
constexpr std::size_t key_place(const lexicon::phrase& p) noexcept {
    constexpr auto& particles = lexicon::trigger_particles;
    const std::string_view last = p.words[p.size - 1];
    const bool last_is_key = p.size > 1 && !is_one_word_trigger(p.words[0]) &&
                             std::find(particles.begin(), particles.end(), last) == particles.end();
    return last_is_key ? p.size - 1 : 0;
}

// The key as the tokenizer reads it: of a hyphenated word ("cut-off") the letters before the
// hyphen.
constexpr std::string_view key_of(const lexicon::phrase& p) noexcept {
    const std::string_view w = p.words[key_place(p)];
    return w.substr(0, w.find('-'));
}

inline constexpr auto trigger_key_list = [] {
    std::array<std::string_view, lexicon::trigger_phrases.size()> out{};
    for (std::size_t i = 0; i < out.size(); ++i) out[i] = key_of(lexicon::trigger_phrases[i]);
    return out;
}();
} // namespace detail

/// The words of the standalone roles, all ASCII letters (the grammar's dictionary notes them).
[[nodiscard]] inline std::span<const std::string_view> gate_words() noexcept {
    return detail::gate_word_list;
}

/// A word of each trigger phrase (repeats are harmless): a trigger takes a mention at most
/// near_reach words away.
[[nodiscard]] inline std::span<const std::string_view> trigger_keys() noexcept {
    return detail::trigger_key_list;
}

/// The word lists the grammar's dictionary notes for the gate, all ASCII letters; a noted
/// token's word_info::notes has the bit below of each list its word is in. The gate words are
/// noted list by list, as each needs something else of its sentence.
[[nodiscard]] inline std::array<std::span<const std::string_view>, 5> noted_lists() noexcept {
    return {lexicon::future_adjectives, lexicon::extension_nouns, lexicon::extension_verbs,
            trigger_keys(), lexicon::repetitions};
}
inline constexpr std::uint8_t note_future =
    1; ///< makes a meeting of a trigger: "the upcoming summit"
inline constexpr std::uint8_t note_noun = 2; ///< counts extensions: "the fifth extension"
inline constexpr std::uint8_t note_verb = 4; ///< moves a date: "extended to Nov. 10"
inline constexpr std::uint8_t note_trigger = 8;
inline constexpr std::uint8_t note_repeat = 16; ///< counts with a verb of moving: "extended twice"

/// How many words may stand between a trigger key and a mention it can link: the trigger
/// window, the words of a phrase beyond its key, and one for a mention that starts inside a
/// run of bytes without blanks.
inline constexpr std::size_t near_reach = [] {
    std::size_t longest = 1;
    for (const auto& p : lexicon::trigger_phrases) longest = std::max(longest, p.size);
    return std::max(trigger_window, clause_window) + (longest - 1) + 1;
}();

/// Where the tokens of a sentence's mentions are: the tagger hands the gate those of its
/// window's mentions (mentions number `base` on, in the tokens being read), so none is
/// searched for; any other mention's are found by binary search (a document built elsewhere).
struct mention_tokens {
    std::span<const token_range> handed;
    std::size_t base = 0;

    [[nodiscard]] token_range of(const token_view& tokens, const std::vector<mention>& ms,
                                 std::size_t k) const noexcept {
        if (k >= base && k - base < handed.size()) return handed[k - base];
        return tokens_of(tokens, {ms[k].begin, ms[k].end});
    }
};

/// Whether mention m of the sentence s, whose tokens are `at`, may have a cue of its own: a
/// word of lexicon::mention_cues or a preposition phrase just before it, "within" starting it
/// or three words before ("within the next 30 days"), "to" just before it when the sentence
/// has a verb that moves dates (`moving`), or (a duration) "to" just after ("60 days to
/// comply"). True when the tokens around it are not plain enough to tell, and for a range that
/// opens with its own cue ("from X to Y", "between X and Y"; a range without one needs a
/// trigger near it).
[[nodiscard]] bool may_cue(std::string_view text, const token_view& tokens, span s,
                           const mention& m, token_range at, bool moving) noexcept;

/// The preposition phrases (lexicon::preposition_phrases) that end with the word w, as bits
/// (phrase k: bit k), read from the table that tells the gate which words cue a mention.
[[nodiscard]] std::uint32_t prepositions_ending(std::string_view w) noexcept;

/// Whether the trigger key that is token `key` of the sentence s may be part of a trigger
/// phrase there: a one-word trigger is; of a longer phrase the other words must stand around
/// it ("will" before "close", "out" after "run"). True when the tokens are not plain enough.
[[nodiscard]] bool may_be_trigger(std::string_view text, const token_view& tokens, span s,
                                  std::size_t key) noexcept;

/// Whether the trigger key that is token `key` (starting at byte p) of a sentence may be part
/// of a trigger that takes one of the sentence's mentions ms[first..] (those starting before
/// `end`): no more than near_reach words from the nearest mention before or after it, and not
/// inside one.
[[nodiscard]] bool near_mention(const token_view& tokens, std::uint32_t p, std::size_t key,
                                const std::vector<mention>& ms, std::size_t first,
                                std::uint32_t end, const mention_tokens& where) noexcept;

/// What the extractor's earlier stages found for the gate, in text order: where each noted
/// word starts (its document byte offset and its token), with the bits of the lists it is in;
/// the tokens holding non-ASCII bytes (whose words the tokenizer does not split at dashes and
/// curly quotes as the event stage does, so their noted words may be missing); and the tokens
/// of the window's mentions. Token indices are those of the window being linked.
struct sentence_gate {
    struct noted {
        std::uint32_t at = 0;
        std::uint32_t token = 0;
        std::uint8_t notes =
            0; ///< note_future | note_noun | note_verb | note_trigger | note_repeat
    };
    std::vector<noted> words;
    std::vector<span> wide;
    std::vector<token_range> mentions; ///< of document::mentions[mention_base..], in order
    std::size_t mention_base = 0;

    void clear() noexcept {
        words.clear();
        wide.clear();
        mentions.clear();
        mention_base = 0;
    }
    [[nodiscard]] std::size_t capacity() const noexcept {
        return std::max({words.capacity(), wide.capacity(), mentions.capacity()});
    }
};

/// Reads a sentence_gate (or, without one, the text) along a document's sentences, which come
/// in text order.
class gate_reader {
public:
    gate_reader(std::string_view text, const sentence_gate* gate) : text_(text), gate_(gate) {}

    /// Whether sentence s, which has no mention, may give the event stage anything; `tokens`
    /// cover it (read only without a gate).
    [[nodiscard]] bool may_link(span s, const token_view& tokens);
    /// Whether sentence s, whose mentions start at ms[first], may give the event stage anything;
    /// `tokens` cover it (read around its mentions and noted trigger keys).
    [[nodiscard]] bool may_link(span s, const token_view& tokens, const std::vector<mention>& ms,
                                std::size_t first);

private:
    /// What the sentence holds of the noted words.
    struct held {
        std::uint8_t notes = 0;    ///< the bits of its noted words and of its wide tokens' words
        bool wide_trigger = false; ///< a trigger key inside a token with non-ASCII bytes
        std::size_t first = 0;     ///< its noted words: gate_->words[first, end)
        std::size_t end = 0;
        [[nodiscard]] bool has(std::uint8_t bit) const noexcept { return (notes & bit) != 0; }
        /// An event without a date may be here: a future adjective with a trigger ("the
        /// upcoming summit"), or a repetition with a verb of moving ("extended four times").
        [[nodiscard]] bool stands_alone() const noexcept {
            return (has(note_future) && (has(note_trigger) || wide_trigger)) ||
                   (has(note_repeat) && has(note_verb));
        }
    };
    held read(span s) noexcept;

    std::string_view text_;
    const sentence_gate* gate_;
    std::size_t next_word_ = 0; ///< the first noted word not before the sentences to come
    std::size_t next_wide_ = 0;
};

} // namespace kairos::events
