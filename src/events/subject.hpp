// The subject of an event: a short noun phrase built from the trigger and the words around it
// ("TikTok divestment", "tariff truce", "US–China talks"), by a few general heuristics.
#pragma once

#include "events/words.hpp"

#include <cstddef>
#include <kairos/event.hpp>
#include <span>
#include <string>

namespace kairos::events {

/// Where the event's cue sits in the sentence.
struct subject_cue {
    event_kind kind = event_kind::event;
    std::size_t trigger = npos; ///< first word of the trigger phrase, or npos
    std::size_t trigger_len = 0;
    bool trigger_noun = false;
    std::size_t anchor = 0; ///< first word of the date cue (preposition or the mention itself)
    static constexpr std::size_t npos = static_cast<std::size_t>(-1);
};

/// A short noun phrase naming what the event is about; never empty (falls back to the kind).
[[nodiscard]] std::string subject_of(std::span<const word> words, const subject_cue& cue);

/// True when the subject is a word that names only a kind of event ("meeting", "expiry",
/// "talks"), which says nothing about which event it is.
[[nodiscard]] bool is_bare_subject(std::string_view subject) noexcept;

/// The first name of a sentence (up to three capitalised words, not a place after "in"/"at",
/// not a sentence in capitals throughout such as a headline), or empty.
[[nodiscard]] std::string name_in(std::span<const word> words);

/// True when the subject is only the kind's fallback name ("deadline"), not a real phrase.
[[nodiscard]] bool is_fallback_subject(std::string_view subject, event_kind kind) noexcept;

} // namespace kairos::events
