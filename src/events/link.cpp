// Event linking: turns the mentions of a document into deadlines, expiries, meetings, ...
#include "events/link.hpp"

namespace kairos::detail {

void link_events(document& doc) {
    // Filled in incrementally; until then the event stage adds nothing.
    (void)doc;
}

} // namespace kairos::detail
