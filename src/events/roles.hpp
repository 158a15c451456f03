// One lookup per word instead of a scan per word list: every single word of the lexicon maps
// to the set of lists it belongs to (a bit each), in the word map the grammar uses too
// (lex/word_map.hpp), built once per process. A word's roles are computed once when the
// sentence is split; afterwards a list test is one AND.
#pragma once

#include "events/words.hpp"
#include "lang/en/events.hpp"
#include "lex/word_map.hpp"

#include <array>
#include <cstdint>
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

/// Calls add(word, role) for every word of every lexicon list a role stands for; phrases give
/// the word the role is about (the first of a trigger, the last of a preposition phrase). The
/// one statement of which list a role is: the role map and the gate's prefilter both read it.
template<class Add>
constexpr void for_each_role_word(Add add) {
    namespace lx = lexicon;
    const auto all = [&](const auto& list, role r) {
        for (std::string_view w : list) add(w, r);
    };
    const auto field = [&](const auto& table, auto member, role r) {
        for (const auto& row : table) add(row.*member, r);
    };
    all(lx::np_stops, role::np_stop);
    all(lx::until_owners, role::until_owner);
    all(lx::continuation, role::continuation);
    all(lx::extension_verbs, role::extension_verb);
    all(lx::earlier_cues, role::earlier_cue);
    all(lx::obligation, role::obligation);
    all(lx::target_words, role::target_word);
    all(lx::forward_words, role::forward_word);
    all(lx::comparison_words, role::comparison_word);
    all(lx::schedule_words, role::schedule_word);
    all(lx::relative_anchors, role::relative_anchor);
    all(lx::speech_verbs, role::speech_verb);
    all(lx::relative_preps, role::relative_prep);
    all(lx::adverbs, role::adverb);
    all(lx::clause_words, role::clause_word);
    all(lx::clause_subjects, role::clause_subject);
    all(lx::future_adjectives, role::future_adjective);
    all(lx::np_skips, role::np_skip);
    all(lx::np_verbs, role::np_verb);
    all(lx::not_names, role::not_name);
    all(lx::extension_nouns, role::extension_noun);
    for (const auto& p : lx::trigger_phrases) add(p.words[0], role::trigger_start);
    for (const auto& p : lx::preposition_phrases) add(p.words[p.size - 1], role::preposition_end);
    field(lx::counts, &lx::count_word::word, role::count_word);
    field(lx::ordinals, &lx::count_word::word, role::ordinal);
    field(lx::countries, &lx::country::word, role::country);
    field(lx::nominals, &lx::nominal::verb, role::nominal_verb);
    all(lx::must_words, role::must);
    all(lx::possessives, role::possessive);
    all(lx::has_have, role::has_have);
    all(lx::determiners, role::determiner);
    all(lx::repetitions, role::repetition);
}

/// Whether a lexicon entry is one word the map holds: lower case, no space ("will end" and
/// the like are matched word by word), 1 to word_key::max_size bytes.
constexpr bool is_single_word(std::string_view w) noexcept {
    return w.find(' ') == std::string_view::npos;
}
constexpr bool lexicon_words_fit() noexcept {
    bool ok = true;
    for_each_role_word([&](std::string_view w, role) {
        if (!is_single_word(w)) return;
        ok = ok && !w.empty() && w.size() <= lex::word_key::max_size;
        for (char c : w) ok = ok && lex::lower(c) == c;
    });
    return ok;
}
static_assert(lexicon_words_fit(), "lexicon words are lower case, 1 to 15 bytes");

} // namespace detail

/// The lexicon's words, each with the roles it has.
[[nodiscard]] const lex::word_map<role_set>& role_map();

/// The roles of the word with key k; 0 for a word in no list.
[[nodiscard]] inline role_set roles_of(const lex::word_key& k) noexcept {
    const role_set* r = role_map().find(k);
    return r != nullptr ? *r : 0;
}

/// The roles of w, all ASCII letters (1 to word_key::max_size of them), which the two 8-byte
/// loads lo and hi hold (lex::key_of_letters), in `map` (role_map(), which a reader of many
/// words fetches once). Most words of a text are in no list: the map's shape test turns them
/// away before a key is built.
[[nodiscard]] inline role_set roles_of_letters(const lex::word_map<role_set>& map,
                                               std::string_view w, std::uint64_t lo,
                                               std::uint64_t hi) noexcept {
    if (!map.may_hold(w.front(), w.back(), w.size())) return 0;
    const role_set* r = map.find(lex::key_of_letters(lo, hi, w.size()));
    return r != nullptr ? *r : 0;
}

/// The lists a word belongs to, compared as `is()` does (ASCII case folded); 0 for any word
/// not in the lexicon. `readable` (at least w.size()) is how many bytes from w.data() may be
/// read: given 16, the key is built from two loads without a loop.
[[nodiscard]] inline role_set roles_of(std::string_view w, std::size_t readable) noexcept {
    lex::word_key k;
    if (w.empty() || !role_map().may_hold(w.front(), w.back(), w.size()) ||
        !lex::make_key(std::string_view(w.data(), readable), 0, w.size(), k))
        return 0;
    return roles_of(k);
}

[[nodiscard]] inline role_set roles_of(std::string_view w) noexcept {
    return roles_of(w, w.size());
}

/// Whether every word of the roles r is ASCII letters alone, so that each is one word token
/// (what may_have_role looks up).
constexpr bool letters_only(role_set r) noexcept {
    bool ok = true;
    detail::for_each_role_word([&](std::string_view w, role x) {
        if ((bit(x) & r) == 0 || !detail::is_single_word(w)) return;
        for (char c : w) ok = ok && c >= 'a' && c <= 'z';
    });
    return ok;
}

} // namespace kairos::events
