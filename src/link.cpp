// kairos::link_events: the public entry to the event stage for documents built by the caller.
// The stage itself (src/events/link.hpp) trusts the mention order extraction guarantees; a
// document from elsewhere is checked against it first.
#include "events/link.hpp"

#include <exception>
#include <kairos/link.hpp>
#include <string>

namespace kairos {
namespace {

// Why mention i cannot be linked, or nullptr when it and the mentions before it are in order.
const char* misplaced(const document& doc, std::size_t i) noexcept {
    const mention& m = doc.mentions[i];
    if (m.begin > m.end) return "ends before it begins";
    if (m.end > doc.text.size()) return "ends past the end of the text";
    if (i > 0 && m.begin < doc.mentions[i - 1].end)
        return "begins before the mention before it ends (mentions must be in text order and "
               "must not overlap)";
    return nullptr;
}

bool mentions_in_order(document& doc) {
    for (std::size_t i = 0; i < doc.mentions.size(); ++i)
        if (const char* why = misplaced(doc, i)) {
            const mention& m = doc.mentions[i];
            const span where = m.begin <= m.end ? span{m.begin, m.end} : span{};
            doc.diagnostics.push_back({where, "link_events: mention " + std::to_string(i) + " " +
                                                  why + "; no events were linked"});
            return false;
        }
    return true;
}

} // namespace

void link_events(document& doc) {
    doc.events.clear();
    try {
        if (mentions_in_order(doc)) detail::link_events(doc);
    } catch (const std::exception& e) {
        doc.events.clear();
        doc.diagnostics.push_back({{}, std::string("event linking stopped early: ") + e.what()});
    } catch (...) {
        doc.events.clear();
        doc.diagnostics.push_back({{}, "event linking stopped early"});
    }
}

} // namespace kairos
