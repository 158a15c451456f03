// The document pass of the event stage: runs the sentence pass, then joins replaced dates to
// the deadline they were replaced by, places stated extension counts, merges repeats of the
// same event, and orders the events by their first appearance.
#include "events/link.hpp"

#include "events/draft.hpp"
#include "events/subject.hpp"

#include <algorithm>
#include <cstdlib>

namespace kairos::detail {
namespace {

using events::draft;
constexpr std::uint32_t history_reach = 2; ///< sentences between a replaced date and its event

std::uint32_t distance(std::uint32_t a, std::uint32_t b) noexcept {
    return a > b ? a - b : b - a;
}

// The current event nearest to sentence `s` of kind `k`, preferring earlier sentences on a tie
// ("moved to Sept. 17. It had been set for June 19.").
draft* nearest_current(std::vector<draft>& drafts, std::uint32_t s, event_kind k, bool any_kind) {
    draft* best = nullptr;
    for (draft& d : drafts) {
        if (d.earlier || (!any_kind && d.ev.kind != k)) continue;
        if (any_kind && d.ev.kind != event_kind::deadline && d.ev.kind != event_kind::expiry)
            continue;
        if (distance(d.sentence, s) > history_reach) continue;
        if (best == nullptr || distance(d.sentence, s) < distance(best->sentence, s)) best = &d;
    }
    return best;
}

void join_history(std::vector<draft>& drafts) {
    for (draft& d : drafts) {
        if (!d.earlier) continue;
        draft* t = nearest_current(drafts, d.sentence, d.ev.kind, false);
        if (t == nullptr) {
            d.earlier = false; // nothing replaced it that we can see: keep it as it is
            continue;
        }
        t->ev.history.push_back(d.ev.value);
        for (const timex& h : d.ev.history) t->ev.history.push_back(h);
        if (d.ev.extensions && !t->ev.extensions) t->ev.extensions = d.ev.extensions;
        d.ev.mentions.clear();
    }
    std::erase_if(drafts, [](const draft& d) { return d.earlier; });
}

void place_counts(std::vector<draft>& drafts, const std::vector<events::stated_count>& counts) {
    for (const auto& c : counts)
        if (draft* t = nearest_current(drafts, c.sentence, event_kind::deadline, true);
            t && !t->ev.extensions)
            t->ev.extensions = c.n;
}

bool same_subject(const event& a, const event& b) {
    return a.subject == b.subject || events::is_fallback_subject(a.subject, a.kind) ||
           events::is_fallback_subject(b.subject, b.kind);
}

// "the Sept. 17 deadline" said twice is one deadline.
void merge_repeats(std::vector<draft>& drafts) {
    for (std::size_t i = 0; i < drafts.size(); ++i) {
        event& a = drafts[i].ev;
        if (a.mentions.empty() && a.value.is_reference()) continue;
        for (std::size_t j = i + 1; j < drafts.size(); ++j) {
            event& b = drafts[j].ev;
            if (b.kind != a.kind || !(b.value == a.value) || b.end != a.end || !same_subject(a, b))
                continue;
            a.mentions.insert(a.mentions.end(), b.mentions.begin(), b.mentions.end());
            a.history.insert(a.history.end(), b.history.begin(), b.history.end());
            if (!a.extensions) a.extensions = b.extensions;
            if (events::is_fallback_subject(a.subject, a.kind)) a.subject = b.subject;
            b.mentions.clear();
            drafts[j].earlier = true; // marks it for removal
        }
    }
    std::erase_if(drafts, [](const draft& d) { return d.earlier; });
}

// History oldest first, without repeats or the current value itself.
void tidy_history(event& e) {
    auto first_day = [](const timex& t) {
        const auto b = t.bounds();
        return b ? b->first_day : date::sys_days::max();
    };
    std::stable_sort(e.history.begin(), e.history.end(),
                     [&](const timex& x, const timex& y) { return first_day(x) < first_day(y); });
    e.history.erase(std::unique(e.history.begin(), e.history.end()), e.history.end());
    std::erase_if(e.history, [&](const timex& h) { return h == e.value; });
    std::sort(e.mentions.begin(), e.mentions.end());
    e.mentions.erase(std::unique(e.mentions.begin(), e.mentions.end()), e.mentions.end());
}

} // namespace

void link_events(document& doc) {
    std::vector<draft> drafts;
    std::vector<events::stated_count> counts;
    events::scratch s;
    for (std::uint32_t i = 0; i < doc.sentences.size(); ++i)
        events::link_sentence(doc, i, s, drafts, counts);
    join_history(drafts);
    place_counts(drafts, counts);
    merge_repeats(drafts);
    std::stable_sort(drafts.begin(), drafts.end(),
                     [](const draft& a, const draft& b) { return a.order < b.order; });
    doc.events.reserve(doc.events.size() + drafts.size());
    for (draft& d : drafts) {
        tidy_history(d.ev);
        doc.events.push_back(std::move(d.ev));
    }
}

} // namespace kairos::detail
