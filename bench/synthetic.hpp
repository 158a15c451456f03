// Synthetic events for the timeline and JSON benchmarks: a fixed density of events per day,
// mixed kinds, mostly day values with some months and quarters. Deterministic for a given seed.
#pragma once

#include <cstdint>
#include <date/date.h>
#include <kairos/event.hpp>
#include <kairos/timex.hpp>
#include <random>
#include <string>

namespace kairos::bench {

inline constexpr int per_day = 100; ///< events per day: a 7-day query returns ~700

inline const date::sys_days first_day = date::sys_days{date::year{2000} / 1 / 1};

/// Event number i, on a random day of [first_day, first_day + span_days).
inline kairos::event make_event(std::mt19937_64& rng, std::int64_t span_days, std::uint32_t i) {
    static constexpr kairos::event_kind kinds[] = {
        kairos::event_kind::deadline, kairos::event_kind::expiry, kairos::event_kind::effective,
        kairos::event_kind::meeting,  kairos::event_kind::period, kairos::event_kind::event};
    kairos::event e;
    e.kind = kinds[i % 6];
    const auto offset = rng() % static_cast<std::uint64_t>(span_days);
    const auto day = first_day + date::days{static_cast<int>(offset)};
    const date::year_month_day ymd{day};
    // Mostly days, some months and quarters: coarse values widen the lookback of queries.
    switch (i % 20) {
    case 0:
        e.value = kairos::timex::month(int(ymd.year()), int(unsigned(ymd.month())));
        break;
    case 1:
        e.value = kairos::timex::quarter(int(ymd.year()), int((unsigned(ymd.month()) + 2) / 3));
        break;
    default:
        e.value = kairos::timex::day(day);
    }
    e.subject = "subject " + std::to_string(i % 5000);
    return e;
}

/// The day a report of `e` came out: 30 days before the event starts, as news does.
inline date::sys_days reported_day(const kairos::event& e) {
    const auto b = e.value.bounds();
    return b ? b->first_day - date::days{30} : first_day;
}

} // namespace kairos::bench
