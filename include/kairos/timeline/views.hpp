// kairos/timeline/views.hpp — the lazy view every timeline query returns, and adaptors to
// compose queries:
//
//   for (const auto& x : tl.upcoming(as_of, date::days{30}) | kairos::views::of_kind(deadline)
//                                                            | kairos::views::matching("tiktok"))
//
// A light view type rather than std::views: it works the same with GCC and with clang 14 (whose
// concepts cannot digest libstdc++ 12's <ranges>), can be iterated as a temporary, and skips
// entries that end too early by reading the timeline's packed index, not the entries. Its
// iterator is a std::forward_iterator, so std::ranges algorithms accept it under GCC.
#pragma once

#include <cstddef>
#include <cstdint>
#include <date/date.h>
#include <functional>
#include <initializer_list>
#include <iterator>
#include <kairos/event.hpp>
#include <kairos/timeline/entry.hpp>
#include <kairos/timeline/subject.hpp>
#include <string>
#include <utility>
#include <vector>

namespace kairos {

/// A set of event kinds, e.g. {event_kind::deadline, event_kind::expiry}.
class kind_set {
public:
    constexpr kind_set() noexcept = default;
    constexpr kind_set(event_kind k) noexcept : bits_(bit(k)) {}
    constexpr kind_set(std::initializer_list<event_kind> kinds) noexcept {
        for (auto k : kinds) bits_ = static_cast<std::uint8_t>(bits_ | bit(k));
    }
    [[nodiscard]] static constexpr kind_set all() noexcept {
        kind_set s;
        s.bits_ = 0x3f;
        return s;
    }
    [[nodiscard]] constexpr bool contains(event_kind k) const noexcept {
        return (bits_ & bit(k)) != 0;
    }
    [[nodiscard]] constexpr bool empty() const noexcept { return bits_ == 0; }
    constexpr kind_set& operator|=(event_kind k) noexcept {
        bits_ = static_cast<std::uint8_t>(bits_ | bit(k));
        return *this;
    }
    friend constexpr bool operator==(kind_set, kind_set) noexcept = default;

private:
    static constexpr std::uint8_t bit(event_kind k) noexcept {
        return static_cast<std::uint8_t>(1u << static_cast<unsigned>(k));
    }
    std::uint8_t bits_ = 0;
};

/// A predicate over entries, to pipe into an entry_view: `view | views::where(pred)`.
struct entry_filter {
    std::function<bool(const timeline_entry&)> keep;
};

/// Entries of a timeline, in timeline order (or insertion order for open()), lazily filtered.
/// Valid until the timeline is next modified.
class entry_view {
public:
    class iterator {
    public:
        using iterator_category = std::forward_iterator_tag;
        using iterator_concept = std::forward_iterator_tag;
        using value_type = timeline_entry;
        using difference_type = std::ptrdiff_t;
        using pointer = const timeline_entry*;
        using reference = const timeline_entry&;

        iterator() = default;
        reference operator*() const noexcept { return (*v_->entries_)[v_->ids_[i_]]; }
        pointer operator->() const noexcept { return &**this; }
        iterator& operator++() {
            ++i_;
            settle();
            return *this;
        }
        iterator operator++(int) {
            auto old = *this;
            ++*this;
            return old;
        }
        friend bool operator==(const iterator& a, const iterator& b) noexcept {
            return a.i_ == b.i_;
        }

    private:
        friend class entry_view;
        iterator(const entry_view* v, std::size_t i) : v_(v), i_(i) { settle(); }
        void settle() {
            while (i_ < v_->hi_ && !v_->keeps(i_)) ++i_;
        }
        const entry_view* v_ = nullptr;
        std::size_t i_ = 0;
    };

    entry_view() = default;
    /// Entries `entries[ids[i]]` for i in [lo, hi); when `lasts` is given, positions whose
    /// lasts[i] < min_last are skipped without reading the entry.
    entry_view(const std::vector<timeline_entry>* entries, const std::uint32_t* ids, std::size_t lo,
               std::size_t hi, const date::sys_days* lasts = nullptr, date::sys_days min_last = {})
        : entries_(entries), ids_(ids), lo_(lo), hi_(hi < lo ? lo : hi), lasts_(lasts),
          min_last_(min_last) {}

    [[nodiscard]] iterator begin() const { return {this, lo_}; }
    [[nodiscard]] iterator end() const { return {this, hi_}; }
    [[nodiscard]] bool empty() const { return begin() == end(); }
    /// How many entries pass every filter (walks the view).
    [[nodiscard]] std::size_t count() const {
        std::size_t n = 0;
        for (auto it = begin(); it != end(); ++it) ++n;
        return n;
    }

    /// This view, keeping only the entries `f` keeps.
    friend entry_view operator|(entry_view v, entry_filter f) {
        v.filters_.push_back(std::move(f.keep));
        return v;
    }

private:
    bool keeps(std::size_t i) const {
        if (lasts_ && lasts_[i] < min_last_) return false;
        const auto& x = (*entries_)[ids_[i]];
        for (const auto& f : filters_)
            if (!f(x)) return false;
        return true;
    }

    const std::vector<timeline_entry>* entries_ = nullptr;
    const std::uint32_t* ids_ = nullptr;
    std::size_t lo_ = 0, hi_ = 0;
    const date::sys_days* lasts_ = nullptr;
    date::sys_days min_last_{};
    std::vector<std::function<bool(const timeline_entry&)>> filters_;
};

namespace views {

/// Entries `keep` returns true for.
[[nodiscard]] inline entry_filter where(std::function<bool(const timeline_entry&)> keep) {
    return {std::move(keep)};
}

/// Entries whose kind is in `kinds`.
[[nodiscard]] inline entry_filter of_kind(kind_set kinds) {
    return {[kinds](const timeline_entry& x) { return kinds.contains(x.event.kind); }};
}

/// Entries whose subject contains `text`, ignoring ASCII case.
[[nodiscard]] inline entry_filter matching(std::string text) {
    return {[t = std::move(text)](const timeline_entry& x) {
        return contains_icase(x.event.subject, t);
    }};
}

/// Dated entries whose bounds intersect [first, last] (both inclusive).
[[nodiscard]] inline entry_filter overlapping(date::sys_days first, date::sys_days last) {
    return {[first, last](const timeline_entry& x) {
        return x.bounds && x.bounds->first_day <= last && x.bounds->last_day >= first;
    }};
}

/// Entries one of whose sources is `source`.
[[nodiscard]] inline entry_filter from_source(std::string source) {
    return {[s = std::move(source)](const timeline_entry& x) {
        for (const auto& have : x.sources)
            if (have == s) return true;
        return false;
    }};
}

} // namespace views

/// What the writers (io/) accept: anything with begin() and end() over timeline entries, such
/// as an entry_view or a std::vector<std::reference_wrapper<const timeline_entry>>.
template<class R>
concept entry_range = requires(const R& r) {
    r.begin();
    r.end();
};

} // namespace kairos
