// The event stage behind the extractor: turns a document's mentions into events.
#pragma once

#include "events/gate.hpp"
#include "events/words.hpp"

#include <array>
#include <cstddef>
#include <cstdint>
#include <kairos/document.hpp>
#include <string>

namespace kairos::events {
struct sentence_gate;
}

namespace kairos::detail {

/// Appends to doc.events every event its mentions anchor; reads doc.text, doc.sentences,
/// doc.mentions and doc.dct, and tokenizes doc.text once for the words of its sentences. Never
/// throws for the content of the text. `gate`: what the extraction found for the sentences
/// without mentions (events/gate.hpp); without it their bytes are scanned. The events are the
/// same either way.
void link_events(document& doc, const events::sentence_gate* gate = nullptr);

/// link_events a run of sentences at a time, as the extractor tags the text window by window:
/// the sentences linked in one call must have all their mentions in doc.mentions, the first of
/// which is mention number `base` of the whole document (the number events count by; 0 when
/// doc.mentions keeps every mention), and lie within the bytes `tokens` cover. The events are
/// those link_events gives the whole document. One linker per thread at a time (it uses the
/// thread's buffers).
class event_linker {
public:
    /// `mentions`: how many the document may have, for room up front.
    event_linker(const document& doc, const events::sentence_gate* gate, std::size_t mentions);
    /// Reads doc.sentences[first, last), which come after those of the calls before; `more`
    /// when another call follows (whose first sentences may look back at these).
    void link(const document& doc, const events::token_view& tokens, std::uint32_t first,
              std::uint32_t last, std::uint32_t base, bool more = false);
    /// Appends the events to doc.events; reads doc.text, not doc.mentions.
    void finish(document& doc);

    /// Sentences whose words stay split after they are read: the one just read and the
    /// look_back before it, whose names its drafts may take.
    static constexpr std::uint32_t kept_sentences = 3;

private:
    /// The name sentence `i` speaks of (events::name_in), read once per sentence.
    const std::string& name_at(const document& doc, std::uint32_t i, std::uint32_t first);
    void name_drafts(const document& doc, std::size_t from, std::uint32_t first);
    void keep_tail_names(const document& doc, std::uint32_t first, std::uint32_t last);

    const events::sentence_gate* gate_;
    events::gate_reader reader_;
    events::token_view tokens_; ///< the tokens of the sentences of the current link() call
    std::uint32_t last_begin_ = 0;
    static constexpr std::uint32_t look_back = 2; ///< sentences a bare subject looks back
    static_assert(kept_sentences == look_back + 1);
    static constexpr std::uint32_t no_sentence = 0xFFFFFFFFu;
    /// Which sentence's words each slot of the thread's kept words holds.
    std::array<std::uint32_t, kept_sentences> kept_at_{no_sentence, no_sentence, no_sentence};
    /// The sentences whose names were read last, and those names.
    std::array<std::uint32_t, look_back> read_at_{no_sentence, no_sentence};
    std::array<std::string, look_back> read_names_{};
};

} // namespace kairos::detail
