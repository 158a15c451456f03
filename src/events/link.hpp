// The event stage behind the extractor: turns a document's mentions into events.
#pragma once

#include <kairos/document.hpp>

namespace kairos::events {
struct sentence_gate;
}

namespace kairos::detail {

/// Appends to doc.events every event its mentions anchor; reads doc.text, doc.sentences,
/// doc.mentions and doc.dct. Never throws for the content of the text. `gate`: what the
/// extraction found for the sentences without mentions (events/gate.hpp); without it their
/// bytes are scanned. The events are the same either way.
void link_events(document& doc, const events::sentence_gate* gate = nullptr);

} // namespace kairos::detail
