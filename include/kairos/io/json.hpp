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

inline json optional_day(const std::optional<bounds>& b, bool first) {
    if (!b) return nullptr;
    return iso_day(first ? b->first_day : b->last_day);
}

inline json optional_instant(const std::optional<date::sys_seconds>& t) {
    if (!t) return nullptr;
    return iso_instant(*t);
}

inline json timex_list(const std::vector<timex>& values) {
    json out = json::array();
    for (const auto& v : values) out.push_back(v.str());
    return out;
}

/// A value in a timeline file: its TIMEX3 string, or {"value", "mod"} when it has a mod (the
/// mod is a separate TimeML attribute, not part of the value string).
inline json timex_out(const timex& t) {
    if (t.mod() == timex_mod::none) return t.str();
    return json{{"value", t.str()}, {"mod", std::string(to_string(t.mod()))}};
}

inline json timex_list_out(const std::vector<timex>& values) {
    json out = json::array();
    for (const auto& v : values) out.push_back(timex_out(v));
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

inline std::string quoted(const json& j) {
    return j.dump();
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

inline date::sys_days day_of(const json& v, const std::string& path) {
    if (v.is_string()) {
        const auto t = timex::parse(v.get<std::string>());
        if (t.ok() && t.grain() == grain::day && t.str() == v.get<std::string>())
            if (const auto b = t.bounds()) return b->first_day;
    }
    fail(path, quoted(v) + " is not a day (YYYY-MM-DD)");
}

/// Strict "YYYY-MM-DDTHH:MM:SSZ". Checked by hand: date::parse leaves fields uninitialized on
/// some malformed input (found by fuzz_json), and a loader must reject, never guess.
inline std::optional<date::sys_seconds> parse_utc_instant(std::string_view s) noexcept {
    constexpr std::string_view shape = "dddd-dd-ddTdd:dd:ddZ";
    if (s.size() != shape.size()) return std::nullopt;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const bool digit = s[i] >= '0' && s[i] <= '9';
        if (shape[i] == 'd' ? !digit : s[i] != shape[i]) return std::nullopt;
    }
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

// --- the extract contract ------------------------------------------------------------------

/// One mention as `{"begin", "end", "text", "type", "value", "mod"}`; mod is null when absent.
[[nodiscard]] inline json mention_json(const mention& m) {
    json j;
    j["begin"] = m.begin;
    j["end"] = m.end;
    j["text"] = m.text;
    j["type"] = std::string(to_string(m.type));
    j["value"] = m.value.str();
    const auto mod = m.value.mod();
    j["mod"] = mod == timex_mod::none ? json(nullptr) : json(std::string(to_string(mod)));
    return j;
}

/// One event as `{"kind", "value", "first", "last", "instant_utc", "subject", "mentions",
/// "history"}`; first/last are the inclusive ISO days of its bounds, or null when unknown.
[[nodiscard]] inline json event_json(const event& e) {
    const auto b = event_bounds(e);
    json j;
    j["kind"] = std::string(to_string(e.kind));
    j["value"] = e.value.str();
    j["first"] = detail::js::optional_day(b, true);
    j["last"] = detail::js::optional_day(b, false);
    j["instant_utc"] = detail::js::optional_instant(e.instant_utc);
    j["subject"] = e.subject;
    j["mentions"] = e.mentions;
    j["history"] = detail::js::timex_list(e.history);
    return j;
}

/// The document as `{"dct", "mentions", "events"}` (plus "tz" when the DCT names a zone).
[[nodiscard]] inline json extract_json(const document& doc) {
    json j;
    j["dct"] = detail::js::dct_string(doc.dct);
    if (!doc.dct.zone.empty()) j["tz"] = doc.dct.zone;
    j["mentions"] = json::array();
    for (const auto& m : doc.mentions) j["mentions"].push_back(mention_json(m));
    j["events"] = json::array();
    for (const auto& e : doc.events) j["events"].push_back(event_json(e));
    return j;
}

namespace detail::js {

// The compact text of extract_json(doc), written straight into `out` with no tree in between
// (a tree costs an allocation per member, more than extracting the document): the same bytes
// as extract_json(doc).dump(-1, ' ', false, replace), checked over the corpora by the tests.

/// A string as dump(-1, ' ', false, replace) writes it: directly when it is UTF-8, else
/// through nlohmann for its U+FFFD replacements.
inline void append_text(std::string& out, std::string_view s) {
    if (!append_string(out, s))
        out += json(std::string(s)).dump(-1, ' ', false, json::error_handler_t::replace);
}

inline void append_member(std::string& out, std::string_view key) {
    if (out.back() != '{') out += ',';
    out += '"';
    out += key; // keys are plain ASCII literals
    out += "\":";
}

/// `[a,b,...]`, each item written by `each`.
template<class Items, class Each>
void append_array(std::string& out, const Items& items, Each each) {
    out += '[';
    bool first = true;
    for (const auto& item : items) {
        if (!first) out += ',';
        first = false;
        each(item);
    }
    out += ']';
}

inline void append_optional_text(std::string& out, const std::optional<std::string>& s) {
    if (s)
        append_text(out, *s);
    else
        out += "null";
}

inline void append_optional_day(std::string& out, const std::optional<bounds>& b, bool first) {
    if (b)
        append_text(out, iso_day(first ? b->first_day : b->last_day));
    else
        out += "null";
}

inline void append_optional_instant(std::string& out, const std::optional<date::sys_seconds>& t) {
    if (t)
        append_text(out, iso_instant(*t));
    else
        out += "null";
}

inline void append_mention(std::string& out, const mention& m) {
    out += '{';
    append_member(out, "begin");
    append_uint(out, m.begin);
    append_member(out, "end");
    append_uint(out, m.end);
    append_member(out, "text");
    append_text(out, m.text);
    append_member(out, "type");
    append_text(out, to_string(m.type));
    append_member(out, "value");
    append_text(out, m.value.chars().view());
    append_member(out, "mod");
    const auto mod = m.value.mod();
    append_optional_text(out, mod == timex_mod::none ? std::nullopt
                                                     : std::optional(std::string(to_string(mod))));
    out += '}';
}

inline void append_event(std::string& out, const event& e) {
    const auto b = event_bounds(e);
    out += '{';
    append_member(out, "kind");
    append_text(out, to_string(e.kind));
    append_member(out, "value");
    append_text(out, e.value.chars().view());
    append_member(out, "first");
    append_optional_day(out, b, true);
    append_member(out, "last");
    append_optional_day(out, b, false);
    append_member(out, "instant_utc");
    append_optional_instant(out, e.instant_utc);
    append_member(out, "subject");
    append_text(out, e.subject);
    append_member(out, "mentions");
    append_array(out, e.mentions, [&](std::uint32_t m) { append_uint(out, m); });
    append_member(out, "history");
    append_array(out, e.history, [&](const timex& h) { append_text(out, h.chars().view()); });
    out += '}';
}

/// The members of extract_json(doc), appended to an object already opened in `out`.
inline void append_extract_members(std::string& out, const document& doc) {
    append_member(out, "dct");
    append_text(out, dct_string(doc.dct));
    if (!doc.dct.zone.empty()) {
        append_member(out, "tz");
        append_text(out, doc.dct.zone);
    }
    append_member(out, "mentions");
    append_array(out, doc.mentions, [&](const mention& m) { append_mention(out, m); });
    append_member(out, "events");
    append_array(out, doc.events, [&](const event& e) { append_event(out, e); });
}

} // namespace detail::js

/// extract_json as text: pretty with `indent` >= 0, one line with -1. Bytes that are not valid
/// UTF-8 (the input may hold any) are written as U+FFFD rather than failing.
[[nodiscard]] inline std::string extract_json_text(const document& doc, int indent = 2) {
    if (indent >= 0)
        return extract_json(doc).dump(indent, ' ', false, json::error_handler_t::replace);
    std::string out;
    out.reserve(128 + 160 * doc.mentions.size() + 320 * doc.events.size());
    out += '{';
    detail::js::append_extract_members(out, doc);
    out += '}';
    return out;
}

// --- timeline files ------------------------------------------------------------------------

namespace detail::js {

inline json full_event_json(const event& e) {
    json j;
    j["kind"] = std::string(to_string(e.kind));
    j["value"] = timex_out(e.value);
    j["end"] = e.end ? timex_out(*e.end) : json(nullptr);
    j["instant_utc"] = optional_instant(e.instant_utc);
    j["subject"] = e.subject;
    j["sentence"] = e.sentence;
    j["mentions"] = e.mentions;
    j["history"] = timex_list_out(e.history);
    j["extensions"] = e.extensions ? json(*e.extensions) : json(nullptr);
    return j;
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

/// The timeline as JSON: `{"kairos_timeline": 1, "entries": [...]}`, entries in insertion
/// order, each `{"event", "first", "last", "revisions", "sources"}`.
[[nodiscard]] inline json timeline_json(const timeline& tl) {
    json j;
    j["kairos_timeline"] = timeline_format_version;
    j["entries"] = json::array();
    for (const auto& x : tl.entries()) {
        json e;
        e["event"] = detail::js::full_event_json(x.event);
        e["first"] = detail::js::optional_day(x.bounds, true); // for readers; derived on load
        e["last"] = detail::js::optional_day(x.bounds, false);
        e["revisions"] = json::array();
        for (const auto& r : x.revisions)
            e["revisions"].push_back({{"value", detail::js::timex_out(r.value)},
                                      {"source", r.source},
                                      {"reported", detail::js::iso_day(r.reported)}});
        e["sources"] = x.sources;
        j["entries"].push_back(std::move(e));
    }
    return j;
}

namespace detail::js {

// The compact text of timeline_json(tl), written straight into `out` like
// extract_json_text(doc, -1): the same bytes as the tree's dump, checked by the tests.

inline void append_timex_out(std::string& out, const timex& t) {
    if (t.mod() == timex_mod::none) return append_text(out, t.chars().view());
    out += "{\"value\":";
    append_text(out, t.chars().view());
    out += ",\"mod\":";
    append_text(out, to_string(t.mod()));
    out += '}';
}

inline void append_full_event(std::string& out, const event& e) {
    out += '{';
    append_member(out, "kind");
    append_text(out, to_string(e.kind));
    append_member(out, "value");
    append_timex_out(out, e.value);
    append_member(out, "end");
    if (e.end)
        append_timex_out(out, *e.end);
    else
        out += "null";
    append_member(out, "instant_utc");
    append_optional_instant(out, e.instant_utc);
    append_member(out, "subject");
    append_text(out, e.subject);
    append_member(out, "sentence");
    append_text(out, e.sentence);
    append_member(out, "mentions");
    append_array(out, e.mentions, [&](std::uint32_t m) { append_uint(out, m); });
    append_member(out, "history");
    append_array(out, e.history, [&](const timex& h) { append_timex_out(out, h); });
    append_member(out, "extensions");
    if (!e.extensions) {
        out += "null";
    } else {
        if (*e.extensions < 0) out += '-';
        const auto n = static_cast<std::int64_t>(*e.extensions);
        append_uint(out, static_cast<std::uint64_t>(n < 0 ? -n : n));
    }
    out += '}';
}

inline void append_entry(std::string& out, const timeline_entry& x) {
    out += '{';
    append_member(out, "event");
    append_full_event(out, x.event);
    append_member(out, "first");
    append_optional_day(out, x.bounds, true);
    append_member(out, "last");
    append_optional_day(out, x.bounds, false);
    append_member(out, "revisions");
    append_array(out, x.revisions, [&](const revision& r) {
        out += "{\"value\":";
        append_timex_out(out, r.value);
        out += ",\"source\":";
        append_text(out, r.source);
        out += ",\"reported\":";
        append_text(out, iso_day(r.reported));
        out += '}';
    });
    append_member(out, "sources");
    append_array(out, x.sources, [&](const std::string& src) { append_text(out, src); });
    out += '}';
}

} // namespace detail::js

/// The timeline as a JSON text (pretty-printed with `indent` >= 0, compact with -1). The
/// compact form is written directly, without building the tree of timeline_json first (a tree
/// costs about a hundred allocations per entry).
[[nodiscard]] inline std::string save_timeline(const timeline& tl, int indent = 2) {
    if (indent >= 0)
        return timeline_json(tl).dump(indent, ' ', false, json::error_handler_t::replace);
    std::string out = "{\"kairos_timeline\":";
    detail::js::append_uint(out, timeline_format_version);
    out += ",\"entries\":";
    detail::js::append_array(out, tl.entries(),
                             [&](const timeline_entry& x) { detail::js::append_entry(out, x); });
    out += '}';
    return out;
}

/// Rebuilds a timeline from timeline_json output.
[[nodiscard]] inline expected<timeline> timeline_from_json(const json& j) {
    try {
        const auto& version = detail::js::member(j, "", "kairos_timeline");
        if (version != timeline_format_version)
            detail::js::fail("kairos_timeline", "unsupported version " + version.dump() +
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
            detail::js::fail(where + ".id", "expected a string or an integer, found " + id.dump());
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
    out += '{';
    detail::js::append_member(out, "id");
    detail::js::append_text(out, id);
    detail::js::append_extract_members(out, doc);
    out += '}';
    return out;
}

/// One output line for a document that could not be processed: `{"id", "error"}`.
[[nodiscard]] inline std::string jsonl_error_line(std::string_view id, const error& e) {
    json j;
    j["id"] = id;
    j["error"] = e.message;
    return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

} // namespace kairos::io
