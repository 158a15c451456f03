// kairos/timeline/entry.hpp — one event of a timeline, with the reports that made it.
#pragma once

#include <date/date.h>
#include <kairos/event.hpp>
#include <kairos/status.hpp>
#include <kairos/timex.hpp>
#include <optional>
#include <string>
#include <vector>

namespace kairos {

/// One report of an event's date: what a source said, and the DCT of that source.
struct revision {
    timex value{};
    std::string source;
    date::sys_days reported{};
    friend bool operator==(const revision&, const revision&) = default;
};

/// An event as the timeline knows it after merging every report of it.
///
/// `event` is the event as reported by the newest-dated source (its value is the current
/// date); `event.history` holds every earlier value any source gave, oldest first.
struct timeline_entry {
    kairos::event event{};
    std::optional<kairos::bounds> bounds{}; ///< of `event`; nullopt = date unknown ("open")
    std::vector<revision> revisions;        ///< one per report, oldest report first
    std::vector<std::string> sources;       ///< every source that reported it, sorted, unique

    [[nodiscard]] const timex& value() const noexcept { return event.value; }
    [[nodiscard]] bool dated() const noexcept { return bounds.has_value(); }
    /// The DCT of the earliest report (a default day when there are none).
    [[nodiscard]] date::sys_days first_reported() const noexcept {
        return revisions.empty() ? date::sys_days{} : revisions.front().reported;
    }
    [[nodiscard]] kairos::status status(date::sys_days as_of) const {
        return status_of(event.kind, bounds, as_of);
    }

    friend bool operator==(const timeline_entry&, const timeline_entry&) = default;
};

} // namespace kairos
