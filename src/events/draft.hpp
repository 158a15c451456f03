// What the per-sentence pass of the event stage hands to the document pass.
#pragma once

#include "events/words.hpp"

#include <cstdint>
#include <kairos/document.hpp>
#include <string>
#include <vector>

namespace kairos::events {

/// One trigger phrase found in a sentence.
struct hit {
    std::uint32_t at = 0;  ///< first word
    std::uint32_t len = 0; ///< words
    event_kind kind = event_kind::event;
    bool noun = false;
    bool aspect = false;  ///< a verb of beginning or ending (lexicon::aspectual)
    bool past = false;    ///< of them, a past one: links only through a noun before it
    bool forward = false; ///< takes only a date right after it (lexicon::forward_triggers)
};

/// A mention of the sentence as a word range.
struct mref {
    std::int32_t mention = no_mention;
    std::uint32_t a = 0; ///< first word
    std::uint32_t b = 0; ///< one past the last word
};

/// An event under construction.
struct draft {
    event ev;
    std::uint32_t order = 0;    ///< byte offset of its first word, for text order
    std::uint32_t sentence = 0; ///< index into document::sentences
    bool earlier = false;       ///< a replaced value: belongs in another event's history
    bool moved_to = false;      ///< the "to Y" of "moved from X to Y": the current value
    bool implied = false;       ///< its date is computed from the DCT ("within 30 days")
    std::int32_t trigger = -1;  ///< index of the hit it came from, within its sentence
    /// The name the sentences just before speak of ("Standard"), for a subject that names only
    /// the kind; read while the window's mentions are at hand (events::name_in).
    std::string context_name{};
    /// The bytes of document::text that ev.sentence gets, copied only once the draft is kept as
    /// an event (a repeat merged into another never pays for the copy).
    span text{};
};

/// An extension count the text states ("the fifth extension") with no event beside it.
struct stated_count {
    std::uint32_t sentence = 0;
    int n = 0;
};

/// A headline's cue, for the first sentence of the body ("Fishing quota talks" over "Norwegian
/// and Russian officials will discuss the cod quota in Oslo on Oct. 8").
struct headline {
    bool on = false; ///< only while the first sentence of the body is read
    event_kind kind = event_kind::event;
    std::vector<std::string_view> words; ///< the headline's content words, into document::text
    std::string subject;                 ///< what the headline's cue is about
};

/// Whether two words are one, case and a plural "s" aside ("TARIFFS", "tariff").
[[nodiscard]] inline bool same_stem(std::string_view a, std::string_view b) noexcept {
    auto stem = [](std::string_view w) {
        return w.size() > 4 && (w.back() == 's' || w.back() == 'S') ? w.substr(0, w.size() - 1) : w;
    };
    a = stem(a);
    b = stem(b);
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if ((a[i] | 0x20) != (b[i] | 0x20)) return false;
    return true;
}

/// Buffers reused across the sentences of one document.
struct scratch {
    headline head;
    std::vector<word> words;
    std::vector<hit> hits;
    std::vector<mref> mentions;
    std::vector<bool> used;             ///< per mention of the sentence: consumed by a draft
    std::vector<bool> hit_taken;        ///< per hit: some draft took it
    std::vector<std::uint32_t> anchors; ///< per draft of the sentence: first word of its cue
    std::vector<std::uint32_t> starts;  ///< the words outside mentions that may start a trigger
};

/// Appends the drafts of sentence `index` to `out`; counts no draft could take go to `counts`.
/// A sentence without mentions must have passed the gate (events/gate.hpp) to be worth it.
/// `tokens` must cover the sentence. Leaves the sentence's words (words_from_tokens) in
/// s.words, none for an empty or invalid span.
void link_sentence(const document& doc, const token_view& tokens, std::uint32_t index, scratch& s,
                   std::vector<draft>& out, std::vector<stated_count>& counts);

} // namespace kairos::events
