// The document pass of the event stage: runs the sentence pass, then joins replaced dates to
// the deadline they were replaced by, places stated extension counts, merges repeats of the
// same event, and orders the events by their first appearance. Every step is linear (or
// bounded per event), so hostile input with millions of dates cannot make it quadratic.
#include "events/link.hpp"

#include "events/draft.hpp"
#include "events/gate.hpp"
#include "events/roles.hpp"
#include "events/subject.hpp"
#include "huge_pages.hpp"

#include <algorithm>
#include <bit>
#include <cctype>
#include <optional>
#include <span>
#include <string_view>

namespace kairos::detail {
namespace {

using events::draft;
constexpr std::uint32_t history_reach = 2; ///< sentences between a replaced date and its event
constexpr std::size_t max_look = 64;       ///< drafts examined per lookup, at most

std::uint32_t distance(std::uint32_t a, std::uint32_t b) noexcept {
    return a > b ? a - b : b - a;
}

// The current event nearest to sentence `s` of kind `k` (or any deadline or expiry), looking
// only at drafts of sentences s - reach .. s + reach; on a tie the earlier sentence wins
// ("moved to Sept. 17. It had been set for June 19.").
draft* nearest_current(std::vector<draft>& drafts, std::uint32_t s, event_kind k, bool any_kind) {
    const std::uint32_t lo = s > history_reach ? s - history_reach : 0;
    auto first = std::lower_bound(drafts.begin(), drafts.end(), lo,
                                  [](const draft& d, std::uint32_t x) { return d.sentence < x; });
    const auto n =
        std::min<std::ptrdiff_t>(static_cast<std::ptrdiff_t>(max_look), drafts.end() - first);
    draft* best = nullptr;
    for (draft& d : std::span(first, first + n)) {
        if (d.sentence > s + history_reach) break;
        if (d.earlier) continue;
        if (any_kind ? d.ev.kind != event_kind::deadline && d.ev.kind != event_kind::expiry
                     : d.ev.kind != k)
            continue;
        if (best == nullptr || distance(d.sentence, s) < distance(best->sentence, s)) best = &d;
    }
    return best;
}

void join_history(std::vector<draft>& drafts) {
    std::vector<std::size_t> absorbed;
    for (std::size_t i = 0; i < drafts.size(); ++i) {
        draft& d = drafts[i];
        if (!d.earlier) continue;
        draft* t = nearest_current(drafts, d.sentence, d.ev.kind, false);
        if (t == nullptr) continue;
        t->ev.history.push_back(d.ev.value);
        for (const timex& h : d.ev.history) t->ev.history.push_back(h);
        t->ev.mentions.insert(t->ev.mentions.end(), d.ev.mentions.begin(), d.ev.mentions.end());
        if (d.ev.extensions && !t->ev.extensions) t->ev.extensions = d.ev.extensions;
        absorbed.push_back(i);
    }
    // What nothing replaced stays an event of its own: the text gives no later value.
    for (draft& d : drafts) d.earlier = false;
    for (std::size_t i : absorbed) drafts[i].earlier = true;
    std::erase_if(drafts, [](const draft& d) { return d.earlier; });
}

void place_counts(std::vector<draft>& drafts, const std::vector<events::stated_count>& counts) {
    for (const auto& c : counts)
        if (draft* t = nearest_current(drafts, c.sentence, event_kind::deadline, true);
            t && !t->ev.extensions)
            t->ev.extensions = c.n;
}

// One document naming one day for a meeting twice ("officials meet tomorrow", "technical
// meetings are to be held today and tomorrow") is describing one meeting.
bool same_subject(const event& a, const event& b) {
    return a.subject == b.subject || a.kind == event_kind::meeting ||
           events::is_fallback_subject(a.subject, a.kind) ||
           events::is_fallback_subject(b.subject, b.kind);
}

// What makes two drafts repeats of one event: the same kind, and the same value and end as
// printed. Equal fields print alike, so printing is left for the values that differ in
// something printing drops (a mod, the set attributes).
bool same_value(const timex& a, const timex& b) noexcept {
    return a == b || a.chars().view() == b.chars().view();
}

bool same_key(const event& a, const event& b) noexcept {
    if (a.kind != b.kind || a.end.has_value() != b.end.has_value()) return false;
    return same_value(a.value, b.value) && (!a.end || same_value(*a.end, *b.end));
}

// A hash that values printing alike share. A calendar day is hashed by its fields, which its
// printed text states (a time of day on it only collides, for same_key to tell apart), so
// the common value is not printed only to be hashed; any other value by its text.
void mix_value(std::uint64_t& h, const timex& t) noexcept {
    const auto mix = [&h](std::uint64_t x) {
        h ^= x;
        h *= 1099511628211ull; // FNV-1a, a word at a time
    };
    if (const auto ymd = t.ok() ? t.ymd() : std::nullopt) {
        mix((std::uint64_t{static_cast<std::uint16_t>(static_cast<int>(ymd->year()))} << 9) |
            (std::uint64_t{static_cast<unsigned>(ymd->month())} << 5) |
            static_cast<unsigned>(ymd->day()));
        return;
    }
    const auto printed = t.chars();
    for (const char c : printed.view()) mix(static_cast<unsigned char>(c));
    mix(0xFF); // no printed value holds this byte: "a" then "bc" differs from "ab" then "c"
}

std::uint64_t key_hash(const event& e) noexcept {
    std::uint64_t h = 14695981039346656037ull;
    h = (h ^ static_cast<std::uint64_t>(e.kind)) * 1099511628211ull;
    mix_value(h, e.value);
    if (e.end) mix_value(h, *e.end);
    return h;
}

// The first draft of each key, found by open addressing over draft numbers: a flat table, so a
// news article's drafts cost no allocation each and a huge text's millions no pointer chase.
class first_drafts {
public:
    first_drafts(std::vector<std::uint32_t>& slots, std::vector<std::uint64_t>& hashes,
                 std::size_t drafts)
        : slots_(slots), hashes_(hashes) {
        slots_.assign(std::bit_ceil(2 * drafts + 2), 0);
        hashes_.resize(drafts);
    }
    /// The first draft with the key of draft j, or j itself when it is the first.
    std::size_t first_of(const std::vector<draft>& drafts, std::size_t j) {
        const std::uint64_t h = hashes_[j] = key_hash(drafts[j].ev);
        const std::size_t mask = slots_.size() - 1;
        for (std::size_t i = h & mask;; i = (i + 1) & mask) {
            if (slots_[i] == 0) {
                slots_[i] = static_cast<std::uint32_t>(j + 1);
                return j;
            }
            const std::size_t k = slots_[i] - 1;
            if (hashes_[k] == h && same_key(drafts[k].ev, drafts[j].ev)) return k;
        }
    }

private:
    std::vector<std::uint32_t>& slots_; ///< draft number + 1; 0 for a free slot
    std::vector<std::uint64_t>& hashes_;
};

// "the Sept. 17 deadline" said twice is one deadline. Each event is compared with the first
// of its kind and value only (a hash lookup), so the pass stays linear.
void merge_repeats(std::vector<draft>& drafts, first_drafts firsts) {
    for (std::size_t j = 0; j < drafts.size(); ++j) {
        event& b = drafts[j].ev;
        if (b.value.is_reference()) continue; // two undated meetings may well differ
        const std::size_t f = firsts.first_of(drafts, j);
        if (f == j) continue;
        draft& first = drafts[f];
        event& a = first.ev;
        // A date computed from the DCT that lands on a stated one is that event ("three more
        // months to finish" beside "the Dec. 16 deadline").
        const bool implied = first.implied || drafts[j].implied;
        if (!implied && !same_subject(a, b)) continue;
        if (first.implied && !drafts[j].implied) {
            a.subject = b.subject;
            first.implied = false;
        }
        a.mentions.insert(a.mentions.end(), b.mentions.begin(), b.mentions.end());
        a.history.insert(a.history.end(), b.history.begin(), b.history.end());
        if (!a.extensions) a.extensions = b.extensions;
        if (events::is_fallback_subject(a.subject, a.kind)) a.subject = b.subject;
        drafts[j].earlier = true; // marks it for removal
    }
    std::erase_if(drafts, [](const draft& d) { return d.earlier; });
}

// History oldest first, without repeats or the current value itself.
void tidy_history(event& e) {
    auto first_day = [](const timex& t) {
        const auto b = t.bounds();
        return b ? b->first_day : date::sys_days::max();
    };
    std::stable_sort(e.history.begin(), e.history.end(),
                     [&](const timex& x, const timex& y) { return first_day(x) < first_day(y); });
    e.history.erase(std::unique(e.history.begin(), e.history.end()), e.history.end());
    std::erase_if(e.history, [&](const timex& h) { return h == e.value; });
    std::sort(e.mentions.begin(), e.mentions.end());
    e.mentions.erase(std::unique(e.mentions.begin(), e.mentions.end()), e.mentions.end());
}

// "The spokesman could not say if the meeting would continue on Friday": a subject that only
// names the kind takes the name the sentences just before it speak of ("Standard meeting").
void name_bare_subjects(std::vector<draft>& drafts) {
    for (draft& d : drafts)
        if (events::is_bare_subject(d.ev.subject) && !d.context_name.empty())
            d.ev.subject = d.context_name + ' ' + d.ev.subject;
}

// The first mention not wholly before byte `at`.
std::size_t first_mention_after(const std::vector<mention>& ms, std::uint32_t at) noexcept {
    const auto m =
        std::partition_point(ms.begin(), ms.end(), [at](const mention& x) { return x.end <= at; });
    return static_cast<std::size_t>(m - ms.begin());
}

// Whether a mention overlaps the bytes of the sentence (which its words would then mark);
// `next` is the first mention not wholly before the sentences still to come.
bool has_mention(const std::vector<mention>& ms, span s, std::size_t& next) noexcept {
    while (next < ms.size() && ms[next].end <= s.begin) ++next;
    return next < ms.size() && ms[next].begin < s.end;
}

constexpr std::size_t headline_words = 16;    ///< a longer first line is a paragraph, no headline
constexpr std::uint32_t headline_bytes = 256; ///< nor is a first line longer than this

// The text's first line is a headline when it starts the text, a blank line follows it and it
// does not end as a sentence does: "Fishing quota talks\n\nOSLO, Sept. 14 - ...".
bool headline_first(const document& doc) {
    if (doc.sentences.size() < 2) return false;
    const span h = doc.sentences[0];
    const span b = doc.sentences[1];
    const std::string_view t(doc.text);
    if (h.begin >= h.end || h.end > b.begin || b.begin > t.size() ||
        h.end - h.begin > headline_bytes)
        return false;
    const auto blank = [](char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; };
    if (!std::all_of(t.begin(), t.begin() + h.begin, blank)) return false;
    const std::string_view gap = t.substr(h.end, b.begin - h.end);
    if (!std::all_of(gap.begin(), gap.end(), blank) || std::count(gap.begin(), gap.end(), '\n') < 2)
        return false;
    std::string_view line = t.substr(h.begin, h.end - h.begin);
    while (!line.empty() && blank(line.back())) line.remove_suffix(1);
    return !line.empty() && line.back() != '.' && line.back() != '!' && line.back() != '?';
}

// Where the first trigger phrase of one of the four tracked kinds stands among the words of a
// headline, if any.
std::optional<events::subject_cue> headline_trigger(const std::vector<events::word>& w) {
    namespace lx = events::lexicon;
    for (std::size_t i = 0; i < w.size(); ++i) {
        if (w[i].punct || (w[i].roles & events::bit(events::role::trigger_start)) == 0) continue;
        for (std::size_t k = 0; k < lx::triggers.size(); ++k) {
            const lx::phrase& p = lx::trigger_phrases[k];
            std::size_t n = 0;
            while (n < p.size && i + n < w.size() && !w[i + n].punct &&
                   events::is(w[i + n].text, p.words[n]))
                ++n;
            const event_kind kind = lx::triggers[k].kind;
            if (n == p.size && kind != event_kind::event && kind != event_kind::period)
                return events::subject_cue{kind, i, n, lx::triggers[k].noun, w.size()};
        }
    }
    return std::nullopt;
}

// Reads the headline into `head` (off when there is none, or it holds no cue): its cue and its
// content words (no function, report or cue words, no dates).
void read_headline(const document& doc, const events::token_view& tokens, events::scratch& s) {
    s.head.on = false;
    s.head.words.clear();
    if (!headline_first(doc)) return;
    auto& w = s.words;
    w.clear();
    events::words_from_tokens(doc.text, tokens, doc.sentences[0], doc.mentions, w);
    if (w.size() > headline_words) return;
    const auto cue = headline_trigger(w);
    if (!cue) return;
    using events::role;
    constexpr events::role_set not_content =
        events::bit(role::np_stop) | events::bit(role::np_skip) | events::bit(role::speech_verb) |
        events::bit(role::trigger_start) | events::bit(role::adverb) |
        events::bit(role::extension_verb);
    for (const events::word& x : w)
        if (!x.punct && x.mention == events::no_mention && x.text.size() >= 4 &&
            (x.roles & not_content) == 0)
            s.head.words.push_back(x.text);
    s.head.kind = cue->kind;
    s.head.subject = events::subject_of(w, *cue);
    s.head.on = !s.head.words.empty();
}

// "Talks on tariffs set for next week" over "... will discuss steel tariffs on Tuesday": a
// headline's event and the first sentence's event of the same kind, one within the other, are
// one event at the finer date with both mentions.
void merge_headline(std::vector<draft>& drafts) {
    for (draft& h : drafts) {
        if (h.sentence != 0 || h.earlier) continue;
        const auto hb = h.ev.value.bounds();
        for (draft& b : drafts) {
            if (b.sentence != 1 || b.earlier || b.ev.kind != h.ev.kind || b.ev.end || h.ev.end)
                continue;
            const auto bb = b.ev.value.bounds();
            if (!hb || !bb || b.ev.value == h.ev.value) continue;
            const bool body_finer = hb->first_day <= bb->first_day && bb->last_day <= hb->last_day;
            const bool head_finer = bb->first_day <= hb->first_day && hb->last_day <= bb->last_day;
            if (!body_finer && !head_finer) continue;
            draft& keep = body_finer ? b : h;
            draft& drop = body_finer ? h : b;
            keep.ev.mentions.insert(keep.ev.mentions.end(), drop.ev.mentions.begin(),
                                    drop.ev.mentions.end());
            if (events::is_fallback_subject(keep.ev.subject, keep.ev.kind))
                keep.ev.subject = drop.ev.subject;
            drop.earlier = true; // marks it for removal
            break;
        }
    }
    std::erase_if(drafts, [](const draft& d) { return d.earlier; });
}

constexpr std::int32_t absorbed = -2; ///< draft::trigger of a draft joined into the one before

// Whether the text between two mentions is only a word that joins two days of one meeting.
bool joined_days(std::string_view between) {
    while (!between.empty() && between.front() == ' ') between.remove_prefix(1);
    while (!between.empty() && between.back() == ' ') between.remove_suffix(1);
    return events::is(between, events::lexicon::day_pair_joiner);
}

// "The rate-setting committee meets on Sept. 16 and 17", "talks on Monday and Tuesday": two
// consecutive days joined by "and" for one trigger are one meeting over both days. Drafts
// [from, end) of one window, whose mentions are still in doc.mentions.
void join_meeting_days(const document& doc, std::vector<draft>& drafts, std::size_t from) {
    for (std::size_t i = from; i + 1 < drafts.size(); ++i) {
        draft& a = drafts[i];
        draft& b = drafts[i + 1];
        if (a.earlier || b.earlier || a.sentence != b.sentence || a.trigger < 0 ||
            a.trigger != b.trigger || a.ev.kind != event_kind::meeting || b.ev.kind != a.ev.kind ||
            a.ev.end || b.ev.end || a.ev.mentions.size() != 1 || b.ev.mentions.size() != 1)
            continue;
        const mention& x = doc.mentions[a.ev.mentions.front()];
        const mention& y = doc.mentions[b.ev.mentions.front()];
        const auto da = a.ev.value.ymd();
        const auto db = b.ev.value.ymd();
        if (!da || !db || a.ev.value.hour() || b.ev.value.hour() || y.begin < x.end ||
            date::sys_days{*db} != date::sys_days{*da} + date::days{1} ||
            !joined_days(std::string_view(doc.text).substr(x.end, y.begin - x.end)))
            continue;
        a.ev.end = b.ev.value;
        a.ev.mentions.push_back(b.ev.mentions.front());
        b.ev.mentions.clear(); // marks it for removal (no kept draft is without a mention here)
        b.trigger = absorbed;
    }
    drafts.erase(std::remove_if(drafts.begin() + static_cast<std::ptrdiff_t>(from), drafts.end(),
                                [](const draft& d) { return d.trigger == absorbed; }),
                 drafts.end());
}

// What this thread's event stage keeps from one document to the next: the per-sentence
// buffers (each sentence clears what it uses), the drafts and the stated counts, so a document
// costs no allocation for them once they have grown.
struct thread_state {
    events::scratch scratch;
    /// The words of the sentences read last, kept for the names of the drafts after them
    /// (event_linker::name_at): slot i % kept_sentences for sentence i.
    std::array<std::vector<events::word>, event_linker::kept_sentences> kept;
    std::vector<draft> drafts;
    std::vector<events::stated_count> counts;
    std::vector<std::uint32_t> first_slots;
    std::vector<std::uint64_t> key_hashes;
    std::vector<std::uint64_t> by_order; ///< per draft: its order, then its number
    bool headline = false;               ///< the document's first line is a headline with a cue
};

thread_state& state() {
    thread_local thread_state s;
    return s;
}

// A runaway sentence's or document's buffers are not kept for the documents after it.
void trim(thread_state& s) {
    constexpr std::size_t keep_words = std::size_t{1} << 14;
    constexpr std::size_t keep_drafts = (std::size_t{4} << 20) / sizeof(draft); // 4 MiB
    if (s.scratch.words.capacity() > keep_words) s.scratch = events::scratch{};
    for (auto& k : s.kept)
        if (k.capacity() > keep_words) k = std::vector<events::word>{};
    s.drafts.clear();
    if (s.drafts.capacity() > keep_drafts) {
        s.drafts = std::vector<draft>{};
        s.first_slots = std::vector<std::uint32_t>{};
        s.key_hashes = std::vector<std::uint64_t>{};
        s.by_order = std::vector<std::uint64_t>{};
    }
    s.counts.clear();
}

} // namespace

event_linker::event_linker(const document& doc, const events::sentence_gate* gate,
                           std::size_t mentions)
    : gate_(gate), reader_(doc.text, gate) {
    thread_state& s = state();
    s.drafts.clear();
    s.counts.clear();
    s.headline = false;
    // A huge text gets room for a draft per mention up front, in memory mapped apart (drafts
    // come from mentions); other texts grow the list kept from the documents before.
    reserve_result(s.drafts, mentions + 8, 0);
}

void event_linker::link(const document& doc, const events::token_view& tokens, std::uint32_t first,
                        std::uint32_t last, std::uint32_t base, bool more) {
    thread_state& s = state();
    std::vector<draft>& drafts = s.drafts;
    const std::size_t before = drafts.size();
    tokens_ = tokens;
    // The mentions of the sentences before are passed over at once: a document tagged window
    // by window keeps them all.
    std::size_t next_mention = 0;
    if (first < last && first < doc.sentences.size())
        next_mention = first_mention_after(doc.mentions, doc.sentences[first].begin);
    for (std::uint32_t i = first; i < last; ++i) {
        const span at = doc.sentences[i];
        if (at.begin >= at.end || at.end > doc.text.size()) continue;
        if (at.begin < last_begin_) { // sentences out of order (a document built by hand)
            next_mention = 0;
            reader_ = events::gate_reader(doc.text, gate_);
        }
        last_begin_ = at.begin;
        if (i == 1) read_headline(doc, tokens, s.scratch);
        s.headline = s.headline || s.scratch.head.on;
        // The first sentence of the body is read whenever the headline holds a cue for it.
        const bool linkable =
            has_mention(doc.mentions, at, next_mention)
                ? s.scratch.head.on || reader_.may_link(at, tokens, doc.mentions, next_mention)
                : reader_.may_link(at, tokens);
        if (linkable) {
            const std::size_t from = drafts.size();
            events::link_sentence(doc, tokens, i, s.scratch, drafts, s.counts);
            std::swap(s.scratch.words, s.kept[i % kept_sentences]);
            kept_at_[i % kept_sentences] = i;
            name_drafts(doc, from, first);
        }
        s.scratch.head.on = false;
    }
    join_meeting_days(doc, drafts, before);
    if (more) keep_tail_names(doc, first, last);
    if (base == 0) return;
    for (std::size_t d = before; d < drafts.size(); ++d)
        for (std::uint32_t& m : drafts[d].ev.mentions) m += base;
}

// The name sentence `i` speaks of, read once: the ring keeps the sentences last read, so the
// drafts of one sentence share them and the next window's first drafts find the last window's
// (whose mentions may be gone by then: a sentence before `first` not in the ring has none).
const std::string& event_linker::name_at(const document& doc, std::uint32_t i,
                                         std::uint32_t first) {
    const std::size_t slot = i % look_back;
    if (read_at_[slot] == i) return read_names_[slot];
    read_at_[slot] = i;
    read_names_[slot].clear();
    const span at = doc.sentences[i];
    if (i < first || at.begin >= at.end || at.end > doc.text.size()) return read_names_[slot];
    thread_state& s = state();
    if (kept_at_[i % kept_sentences] == i) {
        read_names_[slot] = events::name_in(s.kept[i % kept_sentences]);
        return read_names_[slot];
    }
    auto& words = s.scratch.words;
    words.clear();
    events::words_from_tokens(doc.text, tokens_, at, doc.mentions, words);
    read_names_[slot] = events::name_in(words);
    return read_names_[slot];
}

// The drafts whose subject names only the kind get the name the sentences before speak of.
void event_linker::name_drafts(const document& doc, std::size_t from, std::uint32_t first) {
    auto& drafts = state().drafts;
    for (std::size_t k = from; k < drafts.size(); ++k) {
        draft& d = drafts[k];
        if (!events::is_bare_subject(d.ev.subject)) continue;
        for (std::uint32_t back = 1; back <= look_back && back <= d.sentence; ++back)
            if (const std::string& n = name_at(doc, d.sentence - back, first); !n.empty()) {
                d.context_name = n;
                break;
            }
    }
}

void event_linker::keep_tail_names(const document& doc, std::uint32_t first, std::uint32_t last) {
    for (std::uint32_t i = last >= look_back ? last - look_back : 0; i < last; ++i)
        (void)name_at(doc, i, first);
}

void event_linker::finish(document& doc) {
    thread_state& s = state();
    std::vector<draft>& drafts = s.drafts;
    join_history(drafts);
    if (s.headline) merge_headline(drafts);
    place_counts(drafts, s.counts);
    merge_repeats(drafts, first_drafts(s.first_slots, s.key_hashes, drafts.size()));
    name_bare_subjects(drafts);
    // The events in text order, drafts of one place in the order they came: the drafts' keys
    // are sorted, not the drafts, which are moved once, into the document.
    s.by_order.clear();
    for (std::size_t i = 0; i < drafts.size(); ++i)
        s.by_order.push_back((std::uint64_t{drafts[i].order} << 32) | i);
    std::sort(s.by_order.begin(), s.by_order.end());
    doc.events.reserve(doc.events.size() + drafts.size());
    prefer_huge_pages(doc.events);
    for (const std::uint64_t key : s.by_order) {
        draft& d = drafts[static_cast<std::uint32_t>(key)];
        tidy_history(d.ev);
        d.ev.sentence.assign(doc.text, d.text.begin, d.text.end - d.text.begin);
        doc.events.push_back(std::move(d.ev));
    }
    trim(s);
}

void link_events(document& doc, const events::sentence_gate* gate) {
    lex::token_stream ts;
    lex::tokenize(doc.text, ts);
    event_linker linker(doc, gate, doc.mentions.size());
    linker.link(doc, events::token_view{&ts, 0}, 0,
                static_cast<std::uint32_t>(doc.sentences.size()), 0);
    linker.finish(doc);
}

} // namespace kairos::detail
