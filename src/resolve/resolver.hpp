// Applies a typed operation to the anchor and gives it a TIMEX3 value.
#pragma once

#include "grammar/operation.hpp"

#include <kairos/document.hpp>
#include <kairos/timex.hpp>
#include <optional>

namespace kairos::resolve {

/// What a relative expression is resolved against.
struct context {
    date::sys_days dct{};
    /// The time under discussion: the last point resolved in the text ("a year earlier" counts
    /// from it; "the quarter" means it when it is a quarter).
    std::optional<timex> reference{};
    std::uint32_t reference_sentence = 0; ///< where the reference was stated
    std::uint32_t sentence = 0;           ///< the sentence being resolved
    grammar::direction tense = grammar::direction::nearest;
    bool deadline = false; ///< "by Dec. 15": calendar dates lean to the future (not weekdays)
};

struct resolved {
    timex value{};
    timex_type type = timex_type::date;
    field implied = field::none;
    std::optional<date::sys_seconds> instant_utc{};
};

/// The value of `op`; nullopt when the operation does not give a valid value.
[[nodiscard]] std::optional<resolved> resolve(const grammar::operation& op, const context& ctx);

} // namespace kairos::resolve
