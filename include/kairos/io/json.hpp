// kairos/io/json.hpp — JSON in and out, header-only, on nlohmann/json (opt-in: link
// nlohmann_json yourself).
//
//   * extract_json(doc): the `kairos extract --format json` contract (docs/json.md,
//     docs/schema/extract.schema.json);
//   * save_timeline / load_timeline: a lossless timeline file (docs/schema/timeline.schema.json),
//     load_timeline(save_timeline(t)) == t;
//   * read_jsonl_record / jsonl_result_line / jsonl_error_line: JSON Lines for corpus work,
//     one document `{"id", "dct", "text"}` per input line, one result per output line.
// Every reading function returns kairos::expected with a message naming what is wrong and where
// ("entries[2].revisions[0].reported: \"2025-02-30\" is not a day").
#pragma once

#include <chrono>
#include <cstdint>
#include <date/date.h>
#include <kairos/document.hpp>
#include <kairos/event.hpp>
#include <kairos/expected.hpp>
#include <kairos/io/json_text.hpp>
#include <kairos/status.hpp>
#include <kairos/timeline.hpp>
#include <kairos/timex.hpp>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kairos::io {

/// JSON with keys in the order written (the documented field order).
using json = nlohmann::ordered_json;

/// The version written into saved timelines; load_timeline accepts this version only.
inline constexpr int timeline_format_version = 1;

namespace detail::js {

// Appends v as `width` digits (v < 10^width).
inline void append_digits(std::string& out, unsigned v, int width) {
    char buf[4];
    for (int i = width - 1; i >= 0; --i, v /= 10) buf[i] = static_cast<char>('0' + v % 10);
    out.append(buf, static_cast<std::size_t>(width));
}

// What date::format("%F") writes, without its stream: files and result lines print days by the
// thousand. Years outside 0000..9999 (never a news date) still go through date::format.
inline bool append_iso_day(std::string& out, date::sys_days d) {
    const date::year_month_day ymd{d};
    const int y = static_cast<int>(ymd.year());
    if (y < 0 || y > 9999) return false;
    append_digits(out, static_cast<unsigned>(y), 4);
    out += '-';
    append_digits(out, static_cast<unsigned>(ymd.month()), 2);
    out += '-';
    append_digits(out, static_cast<unsigned>(ymd.day()), 2);
    return true;
}

inline std::string iso_day(date::sys_days d) {
    std::string out;
    if (!append_iso_day(out, d)) return date::format("%F", d);
    return out;
}

/// "2025-09-17T14:30:00Z", as date::format("%FT%TZ") writes it.
inline std::string iso_instant(date::sys_seconds t) {
    const auto day = date::floor<date::days>(t);
    std::string out;
    if (!append_iso_day(out, day)) return date::format("%FT%TZ", t);
    const auto secs = static_cast<unsigned>((t - day).count());
    out += 'T';
    append_digits(out, secs / 3600, 2);
    out += ':';
    append_digits(out, secs / 60 % 60, 2);
    out += ':';
    append_digits(out, secs % 60, 2);
    out += 'Z';
    return out;
}

/// "2025-09-14", or "2025-09-14T09:30" / "...T09:30:15" when the DCT has a clock time.
inline std::string dct_string(const anchor& a) {
    std::string s = iso_day(a.day);
    if (!a.time_of_day) return s;
    const auto secs = a.time_of_day->count();
    s += date::format(secs % 60 == 0 ? "T%H:%M" : "T%T", date::sys_seconds{*a.time_of_day});
    return s;
}

/// Thrown inside this header only; every public reader turns it into an error.
struct failure {
    std::string message;
};

[[noreturn]] inline void fail(const std::string& path, const std::string& what) {
    throw failure{(path.empty() ? std::string() : path + ": ") + what};
}

/// The first bytes of s, at most `max`, never cutting a UTF-8 sequence in two.
inline std::string_view utf8_prefix(std::string_view s, std::size_t max) noexcept {
    if (s.size() <= max) return s;
    std::size_t n = max;
    while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
    return s.substr(0, n);
}

/// A value as an error message shows it: a scalar as JSON, a string cut after 64 bytes, an
/// array or object by its size. Printing a container whole would recurse as deep as the input
/// nests (a stack overflow at 80,000 levels) and copy megabytes into a one-line message.
inline std::string quoted(const json& j) {
    constexpr std::size_t shown = 64;
    const auto count = [](std::size_t n, const char* one, const char* many) {
        return std::to_string(n) + " " + (n == 1 ? one : many);
    };
    if (j.is_array() && !j.empty()) return "an array of " + count(j.size(), "item", "items");
    if (j.is_object() && !j.empty()) return "an object of " + count(j.size(), "member", "members");
    if (j.is_string()) {
        const auto& s = j.get_ref<const std::string&>();
        if (s.size() > shown)
            return json(std::string(utf8_prefix(s, shown)) + "...")
                       .dump(-1, ' ', false, json::error_handler_t::replace) +
                   " (" + count(s.size(), "byte", "bytes") + ")";
    }
    return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

inline const json& member(const json& obj, const std::string& path, const char* key) {
    if (!obj.is_object()) fail(path, "expected an object, found " + quoted(obj));
    const auto it = obj.find(key);
    if (it == obj.end()) fail(path, std::string("missing \"") + key + "\"");
    return *it;
}

inline std::string sub(const std::string& path, const char* key) {
    return path.empty() ? std::string(key) : path + "." + key;
}

inline std::string string_at(const json& obj, const std::string& path, const char* key) {
    const auto& v = member(obj, path, key);
    if (!v.is_string()) fail(sub(path, key), "expected a string, found " + quoted(v));
    return v.get<std::string>();
}

inline timex value_string_of(const json& v, const std::string& path) {
    if (!v.is_string()) fail(path, "expected a TIMEX3 value string, found " + quoted(v));
    const auto s = v.get<std::string>();
    const auto t = timex::parse(s);
    if (!t.ok()) fail(path, quoted(v) + " is not a TIMEX3 value (" + std::string(t.error()) + ")");
    return t;
}

// A value string, or {"value": string, "mod": string}. The value inside is read as a string
// only: reading it as another object would recurse once per level of a hostile file's nesting.
inline timex timex_of(const json& v, const std::string& path) {
    if (!v.is_object()) return value_string_of(v, path);
    const auto t = value_string_of(member(v, path, "value"), sub(path, "value"));
    const auto m = string_at(v, path, "mod");
    const auto mod = parse_timex_mod(m);
    if (!mod) fail(sub(path, "mod"), "unknown TimeML mod \"" + m + "\"");
    return t.with_mod(*mod);
}

/// Whether `s` has the shape of `shape`, where 'd' stands for any digit.
constexpr bool has_shape(std::string_view s, std::string_view shape) noexcept {
    if (s.size() != shape.size()) return false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const bool digit = s[i] >= '0' && s[i] <= '9';
        if (shape[i] == 'd' ? !digit : s[i] != shape[i]) return false;
    }
    return true;
}

inline date::sys_days day_of(const json& v, const std::string& path) {
    // the written form only: a TIMEX3 day with an era ("BC2025-09-01") has no YYYY-MM-DD to be
    // saved back as (found by fuzz_json)
    if (v.is_string() && has_shape(v.get_ref<const std::string&>(), "dddd-dd-dd")) {
        const auto t = timex::parse(v.get<std::string>());
        if (t.ok() && t.grain() == grain::day && t.str() == v.get<std::string>())
            if (const auto b = t.bounds()) return b->first_day;
    }
    fail(path, quoted(v) + " is not a day (YYYY-MM-DD)");
}

/// Strict "YYYY-MM-DDTHH:MM:SSZ". Checked by hand: date::parse leaves fields uninitialized on
/// some malformed input (found by fuzz_json), and a loader must reject, never guess.
inline std::optional<date::sys_seconds> parse_utc_instant(std::string_view s) noexcept {
    if (!has_shape(s, "dddd-dd-ddTdd:dd:ddZ")) return std::nullopt;
    const auto num = [&](std::size_t at, std::size_t n) {
        int x = 0;
        for (std::size_t i = at; i < at + n; ++i) x = x * 10 + (s[i] - '0');
        return x;
    };
    const date::year_month_day ymd{date::year{num(0, 4)},
                                   date::month{static_cast<unsigned>(num(5, 2))},
                                   date::day{static_cast<unsigned>(num(8, 2))}};
    const int h = num(11, 2), m = num(14, 2), sec = num(17, 2);
    if (!ymd.ok() || h > 23 || m > 59 || sec > 59) return std::nullopt;
    return date::sys_days{ymd} + std::chrono::hours{h} + std::chrono::minutes{m} +
           std::chrono::seconds{sec};
}

inline date::sys_seconds instant_of(const json& v, const std::string& path) {
    if (v.is_string())
        if (const auto t = parse_utc_instant(v.get<std::string>())) return *t;
    fail(path, quoted(v) + " is not a UTC instant (YYYY-MM-DDTHH:MM:SSZ)");
}

template<class F>
auto array_of(const json& obj, const std::string& path, const char* key, F&& each) {
    const auto& v = member(obj, path, key);
    const auto at = sub(path, key);
    if (!v.is_array()) fail(at, "expected an array, found " + quoted(v));
    std::vector<decltype(each(v, at))> out;
    for (std::size_t i = 0; i < v.size(); ++i)
        out.push_back(each(v[i], at + "[" + std::to_string(i) + "]"));
    return out;
}

inline std::vector<std::string> strings_at(const json& obj, const std::string& path,
                                           const char* key) {
    return array_of(obj, path, key, [](const json& v, const std::string& p) {
        if (!v.is_string()) fail(p, "expected a string, found " + quoted(v));
        return v.get<std::string>();
    });
}

} // namespace detail::js

// --- the one writer --------------------------------------------------------------------------

namespace detail::js {

/// JSON text written straight into a string, with no tree in between (a tree costs an
/// allocation per member, more than extracting the document). Compact with indent < 0, else
/// indented exactly as nlohmann's dump(indent) indents (the tests compare both printers). Each
/// schema below is described once, as a sequence of writer calls; the nlohmann trees
/// (extract_json, timeline_json) are parsed from this text.
///
/// A writer may be given a drain: after each array item, when the text holds `drain_at` bytes
/// or more, the drain receives it and empties it, so a document of any size is written in
/// pieces of about that size.
class writer {
public:
    using drain_fn = void (*)(void* context, std::string& text);
    static constexpr std::size_t drain_at = std::size_t{1} << 16;

    writer(std::string& out, int indent, drain_fn drain = nullptr, void* context = nullptr) noexcept
        : out_(out), indent_(indent), drain_(drain), context_(context) {}

    void begin_object() { open('{'); }
    void end_object() { close('}'); }
    void begin_array() { open('['); }
    void end_array() { close(']'); }

    /// A member's key (a plain ASCII literal); its value is the next thing written.
    void key(std::string_view k) {
        separate();
        out_ += '"';
        out_ += k;
        out_ += indent_ >= 0 ? "\": " : "\":";
        after_key_ = true;
    }

    /// A string as dump(..., replace) writes it: bytes that are not UTF-8 become U+FFFD.
    void string(std::string_view s) {
        start_value();
        if (!append_string(out_, s))
            out_ += json(std::string(s)).dump(-1, ' ', false, json::error_handler_t::replace);
    }
    void number(std::uint64_t v) {
        start_value();
        append_uint(out_, v);
    }
    void signed_number(std::int64_t v) {
        start_value();
        if (v < 0) out_ += '-';
        append_uint(out_,
                    v < 0 ? 0 - static_cast<std::uint64_t>(v) : static_cast<std::uint64_t>(v));
    }
    void null() {
        start_value();
        out_ += "null";
    }
    void optional_string(const std::optional<std::string_view>& s) {
        if (s)
            string(*s);
        else
            null();
    }

    /// `[a,b,...]`, each item written by `each(item)`.
    template<class Items, class Each>
    void array(const Items& items, Each each) {
        begin_array();
        for (const auto& item : items) {
            each(item);
            drain_if_full();
        }
        end_array();
    }

    /// Hands the text to the drain when it holds drain_at bytes or more.
    void drain_if_full() {
        if (drain_ != nullptr && out_.size() >= drain_at) drain_(context_, out_);
    }

private:
    static constexpr int max_depth = 16;

    void open(char c) {
        start_value();
        out_ += c;
        ++depth_;
        first_[depth_] = true;
    }
    void close(char c) {
        const bool empty = first_[depth_];
        --depth_;
        if (!empty) newline();
        out_ += c;
    }
    void start_value() {
        if (after_key_) {
            after_key_ = false;
            return;
        }
        if (depth_ > 0) separate();
    }
    void separate() {
        if (!first_[depth_]) out_ += ',';
        first_[depth_] = false;
        newline();
    }
    void newline() {
        if (indent_ < 0) return;
        out_ += '\n';
        out_.append(static_cast<std::size_t>(depth_) * static_cast<std::size_t>(indent_), ' ');
    }

    std::string& out_;
    int indent_;
    drain_fn drain_;
    void* context_;
    int depth_ = 0;
    bool after_key_ = false;
    bool first_[max_depth + 1]{};
};

inline void write_day(writer& w, const std::optional<bounds>& b, bool first) {
    if (b)
        w.string(iso_day(first ? b->first_day : b->last_day));
    else
        w.null();
}

inline void write_instant(writer& w, const std::optional<date::sys_seconds>& t) {
    if (t)
        w.string(iso_instant(*t));
    else
        w.null();
}

inline std::optional<std::string_view> mod_name(const timex& t) {
    if (t.mod() == timex_mod::none) return std::nullopt;
    return to_string(t.mod());
}

/// `{"begin", "end", "text", "type", "value", "mod"}`; mod is null when absent; a range or a
/// duration that points somewhere adds `"reach": {"begin", "end"}`, its two TIMEX3 ends.
inline void write_mention(writer& w, const mention& m, const reach* r = nullptr) {
    w.begin_object();
    w.key("begin"), w.number(m.begin);
    w.key("end"), w.number(m.end);
    w.key("text"), w.string(m.text);
    w.key("type"), w.string(to_string(m.type));
    w.key("value"), w.string(m.value.chars().view());
    w.key("mod"), w.optional_string(mod_name(m.value));
    if (r) {
        w.key("reach"), w.begin_object();
        w.key("begin"), w.string(r->begin.chars().view());
        w.key("end"), w.string(r->end.chars().view());
        w.end_object();
    }
    w.end_object();
}

/// `{"kind", "value", "first", "last", "instant_utc", "subject", "mentions", "history"}`.
inline void write_event(writer& w, const event& e) {
    const auto b = event_bounds(e);
    w.begin_object();
    w.key("kind"), w.string(to_string(e.kind));
    w.key("value"), w.string(e.value.chars().view());
    w.key("first"), write_day(w, b, true);
    w.key("last"), write_day(w, b, false);
    w.key("instant_utc"), write_instant(w, e.instant_utc);
    w.key("subject"), w.string(e.subject);
    w.key("mentions"), w.array(e.mentions, [&](std::uint32_t m) { w.number(m); });
    w.key("history"), w.array(e.history, [&](const timex& h) { w.string(h.chars().view()); });
    w.end_object();
}

/// `{["id",] "dct", ["tz",] "mentions": [` — write_extract up to its first mention.
inline void write_extract_head(writer& w, const document& doc,
                               const std::optional<std::string_view>& id) {
    w.begin_object();
    if (id) w.key("id"), w.string(*id);
    w.key("dct"), w.string(dct_string(doc.dct));
    if (!doc.dct.zone.empty()) w.key("tz"), w.string(doc.dct.zone);
    w.key("mentions"), w.begin_array();
}

/// The mentions of doc.mentions, inside the array write_extract_head opened.
inline void write_extract_mentions(writer& w, const document& doc) {
    for (const mention& m : doc.mentions) {
        write_mention(w, m, doc.reach_of(m));
        w.drain_if_full();
    }
}

/// `], "events": [...]}` — write_extract after its last mention.
inline void write_extract_tail(writer& w, const document& doc) {
    w.end_array();
    w.key("events"), w.array(doc.events, [&](const event& e) { write_event(w, e); });
    w.end_object();
}

/// `{["id",] "dct", ["tz",] "mentions", "events"}`.
inline void write_extract(writer& w, const document& doc,
                          const std::optional<std::string_view>& id) {
    write_extract_head(w, doc, id);
    write_extract_mentions(w, doc);
    write_extract_tail(w, doc);
}

template<class Item, class Write>
json tree_of(const Item& item, Write write) {
    std::string text;
    writer w(text, -1);
    write(w, item);
    return json::parse(text);
}

} // namespace detail::js

// --- the extract contract ------------------------------------------------------------------

/// One mention as `{"begin", "end", "text", "type", "value", "mod"}`; mod is null when absent.
[[nodiscard]] inline json mention_json(const mention& m) {
    return detail::js::tree_of(
        m, [](detail::js::writer& w, const mention& x) { detail::js::write_mention(w, x); });
}

/// One event as `{"kind", "value", "first", "last", "instant_utc", "subject", "mentions",
/// "history"}`; first/last are the inclusive ISO days of its bounds, or null when unknown.
[[nodiscard]] inline json event_json(const event& e) {
    return detail::js::tree_of(e, detail::js::write_event);
}

/// extract_json as text: indented by `indent` spaces when >= 0, on one line with -1. Bytes
/// that are not valid UTF-8 (the input may hold any) are written as U+FFFD.
[[nodiscard]] inline std::string extract_json_text(const document& doc, int indent = 2) {
    std::string out;
    out.reserve(128 + 160 * doc.mentions.size() + 320 * doc.events.size());
    detail::js::writer w(out, indent);
    detail::js::write_extract(w, doc, std::nullopt);
    return out;
}

/// The document as `{"dct", "mentions", "events"}` (plus "tz" when the DCT names a zone), as a
/// tree: extract_json_text parsed back (so strings hold U+FFFD where the text was not UTF-8).
[[nodiscard]] inline json extract_json(const document& doc) {
    return json::parse(extract_json_text(doc, -1));
}

/// Writes extract_json_text(doc, indent) — with `"id"` first when `id` is given, as
/// jsonl_result_line does — to `sink` (called with a std::string& it may empty) in pieces of
/// about 64 KiB, so a document with millions of mentions needs no text of its size in memory.
template<class Sink>
void write_extract_json(const document& doc, int indent, Sink& sink,
                        std::optional<std::string_view> id = std::nullopt) {
    std::string buf;
    buf.reserve(detail::js::writer::drain_at + 4096);
    const auto drain = [](void* s, std::string& text) { (*static_cast<Sink*>(s))(text); };
    detail::js::writer w(buf, indent, drain, &sink);
    detail::js::write_extract(w, doc, id);
    sink(buf);
}

/// write_extract_json for a document whose mentions come a window at a time
/// (extractor::extract with a window_sink): begin() with the document before its first
/// window, mentions() with each window, end() with the document extract returned (its
/// events). The text is the same as extract_json_text's and goes to `sink` (called with a
/// std::string& it may empty) in pieces of about 64 KiB, so memory does not grow with the
/// number of mentions.
template<class Sink>
class extract_json_stream {
public:
    extract_json_stream(int indent, Sink& sink, std::optional<std::string_view> id = std::nullopt)
        : sink_(sink), id_(id), w_(buf_, indent, drain, &sink) {
        buf_.reserve(detail::js::writer::drain_at + 4096);
    }
    extract_json_stream(const extract_json_stream&) = delete;
    extract_json_stream& operator=(const extract_json_stream&) = delete;

    void begin(const document& doc) { detail::js::write_extract_head(w_, doc, id_); }
    void mentions(const document& doc) { detail::js::write_extract_mentions(w_, doc); }
    void end(const document& doc) {
        detail::js::write_extract_tail(w_, doc);
        sink_(buf_);
    }

private:
    static void drain(void* s, std::string& text) { (*static_cast<Sink*>(s))(text); }

    Sink& sink_;
    std::optional<std::string_view> id_;
    std::string buf_;
    detail::js::writer w_;
};

// --- timeline files ------------------------------------------------------------------------

namespace detail::js {

/// A value in a timeline file: its TIMEX3 string, or {"value", "mod"} when it has a mod (the
/// mod is a separate TimeML attribute, not part of the value string).
inline void write_timex(writer& w, const timex& t) {
    const auto mod = mod_name(t);
    if (!mod) return w.string(t.chars().view());
    w.begin_object();
    w.key("value"), w.string(t.chars().view());
    w.key("mod"), w.string(*mod);
    w.end_object();
}

inline void write_full_event(writer& w, const event& e) {
    w.begin_object();
    w.key("kind"), w.string(to_string(e.kind));
    w.key("value"), write_timex(w, e.value);
    w.key("end");
    if (e.end)
        write_timex(w, *e.end);
    else
        w.null();
    w.key("instant_utc"), write_instant(w, e.instant_utc);
    w.key("subject"), w.string(e.subject);
    w.key("sentence"), w.string(e.sentence);
    w.key("mentions"), w.array(e.mentions, [&](std::uint32_t m) { w.number(m); });
    w.key("history"), w.array(e.history, [&](const timex& h) { write_timex(w, h); });
    w.key("extensions");
    if (e.extensions)
        w.signed_number(*e.extensions);
    else
        w.null();
    w.end_object();
}

/// `{"event", "first", "last", "revisions", "sources"}`; first/last are for readers (a
/// loader derives them from the event).
inline void write_entry(writer& w, const timeline_entry& x) {
    w.begin_object();
    w.key("event"), write_full_event(w, x.event);
    w.key("first"), write_day(w, x.bounds, true);
    w.key("last"), write_day(w, x.bounds, false);
    w.key("revisions"), w.array(x.revisions, [&](const revision& r) {
        w.begin_object();
        w.key("value"), write_timex(w, r.value);
        w.key("source"), w.string(r.source);
        w.key("reported"), w.string(iso_day(r.reported));
        w.end_object();
    });
    w.key("sources"), w.array(x.sources, [&](const std::string& s) { w.string(s); });
    w.end_object();
}

/// `{"kairos_timeline": 1, "entries": [...]}`, entries in insertion order.
inline void write_timeline(writer& w, const timeline& tl) {
    w.begin_object();
    w.key("kairos_timeline"), w.number(timeline_format_version);
    w.key("entries"), w.array(tl.entries(), [&](const timeline_entry& x) { write_entry(w, x); });
    w.end_object();
}

inline event full_event_of(const json& j, const std::string& path) {
    event e;
    const auto kind = string_at(j, path, "kind");
    const auto k = parse_event_kind(kind);
    if (!k) fail(sub(path, "kind"), "unknown event kind \"" + kind + "\"");
    e.kind = *k;
    e.value = timex_of(member(j, path, "value"), sub(path, "value"));
    if (const auto& end = member(j, path, "end"); !end.is_null())
        e.end = timex_of(end, sub(path, "end"));
    if (const auto& t = member(j, path, "instant_utc"); !t.is_null())
        e.instant_utc = instant_of(t, sub(path, "instant_utc"));
    e.subject = string_at(j, path, "subject");
    e.sentence = string_at(j, path, "sentence");
    e.mentions = array_of(j, path, "mentions", [](const json& v, const std::string& p) {
        if (!v.is_number_unsigned() || v.get<std::uint64_t>() > 0xffffffffu)
            fail(p, "expected a mention index, found " + quoted(v));
        return v.get<std::uint32_t>();
    });
    e.history = array_of(j, path, "history", timex_of);
    if (const auto& n = member(j, path, "extensions"); !n.is_null()) {
        if (!n.is_number_integer() || n.get<std::int64_t>() < 0 || n.get<std::int64_t>() > 1000)
            fail(sub(path, "extensions"), "expected a count, found " + quoted(n));
        e.extensions = n.get<int>();
    }
    return e;
}

inline timeline_entry entry_of(const json& j, const std::string& path) {
    timeline_entry x;
    x.event = full_event_of(member(j, path, "event"), sub(path, "event"));
    x.bounds = event_bounds(x.event);
    x.revisions = array_of(j, path, "revisions", [](const json& r, const std::string& p) {
        return revision{timex_of(member(r, p, "value"), sub(p, "value")), string_at(r, p, "source"),
                        day_of(member(r, p, "reported"), sub(p, "reported"))};
    });
    x.sources = strings_at(j, path, "sources");
    return x;
}

} // namespace detail::js

/// The timeline as a JSON text, indented by `indent` spaces (compact with -1):
/// `{"kairos_timeline": 1, "entries": [...]}`, entries in insertion order, each `{"event",
/// "first", "last", "revisions", "sources"}`.
[[nodiscard]] inline std::string save_timeline(const timeline& tl, int indent = 2) {
    std::string out;
    detail::js::writer w(out, indent);
    detail::js::write_timeline(w, tl);
    return out;
}

/// The timeline as a tree: save_timeline's text parsed back.
[[nodiscard]] inline json timeline_json(const timeline& tl) {
    return json::parse(save_timeline(tl, -1));
}

/// Rebuilds a timeline from timeline_json output.
[[nodiscard]] inline expected<timeline> timeline_from_json(const json& j) {
    try {
        const auto& version = detail::js::member(j, "", "kairos_timeline");
        if (version != timeline_format_version)
            detail::js::fail("kairos_timeline", "unsupported version " +
                                                    detail::js::quoted(version) +
                                                    " (this build reads version 1)");
        auto entries = detail::js::array_of(j, "", "entries", detail::js::entry_of);
        timeline tl;
        tl.reserve(entries.size());
        for (auto& x : entries) tl.insert(std::move(x));
        return tl;
    } catch (const detail::js::failure& f) {
        return error{errc::parse_error, "timeline: " + f.message};
    } catch (const nlohmann::json::exception& e) {
        return error{errc::parse_error, std::string("timeline: ") + e.what()};
    }
}

/// Parses a JSON text and rebuilds the timeline it holds.
[[nodiscard]] inline expected<timeline> load_timeline(std::string_view text) {
    if (detail::js::json_depth(text) > detail::js::max_json_depth)
        return error{errc::parse_error, "timeline: nested deeper than " +
                                            std::to_string(detail::js::max_json_depth) + " levels"};
    auto j = json::parse(text, nullptr, false);
    if (j.is_discarded()) return error{errc::parse_error, "timeline: not valid JSON"};
    return timeline_from_json(j);
}

// --- JSON Lines ----------------------------------------------------------------------------

/// One input document of a JSON Lines stream.
struct jsonl_record {
    std::string id;   ///< a string, or a number written as its decimal text
    std::string dct;  ///< as given; pass it to kairos::parse_anchor
    std::string text; ///< the document text
    friend bool operator==(const jsonl_record&, const jsonl_record&) = default;
};

namespace detail::js {

/// The record of a flat object with exactly one string "dct", one string "text" and one
/// string or integer "id"; nullopt for anything else, left to the full parser to read or
/// explain.
inline std::optional<jsonl_record> flat_record(std::string_view line) {
    auto members = flat_reader(line).object();
    if (!members) return std::nullopt;
    constexpr std::string_view names[] = {"id", "dct", "text"};
    flat_member* found[] = {nullptr, nullptr, nullptr};
    for (flat_member& m : *members)
        for (std::size_t k = 0; k < 3; ++k)
            if (m.key == names[k]) {
                if (found[k] != nullptr) return std::nullopt; // a repeated key
                found[k] = &m;
            }
    if (!found[0] || !found[1] || !found[2] || !found[1]->is_string || !found[2]->is_string)
        return std::nullopt;
    return jsonl_record{std::move(found[0]->value), std::move(found[1]->value),
                        std::move(found[2]->value)};
}

/// read_jsonl_record through the document tree: what decides every line flat_record refuses.
inline expected<jsonl_record> tree_record(std::string_view line, std::size_t line_no) {
    const std::string where = "line " + std::to_string(line_no);
    if (json_depth(line) > max_json_depth)
        return error{errc::parse_error,
                     where + ": nested deeper than " + std::to_string(max_json_depth) + " levels"};
    const auto j = json::parse(line, nullptr, false);
    if (j.is_discarded()) return error{errc::parse_error, where + ": not valid JSON"};
    try {
        jsonl_record r;
        const auto& id = detail::js::member(j, where, "id");
        if (id.is_string()) {
            r.id = id.get<std::string>();
        } else if (id.is_number_integer()) {
            r.id = id.dump();
        } else {
            detail::js::fail(where + ".id", "expected a string or an integer, found " + quoted(id));
        }
        r.dct = detail::js::string_at(j, where, "dct");
        r.text = detail::js::string_at(j, where, "text");
        return r;
    } catch (const detail::js::failure& f) {
        return error{errc::parse_error, f.message};
    }
}

} // namespace detail::js

/// Reads one line `{"id", "dct", "text"}` (other members are ignored). `line_no` (1-based)
/// prefixes the message: `line 3: missing "dct"`.
[[nodiscard]] inline expected<jsonl_record> read_jsonl_record(std::string_view line,
                                                              std::size_t line_no) {
    if (auto r = detail::js::flat_record(line)) return std::move(*r);
    return detail::js::tree_record(line, line_no);
}

/// One output line: the extract JSON of `doc` with `"id"` first, compact, no newline.
[[nodiscard]] inline std::string jsonl_result_line(std::string_view id, const document& doc) {
    std::string out;
    out.reserve(128 + id.size() + 160 * doc.mentions.size() + 320 * doc.events.size());
    detail::js::writer w(out, -1);
    detail::js::write_extract(w, doc, id);
    return out;
}

/// One output line for a document that could not be processed: `{"id", "error"}`. A message
/// longer than 1 KiB is cut (a message that quotes its input must not grow with it).
[[nodiscard]] inline std::string jsonl_error_line(std::string_view id, const error& e) {
    constexpr std::size_t longest = 1024;
    std::string message(detail::js::utf8_prefix(e.message, longest));
    if (message.size() < e.message.size()) message += "...";
    std::string out;
    detail::js::writer w(out, -1);
    w.begin_object();
    w.key("id"), w.string(id);
    w.key("error"), w.string(message);
    w.end_object();
    return out;
}

} // namespace kairos::io
