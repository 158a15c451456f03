// kairos/event.hpp — what happens at a time: a deadline, an expiry, a meeting, ...
#pragma once

#include <chrono>
#include <cstdint>
#include <date/date.h>
#include <kairos/timex.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kairos {

/// What an event is, as far as a deadline tracker cares.
enum class event_kind : std::uint8_t {
    deadline,  ///< something must happen by then ("a September 17 deadline to divest")
    expiry,    ///< something stops then ("the truce, extended until November")
    effective, ///< something starts then ("tariffs take effect Monday")
    meeting,   ///< people meet then ("talks in Madrid on Sunday")
    period,    ///< a stretch of time ("from March 1 to April 30")
    event,     ///< dated, but none of the above
};

constexpr std::string_view to_string(event_kind k) noexcept {
    switch (k) {
    case event_kind::deadline:
        return "deadline";
    case event_kind::expiry:
        return "expiry";
    case event_kind::effective:
        return "effective";
    case event_kind::meeting:
        return "meeting";
    case event_kind::period:
        return "period";
    case event_kind::event:
        return "event";
    }
    return "event";
}

/// Parses "deadline", "expiry", ...; nullopt for anything else.
constexpr std::optional<event_kind> parse_event_kind(std::string_view s) noexcept {
    for (auto k : {event_kind::deadline, event_kind::expiry, event_kind::effective,
                   event_kind::meeting, event_kind::period, event_kind::event})
        if (to_string(k) == s) return k;
    return std::nullopt;
}

/// An event anchored by one or more mentions of a document.
struct event {
    event_kind kind = event_kind::event;
    timex value{};                                  ///< when (bounds come from the value)
    std::optional<timex> end{};                     ///< for periods: the last value ("to Y")
    std::optional<date::sys_seconds> instant_utc{}; ///< exact instant, when the text gives one
    std::string subject;                            ///< short noun phrase: "TikTok divestment"
    std::string sentence;                           ///< the sentence it was found in
    std::vector<std::uint32_t> mentions;            ///< indices into document::mentions
    std::vector<timex> history;                     ///< earlier values, oldest first
    std::optional<int> extensions{};                ///< extension count, when the text states it

    friend bool operator==(const event&, const event&) = default;
};

} // namespace kairos
