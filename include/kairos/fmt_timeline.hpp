// kairos/fmt_timeline.hpp — opt-in {fmt} 9.1 formatters for the timeline types.
//
//   fmt::print("{}\n", entry);   // "2025-09-17 deadline: TikTok divestment"
//   fmt::print("{}\n", status);  // "in 3 days"
// Each inherits fmt::formatter<std::string_view>, so width, fill and alignment work as for
// strings. The formatters for timex and event_kind live in kairos/fmt.hpp.
#pragma once

#include <fmt/format.h>
#include <kairos/fmt.hpp>
#include <kairos/status.hpp>
#include <kairos/timeline.hpp>
#include <string>
#include <string_view>

template<>
struct fmt::formatter<kairos::status_kind> : kairos::detail::enum_formatter<kairos::status_kind> {};

template<>
struct fmt::formatter<kairos::status> : fmt::formatter<std::string_view> {
    template<class FormatContext>
    auto format(const kairos::status& s, FormatContext& ctx) const -> decltype(ctx.out()) {
        return fmt::formatter<std::string_view>::format(s.text, ctx);
    }
};

/// "<value> <kind>: <subject>", e.g. "2025-11 expiry: tariff truce".
template<>
struct fmt::formatter<kairos::timeline_entry> : fmt::formatter<std::string_view> {
    template<class FormatContext>
    auto format(const kairos::timeline_entry& x, FormatContext& ctx) const -> decltype(ctx.out()) {
        const auto text = fmt::format("{} {}: {}", x.event.value, x.event.kind, x.event.subject);
        return fmt::formatter<std::string_view>::format(text, ctx);
    }
};
