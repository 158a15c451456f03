// English modifier phrases: the words around a match that widen it and set its mod ("early",
// "the end of", "more than", "or so"). refine/modifiers.cpp reads them; add a phrase here.
#pragma once

#include <array>
#include <kairos/timex/enums.hpp>
#include <string_view>

namespace kairos::lang::en::modifiers {

/// A run of words before a match and the mod it gives.
struct prefix {
    std::array<std::string_view, 3> words; ///< in text order; empty entries unused
    timex_mod mod;
    bool amounts_only; ///< only before durations and "N units ago"
};

// Longer phrases first: the first one that fits wins.
inline constexpr std::array prefixes{
    prefix{{"the", "end", "of"}, timex_mod::end, false},
    prefix{{"the", "close", "of"}, timex_mod::end, false},
    prefix{{"the", "beginning", "of"}, timex_mod::start, false},
    prefix{{"the", "start", "of"}, timex_mod::start, false},
    prefix{{"the", "middle", "of"}, timex_mod::mid, false},
    prefix{{"the", "turn", "of"}, timex_mod::start, false},
    prefix{{"no", "more", "than"}, timex_mod::equal_or_less, true},
    prefix{{"no", "less", "than"}, timex_mod::equal_or_more, true},
    prefix{{"end", "of", ""}, timex_mod::end, false},
    prefix{{"beginning", "of", ""}, timex_mod::start, false},
    prefix{{"start", "of", ""}, timex_mod::start, false},
    prefix{{"middle", "of", ""}, timex_mod::mid, false},
    prefix{{"more", "than", ""}, timex_mod::more_than, true},
    prefix{{"less", "than", ""}, timex_mod::less_than, true},
    prefix{{"fewer", "than", ""}, timex_mod::less_than, true},
    prefix{{"at", "least", ""}, timex_mod::equal_or_more, true},
    prefix{{"at", "most", ""}, timex_mod::equal_or_less, true},
    prefix{{"up", "to", ""}, timex_mod::equal_or_less, true},
    prefix{{"early", "", ""}, timex_mod::start, false},
    prefix{{"earlier", "", ""}, timex_mod::start, false},
    prefix{{"mid", "", ""}, timex_mod::mid, false},
    prefix{{"late", "", ""}, timex_mod::end, false},
    prefix{{"later", "", ""}, timex_mod::end, false},
    prefix{{"around", "", ""}, timex_mod::approx, false},
    prefix{{"approximately", "", ""}, timex_mod::approx, false},
    prefix{{"roughly", "", ""}, timex_mod::approx, false},
    prefix{{"circa", "", ""}, timex_mod::approx, false},
    prefix{{"nearly", "", ""}, timex_mod::approx, true},
    prefix{{"almost", "", ""}, timex_mod::approx, true},
    prefix{{"about", "", ""}, timex_mod::approx, true},
    prefix{{"some", "", ""}, timex_mod::approx, true},
    prefix{{"under", "", ""}, timex_mod::less_than, true},
};

/// "later" and "earlier" only edge "this/that ..." and days: "later this year".
inline constexpr std::array<std::string_view, 2> edge_only_before_days{"later", "earlier"};
inline constexpr std::array<std::string_view, 2> demonstratives{"this", "that"};
/// "about two years ago" is one expression; "about five hours" is a preposition's object as
/// often as not, so TimeBank leaves these out of plain durations.
inline constexpr std::array<std::string_view, 2> only_before_ago{"about", "almost"};
/// "the late 1990s": the article joins the extent.
inline constexpr std::string_view article = "the";

/// A word after "or" and the mod it gives: "two years or so", "Friday or later".
struct suffix {
    std::string_view word;
    timex_mod mod;
    enum class applies : std::uint8_t { any, points, durations } to;
};
inline constexpr std::string_view suffix_head = "or";
inline constexpr std::array suffixes{
    suffix{"so", timex_mod::approx, suffix::applies::any},
    suffix{"later", timex_mod::on_or_after, suffix::applies::points},
    suffix{"earlier", timex_mod::on_or_before, suffix::applies::points},
    suffix{"more", timex_mod::equal_or_more, suffix::applies::durations},
};

} // namespace kairos::lang::en::modifiers
