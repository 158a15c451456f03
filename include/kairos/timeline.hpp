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
// Queries return lazy views of `const timeline_entry&` that compose with std::views and the
// adaptors of kairos/timeline/views.hpp. A view is valid until the timeline is next modified.
// The index is rebuilt lazily (under a mutex) by the first query after a change, so bulk
// loading is one sort; concurrent queries on an unchanging timeline are safe.
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
#include <kairos/timeline/subject.hpp>
#include <kairos/timeline/views.hpp>
#include <kairos/timex.hpp>
#include <mutex>
#include <optional>
#include <ranges>
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

private:
    struct deref {
        const timeline* self;
        const entry& operator()(std::uint32_t i) const noexcept { return self->entries_[i]; }
    };

public:
    /// A run of dated entries in timeline order; every query is this, filtered.
    using window_view = std::ranges::transform_view<std::span<const std::uint32_t>, deref>;

    timeline() = default;
    timeline(const timeline& o)
        : entries_(o.entries_), tokens_(o.tokens_), by_token_(o.by_token_) {}
    timeline(timeline&& o) noexcept
        : entries_(std::move(o.entries_)), tokens_(std::move(o.tokens_)),
          by_token_(std::move(o.by_token_)) {
        o.fresh_ = false;
    }
    timeline& operator=(timeline o) noexcept {
        swap(o);
        return *this;
    }
    ~timeline() = default;

    void swap(timeline& o) noexcept {
        entries_.swap(o.entries_);
        tokens_.swap(o.tokens_);
        by_token_.swap(o.by_token_);
        fresh_ = o.fresh_ = false;
    }

    /// Room for `n` entries (bulk loading).
    void reserve(std::size_t n) {
        entries_.reserve(n);
        tokens_.reserve(n);
    }

    /// Adds every event of `doc`, reported on the day of its DCT by `source` (a file name, a
    /// JSON Lines id, ...).
    void add(const document& doc, std::string_view source,
             merge_policy policy = merge_policy::merge) {
        for (const auto& e : doc.events) add(e, source, doc.dct.day, policy);
    }

    /// Adds one event reported by `source` on `reported`.
    void add(const event& e, std::string_view source, date::sys_days reported,
             merge_policy policy = merge_policy::merge) {
        auto toks = subject_tokens(e.subject);
        if (policy == merge_policy::merge) {
            if (auto at = find_match(e, toks, source)) {
                merge_report(entries_[*at], e, source, reported);
                retoken(*at);
                fresh_ = false;
                return;
            }
        }
        push(make_entry(e, source, reported), std::move(toks));
    }

    /// Appends an entry as it is, without merging (restoring a saved timeline).
    void insert(entry x) {
        auto toks = subject_tokens(x.event.subject);
        push(std::move(x), std::move(toks));
    }

    [[nodiscard]] std::size_t size() const noexcept { return entries_.size(); }
    [[nodiscard]] bool empty() const noexcept { return entries_.empty(); }

    /// Every entry, in insertion order.
    [[nodiscard]] std::span<const entry> entries() const noexcept { return entries_; }

    /// Dated entries in timeline order.
    [[nodiscard]] auto all() const { return window(0, idx().order.size()); }

    /// Entries whose date is unknown, in insertion order.
    [[nodiscard]] auto open() const {
        return std::span<const std::uint32_t>(idx().open) | std::views::transform(deref{this});
    }

    /// Dated entries whose bounds intersect [first, last], both inclusive: an event in
    /// November overlaps [Nov 30, Dec 5]. O(log n + k) for spans bounded in length.
    [[nodiscard]] auto overlapping(date::sys_days first, date::sys_days last) const {
        return window(start_for(first), end_for(last)) | views::overlapping(first, last);
    }

    /// Dated entries of the given kinds, in timeline order.
    [[nodiscard]] auto of_kind(kind_set kinds) const { return all() | views::of_kind(kinds); }

    /// Dated entries whose subject contains `text` (ASCII case ignored).
    [[nodiscard]] auto matching(std::string text) const {
        return all() | views::matching(std::move(text));
    }

    /// What is still ahead on `as_of` and begins within `horizon`: entries that start on
    /// [as_of, as_of + horizon], plus coarse deadlines whose span contains as_of (they are due
    /// by its end). A period already under way is active(), not upcoming.
    [[nodiscard]] auto upcoming(date::sys_days as_of, date::days horizon) const {
        const auto until = as_of + horizon;
        return window(start_for(as_of), end_for(until)) |
               std::views::filter([as_of](const entry& x) {
                   return x.bounds->last_day >= as_of &&
                          (x.bounds->first_day >= as_of || x.event.kind == event_kind::deadline);
               });
    }

    /// Deadlines whose last day is before `as_of`.
    [[nodiscard]] auto overdue(date::sys_days as_of) const {
        return window(0, end_for(as_of - date::days{1})) |
               std::views::filter([as_of](const entry& x) {
                   return x.event.kind == event_kind::deadline && x.bounds->last_day < as_of;
               });
    }

    /// What is in force on `as_of`: a period whose bounds contain it, or an expiry reported on
    /// or before it whose last day has not passed (the truce "extended until November" is
    /// active from its first report through November 30).
    [[nodiscard]] auto active(date::sys_days as_of) const {
        return window(start_for(as_of), idx().order.size()) |
               std::views::filter([as_of](const entry& x) {
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
        std::vector<date::sys_days> max_lasts; ///< max last day of order[0..i]
        std::vector<std::uint32_t> open;       ///< undated entries, insertion order
        date::days max_span{0};                ///< longest last - first among them
    };

    void push(entry x, std::vector<std::string> toks) {
        const auto at = static_cast<std::uint32_t>(entries_.size());
        entries_.push_back(std::move(x));
        tokens_.push_back(std::move(toks));
        index_tokens(at);
        fresh_ = false;
    }

    static std::string token_key(event_kind k, std::string_view token) {
        std::string key(1, static_cast<char>('0' + static_cast<int>(k)));
        key += token;
        return key;
    }

    void index_tokens(std::uint32_t at) {
        const auto kind = entries_[at].event.kind;
        if (tokens_[at].empty()) by_token_[token_key(kind, "")].push_back(at);
        for (const auto& t : tokens_[at]) {
            auto& bucket = by_token_[token_key(kind, t)];
            if (bucket.empty() || bucket.back() != at) bucket.push_back(at);
        }
    }

    /// After a merge the current subject may be another source's: index its tokens too.
    void retoken(std::uint32_t at) {
        auto toks = subject_tokens(entries_[at].event.subject);
        if (toks == tokens_[at]) return;
        tokens_[at] = std::move(toks);
        index_tokens(at);
    }

    std::optional<std::uint32_t> find_match(const event& e, const std::vector<std::string>& toks,
                                            std::string_view source) const {
        std::optional<std::uint32_t> best;
        double best_score = 0.0;
        auto consider = [&](const std::string& key) {
            const auto it = by_token_.find(key);
            if (it == by_token_.end()) return;
            for (auto i : it->second) {
                const auto score = merge_score(entries_[i], tokens_[i], e, toks, source);
                if (score && *score > best_score) best = i, best_score = *score;
            }
        };
        if (toks.empty()) consider(token_key(e.kind, ""));
        for (const auto& t : toks) consider(token_key(e.kind, t));
        return best;
    }

    /// Timeline order of two entries (see the file comment).
    bool before(std::uint32_t a, std::uint32_t b) const noexcept {
        const auto& x = entries_[a];
        const auto& y = entries_[b];
        const auto gx = x.event.value.grain();
        const auto gy = y.event.value.grain();
        return std::forward_as_tuple(x.bounds->first_day, x.bounds->last_day, gx, x.event.kind,
                                     x.event.subject, a) <
               std::forward_as_tuple(y.bounds->first_day, y.bounds->last_day, gy, y.event.kind,
                                     y.event.subject, b);
    }

    const index& idx() const {
        const std::lock_guard lock(mutex_);
        if (!fresh_) rebuild();
        return index_;
    }

    void rebuild() const {
        index ix;
        ix.order.reserve(entries_.size());
        for (std::uint32_t i = 0; i < entries_.size(); ++i)
            (entries_[i].bounds ? ix.order : ix.open).push_back(i);
        std::sort(ix.order.begin(), ix.order.end(),
                  [this](std::uint32_t a, std::uint32_t b) { return before(a, b); });
        ix.firsts.reserve(ix.order.size());
        ix.max_lasts.reserve(ix.order.size());
        date::sys_days running = date::sys_days::min();
        for (auto i : ix.order) {
            const auto& b = *entries_[i].bounds;
            ix.firsts.push_back(b.first_day);
            running = std::max(running, b.last_day);
            ix.max_lasts.push_back(running);
            ix.max_span = std::max(ix.max_span, b.last_day - b.first_day);
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

    window_view window(std::size_t lo, std::size_t hi) const {
        const auto& order = idx().order;
        if (hi < lo) hi = lo;
        return window_view(std::span<const std::uint32_t>(order.data() + lo, hi - lo), deref{this});
    }

    std::vector<entry> entries_;
    std::vector<std::vector<std::string>> tokens_; ///< subject tokens of entries_[i]
    std::unordered_map<std::string, std::vector<std::uint32_t>> by_token_;
    mutable std::mutex mutex_;
    mutable bool fresh_ = false;
    mutable index index_;
};

} // namespace kairos
