// The per-sentence pass: finds trigger phrases, decides for each mention which event it
// anchors (if any), does the date arithmetic the sentence implies and collects history cues.
#include "events/draft.hpp"
#include "events/gate.hpp"
#include "events/roles.hpp"
#include "events/subject.hpp"
#include "lang/en/events.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <kairos/timex.hpp>
#include <optional>

namespace kairos::events {
namespace {

namespace lx = lexicon;
using u32 = std::uint32_t;

constexpr u32 cue_window = 6;      ///< words back from a preposition to its verb
constexpr u32 negation_reach = 10; ///< "will not constitute good delivery ... until"
constexpr u32 aspect_reach = 10;   ///< "Negotiations, which are due to resume": its subject noun
constexpr u32 clause_reach = 24;   ///< words back to a verb of moving over other dates
constexpr u32 max_sentence_bytes = 1000;      ///< longest sentence text an event copies
constexpr std::int32_t absorbed_trigger = -2; ///< marks a draft merged into another
constexpr int lean_days = 180;     ///< how far back an unstated year may be before it leans forward
constexpr u32 dateline_bytes = 40; ///< "WEST PALM BEACH, Fla., April 3 -": place before the date

// For the lists the per-word roles do not cover: a word, or a phrase, of lexicon list `List`.
template<const auto& List>
bool in(const word& w) noexcept {
    return is_any(w, keys<List>);
}
template<const auto& List>
bool in(std::string_view s) noexcept {
    return is_any(lex::prefix_key(s), s, keys<List>);
}

bool is_number(std::string_view w) noexcept {
    return !w.empty() &&
           std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
}

int small_number(std::string_view digits) noexcept {
    int n = 0;
    for (char c : digits) n = n * 10 + (c - '0');
    return n;
}

/// A lexicon phrase with each word's lex::prefix_key, made at compile time.
struct phrase_keys {
    std::array<lower_word, std::tuple_size_v<decltype(lx::phrase::words)>> words{};
    std::size_t size = 0;
};

template<class Phrases>
consteval auto keys_of(const Phrases& phrases) noexcept {
    std::array<phrase_keys, std::tuple_size_v<Phrases>> out{};
    for (std::size_t k = 0; k < phrases.size(); ++k) {
        out[k].size = phrases[k].size;
        for (std::size_t n = 0; n < phrases[k].size; ++n) out[k].words[n] = phrases[k].words[n];
    }
    return out;
}

constexpr auto trigger_keys = keys_of(lx::trigger_phrases);
constexpr auto preposition_keys = keys_of(lx::preposition_phrases);

/// What the lexicon's lists say of each trigger (by its index in lx::triggers), read once at
/// compile time rather than by comparing the phrase with each list at every hit.
struct trigger_traits {
    bool not_before_to = false; ///< lx::not_before_to: not a trigger when "to" follows
    bool aspect = false;        ///< lx::aspectual: a verb of beginning or ending
    bool past = false;          ///< lx::past_aspectual
    bool forward = false;       ///< lx::forward_triggers: takes only a date right after it
    bool adjective = false;     ///< lx::adjective_triggers: may be an adjective
};

consteval auto traits_of_triggers() noexcept {
    std::array<trigger_traits, lx::triggers.size()> out{};
    for (std::size_t k = 0; k < lx::triggers.size(); ++k) {
        const std::string_view p = lx::triggers[k].phrase;
        out[k] = {lex::iequals_any(p, lx::not_before_to), lex::iequals_any(p, lx::aspectual),
                  lex::iequals_any(p, lx::past_aspectual),
                  lex::iequals_any(p, lx::forward_triggers),
                  lex::iequals_any(p, lx::adjective_triggers)};
    }
    return out;
}

constexpr auto trigger_traits_of = traits_of_triggers();
constexpr std::size_t no_trigger = lx::triggers.size();

/// How a mention was classified.
struct verdict {
    event_kind kind = event_kind::event;
    std::int32_t trigger = -1; ///< hit used, if any
    u32 anchor = 0;            ///< first word of the cue (for the subject)
    bool start_cue = false;    ///< "starting X", "from X": a start that a duration may follow
    bool moved_to = false;
};

class sentence_linker {
public:
    sentence_linker(const document& doc, const token_view& tokens, u32 index, scratch& s,
                    std::vector<draft>& out, std::vector<stated_count>& counts)
        : doc_(doc), tokens_(tokens), index_(index), w_(s.words), hits_(s.hits), ms_(s.mentions),
          out_(out), counts_(counts), first_(out.size()), used_(s.used), hit_taken_(s.hit_taken),
          anchors_(s.anchors), starts_(s.starts), head_(s.head) {}

    void run();

private:
    // --- words ---
    std::size_t match(std::size_t i, const phrase_keys& p) const noexcept;
    bool ends_at(std::size_t a, const phrase_keys& p) const noexcept;
    bool word_is(std::size_t i, const lower_word& k) const noexcept {
        return i < w_.size() && !w_[i].punct && is(w_[i], k);
    }
    bool word_in(std::size_t i, role r) const noexcept {
        return i < w_.size() && !w_[i].punct && w_[i].mention == no_mention &&
               (w_[i].roles & bit(r)) != 0;
    }
    bool is_point(const mref& m) const noexcept;
    bool is_duration(const mref& m) const noexcept;
    const mention& mention_of(const mref& m) const noexcept {
        return doc_.mentions[static_cast<std::size_t>(m.mention)];
    }
    bool owner_before(u32 a) const noexcept;
    bool clause_break(u32 i) const noexcept;
    std::optional<u32> verb_before(u32 from, role r) const noexcept;
    std::optional<u32> point_between(u32 a, u32 b) const noexcept;
    std::optional<u32> back_to(u32 from, u32 window, role r) const noexcept;

    // --- triggers ---
    void find_hits();
    bool adjective_use(std::size_t i, std::size_t n, std::size_t trigger) const noexcept;
    bool non_event_sense(std::size_t i, std::size_t n, std::size_t trigger) const noexcept;
    std::int32_t nearest_hit(u32 a, u32 b, u32 window) const noexcept;
    std::int32_t resolve_aspect(std::int32_t h) const noexcept;
    std::int32_t hit_before(u32 at, u32 window) const noexcept;

    // --- classification ---
    std::optional<verdict> classify(const mref& m) const;
    std::optional<verdict> preposition_cue(const mref& m) const;
    std::optional<verdict> moved_to_cue(const mref& m) const;
    std::optional<verdict> until_cue(const mref& m) const;
    verdict from_moved(verdict v, const lx::preposition& p, u32 at) const noexcept;
    bool duration_before(u32 at) const noexcept;
    event_kind moved_kind(u32 verb, u32 at) const noexcept;
    std::int32_t moved_hit(u32 verb, u32 at) const noexcept;
    bool in_adverbial(u32 at) const noexcept;
    bool hypothetical(u32 verb) const noexcept;
    bool hypothetical_move(const mref& m) const noexcept;
    bool settled_move(u32 verb) const noexcept;
    void moved_within_sentence();
    std::optional<verdict> headline_cue(const mref& m) const;
    void headline_date();
    timex moved_from(const timex& old, const timex& now, const mention& range) const;
    bool speech_before(u32 a) const noexcept;
    bool dateline(const mref& m) const noexcept;
    bool possessive(const mref& m) const noexcept;
    std::optional<verdict> possessive_cue(const mref& m) const;
    std::int32_t clause_hit(const mref& m) const noexcept;
    bool restates_previous(std::size_t k) const noexcept;
    bool same_instant_elsewhere(const mref& p, const mref& m) const noexcept;
    bool takes(const hit& x, const mref& m) const noexcept;
    bool act_date(const mref& m) const noexcept;
    bool forecast_by(u32 at) const noexcept;
    bool computed_from(u32 at) const noexcept;
    bool lasting_right_before(u32 at) const noexcept;
    bool day_range_from(const mref& m) const noexcept;
    bool of_date(const mref& m) const noexcept;
    bool stated_past_coarse(const mref& m) const noexcept;
    bool looks_ahead() const noexcept;
    timex weekday_forward(const mref& m, const verdict& v, const timex& t) const;
    timex current_unit(const mref& m, const timex& t) const;
    std::optional<std::size_t> day_after_time(std::size_t k) const noexcept;
    std::optional<verdict> ellipsis(std::size_t k, const std::optional<verdict>& last) const;
    void one_meeting_per_noun();
    timex lean_forward(const mref& m, const verdict& v) const;
    bool earlier_cue(std::size_t k) const noexcept;
    bool superseded_plan(std::int32_t h) const noexcept;

    // --- drafts ---
    draft& add(event_kind kind, const timex& value, std::span<const mref> from, std::int32_t hit,
               u32 anchor);
    span sentence_text(u32 at) const noexcept;
    void ranges();
    void range_mention(std::size_t k, const reach& r);
    void points();
    void durations();
    void future_meetings();
    void history_in_sentence();
    void extension_count();
    std::optional<timex> shifted(const timex& start, const timex& dur) const noexcept;
    std::optional<std::pair<event_kind, timex>> counted_later(const mref& m) const;

    const document& doc_;
    const token_view& tokens_;
    u32 index_;
    std::vector<word>& w_;
    std::vector<hit>& hits_;
    std::vector<mref>& ms_;
    std::vector<draft>& out_;
    std::vector<stated_count>& counts_;
    std::size_t first_;
    std::vector<bool>& used_;
    std::vector<bool>& hit_taken_;
    std::vector<u32>& anchors_;
    std::vector<u32>& starts_; ///< read_words: the words find_hits tries
    const headline& head_;
    // Facts of the whole sentence: the roles of its plain words (not punctuation, not in a
    // mention), gathered once so no mention rescans the sentence.
    enum class fact : std::uint8_t { obligation, must, moving_verb, target, forward };
    role_set sentence_roles_ = 0;
    role_set all_roles_ = 0; ///< of every word but punctuation, mentions included
    bool tracked_ = false;   ///< a trigger of a deadline, expiry or start that is not aspectual
    void read_words();
    bool has(fact f) const noexcept;
};

// ---------------------------------------------------------------------------------------------
// words

std::size_t sentence_linker::match(std::size_t i, const phrase_keys& p) const noexcept {
    for (std::size_t n = 0; n < p.size; ++n) {
        const std::size_t k = i + n;
        if (k >= w_.size() || w_[k].punct || w_[k].mention != no_mention || !is(w_[k], p.words[n]))
            return 0;
    }
    return p.size;
}

bool sentence_linker::ends_at(std::size_t a, const phrase_keys& p) const noexcept {
    return a >= p.size && match(a - p.size, p) == p.size;
}

bool sentence_linker::is_point(const mref& m) const noexcept {
    const timex& v = mention_of(m).value;
    return v.kind() == timex_kind::point;
}

bool sentence_linker::is_duration(const mref& m) const noexcept {
    return mention_of(m).value.kind() == timex_kind::duration;
}

// The first word of a point mention inside [a, b), if any.
std::optional<u32> sentence_linker::point_between(u32 a, u32 b) const noexcept {
    auto it =
        std::lower_bound(ms_.begin(), ms_.end(), a, [](const mref& m, u32 x) { return m.a < x; });
    for (; it != ms_.end() && it->a < b; ++it)
        if (it->b <= b && is_point(*it)) return it->a;
    return std::nullopt;
}

// Walks back from `from` (exclusive) up to `window` words, not past a ";" or a point mention,
// and returns the first word of role r.
std::optional<u32> sentence_linker::back_to(u32 from, u32 window, role r) const noexcept {
    for (u32 i = from; i > 0 && from - i < window; --i) {
        const word& w = w_[i - 1];
        if (w.punct && w.text == ";") break;
        if (w.mention != no_mention) {
            const auto& v = doc_.mentions[static_cast<std::size_t>(w.mention)].value;
            if (v.kind() == timex_kind::point) break;
            // Words of a duration are not cues ("the last three years"); those of a
            // reference may be ("previously" tagged PAST_REF).
            if (v.kind() != timex_kind::reference) continue;
        }
        if ((w.roles & bit(r)) != 0) return i - 1;
    }
    return std::nullopt;
}

// A new clause starts at word i: "but", "while", or "and" before a new subject ("... on
// Monday and it closes on Oct. 27"): a date does not take a trigger across it.
bool sentence_linker::clause_break(u32 i) const noexcept {
    if (word_in(i, role::clause_word)) return true;
    return word_is(i, lx::cue::and_) && word_in(i + 1, role::clause_subject);
}

// "have 60 days to", "gave the bank 30 days to", "were given only 10 days to".
bool sentence_linker::owner_before(u32 a) const noexcept {
    for (u32 i = a; i > 0 && a - i < 3; --i) {
        if (word_in(i - 1, role::until_owner)) return true;
        if (w_[i - 1].punct || w_[i - 1].mention != no_mention) return false;
    }
    return false;
}

// The last word of role r before `from` in the clause (up to a ";"), passing over mentions:
// "pushed back the deadline to Oct. 1 from July 1".
std::optional<u32> sentence_linker::verb_before(u32 from, role r) const noexcept {
    for (u32 i = from; i > 0 && from - i < clause_reach; --i) {
        if (w_[i - 1].punct && w_[i - 1].text == ";") break;
        if (word_in(i - 1, r)) return i - 1;
    }
    return std::nullopt;
}

// ---------------------------------------------------------------------------------------------
// triggers

void sentence_linker::find_hits() {
    hits_.clear();
    std::size_t after_hit = 0; // the words of a phrase found start no other
    for (const u32 at : starts_) {
        const std::size_t i = at;
        if (i < after_hit) continue;
        std::size_t best_k = no_trigger;
        std::size_t best_n = 0;
        const std::size_t b = lx::letter_bucket(w_[i].text);
        const auto& ix = lx::triggers_by_letter;
        for (std::size_t j = ix.begin[b]; j < ix.begin[b + 1]; ++j) {
            const std::size_t k = ix.order[j];
            const phrase_keys& p = trigger_keys[k];
            if (p.size <= best_n || !is(w_[i], p.words[0])) continue; // cheap first test
            if (match(i, p) == p.size) {
                best_k = k;
                best_n = p.size;
            }
        }
        if (best_k == no_trigger) continue;
        const lx::trigger* best = &lx::triggers[best_k];
        const trigger_traits& traits = trigger_traits_of[best_k];
        // "due to expire" is an expiry, "due to the storm" is nothing: "due" alone must not
        // be followed by "to".
        if (traits.not_before_to && word_is(i + 1, lx::cue::to)) continue;
        // "orders placed to start the day" is a purpose; "set to begin" is a schedule.
        const bool aspect = traits.aspect;
        if (aspect && i > 1 && word_is(i - 1, lx::cue::to) && !word_in(i - 2, role::schedule_word))
            continue;
        // "the fiscal year ended March 31", "before the next agreement year begins": a reporting
        // period.
        const bool period_before =
            i > 0 && (w_[i - 1].mention != no_mention ||
                      (best->kind == event_kind::expiry ? in<lx::period_nouns>(w_[i - 1])
                                                        : in<lx::calendar_periods>(w_[i - 1])));
        if (aspect && best->kind != event_kind::meeting && period_before) continue;
        if (!best->noun && adjective_use(i, best_n, best_k)) continue;
        // "officials normally meet in the summer": a habit, not a dated event.
        if (i > 0 && in<lx::habitual>(w_[i - 1])) continue;
        if (non_event_sense(i, best_n, best_k)) continue;
        hits_.push_back(hit{static_cast<u32>(i), static_cast<u32>(best_n), best->kind, best->noun,
                            aspect, aspect && traits.past, traits.forward});
        after_hit = i + best_n;
    }
}

// "the effective rate", "an effective annual yield", "effective control", "before the start
// of": an adjective or a noun, not a verb of the kind ("effective April 6", "talks start").
bool sentence_linker::adjective_use(std::size_t i, std::size_t n,
                                    std::size_t trigger) const noexcept {
    if (i > 0 && word_in(i - 1, role::determiner)) return true;
    if (!trigger_traits_of[trigger].adjective) return false;
    const std::size_t j = i + n;
    if (j >= w_.size() || w_[j].punct || w_[j].mention != no_mention) return false;
    const std::string_view t = w_[j].text;
    return !w_[j].upper && (w_[j].roles & (bit(role::np_stop) | bit(role::adverb))) == 0 &&
           !t.ends_with(lx::suffix::adverb);
}

// Senses of a trigger that date nothing: "The minister met reporters on Tuesday" is a press
// appearance, "The film begins with a wedding" tells what a work holds, "No meeting is planned
// for next week" and "there will be no further talks" deny the noun.
bool sentence_linker::non_event_sense(std::size_t i, std::size_t n,
                                      std::size_t trigger) const noexcept {
    const lx::trigger& t = lx::triggers[trigger];
    if (trigger_traits_of[trigger].aspect && i + n < w_.size() && !w_[i + n].punct &&
        is(w_[i + n], lx::contents_with))
        return true;
    if (t.kind == event_kind::meeting && !t.noun) {
        std::size_t j = i + n;
        if (j < w_.size() && !w_[j].punct && is(w_[j], lx::definite)) ++j; // "met the press"
        return j < w_.size() && !w_[j].punct && in<lx::press_words>(w_[j]);
    }
    if (!t.noun) return false;
    for (std::size_t k = 1; k <= 2 && k <= i; ++k) {
        if (w_[i - k].punct || w_[i - k].mention != no_mention) return false;
        if (is(w_[i - k], lx::denial)) return true;
    }
    return false;
}

// A verb of beginning or ending takes the kind of a trigger noun just before it.
std::int32_t sentence_linker::resolve_aspect(std::int32_t h) const noexcept {
    if (h < 0) return h;
    const hit& x = hits_[static_cast<std::size_t>(h)];
    if (!x.aspect) return h;
    for (std::int32_t k = h - 1; k >= 0; --k) {
        const hit& y = hits_[static_cast<std::size_t>(k)];
        if (y.at + y.len + aspect_reach < x.at) break;
        if (y.noun && y.at + y.len <= x.at && x.at - (y.at + y.len) <= aspect_reach) return k;
    }
    return x.past && !tracked_ ? -1 : h;
}

// The nearest trigger within `window` words of [a, b), not across a ";" or a reporting verb;
// on a tie the one before wins.
std::int32_t sentence_linker::nearest_hit(u32 a, u32 b, u32 window) const noexcept {
    std::int32_t best = -1;
    u32 best_d = window + 1;
    // Hits are in word order and a hit spans at least one word: only those whose first word
    // lies in [a - window - 3, b + window] can be near enough (3: the longest phrase minus 1).
    const u32 lo_at = a > window + 3 ? a - window - 3 : 0;
    auto first = std::lower_bound(hits_.begin(), hits_.end(), lo_at,
                                  [](const hit& h, u32 x) { return h.at < x; });
    for (auto it = first; it != hits_.end() && it->at <= b + window; ++it) {
        const std::size_t k = static_cast<std::size_t>(it - hits_.begin());
        const hit& h = *it;
        const bool before = h.at + h.len <= a;
        const u32 lo = before ? h.at + h.len : b;
        const u32 hi = before ? a : h.at;
        if (!before && h.at < b) continue;
        const u32 d = hi - lo;
        if (d > window || d >= best_d) continue;
        bool blocked = false;
        for (u32 i = lo; i < hi && !blocked; ++i)
            blocked = (w_[i].punct && w_[i].text == ";") || word_in(i, role::speech_verb) ||
                      clause_break(i) || word_in(i, role::relative_prep);
        if (blocked) continue;
        best = static_cast<std::int32_t>(k);
        best_d = d;
    }
    return resolve_aspect(best);
}

// A trigger ending at most `window` words before word `at`.
std::int32_t sentence_linker::hit_before(u32 at, u32 window) const noexcept {
    auto it = std::lower_bound(hits_.begin(), hits_.end(), at,
                               [](const hit& h, u32 x) { return h.at < x; });
    if (it == hits_.begin()) return -1;
    --it;
    if (it->at + it->len > at || at - (it->at + it->len) > window) return -1;
    return resolve_aspect(static_cast<std::int32_t>(it - hits_.begin()));
}

// "must" (an obligation: "within 30 days" binds), "by X" as a target, "from X" as a start...
bool sentence_linker::has(fact f) const noexcept {
    role_set any = 0;
    switch (f) {
    case fact::obligation:
        any = bit(role::obligation);
        break;
    case fact::must:
        any = bit(role::must);
        break;
    case fact::moving_verb:
        any = bit(role::extension_verb);
        break;
    case fact::target:
        any = bit(role::obligation) | bit(role::target_word);
        break;
    case fact::forward:
        any = bit(role::forward_word);
        break;
    }
    return (sentence_roles_ & any) != 0;
}

// ---------------------------------------------------------------------------------------------
// classification

bool sentence_linker::speech_before(u32 a) const noexcept {
    u32 i = a;
    while (i > 0 && !w_[i - 1].punct && in<lx::speech_time_words>(w_[i - 1]) && a - i < 2) --i;
    if (i > 0 && word_in(i - 1, role::speech_verb)) return true;
    // "told reporters yesterday", "told Gray on Monday": the report, made to someone.
    const auto addressee = [&](u32 k) {
        return k < w_.size() && !w_[k].punct && w_[k].mention == no_mention &&
               ((w_[k].upper && !word_in(k, role::np_stop)) || in<lx::addressees>(w_[k]));
    };
    u32 j = i;
    while (j > 0 && i - j < 2 && addressee(j - 1)) --j;
    return j < i && j > 0 && word_in(j - 1, role::speech_verb);
}

// The kind of a date something was moved to: the sentence's own trigger, else an extension
// makes an expiry ("the truce was extended to November") and other moves a plain event
// ("the signing ceremony was postponed to Oct. 17").
event_kind sentence_linker::moved_kind(u32 verb, u32 at) const noexcept {
    const std::int32_t h = moved_hit(verb, at);
    if (h >= 0) return hits_[static_cast<std::size_t>(h)].kind;
    const std::string_view v = w_[verb].text;
    return is(v.substr(0, std::min(lx::extension_stem.size(), v.size())), lx::extension_stem)
               ? event_kind::expiry
               : event_kind::event;
}

// The trigger naming what a verb of moving moved: its object ("extended the deadline to"),
// else its subject ("the meeting was postponed to"), within the clause around the verb; a
// trigger elsewhere in the sentence ("after a meeting ..., BP has extended its offer until
// May 4") names something else.
// Word `at` stands in a phrase of time or place ("before a meeting of its directors", "at the
// summit"), which names neither the subject nor the object of the clause's verb.
bool sentence_linker::in_adverbial(u32 at) const noexcept {
    for (u32 i = at; i > 0 && at - i < 2; --i)
        if (word_in(i - 1, role::relative_prep) || in<lx::adverbial_preps>(w_[i - 1])) return true;
    return false;
}

std::int32_t sentence_linker::moved_hit(u32 verb, u32 at) const noexcept {
    std::int32_t best = -1;
    for (std::size_t k = 0; k < hits_.size(); ++k) {
        const hit& x = hits_[k];
        if (x.kind == event_kind::event || x.aspect || in_adverbial(x.at)) continue;
        if (x.at > verb && x.at < at) return static_cast<std::int32_t>(k);
        if (x.at + x.len <= verb && verb - (x.at + x.len) <= cue_window + 2)
            best = static_cast<std::int32_t>(k);
    }
    if (best >= 0 || verb == 0 || !in<lx::passive_auxiliaries>(w_[verb - 1])) return best;
    // Passive: the subject that was moved may stand before an appositive or a clause of its own.
    for (std::size_t k = 0; k < hits_.size(); ++k) {
        const hit& x = hits_[k];
        if (x.kind == event_kind::event || x.aspect || in_adverbial(x.at)) continue;
        if (x.at + x.len <= verb) best = static_cast<std::int32_t>(k);
    }
    return best;
}

// "If the truce were extended to November": a move in a clause of condition is not made.
// So is one in a clause that opens the sentence with an inverted auxiliary ("Had the deadline
// been extended to Oct. 1, ...", "Were the truce extended to November, ...").
bool sentence_linker::hypothetical(u32 verb) const noexcept {
    for (u32 i = verb; i > 0 && verb - i < cue_window; --i) {
        if (w_[i - 1].punct) return false;
        if (in<lx::conditionals>(w_[i - 1])) return true;
        if (i == 1 && in<lx::inverted_conditionals>(w_[0])) return true;
    }
    return false;
}

// "If the deadline were extended to Oct. 1": the date a hypothetical move would go to.
bool sentence_linker::hypothetical_move(const mref& m) const noexcept {
    if (m.a == 0 || !(word_is(m.a - 1, lx::cue::to) || word_is(m.a - 1, lx::cue::until) ||
                      word_is(m.a - 1, lx::cue::till)))
        return false;
    const auto verb = back_to(m.a - 1, trigger_window, role::extension_verb);
    return verb && hypothetical(*verb);
}

// A move the sentence reports as made ("has been pushed back", "was put off", "brought
// forward"), not one that only may be ("could be extended").
bool sentence_linker::settled_move(u32 verb) const noexcept {
    const std::string_view v = w_[verb].text;
    if (!(v.ends_with(lx::past_suffix) || in<lx::irregular_moved>(v)) || hypothetical(verb))
        return false;
    for (u32 i = verb; i > 0 && verb - i < 3; --i)
        if (in<lx::possible_modals>(w_[i - 1])) return false;
    return true;
}

// "The creditors' meeting, first set for Oct. 20, has been pushed back to Nov. 4", "The
// ceasefire, due to expire on Sept. 30, was extended until Oct. 31": a date of the same trigger
// stated before a settled move is the value the move replaced.
void sentence_linker::moved_within_sentence() {
    for (std::size_t j = first_; j < out_.size(); ++j) {
        const draft& e = out_[j];
        if (!e.moved_to || e.trigger < 0) continue;
        const auto verb = back_to(anchors_[j - first_], trigger_window, role::extension_verb);
        if (!verb || !settled_move(*verb)) continue;
        for (std::size_t i = first_; i < out_.size(); ++i) {
            draft& d = out_[i];
            if (i == j || d.moved_to || d.earlier || d.ev.end || d.trigger != e.trigger ||
                d.ev.kind != e.ev.kind || d.order >= w_[*verb].begin)
                continue;
            d.earlier = true;
            if (!d.ev.mentions.empty()) d.ev.value = doc_.mentions[d.ev.mentions.front()].value;
        }
    }
}

std::optional<verdict> sentence_linker::moved_to_cue(const mref& m) const {
    if (m.a == 0 || !(word_is(m.a - 1, lx::cue::to) || word_is(m.a - 1, lx::cue::until) ||
                      word_is(m.a - 1, lx::cue::till)))
        return std::nullopt;
    const auto verb = back_to(m.a - 1, trigger_window, role::extension_verb);
    if (!verb) return std::nullopt;
    const event_kind k = moved_kind(*verb, m.a);
    const std::int32_t h = moved_hit(*verb, m.a);
    return verdict{k, h, m.a - 1, false, true};
}

std::optional<verdict> sentence_linker::until_cue(const mref& m) const {
    const u32 p = m.a - 1;
    if (!(word_is(p, lx::cue::until) || word_is(p, lx::cue::till) || word_is(p, lx::cue::through) ||
          word_is(p, lx::cue::thru)))
        return std::nullopt;
    // "has until Friday to", "have only until"
    for (u32 k = 1; k <= 4 && k <= p; ++k)
        if (word_in(p - k, role::until_owner))
            return verdict{event_kind::deadline, -1, p - k, false, false};
    const std::int32_t h = hit_before(p, cue_window);
    if (h >= 0 && hits_[static_cast<std::size_t>(h)].kind != event_kind::event)
        return verdict{hits_[static_cast<std::size_t>(h)].kind, h, p, false, false};
    // "will last until", but not "for the last three years -- until this month"
    if (const auto c = back_to(p, cue_window, role::continuation);
        c && !(is(w_[*c], lx::cue::last) && *c > 0 && word_in(*c - 1, role::possessive)))
        return verdict{event_kind::expiry, -1, p, false, false};
    // "will not constitute good delivery until September 1": the rule starts then.
    for (u32 i = p; i > 0 && p - i < negation_reach; --i)
        if (in<lx::negations>(w_[i - 1]) || w_[i - 1].text.ends_with(lx::suffix::negation))
            return verdict{event_kind::effective, -1, p, false, false};
    // Whatever lasts "until" a date still to come ends then ("will serve as chairman until
    // April 1988", "the quota rises by 9,000 tonnes a year until March 31, 1988"); a past one
    // without a verb of lasting is narration ("waited until Monday").
    const auto bd = mention_of(m).value.bounds();
    if (bd && bd->first_day > doc_.dct.day) return verdict{event_kind::expiry, -1, p, false, false};
    return std::nullopt;
}

std::optional<verdict> sentence_linker::preposition_cue(const mref& m) const {
    const lx::preposition* best = nullptr;
    std::size_t best_n = 0;
    // Every preposition phrase ends in a word of role preposition_end; only the phrases that
    // end in the word before the mention are tried, in the lexicon's order.
    const std::uint32_t ends = m.a > 0 && word_in(m.a - 1, role::preposition_end)
                                   ? prepositions_ending(w_[m.a - 1].text)
                                   : 0;
    for (std::uint32_t e = ends; e != 0; e &= e - 1) {
        const auto k = static_cast<std::size_t>(std::countr_zero(e));
        const phrase_keys& p = preposition_keys[k];
        if (p.size > best_n && ends_at(m.a, p)) {
            best = &lx::prepositions[k];
            best_n = p.size;
        }
    }
    if (best == nullptr) {
        // "must ... before X"
        if (m.a > 0 && word_is(m.a - 1, lx::cue::before) &&
            (has(fact::must) || back_to(m.a - 1, 12, role::has_have)))
            return verdict{event_kind::deadline, -1, m.a - 1, false, false};
        // "within" a date: "within the week"
        if (m.a > 0 && word_is(m.a - 1, lx::cue::within) && has(fact::obligation))
            return verdict{event_kind::deadline, -1, m.a - 1, false, false};
        return std::nullopt;
    }
    const u32 at = static_cast<u32>(m.a - best_n);
    // "expire nine months from the last day of the month": a date counted from, not the event's.
    if (computed_from(at)) return std::nullopt;
    verdict v{best->kind, -1, at, best->kind == event_kind::effective, false};
    if (best->strong) return v;
    // A trigger just before the preposition names the thing: "talks starting Monday",
    // "the waiver expires by March", "extended the deadline by Friday".
    const std::int32_t h = hit_before(at, 3);
    if (h >= 0 && hits_[static_cast<std::size_t>(h)].kind != event_kind::event) {
        v.kind = hits_[static_cast<std::size_t>(h)].kind;
        v.trigger = h;
        v.start_cue = v.kind == event_kind::effective;
        return from_moved(v, *best, at);
    }
    // Alone, the weak prepositions need their context: "by X" a target ("must ... by"),
    // "from X" / "as of X" a start, not a comparison ("up 6% from Oct. 13").
    if (best->reading == lx::prep_reading::target && (!has(fact::target) || forecast_by(at)))
        return std::nullopt;
    if (best->reading == lx::prep_reading::start ||
        best->reading == lx::prep_reading::start_or_old) {
        // "in Rome from June 3 to 6": a stay, not a start.
        if (day_range_from(m)) return std::nullopt;
        // "30 pct of their net profits from last year": a past year is where a sum comes from.
        const auto g = mention_of(m).value.grain();
        const auto bd = mention_of(m).value.bounds();
        if (g && *g >= grain::year && bd && bd->last_day < doc_.dct.day) return std::nullopt;
        for (u32 i = at; i > 0 && at - i < 2; --i)
            if (word_in(i - 1, role::comparison_word) ||
                (w_[i - 1].text.find('%') != std::string_view::npos))
                return std::nullopt;
        if (!has(fact::forward) && !verb_before(at, role::extension_verb) && !duration_before(at))
            return std::nullopt;
    }
    return from_moved(v, *best, at);
}

// A word of a right that lasts ("exercisable", "subscription") in the clause before word `at`.
bool sentence_linker::lasting_right_before(u32 at) const noexcept {
    for (u32 i = at; i > 0 && at - i < cue_window + 2; --i) {
        const word& w = w_[i - 1];
        if ((w.punct && w.text != ",") || w.mention != no_mention) return false;
        if (in<lx::lasting_rights>(w)) return true;
    }
    return false;
}

// "by X" of a forecast ("may exceed 4.5 pct by the summer", "they estimated by 2050") is when
// a quantity is expected, not a deadline: a number just before "by", a verb of forecasting in
// the sentence (not the noun: "10 pct of the forecast price"), or a share that changes ("would
// increase by 49 percent"); never where something must be done.
bool sentence_linker::forecast_by(u32 at) const noexcept {
    // "all claims must be filed by": an obligation, whatever else the sentence estimates
    if (back_to(at, at, role::must)) return false;
    for (u32 i = at; i > 0 && at - i < 2; --i)
        if (is_number(w_[i - 1].text.substr(0, w_[i - 1].text.find('.')))) return true;
    bool share = false;
    for (u32 i = 0; i < w_.size(); ++i) {
        const word& w = w_[i];
        if (w.punct || w.mention != no_mention) continue;
        if (in<lx::forecast_words>(w) && !(i > 0 && word_in(i - 1, role::determiner))) return true;
        share = share || in<lx::percent_words>(w) || w.text.find('%') != std::string_view::npos;
    }
    return share && (sentence_roles_ & bit(role::comparison_word)) != 0;
}

// "expire nine months from X": a length just before "from" that no "for" opens ("suspended for
// 90 days from April 9" starts then) counts from X to a date the text does not name.
bool sentence_linker::computed_from(u32 at) const noexcept {
    if (at == 0 || !word_is(at, lx::cue::from) || w_[at - 1].mention == no_mention) return false;
    const std::int32_t d = w_[at - 1].mention;
    if (doc_.mentions[static_cast<std::size_t>(d)].value.kind() != timex_kind::duration)
        return false;
    u32 i = at - 1;
    while (i > 0 && w_[i - 1].mention == d) --i;
    return !(i > 0 && word_is(i - 1, lx::cue::for_));
}

// "from June 3 to 6": a span of days whose end the tagger leaves as a number; only a meeting
// noun just before makes it an event.
bool sentence_linker::day_range_from(const mref& m) const noexcept {
    if (!word_is(m.b, lx::cue::to) || m.b + 1 >= w_.size() || !is_number(w_[m.b + 1].text))
        return false;
    const std::int32_t h = hit_before(m.a - 1, 4);
    return h < 0 || hits_[static_cast<std::size_t>(h)].kind != event_kind::meeting;
}

// "the last day of the month": a date that only places the one before it.
bool sentence_linker::of_date(const mref& m) const noexcept {
    return m.a > 1 && word_is(m.a - 1, lx::cue::of) && w_[m.a - 2].mention != no_mention &&
           w_[m.a - 2].mention != m.mention;
}

// "Earlier this year USDA extended": a year or coarser said to be past is background.
bool sentence_linker::stated_past_coarse(const mref& m) const noexcept {
    const auto g = mention_of(m).value.grain();
    if (!g || *g < grain::year) return false;
    for (u32 i = m.a; i < m.b; ++i)
        if (in<lx::stated_past>(w_[i])) return true;
    return false;
}

// A duration ends shortly before word `at`: "suspended for 90 days from April 9".
bool sentence_linker::duration_before(u32 at) const noexcept {
    for (u32 i = at; i > 0 && at - i < cue_window; --i) {
        const std::int32_t m = w_[i - 1].mention;
        if (m != no_mention)
            return doc_.mentions[static_cast<std::size_t>(m)].value.kind() == timex_kind::duration;
    }
    return false;
}

// "from X" after a verb of moving is the old value (see earlier_cue), of the moved kind.
verdict sentence_linker::from_moved(verdict v, const lx::preposition& p, u32 at) const noexcept {
    // "extended for two years from July 1": the start of the new term, not an old value.
    if (p.reading == lx::prep_reading::start_or_old && !duration_before(at)) {
        if (const auto verb = verb_before(at, role::extension_verb)) {
            v.kind = moved_kind(*verb, at);
            v.start_cue = false;
        }
    }
    return v;
}

// "NEW YORK, April 23 - ...": the date of the dispatch, never an event.
// It opens a paragraph (the title before it may share its sentence): a place, a comma, the
// date and a dash.
bool sentence_linker::dateline(const mref& m) const noexcept {
    // A lone "-" is a word of its own, "--" a punctuation token.
    if (m.a == 0 || m.b >= w_.size() || (w_[m.b].text != "-" && w_[m.b].text != "--") ||
        !w_[m.a - 1].punct || w_[m.a - 1].text != ",")
        return false;
    const std::string_view t(doc_.text);
    const std::size_t begin = mention_of(m).begin;
    const std::size_t line = t.rfind('\n', begin);
    const std::size_t from = line == std::string_view::npos ? 0 : line + 1;
    return begin - from <= dateline_bytes && from >= doc_.sentences[index_].begin;
}

// "Monday's meeting", "today's opinion polls": the date modifies the noun after it.
bool sentence_linker::possessive(const mref& m) const noexcept {
    const mention& x = mention_of(m);
    const std::string_view t(doc_.text);
    const auto at = [&](std::size_t i) { return i < t.size() ? t[i] : '\0'; };
    const bool plain = (at(x.end) == '\'' && (at(x.end + 1) == 's' || at(x.end + 1) == 'S'));
    const bool curly = t.substr(x.end, 4) == "\u2019s";
    return plain || curly || x.text.ends_with("'s");
}

// A possessive date takes the trigger noun it modifies ("Monday's meeting"), else nothing.
std::optional<verdict> sentence_linker::possessive_cue(const mref& m) const {
    auto it = std::lower_bound(hits_.begin(), hits_.end(), m.b,
                               [](const hit& h, u32 x) { return h.at < x; });
    for (; it != hits_.end() && it->at <= m.b + 3; ++it) {
        if (!it->noun || it->kind == event_kind::event) continue;
        return verdict{it->kind, static_cast<std::int32_t>(it - hits_.begin()), m.a, false, false};
    }
    return std::nullopt;
}

// A trigger before the date in the same clause, farther than the trigger window: "will meet
// representatives from 151 of the nation's largest companies next week". Nothing may stand
// between them that starts another clause or phrase of its own: punctuation, a clause word,
// a reporting verb, another date or another trigger.
std::int32_t sentence_linker::clause_hit(const mref& m) const noexcept {
    const std::int32_t h = hit_before(m.a, clause_window);
    if (h < 0) return -1;
    const hit& x = hits_[static_cast<std::size_t>(h)];
    if (x.kind == event_kind::event) return -1;
    // A noun reaches its date through a verb ("a meeting ... is set for") or its own "on" ("the
    // next meeting of the GATT farm group in Geneva on October 26").
    bool scheduled = m.a > 0 && word_is(m.a - 1, lx::cue::on);
    for (u32 i = x.at + x.len; i < m.a; ++i) {
        // "and the chief executive": objects joined; "and it", "and will": a new clause.
        const bool new_clause =
            word_in(i, role::clause_word) ||
            (word_is(i, lx::cue::and_) && word_in(i + 1, role::clause_subject) &&
             !word_in(i + 1, role::determiner));
        if (w_[i].punct || w_[i].mention != no_mention || word_in(i, role::speech_verb) ||
            new_clause || word_in(i, role::relative_prep) || in<lx::relative_pronouns>(w_[i]))
            return -1;
        scheduled = scheduled || in<lx::schedule_verbs>(w_[i]);
    }
    return !x.noun || scheduled ? h : -1;
}

// Whether trigger x may take the date m that it is nearest to. "due" takes only a date right
// after it; a verb trigger with a date of its own right after it ("announced before the
// opening today, expires March 25") does not take one before it.
bool sentence_linker::takes(const hit& x, const mref& m) const noexcept {
    const u32 end = x.at + x.len;
    if (x.forward) return end <= m.a && m.a - end <= 2;
    if (x.noun || end <= m.a) return true;
    return !point_between(end, end + 3);
}

// "Dixons on Friday extended the offer": the day of the move, not a date of the offer.
bool sentence_linker::act_date(const mref& m) const noexcept {
    return m.b < w_.size() && word_in(m.b, role::extension_verb) &&
           w_[m.b].text.ends_with(lx::suffix::past);
}

std::optional<verdict> sentence_linker::classify(const mref& m) const {
    if (dateline(m) || speech_before(m.a) || act_date(m) || of_date(m) || stated_past_coarse(m) ||
        hypothetical_move(m))
        return std::nullopt;
    if (possessive(m)) return possessive_cue(m);
    if (auto v = moved_to_cue(m)) return v;
    if (m.a > 0) {
        if (auto v = until_cue(m)) return v;
        if (auto v = preposition_cue(m)) return v;
        // "since 2019", "after the summer recess", "ahead of Friday's vote": the date is a
        // reference point, not the time of the event; so is X in "nine months from X".
        if (word_in(m.a - 1, role::relative_prep) || computed_from(m.a - 1) ||
            (m.a > 1 && word_is(m.a - 1, lx::cue::of) && word_is(m.a - 2, lx::cue::ahead)))
            return std::nullopt;
    }
    std::int32_t h = nearest_hit(m.a, m.b, trigger_window);
    if (h < 0) h = clause_hit(m);
    if (h < 0 || !takes(hits_[static_cast<std::size_t>(h)], m)) return std::nullopt;
    // Background years ("talks collapsed last year") anchor nothing a tracker follows.
    const timex& v = mention_of(m).value;
    const auto g = v.grain();
    const auto bd = v.bounds();
    if (g && *g >= grain::year && bd && bd->last_day < doc_.dct.day) return std::nullopt;
    return verdict{hits_[static_cast<std::size_t>(h)].kind, h, m.a, false, false};
}

// "Fishing quota talks" over "... officials will discuss the cod quota in Oslo on Oct. 8": the
// first sentence of the body may take its date's cue from the headline, when it speaks of what
// the headline names (a content word of the headline), makes no event of its own, and the date
// is one still to come, finer than a year ("the 1987 crop" names a season of the story), and
// not one of a report, a reference point or a dateline.
std::optional<verdict> sentence_linker::headline_cue(const mref& m) const {
    if (!head_.on || dateline(m) || speech_before(m.a) || act_date(m) || of_date(m) ||
        stated_past_coarse(m) || possessive(m))
        return std::nullopt;
    if (m.a > 0 && (word_in(m.a - 1, role::relative_prep) || computed_from(m.a - 1)))
        return std::nullopt;
    const timex& v = mention_of(m).value;
    const auto g = v.grain();
    const auto bd = v.bounds();
    if (!bd || !g || *g >= grain::year || bd->last_day < doc_.dct.day) return std::nullopt;
    const bool shared = std::any_of(w_.begin(), w_.end(), [&](const word& w) {
        return !w.punct && w.mention == no_mention &&
               std::any_of(head_.words.begin(), head_.words.end(),
                           [&](std::string_view h) { return same_stem(w.text, h); });
    });
    if (!shared) return std::nullopt;
    return verdict{head_.kind, -1, m.a, false, false};
}

// One date of a first sentence without an event of its own takes the headline's cue.
void sentence_linker::headline_date() {
    if (!head_.on || out_.size() > first_) return;
    for (std::size_t k = 0; k < ms_.size(); ++k) {
        if (used_[k] || !is_point(ms_[k])) continue;
        if (const auto v = headline_cue(ms_[k])) {
            used_[k] = true;
            const std::array one{ms_[k]};
            draft& d = add(v->kind, mention_of(ms_[k]).value, one, -1, v->anchor);
            if (!is_fallback_subject(head_.subject, v->kind)) d.ev.subject = head_.subject;
            return;
        }
    }
}

// "was scheduled to expire Feb. 28 and has been extended to March 31", "its offer, which was
// to have expired at midnight, was extended": a past plan beside a verb of moving is the value
// the move replaced.
bool sentence_linker::superseded_plan(std::int32_t h) const noexcept {
    if (h < 0 || !has(fact::moving_verb)) return false;
    const hit& x = hits_[static_cast<std::size_t>(h)];
    u32 i = x.at;
    if (i > 0 && word_is(i - 1, lx::cue::have)) --i; // "was to have expired"
    if (i == 0 || !word_is(i - 1, lx::cue::to)) return false;
    --i;
    while (i > 0 && x.at - i < 5 && in<lx::plan_words>(w_[i - 1])) --i;
    return i > 0 && in<lx::past_plans>(w_[i - 1]);
}

// "originally set for X", "earlier deadlines of X", "instead of X", "pushed back from X".
bool sentence_linker::earlier_cue(std::size_t k) const noexcept {
    const mref& m = ms_[k];
    if (back_to(m.a, 5, role::earlier_cue)) return true;
    // "had been set for", "which had been planned for"
    for (u32 i = m.a; i > 1 && m.a - i < 5; --i)
        if (word_is(i - 1, lx::cue::been) && word_is(i - 2, lx::cue::had)) return true;
    return m.a > 0 && word_is(m.a - 1, lx::cue::from) && verb_before(m.a - 1, role::extension_verb);
}

// ---------------------------------------------------------------------------------------------
// drafts

draft& sentence_linker::add(event_kind kind, const timex& value, std::span<const mref> from,
                            std::int32_t h, u32 anchor) {
    draft d;
    d.sentence = index_;
    d.trigger = h;
    d.ev.kind = kind;
    d.ev.value = value;
    d.text = sentence_text(from.empty() ? w_[std::min<std::size_t>(anchor, w_.size() - 1)].begin
                                        : mention_of(from.front()).begin);
    for (const mref& m : from) {
        d.ev.mentions.push_back(static_cast<std::uint32_t>(m.mention));
        if (!d.ev.instant_utc) d.ev.instant_utc = mention_of(m).instant_utc;
    }
    subject_cue cue;
    cue.kind = kind;
    cue.anchor = anchor;
    if (h >= 0) {
        const hit& x = hits_[static_cast<std::size_t>(h)];
        cue.trigger = x.at;
        cue.trigger_len = x.len;
        cue.trigger_noun = x.noun;
    }
    d.ev.subject = subject_of(w_, cue);
    d.order = from.empty() ? w_[std::min<std::size_t>(anchor, w_.size() - 1)].begin
                           : mention_of(from.front()).begin;
    out_.push_back(std::move(d));
    anchors_.push_back(anchor);
    if (h >= 0) hit_taken_[static_cast<std::size_t>(h)] = true;
    return out_.back();
}

// The sentence, or for a runaway one (a table, a list scraped without full stops) the stretch
// of it around `at`, cut at UTF-8 character boundaries: events must not copy megabytes each.
span sentence_linker::sentence_text(u32 at) const noexcept {
    const span s = doc_.sentences[index_];
    const std::string_view text(doc_.text);
    u32 b = s.begin;
    u32 e = std::min<u32>(s.end, static_cast<u32>(text.size()));
    if (e - b > max_sentence_bytes) {
        b = std::max(b, at > max_sentence_bytes / 2 ? at - max_sentence_bytes / 2 : 0);
        e = std::min(e, b + max_sentence_bytes);
        auto continuation = [&](u32 i) {
            return i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80;
        };
        while (b < e && continuation(b)) ++b;
        while (e > b && continuation(e)) --e;
    }
    return {b, e};
}

// One mention that is a range ("July 13-15", "from Monday to Friday"): a deadline or expiry is
// its right end, a meeting or period starts at its begin and ends at its end, and "pushed back
// from X to Y" moves to its end.
void sentence_linker::range_mention(std::size_t k, const reach& r) {
    const mref& x = ms_[k];
    used_[k] = true;
    const std::array one{x};
    const u32 lead = word_is(x.a, lx::cue::from) ? x.a + 1 : x.a; // "from" is inside the range
    if (lead > x.a || (x.a > 0 && word_is(x.a - 1, lx::cue::from))) {
        if (const auto verb = back_to(lead - 1, trigger_window, role::extension_verb)) {
            draft& d = add(moved_kind(*verb, lead), r.end, one, moved_hit(*verb, lead), lead - 1);
            d.ev.history.push_back(moved_from(r.begin, r.end, mention_of(x)));
            d.moved_to = true;
            return;
        }
    }
    const std::int32_t h = nearest_hit(x.a, x.b, trigger_window);
    const bool led = lead > x.a || word_is(x.a, lx::cue::between);
    if (h < 0 && !led) return; // a bare range with no cue near it is no event
    const event_kind kind = h >= 0 ? hits_[static_cast<std::size_t>(h)].kind : event_kind::period;
    // "told the annual meeting it expects a profit in 1986/87": years are no meeting's dates
    if (kind == event_kind::meeting && !r.begin.month()) return;
    // "warrants exercisable from May 6 until May 6, 1990": a right ends at the range's end
    const u32 opening = lead > x.a || x.a == 0 || !word_is(x.a - 1, lx::cue::from) ? x.a : x.a - 1;
    if (kind != event_kind::meeting && lasting_right_before(opening)) {
        add(event_kind::expiry, r.end, one, -1, x.a);
        return;
    }
    if (kind == event_kind::deadline || kind == event_kind::expiry) {
        add(kind, r.end, one, h, x.a);
        return;
    }
    add(kind, r.begin, one, h, x.a).ev.end = r.end;
}

// "moved up from Nov. 20 to Nov. 6": a range's reading puts its start before its end, but a
// move may go either way; without a stated year the old day is the one nearest the new one.
timex sentence_linker::moved_from(const timex& old, const timex& now, const mention& range) const {
    const auto y = now.year();
    const auto mo = old.month();
    const auto d = old.day();
    const auto nd = now.ymd();
    if ((range.stated & field::year) != field::none || !y || !mo || !d || !nd || !old.ymd() ||
        old.hour())
        return old;
    timex best = old;
    auto gap = [&](const timex& t) {
        const auto b = t.ymd();
        const auto n = (date::sys_days{*b} - date::sys_days{*nd}).count();
        return n < 0 ? -n : n;
    };
    for (int dy = -1; dy <= 1; ++dy)
        if (const timex t = timex::day(*y + dy, *mo, *d); t.ok() && gap(t) < gap(best)) best = t;
    return best;
}

// "from X to Y", "between X and Y", and "pushed back from X to Y".
void sentence_linker::ranges() {
    for (std::size_t k = 0; k < ms_.size(); ++k)
        if (const reach* r = doc_.reach_of(mention_of(ms_[k]));
            r && r->begin_text.end > r->begin_text.begin)
            range_mention(k, *r);
    for (std::size_t k = 0; k + 1 < ms_.size(); ++k) {
        const mref& x = ms_[k];
        const mref& y = ms_[k + 1];
        if (!is_point(x) || !is_point(y) || y.a != x.b + 1 || x.a == 0) continue;
        const bool between = word_is(x.a - 1, lx::cue::between) && word_is(x.b, lx::cue::and_);
        const bool from = word_is(x.a - 1, lx::cue::from) &&
                          (word_is(x.b, lx::cue::to) || word_is(x.b, lx::cue::through) ||
                           word_is(x.b, lx::cue::until) || word_is(x.b, lx::cue::till) ||
                           (w_[x.b].punct && w_[x.b].text != "," && w_[x.b].text != ";"));
        if (!between && !from) continue;
        used_[k] = used_[k + 1] = true;
        const std::array pair{x, y};
        if (from) {
            if (const auto verb = back_to(x.a - 1, trigger_window, role::extension_verb)) {
                const event_kind kind = moved_kind(*verb, x.a);
                draft& d = add(kind, mention_of(y).value, pair, moved_hit(*verb, x.a), x.a - 1);
                d.ev.history.push_back(mention_of(x).value);
                d.moved_to = true;
                continue;
            }
        }
        const std::int32_t h = hit_before(x.a - 1, 4);
        const bool meeting =
            h >= 0 && hits_[static_cast<std::size_t>(h)].kind == event_kind::meeting;
        // "warrants exercisable from May 6, 1987 until May 6, 1990", "the exercise period will
        // run from April 22 until March 17, 1989": a right ends at Y.
        if (!meeting && lasting_right_before(x.a - 1)) {
            add(event_kind::expiry, mention_of(y).value, pair, -1, x.a - 1);
            continue;
        }
        draft& d = add(meeting ? event_kind::meeting : event_kind::period, mention_of(x).value,
                       pair, meeting ? h : -1, x.a - 1);
        d.ev.end = mention_of(y).value;
    }
}

// "runs through March 11 this year", "on Friday, this week": a coarser date right after one
// that made an event only places it again.
// So does a clock time in brackets right after it, within a day of it: the same instant in
// another zone ("expires at midnight EDT May 8 (0400 GMT, May 9)", "at 5 p.m. (2100 GMT)").
bool sentence_linker::restates_previous(std::size_t k) const noexcept {
    if (k == 0 || !used_[k - 1] || !is_point(ms_[k - 1])) return false;
    const mref& p = ms_[k - 1];
    const mref& m = ms_[k];
    if (m.a == p.b + 1 && w_[p.b].punct && w_[p.b].text == "(") return same_instant_elsewhere(p, m);
    if (m.a != p.b && !(m.a == p.b + 1 && w_[p.b].punct && w_[p.b].text == ",")) return false;
    const auto outer = mention_of(m).value.bounds();
    const auto inner = mention_of(p).value.bounds();
    return outer && inner && outer->first_day <= inner->first_day &&
           inner->last_day <= outer->last_day && !(mention_of(m).value == mention_of(p).value);
}

bool sentence_linker::same_instant_elsewhere(const mref& p, const mref& m) const noexcept {
    const timex& v = mention_of(m).value;
    const auto there = v.bounds();
    const auto here = mention_of(p).value.bounds();
    return v.hour() && there && here && there->first_day >= here->first_day - date::days{1} &&
           there->last_day <= here->last_day + date::days{1};
}

void sentence_linker::points() {
    std::optional<verdict> replaced; // how the last earlier value of this sentence was cued
    std::optional<verdict> last;     // how the date before was cued, when it made an event
    for (std::size_t k = 0; k < ms_.size(); ++k) {
        if (used_[k] || !is_point(ms_[k])) continue;
        if (restates_previous(k)) {
            used_[k] = true;
            continue;
        }
        auto v = classify(ms_[k]);
        if (!v) v = ellipsis(k, last);
        last.reset();
        // After "originally due on March 1", a date with no cue of its own is the new value:
        // "... the report is now expected on April 15".
        if (!v && replaced && !speech_before(ms_[k].a) &&
            !(ms_[k].a > 0 && word_is(ms_[k].a - 1, lx::cue::since)))
            v = verdict{replaced->kind, replaced->trigger, ms_[k].a, false, true};
        if (!v) continue;
        used_[k] = true;
        last = v;
        const std::array one{ms_[k]};
        // "until midnight (EST) March 24": the clock time is on the day stated after it.
        const auto day = day_after_time(k);
        const mref& dated = day ? ms_[*day] : ms_[k];
        draft& d = add(v->kind, lean_forward(dated, *v), one, v->trigger, v->anchor);
        if (day) {
            used_[*day] = true;
            d.ev.mentions.push_back(static_cast<std::uint32_t>(ms_[*day].mention));
            d.ev.instant_utc.reset();
        }
        d.moved_to = v->moved_to;
        // A past plan's own date is replaced; a date with a cue of its own ("until X") is not.
        const bool plan = v->anchor == ms_[k].a && superseded_plan(v->trigger);
        d.earlier = !v->moved_to && (earlier_cue(k) || plan);
        // A list after an earlier cue shares it: "earlier deadlines of Jan. 19, April 5 and June
        // 19".
        if (!d.earlier && k > 0 && out_.size() - first_ >= 2) {
            const draft& prev = out_[out_.size() - 2];
            bool joined = !prev.ev.mentions.empty() &&
                          prev.ev.mentions.back() == static_cast<std::uint32_t>(ms_[k - 1].mention);
            for (u32 i = ms_[k - 1].b; i < ms_[k].a && joined; ++i)
                joined = (w_[i].punct && w_[i].text == ",") || word_is(i, lx::cue::and_) ||
                         word_is(i, lx::cue::then);
            if (joined && prev.earlier) d.earlier = true;
        }
        if (d.earlier) {
            d.ev.value = mention_of(ms_[k]).value; // an earlier value is as the tagger read it
            replaced = verdict{d.ev.kind, d.trigger, 0, false, false};
        }
    }
}

// "until midnight (EST) March 24": a clock time whose day the tagger took from an earlier date,
// with the day stated just after it (over a zone in brackets): the index of that day.
std::optional<std::size_t> sentence_linker::day_after_time(std::size_t k) const noexcept {
    const mention& t = mention_of(ms_[k]);
    if (!t.value.hour() || (t.stated & field::day) != field::none || k + 1 >= ms_.size())
        return std::nullopt;
    const mref& d = ms_[k + 1];
    if (!is_point(d) || !mention_of(d).value.day() || mention_of(d).value.hour())
        return std::nullopt;
    if (d.a > ms_[k].b + 4) return std::nullopt;
    for (u32 i = ms_[k].b; i < d.a; ++i)
        if (!(w_[i].punct && (w_[i].text == "(" || w_[i].text == ")")) && !w_[i].upper)
            return std::nullopt;
    return k + 1;
}

// "Crushing would commence at Labasa on June 23 and at Lautoka on June 30": after a date that
// made an event, "and" with a preposition and a date, no trigger or clause of its own between,
// repeats the clause for the second date.
std::optional<verdict> sentence_linker::ellipsis(std::size_t k,
                                                 const std::optional<verdict>& last) const {
    if (!last || last->moved_to || k == 0) return std::nullopt;
    const mref& m = ms_[k];
    u32 i = ms_[k - 1].b;
    if (i < w_.size() && w_[i].punct && w_[i].text == ",") ++i;
    if (!word_is(i, lx::cue::and_) || !(i + 1 < w_.size() && in<lx::ellipsis_preps>(w_[i + 1])))
        return std::nullopt;
    if (m.a > i + 8 || m.a == 0 || !in<lx::ellipsis_preps>(w_[m.a - 1])) return std::nullopt;
    for (u32 j = i + 1; j < m.a; ++j)
        if (w_[j].punct || w_[j].mention != no_mention || word_in(j, role::speech_verb) ||
            word_in(j, role::trigger_start))
            return std::nullopt;
    return verdict{last->kind, last->trigger, m.a, false, false};
}

// A date without a stated year that the tagger placed half a year or more back, linked by a
// trigger that is not past ("at the September meeting", "a meeting on June 26", "talks
// starting in July"), is the coming one: what is due, expires, starts or meets leans to the
// future unless its verb is past.
timex sentence_linker::lean_forward(const mref& m, const verdict& v) const {
    const timex t = current_unit(m, mention_of(m).value);
    const auto y = t.year();
    const auto mo = t.month();
    // "Teams must name their squads no later than Friday": a deadline cued by its preposition.
    if (v.trigger < 0)
        return v.kind == event_kind::deadline && t.day() && !t.hour() ? weekday_forward(m, v, t)
                                                                      : t;
    if (t.day() && !t.hour()) {
        const timex f = weekday_forward(m, v, t);
        if (!(f == t)) return f;
    }
    if (!y || !mo || t.hour()) return t;
    // "June 26, 1986", "June '86", "6/26/86": a year the text states is kept
    if ((mention_of(m).stated & field::year) != field::none) return t;
    for (u32 i = m.a; i < m.b; ++i)
        if (in<lx::stated_past>(w_[i])) return t;
    const auto bd = t.bounds();
    if (!bd || bd->last_day + date::days{lean_days} >= doc_.dct.day) return t;
    const hit& x = hits_[static_cast<std::size_t>(v.trigger)];
    const std::string_view verb = w_[x.at + x.len - 1].text;
    if (!x.noun && (verb.ends_with(lx::suffix::past) || in<lx::irregular_past>(verb))) return t;
    if (const auto d = t.day()) {
        const timex next = timex::day(*y + 1, *mo, *d);
        return next.ok() ? next : t;
    }
    return timex::month(*y + 1, *mo);
}

// Whether the sentence speaks of what is to come: a modal verb ("will", "could", ...).
bool sentence_linker::looks_ahead() const noexcept {
    return std::any_of(w_.begin(), w_.end(), [](const word& w) {
        return !w.punct && w.mention == no_mention && in<lx::future_modals>(w);
    });
}

// "The stock market could be jolted on Friday as the options expire", written on a Thursday:
// a bare day name the tagger placed in the week just past is the coming one when the sentence
// looks ahead and the trigger is not past.
timex sentence_linker::weekday_forward(const mref& m, const verdict& v, const timex& t) const {
    const auto bd = t.bounds();
    if (!bd || bd->first_day >= doc_.dct.day || bd->first_day + date::days{7} <= doc_.dct.day)
        return t;
    bool named = false;
    for (u32 i = m.a; i < m.b; ++i) {
        if (in<lx::stated_past>(w_[i])) return t;
        named = named || in<lx::weekdays>(w_[i]);
    }
    if (v.trigger < 0) // a deadline cued by its preposition ("must ... no later than Friday")
        return named && looks_ahead() ? timex::day(bd->first_day + date::days{7}) : t;
    const hit& x = hits_[static_cast<std::size_t>(v.trigger)];
    const std::string_view verb = w_[x.at + x.len - 1].text;
    if (!named || x.kind == event_kind::meeting ||
        (!x.noun && (verb.ends_with(lx::suffix::past) || in<lx::irregular_past>(verb))) ||
        !looks_ahead())
        return t;
    return timex::day(bd->first_day + date::days{7});
}

// "by the end of the month", "before the end of the week": in news the article's own month or
// week, even after another month was named ("in the early summer ... by the end of the month").
timex sentence_linker::current_unit(const mref& m, const timex& t) const {
    if (m.b - m.a < 2 || !word_is(m.a, lx::definite)) return t;
    const auto u =
        std::find_if(lx::current_units.begin(), lx::current_units.end(),
                     [&](const lx::unit_word& x) { return is(w_[m.b - 1].text, x.word); });
    if (u == lx::current_units.end()) return t;
    for (u32 i = m.a; i < m.b; ++i)
        if (in<lx::other_unit_words>(w_[i])) return t;
    const date::year_month_day ymd{doc_.dct.day};
    const iso_week_date wk = iso_week_of(doc_.dct.day);
    const timex now = u->unit == grain::month
                          ? timex::month(static_cast<int>(ymd.year()),
                                         static_cast<int>(static_cast<unsigned>(ymd.month())))
                          : timex::week(wk.year, static_cast<int>(wk.week));
    const bool same_grain = t.grain() == u->unit || (t.has_unknown() && u->unit == grain::week);
    if (!same_grain) return t;
    // "just before the June 8-10 summit ... by the end of the month": a month this sentence
    // names is the one meant.
    const auto bt = t.bounds();
    for (const mref& o : ms_) {
        const auto bo = mention_of(o).value.bounds();
        if (o.a < m.a && bt && bo && bo->first_day <= bt->last_day && bt->first_day <= bo->last_day)
            return t;
    }
    return now.with_mod(t.mod());
}

// A meeting noun is one meeting however many dates the sentence gives it ("This week's
// meeting, which began yesterday, is due to end Friday"): the first date stands for it.
void sentence_linker::one_meeting_per_noun() {
    for (std::size_t i = first_; i < out_.size(); ++i) {
        draft& d = out_[i];
        if (d.ev.kind != event_kind::meeting || d.trigger < 0 || d.earlier) continue;
        if (!hits_[static_cast<std::size_t>(d.trigger)].noun) continue;
        for (std::size_t j = i + 1; j < out_.size(); ++j) {
            draft& e = out_[j];
            if (e.ev.kind != d.ev.kind || e.trigger != d.trigger || e.earlier || e.ev.end) continue;
            d.ev.mentions.insert(d.ev.mentions.end(), e.ev.mentions.begin(), e.ev.mentions.end());
            e.ev.mentions.clear();
            e.trigger = absorbed_trigger;
        }
    }
    out_.erase(std::remove_if(out_.begin() + static_cast<std::ptrdiff_t>(first_), out_.end(),
                              [](const draft& d) { return d.trigger == absorbed_trigger; }),
               out_.end());
}

std::optional<timex> sentence_linker::shifted(const timex& start, const timex& dur) const noexcept {
    if (const auto ymd = start.ymd(); ymd && !start.hour()) {
        if (const auto r = kairos::add(date::sys_days{*ymd}, dur)) return timex::day(*r);
        return std::nullopt;
    }
    const auto y = start.year();
    const auto mo = start.month();
    if (y && mo && !start.day() && !start.has_unknown()) {
        const auto first =
            date::sys_days{date::year{*y} / date::month{static_cast<unsigned>(*mo)} / 1};
        if (const auto r = kairos::add(first, dur)) {
            const date::year_month_day e{*r};
            return timex::month(static_cast<int>(e.year()),
                                static_cast<int>(static_cast<unsigned>(e.month())));
        }
    }
    return std::nullopt;
}

// "The unit will be sold on April 1. Payment is due five weeks later.": a length followed by
// "later" near a trigger counts from the last day the text stated before it (this sentence or
// the one before), not from the DCT.
std::optional<std::pair<event_kind, timex>> sentence_linker::counted_later(const mref& m) const {
    if (!in<lx::later_words>(w_[m.b - 1])) return std::nullopt;
    const std::int32_t h = nearest_hit(m.a, m.b, trigger_window);
    if (h < 0 || hits_[static_cast<std::size_t>(h)].kind == event_kind::event) return std::nullopt;
    for (std::int32_t j = m.mention - 1; j >= 0; --j) {
        const mention& r = doc_.mentions[static_cast<std::size_t>(j)];
        if (r.sentence + 1 < doc_.mentions[static_cast<std::size_t>(m.mention)].sentence) break;
        if (!r.value.is_point() || !r.value.day() || r.value.hour()) continue;
        if (const auto v = shifted(r.value, mention_of(m).value))
            return std::pair{hits_[static_cast<std::size_t>(h)].kind, *v};
        break;
    }
    return std::nullopt;
}

// "within 30 days", "have 60 days to comply", "a 30-day pause starting Monday",
// "extended the June 19 deadline by 90 days".
void sentence_linker::durations() {
    // Every step below starts from a duration still unused; most sentences have none.
    bool any = false;
    for (std::size_t k = 0; k < ms_.size() && !any; ++k) any = !used_[k] && is_duration(ms_[k]);
    if (!any) return;
    const auto dct = [&] { return timex::day(doc_.dct.day); }; // only when a branch needs it
    const bool moved_in_sentence =
        std::any_of(out_.begin() + static_cast<std::ptrdiff_t>(first_), out_.end(),
                    [](const draft& d) { return d.moved_to; });
    for (std::size_t k = 0; k < ms_.size(); ++k) {
        if (used_[k] || !is_duration(ms_[k])) continue;
        const mref& m = ms_[k];
        const timex& dur = mention_of(m).value;
        const std::array one{m};
        const bool within =
            (m.a > 0 && word_is(m.a - 1, lx::cue::within)) || word_is(m.a, lx::cue::within) ||
            (m.a > 2 && word_is(m.a - 3, lx::cue::within) && word_is(m.a - 1, lx::cue::next));
        const bool have_to = word_is(m.b, lx::cue::to) && owner_before(m.a);
        if (within && word_in(m.b, role::relative_anchor)) continue; // "within 30 days of it"
        if ((within && has(fact::obligation)) || have_to) {
            if (const auto v = shifted(dct(), dur)) {
                used_[k] = true;
                add(event_kind::deadline, *v, one, nearest_hit(m.a, m.b, 3), m.b).implied = true;
            }
            continue;
        }
        // "will meet again in two weeks", "takes effect in 30 days": DCT + the duration,
        // when a trigger is near and the sentence looks forward.
        if (m.a > 0 && word_is(m.a - 1, lx::cue::in) && has(fact::forward)) {
            const std::int32_t h = nearest_hit(m.a, m.b, trigger_window);
            if (h < 0) continue;
            if (const auto v = shifted(dct(), dur)) {
                used_[k] = true;
                add(hits_[static_cast<std::size_t>(h)].kind, *v, one, h, m.a - 1).implied = true;
            }
            continue;
        }
        if (const auto v = counted_later(m)) {
            used_[k] = true;
            add(v->first, v->second, one, nearest_hit(m.a, m.b, trigger_window), m.a);
            continue;
        }
        if (m.a > 0 && word_is(m.a - 1, lx::cue::by)) {
            // "extended the June 19 deadline by 90 days" (no "to Y"): the new date is implied.
            bool moved = false;
            for (u32 i = m.a - 1; i > 0 && m.a - i < trigger_window && !moved; --i)
                moved = word_in(i - 1, role::extension_verb);
            if (!moved) continue;
            if (moved_in_sentence) continue;
            draft* target = nullptr;
            const std::size_t recent =
                out_.size() - std::min<std::size_t>(out_.size() - first_, 16);
            for (std::size_t i = recent; i < out_.size(); ++i)
                if (!out_[i].earlier && out_[i].order < mention_of(m).begin &&
                    (out_[i].ev.kind == event_kind::deadline ||
                     out_[i].ev.kind == event_kind::expiry))
                    target = &out_[i];
            if (target == nullptr) continue;
            if (const auto v = shifted(target->ev.value, dur)) {
                target->ev.history.push_back(target->ev.value);
                target->ev.value = *v;
                target->ev.mentions.push_back(static_cast<std::uint32_t>(m.mention));
                used_[k] = true;
            }
        }
    }
    // A start date with a stated length implies an end: "a 30-day pause starting Monday".
    const std::size_t n = out_.size();
    for (std::size_t i = first_; i < n; ++i) {
        if (out_[i].ev.kind != event_kind::effective) continue;
        const u32 anchor = anchors_[i - first_];
        // Only a duration ending within cue_window words before the cue can be its length.
        auto it = std::lower_bound(ms_.begin(), ms_.end(), anchor,
                                   [](const mref& m, u32 x) { return m.a < x; });
        while (it != ms_.begin() && (it - 1)->b + cue_window >= anchor) --it;
        for (std::size_t k = static_cast<std::size_t>(it - ms_.begin());
             k < ms_.size() && ms_[k].a < anchor; ++k) {
            const mref& m = ms_[k];
            if (used_[k] || !is_duration(m)) continue;
            const bool adjectival = mention_of(m).text.find('-') != std::string::npos;
            const bool for_ = m.a > 0 && word_is(m.a - 1, lx::cue::for_);
            const bool before =
                m.b <= anchor && anchor - m.b <= cue_window && !point_between(m.b, anchor);
            if (!(before && (adjectival || for_))) continue;
            if (const auto v = shifted(out_[i].ev.value, mention_of(m).value)) {
                used_[k] = true;
                draft e = out_[i];
                e.ev.kind = event_kind::expiry;
                e.ev.value = *v;
                e.ev.instant_utc.reset();
                e.ev.mentions.push_back(static_cast<std::uint32_t>(m.mention));
                std::sort(e.ev.mentions.begin(), e.ev.mentions.end());
                out_.push_back(std::move(e));
                anchors_.push_back(anchors_[i - first_]);
            }
            break;
        }
    }
}

// "the upcoming APEC meeting": a real meeting without a date, kept as FUTURE_REF.
void sentence_linker::future_meetings() {
    // Each needs a meeting noun after a FUTURE_REF mention or a future adjective.
    const bool any_future_ref = std::any_of(ms_.begin(), ms_.end(), [&](const mref& m) {
        return mention_of(m).value.reference() == reference::future;
    });
    if (!any_future_ref && (sentence_roles_ & bit(role::future_adjective)) == 0) return;
    if (std::none_of(hits_.begin(), hits_.end(),
                     [](const hit& h) { return h.kind == event_kind::meeting && h.noun; }))
        return;
    for (std::size_t i = 0; i < w_.size(); ++i) {
        const word& w = w_[i];
        const bool future_ref =
            w.mention != no_mention &&
            doc_.mentions[static_cast<std::size_t>(w.mention)].value.reference() ==
                reference::future;
        if (!future_ref && !word_in(i, role::future_adjective)) continue;
        auto next = std::upper_bound(hits_.begin(), hits_.end(), static_cast<u32>(i),
                                     [](u32 x, const hit& h) { return x < h.at; });
        for (; next != hits_.end() && next->at - i <= 4; ++next) {
            const std::size_t k = static_cast<std::size_t>(next - hits_.begin());
            const hit& h = *next;
            if (h.kind != event_kind::meeting || !h.noun) continue;
            if (point_between(static_cast<u32>(i), h.at + h.len) || hit_taken_[k]) break;
            std::vector<mref> from;
            if (future_ref)
                for (const mref& m : ms_)
                    if (m.mention == w.mention) from.push_back(m);
            draft& d = add(event_kind::meeting, timex::reference(reference::future), from,
                           static_cast<std::int32_t>(k), static_cast<u32>(i));
            d.order = w.begin;
            // The subject is the phrase itself: "APEC meeting".
            std::string s;
            for (std::size_t j = i + 1; j < h.at + h.len; ++j) {
                if (w_[j].punct) continue;
                if (!s.empty()) s += ' ';
                s += w_[j].text;
            }
            if (!s.empty()) d.ev.subject = std::move(s);
            i = h.at + h.len - 1;
            break;
        }
    }
}

// Replaced dates join the current one of the same kind in the sentence.
void sentence_linker::history_in_sentence() {
    // Per kind, the current value: the "to Y" of a move, else the last one stated.
    std::array<draft*, 6> current{};
    for (std::size_t j = first_; j < out_.size(); ++j) {
        draft& c = out_[j];
        draft*& t = current[static_cast<std::size_t>(c.ev.kind)];
        if (!c.earlier && (t == nullptr || !t->moved_to)) t = &c;
    }
    for (std::size_t i = first_; i < out_.size(); ++i) {
        if (!out_[i].earlier) continue;
        draft* target = current[static_cast<std::size_t>(out_[i].ev.kind)];
        if (target == nullptr) continue;
        target->ev.history.push_back(out_[i].ev.value);
        for (auto m : out_[i].ev.mentions) target->ev.mentions.push_back(m);
        if (out_[i].ev.extensions && !target->ev.extensions)
            target->ev.extensions = out_[i].ev.extensions;
        out_[i].ev.mentions.clear(); // marks it as absorbed
    }
    const auto absorbed = [](const draft& d) { return d.earlier && d.ev.mentions.empty(); };
    out_.erase(
        std::remove_if(out_.begin() + static_cast<std::ptrdiff_t>(first_), out_.end(), absorbed),
        out_.end());
    for (std::size_t i = first_; i < out_.size(); ++i)
        std::sort(out_[i].ev.mentions.begin(), out_[i].ev.mentions.end());
}

// "the fifth extension", "extended four times", "after three delays".
void sentence_linker::extension_count() {
    // Each count below needs an extension noun, "time(s)", "once", "twice" or "thrice".
    constexpr role_set needs =
        bit(role::extension_noun) | bit(role::repetition) | bit(role::count_word);
    if ((all_roles_ & needs) == 0) return;
    int n = 0;
    auto lookup = [](const auto& table, std::string_view s) {
        for (const auto& c : table)
            if (is(s, c.word)) return c.n;
        return 0;
    };
    for (std::size_t i = 0; i < w_.size() && n == 0; ++i) {
        if (w_[i].punct) continue;
        const std::string_view t = w_[i].text;
        if (const int o = (w_[i].roles & bit(role::ordinal)) ? lookup(lx::ordinals, t) : 0; o > 0) {
            for (std::size_t j = i + 1; j < std::min(w_.size(), i + 3); ++j)
                if (word_in(j, role::extension_noun)) n = o;
            // "for the third time", "the third time the deadline was extended"
            if (n == 0 && word_is(i + 1, lx::cue::time) && has(fact::moving_verb)) n = o;
            continue;
        }
        const int c = is_number(t) && t.size() <= 2           ? small_number(t)
                      : (w_[i].roles & bit(role::count_word)) ? lookup(lx::counts, t)
                                                              : 0;
        if (c <= 0) continue;
        if (word_in(i + 1, role::extension_noun) &&
            w_[i + 1].text.size() >= lx::suffix::plural.size() &&
            is(w_[i + 1].text.substr(w_[i + 1].text.size() - lx::suffix::plural.size()),
               lx::suffix::plural))
            n = c;
        else if ((word_is(i + 1, lx::cue::times) || in<lx::multiplicatives>(t)) &&
                 back_to(static_cast<u32>(i), cue_window, role::extension_verb))
            n = c;
    }
    if (n == 0) return;
    for (std::size_t pass = 0; pass < 2; ++pass)
        for (std::size_t i = first_; i < out_.size(); ++i) {
            draft& d = out_[i];
            const bool fits = d.ev.kind == event_kind::deadline || d.ev.kind == event_kind::expiry;
            if (fits && d.earlier == (pass == 1)) {
                d.ev.extensions = n;
                return;
            }
        }
    counts_.push_back(stated_count{index_, n});
}

} // namespace

// One pass over the words: the mentions as word ranges, and the roles the sentence holds.
void sentence_linker::read_words() {
    ms_.clear();
    sentence_roles_ = 0;
    all_roles_ = 0;
    starts_.resize(w_.size());
    std::size_t starts = 0;
    for (std::uint32_t i = 0; i < w_.size(); ++i) {
        const word& w = w_[i];
        // Punctuation has no roles (words_from_tokens), so no word needs a test for it here.
        // Masks, not branches: which words are in mentions or may start a trigger is as good
        // as random to a branch predictor.
        const role_set outside = role_set{0} - static_cast<role_set>(w.mention == no_mention);
        all_roles_ |= w.roles;
        sentence_roles_ |= w.roles & outside;
        starts_[starts] = i;
        starts += static_cast<std::size_t>((w.roles & outside & bit(role::trigger_start)) != 0);
        if (w.mention == no_mention) continue;
        if (!ms_.empty() && ms_.back().mention == w.mention) {
            ms_.back().b = i + 1;
        } else {
            ms_.push_back(mref{w.mention, i, i + 1});
        }
    }
    starts_.resize(starts);
}

void sentence_linker::run() {
    const span s = doc_.sentences[index_];
    w_.clear();
    if (s.begin >= s.end || s.end > doc_.text.size()) return;
    words_from_tokens(doc_.text, tokens_, s, doc_.mentions, w_);
    read_words();
    if (w_.empty()) return;
    // Without a mention a sentence can only hold an undated meeting or an extension count.
    if (ms_.empty() && (all_roles_ & standalone) == 0) return;
    find_hits();
    // "The ceasefire, which began on Aug. 1, expires on Sept. 30": beside a deadline, expiry or
    // start of its own, a past beginning or end is one of the thing the sentence tracks.
    tracked_ = std::any_of(hits_.begin(), hits_.end(), [](const hit& x) {
        return !x.aspect && !x.noun && x.kind != event_kind::meeting && x.kind != event_kind::event;
    });
    used_.assign(ms_.size(), false);
    hit_taken_.assign(hits_.size(), false);
    anchors_.clear();
    ranges();
    points();
    headline_date();
    moved_within_sentence();
    durations();
    future_meetings();
    extension_count();
    one_meeting_per_noun();
    history_in_sentence();
}

void link_sentence(const document& doc, const token_view& tokens, std::uint32_t index, scratch& s,
                   std::vector<draft>& out, std::vector<stated_count>& counts) {
    sentence_linker{doc, tokens, index, s, out, counts}.run();
}

} // namespace kairos::events
