#include "events/subject.hpp"

#include "events/roles.hpp"
#include "lang/en/events.hpp"

#include <algorithm>
#include <string_view>

namespace kairos::events {
namespace {

namespace lx = lexicon;
using npos_t = std::size_t;
constexpr npos_t npos = subject_cue::npos;
constexpr std::size_t max_np_words = 3;
constexpr std::size_t max_skip = 8; ///< function words skipped before a subject, at most
constexpr std::size_t reach = 40;   ///< words around the cue a subject may come from

bool in(const word& w, role r) noexcept {
    return (w.roles & bit(r)) != 0;
}

bool is_number(std::string_view w) noexcept {
    return !w.empty() &&
           std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// A word that can sit inside a subject noun phrase.
bool content(const word& w) noexcept {
    constexpr role_set never = bit(role::np_stop) | bit(role::adverb) | bit(role::speech_verb);
    return !w.punct && w.mention == no_mention && (w.roles & never) == 0 && !is_number(w.text);
}

// Appends a word without the markup around it ("<Renouf Corp>" → "Renouf Corp"),
// lower-casing a sentence-initial capital of a common word ("Tariffs").
void append(std::string& out, const word& w, bool sentence_initial) {
    std::string_view t = w.text;
    while (!t.empty() && (t.front() == '<' || t.front() == '>')) t.remove_prefix(1);
    while (!t.empty() && (t.back() == '<' || t.back() == '>')) t.remove_suffix(1);
    if (t.empty()) return;
    if (!out.empty()) out += ' ';
    const std::size_t at = out.size();
    out += t;
    if (sentence_initial && w.upper && !w.inner_upper && w.text.size() > 1)
        out[at] = lex::lower(out[at]);
}

std::string join(std::span<const word> words, std::size_t b, std::size_t e) {
    std::string out;
    for (std::size_t i = b; i < e; ++i)
        if (!words[i].punct) append(out, words[i], i == 0);
    return out;
}

bool determiner(const word& w) noexcept {
    return in(w, role::determiner);
}

// The noun phrase ending just before `at`: skips function words, commas and a few verbs
// ("the truce, which was extended until"), then takes up to three content words.
std::string np_before(std::span<const word> words, std::size_t at) {
    std::size_t i = at;
    while (i > 0 && at - i < max_skip) {
        const word& w = words[i - 1];
        // "must be submitted", "will be banned": a passive participle is no subject.
        const bool passive =
            i > 1 && w.text.ends_with(lx::suffix::past) && in(words[i - 2], role::np_skip);
        const bool skip = (w.punct && (w.text == "," || w.text.size() == 3)) ||
                          in(w, role::np_skip) || in(w, role::np_verb) || passive ||
                          (w.mention != no_mention && i < at);
        if (!skip) break;
        --i;
    }
    const std::size_t end = i;
    while (i > 0 && end - i < max_np_words && content(words[i - 1]) &&
           !in(words[i - 1], role::np_verb))
        --i;
    if (i == end) return {};
    // "tariffs on steel", "tender offer for Renouf Corp", "contract at the plant": reach over
    // one preposition (and its determiner) to the head before it.
    std::size_t p = i;
    if (p > 0 && determiner(words[p - 1])) --p;
    if (p >= 2 && is_any(words[p - 1], keys<lx::np_prepositions>) && content(words[p - 2]) &&
        end - i < max_np_words) {
        std::size_t j = p - 1;
        while (j > 0 && p - 1 - j < 2 && content(words[j - 1])) --j;
        if (j < p - 1) i = j;
    }
    return join(words, i, end);
}

// The noun phrase starting at `at` ("the deadline for public comments" → "public comments").
std::string np_after(std::span<const word> words, std::size_t at) {
    std::size_t i = at;
    while (i < words.size() && is_any(words[i], keys<lx::np_articles>)) ++i;
    std::size_t e = i;
    while (e < words.size() && e - i < max_np_words && content(words[e])) ++e;
    return join(words, i, e);
}

bool proper(std::span<const word> words, std::size_t i) noexcept {
    const word& w = words[i];
    if (w.punct || w.mention != no_mention || !w.upper) return false;
    if (in(w, role::not_name) || in(w, role::country)) return false;
    return i > 0 || w.inner_upper;
}

// The first name in the sentence that is not a place ("in Madrid"), or npos.
std::size_t first_name(std::span<const word> words) noexcept {
    for (std::size_t j = 0; j < words.size(); ++j) {
        if (proper(words, j) && !(j > 0 && is_any(words[j - 1], keys<lx::place_preps>))) return j;
    }
    return npos;
}

// "to divest TikTok's US business" → "TikTok divestment", "to finish a framework agreement"
// → "framework agreement completion": the action at `v`, named, with its object (a name, else
// up to two content words), else the first name in the sentence.
std::string action_at(std::span<const word> words, std::size_t v) {
    if (v >= words.size() || !in(words[v], role::nominal_verb)) return {};
    auto n = std::find_if(lx::nominals.begin(), lx::nominals.end(),
                          [&](const lx::nominal& x) { return is(words[v].text, x.verb); });
    if (n == lx::nominals.end()) return {};
    std::size_t o = v + 1;
    while (o < words.size() && determiner(words[o])) ++o;
    std::string object;
    if (o < words.size() && proper(words, o)) {
        object = words[o].text;
    } else {
        std::size_t e = o;
        while (e < words.size() && e - o < 2 && content(words[e])) ++e;
        if (e > o) object = join(words, o, e);
        if (object.empty()) {
            const std::size_t name = first_name(words);
            if (name != npos) object = words[name].text;
        }
    }
    if (object.empty()) return std::string(n->noun);
    return object + ' ' + std::string(n->noun);
}

// "deadline to divest", "60 days to comply": the action after a "to" close to `from`.
std::string action_after(std::span<const word> words, std::size_t from) {
    const std::size_t stop = std::min(words.size(), from + 6);
    for (std::size_t i = from; i + 1 < stop; ++i)
        if (is(words[i], lx::cue::to)) return action_at(words, i + 1);
    return {};
}

// "US and Chinese officials" → "US–China", in order of appearance; empty unless two differ.
std::string countries_in(std::span<const word> words) {
    std::string_view found[2];
    std::size_t n = 0;
    for (std::size_t i = 0; i < words.size() && n < 2; ++i) {
        if (words[i].mention != no_mention || !in(words[i], role::country)) continue;
        if (i > 0 && is_any(words[i - 1], keys<lx::country_place_preps>)) continue;
        for (const auto& c : lx::countries)
            if (is(words[i].text, c.word) && (n == 0 || found[0] != c.name)) {
                found[n++] = c.name;
                break;
            }
    }
    if (n < 2) return {};
    return std::string(found[0]) + "\u2013" + std::string(found[1]);
}

std::string meeting_subject(std::span<const word> words, const subject_cue& cue) {
    std::size_t noun = npos;
    std::size_t noun_len = 0;
    if (cue.trigger != npos && cue.trigger_noun) {
        noun = cue.trigger;
        noun_len = cue.trigger_len;
    }
    if (noun != npos) {
        std::string mods = np_before(words, noun);
        std::string head = join(words, noun, noun + noun_len);
        if (!mods.empty() && words[noun - 1].mention == no_mention && !words[noun - 1].punct &&
            !in(words[noun - 1], role::np_stop))
            return mods + ' ' + head;
        if (const std::string pair = countries_in(words); !pair.empty()) return pair + ' ' + head;
        return head;
    }
    const std::string_view meeting = lx::word_of(event_kind::meeting);
    if (const std::string pair = countries_in(words); !pair.empty())
        return pair + ' ' + std::string(meeting);
    if (cue.trigger != npos) {
        std::string agent = np_before(words, cue.trigger);
        if (!agent.empty()) return agent + ' ' + std::string(meeting);
    }
    return std::string(meeting);
}

std::string noun_trigger_subject(std::span<const word> words, const subject_cue& cue) {
    const std::size_t t = cue.trigger;
    // Modifiers directly before the noun: "the TikTok divestment deadline".
    if (t > 0 && content(words[t - 1])) {
        std::size_t i = t;
        while (i > 0 && t - i < max_np_words && content(words[i - 1])) --i;
        return join(words, i, t);
    }
    const std::size_t after = t + cue.trigger_len;
    if (std::string a = action_after(words, after); !a.empty()) return a;
    if (after + 1 < words.size() && is_any(words[after], keys<lx::trigger_complement_preps>)) {
        std::string np = np_after(words, after + 1);
        if (!np.empty()) return np;
    }
    return {};
}

std::string fallback(event_kind k) {
    return std::string(lx::word_of(k));
}

// The name starting at word i: up to three capitalised words ("Standard Oil Co").
std::string name_at(std::span<const word> words, std::size_t i) {
    std::size_t e = i;
    while (e < words.size() && e - i < max_np_words && words[e].upper && !words[e].punct &&
           words[e].mention == no_mention && !in(words[e], role::not_name) &&
           !in(words[e], role::np_stop))
        ++e;
    return join(words, i, e);
}

// A subject that is only the kind's word ("meeting", "expiry", "talks") says nothing about
// which event it is: the trigger noun's own complement ("meeting of coffee producers"), else
// the sentence's first name before it ("Standard Oil meeting").
std::string named(std::span<const word> words, const subject_cue& cue, std::string s) {
    const bool lone = s.find(' ') == std::string::npos;
    if (!lone) return s;
    if (cue.trigger != npos && cue.trigger_noun) {
        const std::size_t after = cue.trigger + cue.trigger_len;
        if (after + 1 < words.size() && is_any(words[after], keys<lx::complement_preps>)) {
            const std::string np = np_after(words, after + 1);
            if (!np.empty()) return s + ' ' + std::string(words[after].text) + ' ' + np;
        }
    }
    if (!is_bare_subject(s)) return s;
    const std::size_t name = first_name(words);
    if (name == npos) return s;
    const std::string n = name_at(words, name);
    return n.empty() ? s : n + ' ' + s;
}

// "Effective Oct. 1, the new fares rise": a cue opening the sentence before a comma names the
// subject after the comma.
std::string np_after_opening(std::span<const word> words, std::size_t anchor) {
    constexpr std::size_t opening = 2; ///< words before the cue ("Also effective Oct. 1")
    constexpr std::size_t cue_words = 6;
    if (anchor > opening) return {};
    for (std::size_t i = anchor; i < words.size() && i < anchor + cue_words; ++i)
        if (words[i].punct) return words[i].text == "," ? np_after(words, i + 1) : std::string{};
    return {};
}

std::string subject_core(std::span<const word> words, const subject_cue& cue) {
    std::string s;
    if (cue.kind == event_kind::meeting) return meeting_subject(words, cue);
    if (cue.trigger != npos && cue.trigger_noun) s = noun_trigger_subject(words, cue);
    if (s.empty() && cue.kind == event_kind::deadline) {
        // "has until X to divest", "have 60 days to comply", "must file ... by X"
        s = action_after(words, cue.anchor);
        for (std::size_t i = 0; s.empty() && i < words.size(); ++i)
            if (is(words[i], lx::cue::must)) s = action_at(words, i + 1);
    }
    if (s.empty()) s = np_before(words, cue.trigger != npos ? cue.trigger : cue.anchor);
    if (s.empty()) s = np_after_opening(words, cue.anchor);
    // A noun trigger names the event itself: "the vote", "a hearing".
    if (s.empty() && cue.trigger != npos && cue.trigger_noun)
        s = join(words, cue.trigger, cue.trigger + cue.trigger_len);
    if (s.empty()) s = fallback(cue.kind);
    return s;
}

} // namespace

bool is_bare_subject(std::string_view subject) noexcept {
    // Most subjects are longer than any kind word: those need no key.
    constexpr std::size_t longest = [] {
        std::size_t n = 0;
        for (std::string_view w : lx::bare_kind_words) n = std::max(n, w.size());
        return n;
    }();
    return subject.size() <= longest &&
           is_any(lex::prefix_key(subject), subject, keys<lx::bare_kind_words>);
}

std::string name_in(std::span<const word> words) {
    // A headline in capitals has no names to tell apart ("STANDARD OIL SAYS BP EXTENDS").
    std::size_t letters = 0;
    std::size_t capitals = 0;
    for (const word& w : words)
        if (!w.punct && w.mention == no_mention) {
            ++letters;
            capitals += w.upper && (w.inner_upper || w.text.size() == 1);
        }
    if (letters == 0 || 2 * capitals > letters) return {};
    // A dateline opening the paragraph ("WASHINGTON, March 31 -") names a place, not a party.
    std::size_t from = 0;
    while (from < words.size() &&
           (words[from].punct || words[from].mention != no_mention || words[from].text == "-" ||
            (words[from].upper && words[from].inner_upper)))
        ++from;
    const std::size_t name = first_name(words.subspan(from));
    if (name == npos) return {};
    // "Halvorsen Shipping said": a capital opening the sentence belongs to the name after it.
    std::size_t at = from + name;
    const word& before = words[at - (at > 0)];
    if (at == from + 1 && before.upper && !before.punct && before.mention == no_mention &&
        !in(before, role::not_name) && !in(before, role::np_stop))
        --at;
    std::string n = name_at(words, at);
    if (at == 0 && !n.empty() && n[0] >= 'a' && n[0] <= 'z') n[0] = words[0].text[0]; // a name
    return n.find('\'') == std::string::npos ? n : std::string{};                     // "I've"
}

bool is_fallback_subject(std::string_view subject, event_kind kind) noexcept {
    // "Standard Oil meeting": the kind's word after a name from the sentence (named()).
    const std::string_view f = lx::word_of(kind);
    return subject == f || (subject.size() > f.size() && subject.ends_with(f) &&
                            subject[subject.size() - f.size() - 1] == ' ');
}

std::string subject_of(std::span<const word> all, const subject_cue& cue_in) {
    // A subject comes from the words near its cue; in a runaway sentence look no further, so
    // the cost per event stays bounded.
    subject_cue cue = cue_in;
    std::span<const word> words = all;
    if (all.size() > 2 * reach) {
        const std::size_t at = std::min(cue.anchor, cue.trigger);
        const std::size_t lo = at > reach ? at - reach : 0;
        const std::size_t hi = std::min(
            all.size(), std::max(cue.anchor, cue.trigger == npos ? 0 : cue.trigger) + reach);
        words = all.subspan(lo, hi - lo);
        cue.anchor -= lo;
        if (cue.trigger != npos) cue.trigger -= lo;
    }
    return named(words, cue, subject_core(words, cue));
}

} // namespace kairos::events
