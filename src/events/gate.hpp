// Which sentences without a mention the event stage must read: only those holding a word that
// can make an event on its own ("the upcoming summit", "extended four times"). The extractor
// answers that from what earlier stages already computed (the dictionary lookup every word
// token gets, the tokenizer's list of tokens with non-ASCII bytes); a document linked on its
// own is answered by scanning the sentence's bytes. Both answers are conservative and agree
// on every sentence that can link (tests/events/gate_test.cpp).
#pragma once

#include "events/lexicon.hpp"
#include "events/roles.hpp"

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
inline constexpr word_starts standalone_starts = starts_of(standalone);
static_assert(standalone_starts.valid, "may_have_role needs words of four letters or more");

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
} // namespace detail

/// The words of the standalone roles, all ASCII letters (the grammar's dictionary notes them).
[[nodiscard]] inline std::span<const std::string_view> gate_words() noexcept {
    return detail::gate_word_list;
}

/// What the extractor's earlier stages found for the gate, in document byte offsets and in
/// text order: where each gate word starts, and the tokens holding non-ASCII bytes (whose
/// words the tokenizer does not split at dashes and curly quotes as the event stage does).
struct sentence_gate {
    std::vector<std::uint32_t> words;
    std::vector<span> wide;

    void clear() noexcept {
        words.clear();
        wide.clear();
    }
};

} // namespace kairos::events
