// The extraction pipeline: tokenize, match rules, refine, resolve against the anchor, link events.
#include "english_index.hpp"
#include "events/gate.hpp"
#include "events/link.hpp"
#include "grammar/scan.hpp"
#include "huge_pages.hpp"
#include "lang/en/rules.hpp"
#include "lex/token.hpp"
#include "refine/refine.hpp"
#include "resolve/doc_type.hpp"
#include "resolve/reach.hpp"
#include "resolve/resolver.hpp"
#include "resolve/tense.hpp"

#include <algorithm>
#include <date/tz.h>
#include <functional>
#include <kairos/extractor.hpp>
#include <limits>
#include <optional>

namespace kairos {

const grammar::grammar_index& english_index() {
    static const auto noted = events::noted_lists();
    static const grammar::grammar_index index(lang::en::rules(), noted);
    return index;
}

struct extractor::impl {
    // compiling the rules once here keeps the first extract() as fast as the others
    const grammar::grammar_index& index = english_index();
};

extractor::extractor() : impl_(std::make_unique<const impl>()) {}
extractor::~extractor() = default;
extractor::extractor(extractor&&) noexcept = default;
extractor& extractor::operator=(extractor&&) noexcept = default;

namespace {

/// Points that set the time under discussion: stated calendar dates, not DCT-relative ones.
bool sets_reference(const grammar::operation& op, const timex& v) {
    if (op.kind != grammar::op_kind::point || op.from != grammar::origin::none) return false;
    if (op.decade >= 0 || op.century >= 0) return false;
    return v.is_point() && v.year().has_value();
}

/// One window of the text: its tokens, and where it starts in the document (bytes, sentences).
struct window {
    const lex::token_stream& ts;
    std::size_t byte = 0;
    std::uint32_t sentence = 0;

    [[nodiscard]] std::uint32_t begin(std::size_t token) const noexcept {
        return static_cast<std::uint32_t>(byte + ts.tokens[token].begin);
    }
    [[nodiscard]] std::uint32_t end(std::size_t token) const noexcept {
        return static_cast<std::uint32_t>(byte + ts.tokens[token].end);
    }
    [[nodiscard]] std::uint32_t sentence_of(std::size_t token) const noexcept {
        return sentence + ts.tokens[token].sentence;
    }
};

/// A clock time the text gave without a zone is in the DCT's zone (--tz), when it has one.
std::optional<date::sys_seconds> instant_in_dct_zone(const timex& v, const anchor& dct) {
    const auto ymd = v.ymd();
    const auto hour = v.hour();
    if (dct.zone.empty() || !ymd || !hour || v.utc_offset()) return std::nullopt;
    try {
        const date::local_seconds local{date::local_days{*ymd} + std::chrono::hours{*hour} +
                                        std::chrono::minutes{v.minute().value_or(0)} +
                                        std::chrono::seconds{v.second().value_or(0)}};
        return date::zoned_time<std::chrono::seconds>{resolve::find_zone(dct.zone), local,
                                                      date::choose::earliest}
            .get_sys_time();
    } catch (...) {
        return std::nullopt; // no tzdata on this system: the value stays, the instant is unknown
    }
}

/// A range is one mention: its value is the length between its ends, which it reaches.
void add_range(const window& w, const grammar::match& m, const resolve::resolved_range& range,
               mention& out, document& doc) {
    const std::uint32_t begin_first = m.first + m.op.begin_token;
    const std::uint32_t begin_last = m.first + m.op.begin_tokens; // one past
    const std::uint32_t end_first = m.first + m.op.end_token;
    if (begin_first >= begin_last || end_first >= m.last) return;
    out.type = timex_type::duration;
    out.value = range.length;
    out.instant_utc.reset();
    out.reach = static_cast<std::uint32_t>(doc.reaches.size());
    doc.reaches.push_back({range.begin.value,
                           range.end.value,
                           {w.begin(begin_first), w.end(begin_last - 1)},
                           {w.begin(end_first), out.end}});
}

// `tokens`, when given, gets each mention's tokens (for the event stage's sentence gate).
void resolve_all(const window& w, const std::vector<grammar::match>& matches, resolve::context& ctx,
                 document& doc, std::vector<events::token_range>* tokens) {
    // grow geometrically, once per window at most: moving mentions costs more than the slack
    const std::size_t needed = doc.mentions.size() + matches.size();
    if (needed > doc.mentions.capacity()) {
        doc.mentions.reserve(std::max(needed, 2 * doc.mentions.capacity()));
        detail::prefer_huge_pages(doc.mentions);
    }
    for (const grammar::match& m : matches) {
        ctx.sentence = w.sentence_of(m.first);
        const auto tense = [&w, &m] { return resolve::tense_around(w.ts, m.first, m.last); };
        ctx.tense = resolve::lazy_direction(tense);
        ctx.deadline = resolve::after_deadline_word(w.ts, m.first);
        const auto r = resolve::resolve(m.op, ctx);
        const auto range = r && m.op.range ? resolve::resolve_range(m.op, *r, ctx) : std::nullopt;
        auto pointed = r ? resolve::reach_of_duration(m.op, r->value, ctx, doc.dct) : std::nullopt;
        if (r && !pointed) // "two weeks after the vote", the vote dated before
            pointed = resolve::reach_from_named_event(w.ts, m.last, r->value, ctx, doc.mentions,
                                                      w.sentence, doc.dct);
        ctx.tense = {};                             // it reads `tense`, which ends here
        if (!r || (m.op.range && !range)) continue; // a range whose end comes first is no date
        mention out;
        out.begin = w.begin(m.first);
        out.end = w.end(m.last - 1);
        out.text.assign(doc.text, out.begin, out.end - out.begin);
        out.type = r->type;
        out.value = r->value;
        out.rule = m.by->name;
        out.stated = m.op.stated;
        out.implied = r->implied;
        out.instant_utc = r->instant_utc ? r->instant_utc : instant_in_dct_zone(r->value, doc.dct);
        out.sentence = ctx.sentence;
        if (range) add_range(w, m, *range, out, doc);
        if (pointed) {
            out.reach = static_cast<std::uint32_t>(doc.reaches.size());
            doc.reaches.push_back(*pointed);
        }
        if (sets_reference(m.op, r->value) || resolve::moves_story(m.op, r->value, ctx)) {
            ctx.reference = r->value.with_mod(timex_mod::none);
            ctx.reference_sentence = ctx.sentence;
        }
        if (tokens != nullptr) tokens->push_back({m.first, m.last});
        doc.mentions.push_back(std::move(out));
    }
}

void add_sentences(const window& w, document& doc) {
    // grown once per window at most, geometrically, not sentence by sentence
    const std::size_t needed = doc.sentences.size() + w.ts.sentences.size();
    if (needed > doc.sentences.capacity())
        doc.sentences.reserve(std::max(needed, 2 * doc.sentences.capacity()));
    for (const auto& s : w.ts.sentences) {
        if (s.first >= s.last) {
            doc.sentences.push_back(
                {static_cast<std::uint32_t>(w.byte), static_cast<std::uint32_t>(w.byte)});
            continue;
        }
        doc.sentences.push_back({w.begin(s.first), w.end(s.last - 1)});
    }
}

// Long texts are read a window at a time so that memory and cache footprint stay bounded by
// the window, not the text. A window ends where a sentence surely ends: at the last blank line
// before its limit, else after the last "word. Capital" (a period after two lower-case letters:
// not "p.m." nor "Mr."), else the last line break or space. Documents below the limit (news
// articles) are one window.
constexpr std::size_t window_limit = std::size_t{1} << 18;

bool lower(char c) noexcept {
    return c >= 'a' && c <= 'z';
}

// The start of the last sentence of `part` that begins at or after `min`, or npos.
std::size_t last_sentence_start(std::string_view part, std::size_t min) noexcept {
    for (std::size_t i = part.size() - 1; i >= min && i >= 4; --i) {
        if (part[i] < 'A' || part[i] > 'Z' || part[i - 1] != ' ') continue;
        const char end = part[i - 2];
        if ((end == '.' || end == '!' || end == '?') && lower(part[i - 3]) && lower(part[i - 4]))
            return i;
    }
    return std::string_view::npos;
}

std::size_t window_end(std::string_view text, std::size_t from) noexcept {
    if (text.size() - from <= window_limit) return text.size();
    const std::string_view part = text.substr(from, window_limit);
    constexpr std::size_t half = window_limit / 2;
    if (const std::size_t at = part.rfind("\n\n"); at != std::string_view::npos && at >= half)
        return from + at + 2;
    if (const std::size_t at = last_sentence_start(part, half); at != std::string_view::npos)
        return from + at;
    for (const std::string_view sep : {"\n", " "})
        if (const std::size_t at = part.rfind(sep); at != std::string_view::npos && at >= half)
            return from + at + 1;
    return from + window_limit;
}

// The buffers of one thread's extractions, reused from text to text so that a document costs
// no allocation for its tokens and matches once they have grown (and the allocator no cycle of
// growing and trimming its heap per document).
struct scratch {
    lex::token_stream ts;
    grammar::scan_scratch scan;
    std::vector<grammar::match> matches;
    events::sentence_gate gate;
};

scratch& thread_scratch() {
    thread_local scratch s;
    return s;
}

// A huge window's buffers are not kept for the texts after it.
void trim(scratch& s) {
    constexpr std::size_t keep_tokens = window_limit / 4 + 8;
    if (s.ts.tokens.capacity() > keep_tokens || s.gate.capacity() > keep_tokens) s = scratch{};
}

// What the window's tokens and dictionary lookups tell the event stage's sentence gate.
void note_for_gate(const window& w, const grammar::token_facts& facts,
                   events::sentence_gate& gate) {
    for (const std::uint32_t k : facts.noted)
        gate.words.push_back({w.begin(k), k, facts.keys[k].notes});
    for (const std::uint32_t k : w.ts.wide) gate.wide.push_back({w.begin(k), w.end(k)});
}

// Tags the text window by window and, with `link`, links the events of each window's sentences
// while its tokens are at hand (the event stage reads them). With `each`, every window's
// mentions go to it and are dropped, so memory is bounded by the window, not the text.
void run(document& doc, const grammar::grammar_index& index, const extract_options& options,
         const extractor::window_sink* each) {
    const bool link = options.link_events;
    resolve::context ctx; // the time under discussion carries over from window to window
    ctx.dct = doc.dct.day;
    ctx.dct_time = doc.dct.time_of_day;
    ctx.prefer = options.prefer;
    ctx.doc_type = options.doc_type;
    ctx.day_first = options.day_first;
    const std::string_view text = doc.text;
    // One mention per 32 bytes is denser than any news, one per 256 bytes is news (TBAQ has
    // one per 290): a huge text reserves the first and never moves its list, others the second.
    if (each == nullptr)
        detail::reserve_result(doc.mentions, text.size() / 32 + 8, text.size() / 256 + 8);
    scratch& s = thread_scratch();
    s.gate.clear();
    std::optional<detail::event_linker> linker;
    if (link) linker.emplace(doc, &s.gate, each != nullptr ? 0 : text.size() / 256 + 8);
    std::size_t handed = 0; // mentions handed to `each` before this window's
    std::size_t from = 0;
    do {
        const std::size_t to = window_end(text, from);
        lex::tokenize(text.substr(from, to - from), s.ts);
        const window w{s.ts, from, static_cast<std::uint32_t>(doc.sentences.size())};
        add_sentences(w, doc);
        grammar::scan(s.ts, index, s.scan, s.matches);
        refine::refine(s.ts, s.matches);
        ctx.doc_type = resolve::settle_kind(ctx.doc_type, s.ts, s.matches, ctx.dct);
        if (linker) {
            s.gate.mentions.clear();
            s.gate.mention_base = doc.mentions.size();
        }
        resolve_all(w, s.matches, ctx, doc, linker ? &s.gate.mentions : nullptr);
        if (linker) {
            note_for_gate(w, s.scan.facts, s.gate);
            linker->link(doc, events::token_view{&s.ts, static_cast<std::uint32_t>(from)},
                         w.sentence, static_cast<std::uint32_t>(doc.sentences.size()),
                         static_cast<std::uint32_t>(handed), to < text.size());
        }
        if (each != nullptr) {
            (*each)(doc, handed);
            handed += doc.mentions.size();
            doc.mentions.clear();
        }
        from = to;
    } while (from < text.size());
    if (linker) linker->finish(doc);
    trim(s);
}

bool views(std::string_view text, const std::string& s) noexcept {
    const std::less<> before; // a total order, even between unrelated buffers
    return !before(text.data(), s.data()) && before(text.data(), s.data() + s.size());
}

// The text goes in first, so that a `text` viewing anything else the document holds (a
// mention's text, say) is read before the lists are cleared.
void take_text(document& doc, std::string_view text) {
    std::string own;
    if (views(text, doc.text)) {
        own.assign(text);
        text = own;
    }
    doc.text.reserve(text.size());
    detail::prefer_huge_pages(doc.text);
    doc.text.assign(text);
}

void clear_results(document& doc) noexcept {
    doc.sentences.clear();
    doc.mentions.clear();
    doc.reaches.clear();
    doc.events.clear();
    doc.diagnostics.clear();
}

// When the text could not even be copied, nothing of the document before stays.
void start_over(document& doc) noexcept {
    doc.text.clear();
    clear_results(doc);
}

} // namespace

document extractor::extract(std::string_view text, const extract_options& options) const {
    document doc;
    extract(text, options, doc);
    return doc;
}

void extractor::extract(std::string_view text, const extract_options& options,
                        document& doc) const {
    extract_windows(text, options, doc, nullptr);
}

void extractor::extract(std::string_view text, const extract_options& options, document& doc,
                        const window_sink& each) const {
    extract_windows(text, options, doc, &each);
}

void extractor::extract_windows(std::string_view text, const extract_options& options,
                                document& doc, const window_sink* each) const {
    constexpr std::size_t limit = std::numeric_limits<std::uint32_t>::max() - 1;
    const bool too_long = text.size() > limit;
    if (too_long) text = text.substr(0, limit);
    doc.dct = options.dct;
    bool cleared = false;
    try {
        take_text(doc, text);
        clear_results(doc);
        cleared = true;
        if (too_long)
            doc.diagnostics.push_back({{0, static_cast<std::uint32_t>(limit)},
                                       "text longer than 4 GiB: only the first 4 GiB were read"});
        run(doc, impl_->index, options, each);
    } catch (const std::exception& e) {
        if (!cleared) start_over(doc);
        doc.diagnostics.push_back({{}, std::string("extraction stopped early: ") + e.what()});
    } catch (...) {
        if (!cleared) start_over(doc);
        doc.diagnostics.push_back({{}, "extraction stopped early"});
    }
}

namespace {

bool read_number(std::string_view s, std::size_t at, std::size_t n, int& out) {
    if (at + n > s.size()) return false;
    out = lex::to_int(s.substr(at, n));
    return out >= 0;
}

/// The day and clock time of a DCT without its zone suffix.
template<class Bad>
expected<anchor> parse_local_anchor(std::string_view dct, const Bad& bad) {
    int y = 0, m = 0, d = 0;
    if (dct.size() < 10 || dct[4] != '-' || dct[7] != '-' || !read_number(dct, 0, 4, y) ||
        !read_number(dct, 5, 2, m) || !read_number(dct, 8, 2, d))
        return bad("not a date");
    const date::year_month_day ymd{date::year{y}, date::month{static_cast<unsigned>(m)},
                                   date::day{static_cast<unsigned>(d)}};
    if (!ymd.ok()) return bad("no such day");
    anchor a;
    a.day = date::sys_days{ymd};
    if (dct.size() > 10) {
        int hh = 0, mm = 0, ss = 0;
        if (dct[10] != 'T' || dct.size() < 16 || dct[13] != ':' || !read_number(dct, 11, 2, hh) ||
            !read_number(dct, 14, 2, mm))
            return bad("bad time of day");
        if (dct.size() > 16 && (dct.size() != 19 || dct[16] != ':' || !read_number(dct, 17, 2, ss)))
            return bad("bad seconds");
        if (hh > 23 || mm > 59 || ss > 59) return bad("no such time of day");
        a.time_of_day = std::chrono::seconds{hh * 3600 + mm * 60 + ss};
    }
    return a;
}

/// The IANA zone of a DCT's own UTC offset: "Z" and "+00:00" are Etc/UTC, "+02:00" is
/// Etc/GMT-2 (POSIX signs are inverted); empty when the offset is not whole hours.
std::string zone_of_offset(std::string_view suffix) {
    if (suffix == "Z") return "Etc/UTC";
    int hh = 0, mm = 0;
    const bool colon = suffix.size() == 6 && suffix[3] == ':';
    if ((suffix.size() != 5 && !colon) || !read_number(suffix, 1, 2, hh) ||
        !read_number(suffix, colon ? 4 : 3, 2, mm) || hh > 14 || mm != 0)
        return {};
    if (hh == 0) return "Etc/UTC";
    return std::string("Etc/GMT") + (suffix[0] == '+' ? "-" : "+") + std::to_string(hh);
}

} // namespace

expected<anchor> parse_anchor(std::string_view dct, std::string_view zone) {
    const auto bad = [&](std::string_view why) {
        // A DCT read from an input may be megabytes long; the message quotes its start.
        const auto shown =
            dct.size() > 64 ? std::string(dct.substr(0, 64)) + "..." : std::string(dct);
        return error{errc::invalid_argument,
                     "invalid DCT \"" + shown + "\": " + std::string(why) +
                         " (expected YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS], optionally with Z or "
                         "+HH:MM)"};
    };
    // A time may end in its own zone: "Z", "+02:00", "-0500".
    std::string own_zone;
    auto body = dct;
    if (const auto at = dct.find_last_of("Z+-");
        dct.size() > 16 && at != std::string_view::npos && at >= 16) {
        own_zone = zone_of_offset(dct.substr(at));
        if (own_zone.empty()) return bad("a UTC offset must be whole hours (or give --tz)");
        if (!zone.empty()) return bad("it has its own UTC offset; drop the time zone");
        body = dct.substr(0, at);
    }
    auto a = parse_local_anchor(body, bad);
    if (!a) return a;
    if (!own_zone.empty()) zone = own_zone;
    if (!zone.empty()) {
        try {
            (void)resolve::find_zone(zone);
        } catch (const std::exception&) {
            return error{errc::unknown_time_zone, "unknown time zone \"" + std::string(zone) +
                                                      "\" (expected an IANA name "
                                                      "such as America/New_York)"};
        }
        a->zone = std::string(zone);
    }
    return a;
}

} // namespace kairos
