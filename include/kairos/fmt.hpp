// kairos/fmt.hpp — opt-in {fmt} 9.1 formatters for kairos value types.
//
// Each formatter inherits fmt::formatter<std::string_view>, so width, fill and alignment work
// as for strings: fmt::format("{:>12}", timex::parse("2025-Q4")) → "     2025-Q4".
// A timex prints its TIMEX3 value string (empty when !ok(), like str()); enums print their
// to_string() text ("DATE", "ON_OR_BEFORE", "month", "deadline").
#pragma once

#include <fmt/format.h>
#include <kairos/event.hpp>
#include <kairos/timex.hpp>
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
