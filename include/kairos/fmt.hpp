// kairos/fmt.hpp — opt-in {fmt} 9.1 formatters for kairos value types.
//
// Each formatter inherits fmt::formatter<std::string_view>, so width, fill and alignment work
// as for strings: fmt::format("{:>12}", timex::parse("2025-Q4")) → "     2025-Q4".
// A timex prints its TIMEX3 value string (empty when !ok(), like str()); enums print their
// to_string() text ("DATE", "ON_OR_BEFORE", "month", "deadline"). Composite types print one
// line for logs:
//   error    "unknown_time_zone: unknown time zone \"Mars/Base\" (...)"
//   bounds   "2025-09-01..2025-09-30" for whole days, else the instants
//            "2025-09-15T21:00:00Z..2025-09-15T21:59:59Z"
//   mention  "\"5 p.m. tomorrow\" TIME 2025-09-15T17:00" (plus the mod when there is one)
//   event    "2025-09-15T17:00 deadline: the deadline" ("value..end" for a period)
#pragma once

#include <date/date.h>
#include <fmt/format.h>
#include <kairos/document.hpp>
#include <kairos/event.hpp>
#include <kairos/expected.hpp>
#include <kairos/timex.hpp>
#include <string>
#include <string_view>

namespace kairos::detail {

/// Formats any kairos enum through its to_string().
template<class Enum>
struct enum_formatter : fmt::formatter<std::string_view> {
    template<class FormatContext>
    auto format(Enum e, FormatContext& ctx) const -> decltype(ctx.out()) {
        return fmt::formatter<std::string_view>::format(to_string(e), ctx);
    }
};

} // namespace kairos::detail

template<>
struct fmt::formatter<kairos::timex> : fmt::formatter<std::string_view> {
    template<class FormatContext>
    auto format(const kairos::timex& t, FormatContext& ctx) const -> decltype(ctx.out()) {
        const auto text = t.chars(); // no allocation
        return fmt::formatter<std::string_view>::format(text.view(), ctx);
    }
};

template<>
struct fmt::formatter<kairos::timex_type> : kairos::detail::enum_formatter<kairos::timex_type> {};
template<>
struct fmt::formatter<kairos::timex_kind> : kairos::detail::enum_formatter<kairos::timex_kind> {};
template<>
struct fmt::formatter<kairos::timex_mod> : kairos::detail::enum_formatter<kairos::timex_mod> {};
template<>
struct fmt::formatter<kairos::grain> : kairos::detail::enum_formatter<kairos::grain> {};
template<>
struct fmt::formatter<kairos::event_kind> : kairos::detail::enum_formatter<kairos::event_kind> {};

template<>
struct fmt::formatter<kairos::errc> : kairos::detail::enum_formatter<kairos::errc> {};

template<>
struct fmt::formatter<kairos::error> : fmt::formatter<std::string_view> {
    template<class FormatContext>
    auto format(const kairos::error& e, FormatContext& ctx) const -> decltype(ctx.out()) {
        const auto text = fmt::format("{}: {}", to_string(e.code), e.message);
        return fmt::formatter<std::string_view>::format(text, ctx);
    }
};

template<>
struct fmt::formatter<kairos::bounds> : fmt::formatter<std::string_view> {
    template<class FormatContext>
    auto format(const kairos::bounds& b, FormatContext& ctx) const -> decltype(ctx.out()) {
        const bool whole_days =
            b.first == b.first_day &&
            b.last == b.last_day + std::chrono::hours{24} - std::chrono::seconds{1};
        const auto text = whole_days
                              ? date::format("%F..", b.first_day) + date::format("%F", b.last_day)
                              : date::format("%FT%TZ..", b.first) + date::format("%FT%TZ", b.last);
        return fmt::formatter<std::string_view>::format(text, ctx);
    }
};

template<>
struct fmt::formatter<kairos::mention> : fmt::formatter<std::string_view> {
    template<class FormatContext>
    auto format(const kairos::mention& m, FormatContext& ctx) const -> decltype(ctx.out()) {
        auto text = fmt::format("\"{}\" {} {}", m.text, m.type, m.value);
        if (m.value.mod() != kairos::timex_mod::none) text += fmt::format(" {}", m.value.mod());
        return fmt::formatter<std::string_view>::format(text, ctx);
    }
};

template<>
struct fmt::formatter<kairos::event> : fmt::formatter<std::string_view> {
    template<class FormatContext>
    auto format(const kairos::event& e, FormatContext& ctx) const -> decltype(ctx.out()) {
        const auto text = e.end ? fmt::format("{}..{} {}: {}", e.value, *e.end, e.kind, e.subject)
                                : fmt::format("{} {}: {}", e.value, e.kind, e.subject);
        return fmt::formatter<std::string_view>::format(text, ctx);
    }
};
