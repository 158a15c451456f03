// kairos/link.hpp — the event stage on its own: events from mentions found elsewhere.
#pragma once

#include <kairos/document.hpp>

namespace kairos {

/// Links the events (deadlines, expiries, effective dates, meetings, ...) that the mentions of
/// `doc` anchor, as extractor::extract does with extract_options::link_events, for a document
/// whose mentions come from elsewhere: another tagger, a TimeML file, an edited extraction.
///
/// Reads doc.text, doc.dct, doc.sentences and, of each mention, its bytes [begin, end) and its
/// value. Sentences are byte ranges of the text (one outside the text is skipped); mentions
/// must lie inside the text, in text order, without overlapping, as extraction gives them.
/// Replaces doc.events; an event names its mentions by their index in doc.mentions. A document
/// whose mentions break that order gets no events and one diagnostic naming the first mention
/// at fault. Never throws for the content of the document; should memory run out, no events
/// are kept and a diagnostic says so.
void link_events(document& doc);

} // namespace kairos
