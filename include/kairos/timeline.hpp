// kairos/timeline.hpp — an ordered, queryable store of events across documents.
//
//   kairos::timeline tl;
//   tl.add(doc, "madrid.txt");                       // doc.dct is the report date
//   for (const auto& x : tl.upcoming(as_of, date::days{30}))
//       fmt::print("{} {}\n", x.value().str(), x.status(as_of).text);
//
// Order (documented in docs/timeline.md): first day of the bounds; then the shorter span
// (finer grain) first; then the finer timex grain; then kind; then subject (bytes); then the
// order of insertion. Events without a known date ("the upcoming APEC meeting") are kept in
// their own list, open(), in insertion order.
//
// Queries return lazy views (kairos::entry_view) of `const timeline_entry&` that compose with
// the adaptors of kairos/timeline/views.hpp. A view is valid until the timeline is next modified.
// The index is rebuilt lazily (under a mutex) by the first query after a change, so bulk
// loading is one sort.
//
// Threads (tests/hostile/concurrency.cpp, run under ThreadSanitizer):
//   * while no thread changes it, any number of threads may call its const members (queries,
//     entries(), size(), copying it) at once, also right after a change, when they race to
//     rebuild the index; the views they get stay valid until the next change;
//   * changing it (add, insert, reserve, assignment, swap) needs exclusive access: no other
//     thread may use that timeline meanwhile, not even to query it, so a timeline built while
//     others read it needs the caller's own lock (or a copy per reader);
//   * different timelines share no state: each may be built on its own thread at once.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <date/date.h>
#include <kairos/document.hpp>
#include <kairos/event.hpp>
#include <kairos/status.hpp>
#include <kairos/timeline/entry.hpp>
#include <kairos/timeline/merge.hpp>
#include <kairos/timeline/merge_index.hpp>
#include <kairos/timeline/subject.hpp>
#include <kairos/timeline/views.hpp>
#include <kairos/timex.hpp>
#include <mutex>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <utility>
#include <vector>

namespace kairos {

/// Whether add() folds a report into an existing entry (see kairos/timeline/merge.hpp).
enum class merge_policy : std::uint8_t {
    merge,      ///< same event across reports → one entry with revisions (the default)
    keep_apart, ///< every report is its own entry (bulk loads of unrelated events)
};

class timeline {
public:
    using entry = timeline_entry;

    /// What every query returns (see kairos/timeline/views.hpp).
    using view = entry_view;

    timeline() = default;
    timeline(const timeline& o) : entries_(o.entries_), merge_(o.merge_) {}
    timeline(timeline&& o) noexcept : entries_(std::move(o.entries_)), merge_(std::move(o.merge_)) {
        o.fresh_ = false;
    }
    timeline& operator=(timeline o) noexcept {
        swap(o);
        return *this;
    }
    ~timeline() = default;

    void swap(timeline& o) noexcept {
        entries_.swap(o.entries_);
        std::swap(merge_, o.merge_);
        fresh_ = o.fresh_ = false;
    }

    /// Room for `n` entries (bulk loading).
    void reserve(std::size_t n) {
        entries_.reserve(n);
        merge_.reserve(n);
    }

    /// Adds every event of `doc`, reported on the day of its DCT by `source` (a file name, a
    /// JSON Lines id, ...).
    void add(const document& doc, std::string_view source,
             merge_policy policy = merge_policy::merge) {
        for (const auto& e : doc.events) add(e, source, doc.dct.day, policy);
    }

    /// Adds one event reported by `source` on `reported`. With merge_policy::keep_apart the
    /// entry is neither merged nor, later, a merge target (the fast path for bulk loads).
    void add(const event& e, std::string_view source, date::sys_days reported,
             merge_policy policy = merge_policy::merge) {
        fresh_ = false;
        if (policy == merge_policy::keep_apart) {
            merge_.skip(static_cast<std::uint32_t>(entries_.size()));
            entries_.push_back(make_entry(e, source, reported));
            return;
        }
        auto toks = identity_tokens(e.subject, e.sentence);
        if (const auto at = merge_.find(entries_, e, toks, source)) {
            // The entry is known by every report's participants, not only the newest's.
            auto known = merge_.tokens_of(*at);
            std::erase_if(known, [](const std::string& t) { return t.empty() || t[0] != '@'; });
            merge_report(entries_[*at], e, source, reported);
            for (auto& t :
                 identity_tokens(entries_[*at].event.subject, entries_[*at].event.sentence))
                known.push_back(std::move(t));
            std::sort(known.begin(), known.end());
            known.erase(std::unique(known.begin(), known.end()), known.end());
            merge_.index(*at, std::move(known));
            return;
        }
        insert(make_entry(e, source, reported), std::move(toks));
    }

    /// Appends an entry as it is, without merging (restoring a saved timeline).
    void insert(entry x) {
        auto toks = identity_tokens(x.event.subject, x.event.sentence);
        insert(std::move(x), std::move(toks));
    }

    [[nodiscard]] std::size_t size() const noexcept { return entries_.size(); }

    /// How many existing entries merging has compared reports with so far: the cost of add(),
    /// counted. It grows about linearly with the reports added, whether they spread over a
    /// year or crowd onto a few dates (tests/hostile/scale.cpp).
    [[nodiscard]] std::size_t merge_comparisons() const noexcept { return merge_.compared(); }
    [[nodiscard]] bool empty() const noexcept { return entries_.empty(); }

    /// Every entry, in insertion order.
    [[nodiscard]] std::span<const entry> entries() const noexcept { return entries_; }

    /// Dated entries in timeline order.
    [[nodiscard]] entry_view all() const { return window(0, idx().order.size()); }

    /// Entries whose date is unknown, in insertion order.
    [[nodiscard]] entry_view open() const {
        const auto& ix = idx();
        return {&entries_, ix.open.data(), 0, ix.open.size()};
    }

    /// Dated entries whose bounds intersect [first, last], both inclusive: an event in
    /// November overlaps [Nov 30, Dec 5]. See docs/timeline.md for the cost.
    [[nodiscard]] entry_view overlapping(date::sys_days first, date::sys_days last) const {
        const auto& ix = idx();
        return {&entries_,     ix.order.data(), start_for(first),
                end_for(last), ix.lasts.data(), first};
    }

    /// Dated entries of the given kinds, in timeline order.
    [[nodiscard]] entry_view of_kind(kind_set kinds) const { return all() | views::of_kind(kinds); }

    /// Dated entries whose subject contains `text` (ASCII case ignored).
    [[nodiscard]] entry_view matching(std::string text) const {
        return all() | views::matching(std::move(text));
    }

    /// What is still ahead on `as_of` and begins within `horizon`: entries that start on
    /// [as_of, as_of + horizon], plus coarse deadlines whose span contains as_of (they are due
    /// by its end). A period already under way is active(), not upcoming.
    [[nodiscard]] entry_view upcoming(date::sys_days as_of, date::days horizon) const {
        const auto& ix = idx();
        return entry_view{&entries_,        ix.order.data(),
                          start_for(as_of), end_for(as_of + horizon),
                          ix.lasts.data(),  as_of} |
               views::where([as_of](const entry& x) {
                   return x.bounds->last_day >= as_of &&
                          (x.bounds->first_day >= as_of || x.event.kind == event_kind::deadline);
               });
    }

    /// Deadlines whose last day is before `as_of`.
    [[nodiscard]] entry_view overdue(date::sys_days as_of) const {
        return window(0, end_for(as_of - date::days{1})) | views::where([as_of](const entry& x) {
                   return x.event.kind == event_kind::deadline && x.bounds->last_day < as_of;
               });
    }

    /// What is in force on `as_of`: a period whose bounds contain it, or an expiry reported on
    /// or before it whose last day has not passed (the truce "extended until November" is
    /// active from its first report through November 30).
    [[nodiscard]] entry_view active(date::sys_days as_of) const {
        // An expiry starts at most max_lead after its first report, so nothing starting later
        // than as_of + max_lead can be in force on as_of.
        const auto& ix = idx();
        return entry_view{&entries_,        ix.order.data(),
                          start_for(as_of), end_for(as_of + ix.max_lead),
                          ix.lasts.data(),  as_of} |
               views::where([as_of](const entry& x) {
                   const auto& b = *x.bounds;
                   if (x.event.kind == event_kind::period)
                       return b.first_day <= as_of && as_of <= b.last_day;
                   return x.event.kind == event_kind::expiry && x.first_reported() <= as_of &&
                          as_of <= b.last_day;
               });
    }

    /// The sources that reported an entry, sorted.
    [[nodiscard]] static const std::vector<std::string>& sources(const entry& x) noexcept {
        return x.sources;
    }

    /// Equal when they hold equal entries in the same insertion order.
    friend bool operator==(const timeline& a, const timeline& b) {
        return a.entries_ == b.entries_;
    }

private:
    struct index {
        std::vector<std::uint32_t> order;      ///< dated entries, timeline order
        std::vector<date::sys_days> firsts;    ///< first day of order[i]
        std::vector<date::sys_days> lasts;     ///< last day of order[i]
        std::vector<date::sys_days> max_lasts; ///< max last day of order[0..i]
        std::vector<std::uint32_t> open;       ///< undated entries, insertion order
        date::days max_span{0};                ///< longest last - first among them
        date::days max_lead{0}; ///< longest first day - first report among the expiries
    };

    /// What timeline order compares before the subject, packed for a fast sort.
    struct sort_key {
        date::sys_days first, last;
        std::uint8_t grain, kind;
        std::uint32_t at;
    };

    void insert(entry x, std::vector<std::string> toks) {
        const auto at = static_cast<std::uint32_t>(entries_.size());
        entries_.push_back(std::move(x));
        merge_.index(at, std::move(toks));
        fresh_ = false;
    }

    sort_key key_of(std::uint32_t at) const noexcept {
        const auto& x = entries_[at];
        const auto g = x.event.value.grain();
        return {x.bounds->first_day, x.bounds->last_day,
                static_cast<std::uint8_t>(g ? static_cast<int>(*g) : 255),
                static_cast<std::uint8_t>(x.event.kind), at};
    }

    /// Timeline order (see the file comment); the subject is read only on a tie.
    bool before(const sort_key& a, const sort_key& b) const noexcept {
        if (std::tie(a.first, a.last, a.grain, a.kind) !=
            std::tie(b.first, b.last, b.grain, b.kind))
            return std::tie(a.first, a.last, a.grain, a.kind) <
                   std::tie(b.first, b.last, b.grain, b.kind);
        const auto& sa = entries_[a.at].event.subject;
        const auto& sb = entries_[b.at].event.subject;
        if (sa != sb) return sa < sb;
        return a.at < b.at;
    }

    const index& idx() const {
        const std::lock_guard lock(mutex_);
        if (!fresh_) rebuild();
        return index_;
    }

    void rebuild() const {
        index ix;
        std::vector<sort_key> keys;
        keys.reserve(entries_.size());
        for (std::uint32_t i = 0; i < entries_.size(); ++i) {
            if (entries_[i].bounds) {
                keys.push_back(key_of(i));
            } else {
                ix.open.push_back(i);
            }
        }
        std::sort(keys.begin(), keys.end(),
                  [this](const sort_key& a, const sort_key& b) { return before(a, b); });
        ix.order.reserve(keys.size());
        ix.firsts.reserve(keys.size());
        ix.lasts.reserve(keys.size());
        ix.max_lasts.reserve(keys.size());
        date::sys_days running = date::sys_days::min();
        for (const auto& k : keys) {
            ix.order.push_back(k.at);
            ix.firsts.push_back(k.first);
            ix.lasts.push_back(k.last);
            running = std::max(running, k.last);
            ix.max_lasts.push_back(running);
            ix.max_span = std::max(ix.max_span, k.last - k.first);
            const entry& x = entries_[k.at];
            if (x.event.kind == event_kind::expiry)
                ix.max_lead = std::max(ix.max_lead, k.first - x.first_reported());
        }
        index_ = std::move(ix);
        fresh_ = true;
    }

    /// The first position whose entry could reach `day`. Two guards, the later wins: the
    /// running maximum of last days (every entry before it ends before `day`) and the longest
    /// span (an entry starting more than max_span before `day` cannot reach it).
    std::size_t start_for(date::sys_days day) const {
        const auto& ix = idx();
        const auto by_last =
            std::lower_bound(ix.max_lasts.begin(), ix.max_lasts.end(), day) - ix.max_lasts.begin();
        const auto by_span =
            std::lower_bound(ix.firsts.begin(), ix.firsts.end(), day - ix.max_span) -
            ix.firsts.begin();
        return static_cast<std::size_t>(std::max(by_last, by_span));
    }

    /// One past the last position whose entry starts on or before `day`.
    std::size_t end_for(date::sys_days day) const {
        const auto& f = idx().firsts;
        return static_cast<std::size_t>(std::upper_bound(f.begin(), f.end(), day) - f.begin());
    }

    entry_view window(std::size_t lo, std::size_t hi) const {
        return {&entries_, idx().order.data(), lo, hi};
    }

    std::vector<entry> entries_;
    detail::merge_index merge_;
    mutable std::mutex mutex_;
    mutable bool fresh_ = false;
    mutable index index_;
};

} // namespace kairos
