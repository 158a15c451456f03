// Applies a typed operation to the anchor and gives it a TIMEX3 value.
#pragma once

#include "grammar/operation.hpp"

#include <kairos/document.hpp>
#include <kairos/timex.hpp>
#include <optional>
#include <string_view>

namespace date {
class time_zone;
}

namespace kairos::resolve {

/// The tense of a mention's sentence, worked out only when a value depends on it: most do not
/// ("Sept. 17, 1998", "last year", "two weeks"), and the scan of the sentence for tense cues
/// is the costliest part of resolving one. Holds a callable by reference: it must outlive
/// every read.
class lazy_direction {
public:
    lazy_direction() = default;
    explicit lazy_direction(grammar::direction d) noexcept : value_(d), known_(true) {}
    template<class F>
    explicit lazy_direction(const F& f) noexcept
        : read_([](const void* p) { return (*static_cast<const F*>(p))(); }), arg_(&f) {}

    [[nodiscard]] grammar::direction operator()() const {
        if (!known_) {
            if (read_ != nullptr) value_ = read_(arg_);
            known_ = true;
        }
        return value_;
    }

private:
    grammar::direction (*read_)(const void*) = nullptr;
    const void* arg_ = nullptr;
    mutable grammar::direction value_ = grammar::direction::nearest;
    mutable bool known_ = false;
};

/// What a relative expression is resolved against.
struct context {
    date::sys_days dct{};
    std::optional<std::chrono::seconds> dct_time{}; ///< the DCT's clock time, when known
    /// The time under discussion: the last point resolved in the text ("a year earlier" counts
    /// from it; "the quarter" means it when it is a quarter).
    std::optional<timex> reference{};
    std::uint32_t reference_sentence = 0; ///< where the reference was stated
    std::uint32_t sentence = 0;           ///< the sentence being resolved
    lazy_direction tense;                 ///< nearest unless set
    bool deadline = false; ///< "by Dec. 15": calendar dates lean to the future (not weekdays)
    prefer_side prefer = prefer_side::tense; ///< the caller's side for open dates
    text_kind doc_type = text_kind::news;    ///< narrative: open years follow the story
    bool day_first = false; ///< "10/02/2025" is 10 February (extract_options::day_first)
};

struct resolved {
    timex value{};
    timex_type type = timex_type::date;
    field implied = field::none;
    std::optional<date::sys_seconds> instant_utc{};
};

/// The IANA zone named `iana`; throws when it is unknown or the system has no tz database.
/// Every lookup goes through here: date loads its database lazily behind an inline check that
/// ThreadSanitizer cannot follow, so the first load is ordered by a guard in our own code.
[[nodiscard]] const date::time_zone* find_zone(std::string_view iana);

/// The value of `op`; nullopt when the operation does not give a valid value.
[[nodiscard]] std::optional<resolved> resolve(const grammar::operation& op, const context& ctx);

/// "The previous year", "last month", "next week": a shift of a calendar unit that news counts
/// from the DCT and a narrative from the story, as it does "the following year". ("Two years
/// ago" and "today" count from the DCT in both: they speak of the writer's present.)
[[nodiscard]] bool shifts_story_unit(const grammar::operation& op) noexcept;

/// Whether `value`, which `op` counted from the time under discussion, becomes that time: in
/// narrative text a story moves on with "the following year", "two years later", "a year
/// earlier" or "the next spring", so a later "27 January" or "later that month" lands there.
/// ("that year", counted by no amount, leaves it where it was.)
[[nodiscard]] bool moves_story(const grammar::operation& op, const timex& value,
                               const context& ctx) noexcept;

} // namespace kairos::resolve
