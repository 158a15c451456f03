// Tense cues from words alone: no tagger, just the verbs news English marks tense with.
#include "resolve/tense.hpp"

#include "lang/en/tense.hpp"
#include "lex/word_map.hpp"

#include <array>

namespace kairos::resolve {
namespace {

using grammar::direction;
using lex::iequals;
using namespace lang::en::tense;

// The lists a word is in, one bit each, from one lookup: full_cue tests the word itself
// against up to seven lists, and scanning them cost about a thousand instructions a call. Any
// bit but not_past's also lets the word through may_cue, the gate in front of full_cue.
enum cue_list : std::uint16_t {
    in_future = 1,
    in_past = 2,
    in_not_past = 4,
    in_schedule = 8,
    in_plan_words = 16,
    in_plan_verbs = 32,
    in_delay_verbs = 64,
    in_literal = 128, ///< a word full_cue compares the word itself with
};

const lex::word_map<std::uint16_t>& cue_lists() {
    static const lex::word_map<std::uint16_t> lists = [] {
        lex::word_map<std::uint16_t> m(256);
        const auto add = [&m](const auto& list, cue_list bit) {
            for (std::string_view w : list) m[w] = static_cast<std::uint16_t>(m[w] | bit);
        };
        add(future_words, in_future);
        add(past_words, in_past);
        add(not_past, in_not_past);
        add(schedule_verbs, in_schedule);
        add(plan_words, in_plan_words);
        add(plan_verbs, in_plan_verbs);
        add(delay_verbs, in_delay_verbs);
        add(tested_alone, in_literal);
        add(before_to, in_literal);
        add(past_be, in_literal);
        add(present_be, in_literal);
        return m;
    }();
    return lists;
}

std::uint16_t lists_of(std::string_view w) noexcept {
    const std::uint16_t* bits = cue_lists().find(w);
    return bits != nullptr ? *bits : 0;
}

// The same for word token i: its key read straight from the text.
std::uint16_t lists_of(const lex::token_stream& ts, std::size_t i) noexcept {
    const std::uint16_t* bits = cue_lists().find(ts, i);
    return bits != nullptr ? *bits : 0;
}

/// "postponed until", "extended its deadline until", "put off to": a preposition of the new
/// date within a few words after the verb.
bool delayed_to(const lex::token_stream& ts, std::size_t i) noexcept {
    for (std::size_t k = i + 1; k < ts.size() && k <= i + 4; ++k) {
        const std::string_view w = ts.str(k);
        if (lex::iequals_any(w, delay_links)) return true;
        if (ts.tokens[k].kind != lex::token_kind::word) return false;
    }
    return false;
}

/// "the plan", "its plans" are nouns; "as (previously) planned" looks back.
bool after_plan_noun_or_as(const lex::token_stream& ts, std::size_t i) noexcept {
    if (i == 0) return false;
    return lex::iequals_any(ts.str(i - 1), plan_noun_heads);
}

bool next_is(const lex::token_stream& ts, std::size_t i, std::string_view lower) noexcept {
    return i + 1 < ts.size() && iequals(ts.str(i + 1), lower);
}
bool next_in(const lex::token_stream& ts, std::size_t i, const auto& table) noexcept {
    return i + 1 < ts.size() && lex::iequals_any(ts.str(i + 1), table);
}
bool prev_in(const lex::token_stream& ts, std::size_t i, const auto& table) noexcept {
    return i > 0 && lex::iequals_any(ts.str(i - 1), table);
}

/// "due to expire", "due Dec. 31", "scheduled to vote", "has scheduled a news conference";
/// "fell due to weak demand" gives a cause, not a plan; "had been due to" a plan in the past.
int due_or_scheduled(const lex::token_stream& ts, std::size_t i) noexcept {
    if (i + 1 >= ts.size()) return 0;
    const bool is_due = iequals(ts.str(i), due);
    const std::string_view after = ts.str(i + 1);
    bool plan = iequals(after, to);
    if (is_due)
        plan = plan || ts.tokens[i + 1].upper || lex::iequals_any(after, due_links);
    else
        plan = plan || lex::iequals_any(after, scheduled_links);
    if (is_due && iequals(after, to) && i + 2 < ts.size() &&
        lex::iequals_any(ts.str(i + 2), cause_heads))
        plan = false;
    if (!plan) return 0;
    for (std::size_t k = i; k > 0 && k + 3 > i; --k)
        if (lex::iequals_any(ts.str(k - 1), past_auxiliaries)) return -1;
    return 1;
}

/// Plans, postponements and arrangements look ahead whatever the tense of the verb that states
/// them: "planned to leave on Thursday", "postponed until Tuesday", "were planning to drive",
/// "the tax takes effect Jan. 1", "the vote is set for Election Day", "is to resume", "the
/// ceasefire expires at midnight Sunday". Most only look ahead to a date stated after them.
bool plan_cue(const lex::token_stream& ts, std::size_t i, bool before,
              std::uint16_t lists) noexcept {
    const std::string_view w = ts.str(i);
    // "summits expected in the fourth quarter": a plan, although the participle ends in -ed
    if ((lists & in_plan_words) != 0 && i + 1 < ts.size() &&
        lex::iequals_any(ts.str(i + 1), plan_links))
        return true;
    if (lex::iequals_any(w, before_to) && next_is(ts, i, to)) return true;
    if (lex::iequals_any(w, past_be) && next_in(ts, i, preparing)) return true;
    if (lex::iequals_any(w, present_be) && next_is(ts, i, to)) return true;
    if (iequals(w, set) && next_is(ts, i, set_for) && prev_in(ts, i, set_for_heads)) return true;
    if (!before) return false;
    if ((lists & in_plan_verbs) != 0 && !after_plan_noun_or_as(ts, i)) return true;
    if ((lists & in_delay_verbs) != 0 && delayed_to(ts, i)) return true;
    if (iequals(w, effect) && prev_in(ts, i, take)) return true;
    return (lists & in_schedule) != 0;
}

/// "a still unspecified date", "the proposed merger", "an already announced plan": an "-ed"
/// word after a determiner, or after a determiner and an adverb, is an adjective.
bool modifies_noun(const lex::token_stream& ts, std::size_t i) noexcept {
    if (i == 0) return false;
    if (lex::iequals_any(ts.str(i - 1), determiners)) return true;
    const std::string_view adverb = ts.str(i - 1);
    return i > 1 && (adverb.ends_with(ly) || iequals(adverb, still)) &&
           lex::iequals_any(ts.str(i - 2), determiners);
}

/// Past-tense verbs and "-ed" forms, except a capitalized name inside a sentence ("the United
/// States"), an adjective ("the proposed merger") and a participle after a present form of "be"
/// ("would be paid", "is expected").
bool past_cue(const lex::token_stream& ts, std::size_t i, std::uint16_t lists) noexcept {
    const lex::token& t = ts.tokens[i];
    const std::string_view w = ts.str(i);
    const bool name = t.upper && i > 0 && ts.tokens[i - 1].sentence == t.sentence &&
                      ts.tokens[i - 1].kind != lex::token_kind::punct;
    const bool past = (lists & in_past) != 0 ||
                      (!name && w.size() > 3 && (w.ends_with(ed) || w.ends_with(ed_upper)) &&
                       (lists & in_not_past) == 0 && !modifies_noun(ts, i));
    if (!past) return false;
    if (i > 0 && lex::iequals_any(ts.str(i - 1), before_base)) return false;
    return !prev_in(ts, i, be_forms);
}

bool may_cue(std::string_view w, std::uint16_t lists) noexcept {
    if (w.size() > 3 && (w.ends_with(ed) || w.ends_with(ed_upper))) return true;
    return (lists & ~in_not_past) != 0;
}

int full_cue(const lex::token_stream& ts, std::size_t i, bool before,
             std::uint16_t lists) noexcept {
    const lex::token& t = ts.tokens[i];
    if (t.kind != lex::token_kind::word) return 0;
    const std::string_view w = ts.str(i);
    // 'll: apostrophe glued before "ll"
    if (iequals(w, will_contracted) && i > 0 && ts.str(i - 1) == "'" && !t.space_before) return 1;
    if (plan_cue(ts, i, before, lists)) return 1;
    // "since the Oct. 23 slaying": what a span starts from lies behind
    if (before && iequals(w, since)) return -1;
    // "next to the embassy" is a place; "vacation plans" a noun ("plans to sell" looks ahead)
    if (iequals(w, next) && next_is(ts, i, to)) return 0;
    if (iequals(w, plans) && !next_is(ts, i, to)) return 0;
    if (iequals(w, due) || iequals(w, scheduled)) return due_or_scheduled(ts, i);
    if (iequals(w, won)) // "won't" vs "won the election"
        return (i + 1 < ts.size() && ts.str(i + 1) == "'") ? 1 : -1;
    if ((lists & in_future) != 0) return 1;
    return past_cue(ts, i, lists) ? -1 : 0;
}

} // namespace

bool may_cue(std::string_view w) noexcept {
    return may_cue(w, lists_of(w));
}

// +1 future, -1 past, 0 no cue. `before`: the word comes before the mention.
int full_cue(const lex::token_stream& ts, std::size_t i, bool before) noexcept {
    return full_cue(ts, i, before, lists_of(ts.str(i)));
}

namespace {

// Most words are no cue: one lookup says so before the tests of full_cue, which reuse it.
int cue(const lex::token_stream& ts, std::size_t i, bool before) noexcept {
    if (ts.tokens[i].kind != lex::token_kind::word) return 0;
    const std::uint16_t lists = lists_of(ts, i);
    return may_cue(ts.str(i), lists) ? full_cue(ts, i, before, lists) : 0;
}

} // namespace

/// "the three months to December", "the year to March": a reporting period that ended then.
bool period_to(const lex::token_stream& ts, std::size_t first) noexcept {
    return first > 1 && iequals(ts.str(first - 1), to) &&
           lex::iequals_any(ts.str(first - 2), report_periods);
}

bool after_deadline_word(const lex::token_stream& ts, std::size_t first) noexcept {
    return first > 0 && first < ts.size() && lex::iequals_any(ts.str(first - 1), deadline_words) &&
           !period_to(ts, first);
}

/// "the deadline is Friday", "talks are on Tuesday": a present copula just before the date
/// looks ahead, as "will be" would ("is" before "said" or a verb is no copula of the date).
bool copula_before(const lex::token_stream& ts, std::size_t first) noexcept {
    const std::uint32_t sentence = ts.tokens[first].sentence;
    std::size_t k = first;
    if (k > 0 && lex::iequals_any(ts.str(k - 1), copula_links)) --k;
    return k > 0 && ts.tokens[k - 1].sentence == sentence &&
           lex::iequals_any(ts.str(k - 1), present_be);
}

direction tense_around(const lex::token_stream& ts, std::size_t first, std::size_t last) noexcept {
    if (first >= ts.size()) return direction::nearest;
    if (copula_before(ts, first)) return direction::future;

    const auto& range = ts.sentences[ts.tokens[first].sentence];
    // nearest cue wins; on equal distance the one before the mention
    constexpr std::size_t window = 40;
    bool reported = false;
    for (std::size_t d = 1; d <= window; ++d) {
        if (first >= range.first + d) {
            const int c = cue(ts, first - d, true);
            if (c != 0) return c > 0 ? direction::future : direction::past;
        }
        if (last - 1 + d < range.last) {
            const std::size_t i = last - 1 + d;
            const int c = cue(ts, i, false);
            // "... will leave at 4 a.m. Thursday," Castro said: the attribution after a mention
            // dates the saying, not the event, so a cue before the mention outranks it
            if (c < 0 && iequals(ts.str(i), said)) {
                reported = true;
                continue;
            }
            if (c != 0) return c > 0 ? direction::future : direction::past;
        }
    }
    return reported ? direction::past : direction::nearest;
}

} // namespace kairos::resolve
