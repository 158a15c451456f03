// kairos/document.hpp — what extraction returns: mentions, events and diagnostics of one text.
#pragma once

#include <chrono>
#include <cstdint>
#include <date/date.h>
#include <kairos/event.hpp>
#include <kairos/timex.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kairos {

/// The document creation time (DCT) that relative expressions resolve against.
struct anchor {
    date::sys_days day{};                              ///< the calendar day of the DCT
    std::optional<std::chrono::seconds> time_of_day{}; ///< local clock time, when known
    std::string zone{};                                ///< IANA zone of the DCT; empty = UTC

    friend bool operator==(const anchor&, const anchor&) = default;
};

/// Today's date in UTC, from the system clock.
[[nodiscard]] inline date::sys_days today_utc() noexcept {
    return std::chrono::floor<date::days>(std::chrono::system_clock::now());
}

/// Which side of the anchor a weekday, a month and day without a year, or a month lies on when
/// the text does not say ("last Friday" says; "on Friday" does not).
enum class prefer_side : std::uint8_t {
    tense,   ///< as the sentence's tense reads (news); colloquial text then leans to the future
    future,  ///< the next one: what a user typing a date into an application means
    past,    ///< the last one: logs, reports of what happened
    nearest, ///< whichever is closer to the anchor
};

/// The kind of text, as HeidelTime distinguishes them.
enum class text_kind : std::uint8_t {
    news,       ///< the DCT is the time of the story: "in March" is near the DCT
    narrative,  ///< history, biography: years and seasons follow the last year the story named
    colloquial, ///< chat, e-mail, typed requests: an open date reads forward unless tense says not
    /// one of the three, picked per document from its own dates before any is resolved: most
    /// stated years decades before the DCT make a narrative, a few words a colloquial phrase
    /// (docs/constructions.md, "Document type and narrative time")
    automatic,
};

/// Options for one extraction.
///
/// Relative expressions ("tomorrow", "next Friday") resolve against `dct`. Options made
/// without one use today (UTC), as chrono-node and dateparser do with no reference date; news
/// text should always be given its own date: `extract_options opt; opt.dct = *parse_anchor(d);`
struct extract_options {
    anchor dct{today_utc()};
    bool link_events = true;                   ///< run the event stage (deadlines, meetings, ...)
    prefer_side prefer = prefer_side::tense;   ///< how an underspecified date reads
    text_kind doc_type = text_kind::automatic; ///< what the DCT says about the story's time
    /// Read numeric dates day first, as British and most other English outside the US write
    /// them: "10/02/2025" is 10 February rather than October 2. A first number above 12 is a
    /// day either way ("15/02/2025"), a second above 12 a day either way ("02/15/2025").
    bool day_first = false;
};

/// Fields of a temporal expression, as a bit set: which the text stated, which were implied.
enum class field : std::uint16_t {
    none = 0,
    year = 1u << 0,
    month = 1u << 1,
    day = 1u << 2,
    weekday = 1u << 3,
    week = 1u << 4,
    quarter = 1u << 5,
    part_of_day = 1u << 6,
    hour = 1u << 7,
    minute = 1u << 8,
    zone = 1u << 9,
    amount = 1u << 10, ///< the number of a duration or shift
};
constexpr field operator|(field a, field b) noexcept {
    return static_cast<field>(static_cast<std::uint16_t>(a) | static_cast<std::uint16_t>(b));
}
constexpr field operator&(field a, field b) noexcept {
    return static_cast<field>(static_cast<std::uint16_t>(a) & static_cast<std::uint16_t>(b));
}
constexpr field& operator|=(field& a, field b) noexcept {
    return a = a | b;
}
constexpr bool has(field set, field f) noexcept {
    return (set & f) != field::none;
}

/// A byte range of the text.
struct span {
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
    friend bool operator==(const span&, const span&) = default;
};

/// Where a mention reaches beyond its own value: the two ends of a range ("July 13-15", "from
/// Monday to Friday", "3:30 to 6 PM"), or the span a duration points to ("within 30 days": from
/// the DCT to 30 days on; "the last 2 days": the two days before it). Both ends are TIMEX3
/// points, `end` included. A range also keeps the parts of its text that state each end (TimeML
/// writes them as two TIMEX3 and the range as a DURATION between them); a duration states
/// neither, and its spans are empty.
struct reach {
    timex begin{};
    timex end{};
    span begin_text{};
    span end_text{};

    friend bool operator==(const reach&, const reach&) = default;
};

/// `mention::reach` of a mention that reaches nowhere.
inline constexpr std::uint32_t no_reach = 0xffff'ffffu;

/// One temporal expression found in the text.
struct mention {
    std::uint32_t begin = 0; ///< UTF-8 byte offset of the first byte
    std::uint32_t end = 0;   ///< UTF-8 byte offset one past the last byte
    std::string text;        ///< the bytes [begin, end)
    timex_type type = timex_type::date;
    timex value{};               ///< normalized value, with its mod
    std::string_view rule{};     ///< name of the grammar rule that matched (static)
    field stated = field::none;  ///< fields the text itself gave
    field implied = field::none; ///< fields taken from the anchor
    /// Index into document::reaches of its range or pointed span (document::reach_of), else
    /// no_reach. An index keeps the mention small: few mentions reach anywhere.
    std::uint32_t reach = no_reach;
    std::optional<date::sys_seconds>
        instant_utc{};          ///< exact instant, when a clock time and zone are known
    std::uint32_t sentence = 0; ///< index into document::sentences

    friend bool operator==(const mention&, const mention&) = default;
};

/// Something extraction noticed and wants the caller to know; never fatal.
struct diagnostic {
    span where{};
    std::string message;

    friend bool operator==(const diagnostic&, const diagnostic&) = default;
};

/// The result of extracting one text.
struct document {
    std::string text;
    anchor dct{};
    std::vector<span> sentences;
    std::vector<mention> mentions; ///< in text order, never overlapping
    std::vector<reach> reaches;    ///< the ends of ranges and pointing durations (mention::reach)
    std::vector<event> events;     ///< in text order of their first mention
    std::vector<diagnostic> diagnostics;

    /// The begin and end `m` reaches, or nullptr when it has none.
    [[nodiscard]] const kairos::reach* reach_of(const mention& m) const noexcept {
        return m.reach < reaches.size() ? &reaches[m.reach] : nullptr;
    }

    friend bool operator==(const document&, const document&) = default;
};

} // namespace kairos
