// kairos/timeline/merge.hpp — when two reports describe the same event, and how they combine.
//
// The rule (docs/timeline.md, "Merging"): a reported event joins an existing entry when
//   1. the kinds are equal, and
//   2. one of
//      a. same date:  the entry already carries the reported value, and the subjects are
//                     similar (token similarity >= 0.5);
//      b. chained:    the report's history contains a value of the entry, or the entry's
//                     history contains the reported value, and the subjects share a token;
//      c. same thing: the subjects are near-identical (similarity >= 0.75), name more than
//                     the kind ("climate summit", never "summit" alone), and the report
//                     comes from a source the entry does not have yet (one document giving two
//                     dates for one subject is describing two events);
//      d. same parties: a deadline, expiry or start from a new source whose sentence names at
//                     least two of the participants the entry's does ("ByteDance", "TikTok"):
//                     the same obligation of the same parties, reworded ("sale of the app",
//                     "TikTok divestment"). Meetings never merge this way: the same two
//                     countries meet many times.
// The best-scoring entry wins (similarity, +1 for same date, +1 for a chain). Different
// deadlines that merely share a month have different subjects and stay apart.
#pragma once

#include <algorithm>
#include <functional>
#include <kairos/timeline/entry.hpp>
#include <kairos/timeline/subject.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kairos {

namespace detail {

inline bool has_value(const timeline_entry& x, const timex& v) {
    return std::any_of(x.revisions.begin(), x.revisions.end(),
                       [&](const revision& r) { return r.value == v; }) ||
           x.event.value == v;
}

inline bool chained(const timeline_entry& x, const event& e) {
    const auto& h = x.event.history;
    if (std::find(h.begin(), h.end(), e.value) != h.end()) return true;
    return std::any_of(e.history.begin(), e.history.end(),
                       [&](const timex& v) { return has_value(x, v); });
}

/// Earlier values, oldest first: ordered by first day (values without a day keep their
/// place at the front), without duplicates and without `current`.
inline std::vector<timex> merged_history(std::vector<timex> pool, const timex& current) {
    std::erase(pool, current);
    std::vector<timex> out;
    for (auto& v : pool)
        if (std::find(out.begin(), out.end(), v) == out.end()) out.push_back(v);
    std::stable_sort(out.begin(), out.end(), [](const timex& a, const timex& b) {
        const auto ba = a.bounds();
        const auto bb = b.bounds();
        if (!ba || !bb) return !ba && bb.has_value();
        return ba->first_day < bb->first_day;
    });
    return out;
}

} // namespace detail

/// How strongly a reported event `e` (from `source`) matches entry `x`; nullopt = no match.
/// `e_tokens` and `x_tokens` are the identity_tokens of both (subject and participants).
[[nodiscard]] inline std::optional<double>
merge_score(const timeline_entry& x, const std::vector<std::string>& x_tokens, const event& e,
            const std::vector<std::string>& e_tokens, std::string_view source) {
    if (x.event.kind != e.kind) return std::nullopt;
    const auto xs = subject_part(x_tokens);
    const auto es = subject_part(e_tokens);
    const double s = token_similarity(xs, es);
    const bool fresh =
        !std::binary_search(x.sources.begin(), x.sources.end(), source, std::less<>{});
    const bool same_date = s >= 0.5 && detail::has_value(x, e.value);
    const bool chain = s > 0.0 && !es.empty() && detail::chained(x, e);
    const bool same_thing = s >= 0.75 && fresh && identifying(es);
    const bool same_parties = fresh && e.kind != event_kind::meeting &&
                              e.kind != event_kind::event &&
                              shared_participants(x_tokens, e_tokens) >= 2;
    if (!same_date && !chain && !same_thing && !same_parties) return std::nullopt;
    return s + (same_date ? 1.0 : 0.0) + (chain ? 1.0 : 0.0) + (same_parties ? 0.5 : 0.0);
}

/// Folds one report into an entry: records the revision and source; the newest-dated report
/// (ties: the later added) becomes the current event; every other value joins the history.
inline void merge_report(timeline_entry& x, const event& e, std::string_view source,
                         date::sys_days reported) {
    revision r{e.value, std::string(source), reported};
    if (std::find(x.revisions.begin(), x.revisions.end(), r) != x.revisions.end()) return;
    const auto at =
        std::upper_bound(x.revisions.begin(), x.revisions.end(), reported,
                         [](date::sys_days d, const revision& rev) { return d < rev.reported; });
    const bool newest = at == x.revisions.end();
    x.revisions.insert(at, std::move(r));

    std::vector<timex> pool = x.event.history;
    pool.push_back(x.event.value);
    pool.insert(pool.end(), e.history.begin(), e.history.end());
    pool.push_back(e.value);
    const auto old_extensions = x.event.extensions;
    if (newest) x.event = e;
    for (const auto& rev : x.revisions) pool.push_back(rev.value);
    x.event.history = detail::merged_history(std::move(pool), x.event.value);
    if (!x.event.extensions) x.event.extensions = newest ? old_extensions : e.extensions;
    x.bounds = event_bounds(x.event);

    const std::string s(source);
    const auto pos = std::lower_bound(x.sources.begin(), x.sources.end(), s);
    if (pos == x.sources.end() || *pos != s) x.sources.insert(pos, s);
}

/// A fresh entry for one report.
[[nodiscard]] inline timeline_entry make_entry(const event& e, std::string_view source,
                                               date::sys_days reported) {
    timeline_entry x;
    x.event = e;
    x.bounds = event_bounds(e);
    x.revisions.push_back({e.value, std::string(source), reported});
    x.sources.emplace_back(source);
    return x;
}

} // namespace kairos
