// kairos/timeline/views.hpp — range adaptors over timeline entries, to compose queries:
//
//   for (const auto& x : tl.upcoming(as_of, date::days{30}) | kairos::views::of_kind(deadline)
//                                                            | kairos::views::matching("tiktok"))
#pragma once

#include <cstdint>
#include <date/date.h>
#include <initializer_list>
#include <kairos/event.hpp>
#include <kairos/timeline/entry.hpp>
#include <kairos/timeline/subject.hpp>
#include <ranges>
#include <string>
#include <utility>

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

namespace views {

/// Entries whose kind is in `kinds`.
[[nodiscard]] inline auto of_kind(kind_set kinds) {
    return std::views::filter(
        [kinds](const timeline_entry& x) { return kinds.contains(x.event.kind); });
}

/// Entries whose subject contains `text`, ignoring ASCII case.
[[nodiscard]] inline auto matching(std::string text) {
    return std::views::filter([t = std::move(text)](const timeline_entry& x) {
        return contains_icase(x.event.subject, t);
    });
}

/// Dated entries whose bounds intersect [first, last] (both inclusive).
[[nodiscard]] inline auto overlapping(date::sys_days first, date::sys_days last) {
    return std::views::filter([first, last](const timeline_entry& x) {
        return x.bounds && x.bounds->first_day <= last && x.bounds->last_day >= first;
    });
}

/// Entries one of whose sources is `source`.
[[nodiscard]] inline auto from_source(std::string source) {
    return std::views::filter([s = std::move(source)](const timeline_entry& x) {
        for (const auto& have : x.sources)
            if (have == s) return true;
        return false;
    });
}

} // namespace views
} // namespace kairos
