// The event stage behind the extractor: turns a document's mentions into events.
#pragma once

#include <kairos/document.hpp>

namespace kairos::detail {

/// Appends to doc.events every event its mentions anchor; reads doc.text, doc.sentences,
/// doc.mentions and doc.dct. Never throws for the content of the text.
void link_events(document& doc);

} // namespace kairos::detail
