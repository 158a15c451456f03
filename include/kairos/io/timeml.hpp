// kairos/io/timeml.hpp — read and write TimeML (.tml) files, header-only.
//
// Reading follows the TempEval-3 evaluation contract (shared/eval/README.md) byte for byte, so
// the plain text a program extracts from is exactly the text the scorer aligns against:
//   * the DCT is the value of the first TIMEX3 with functionInDocument="CREATION_TIME";
//   * the plain text is everything between <TEXT> and </TEXT>, with comments, CDATA sections and
//     tags removed, the five XML entities and numeric character references decoded, and
//     "\r\n" / "\r" turned into "\n";
//   * invalid UTF-8 is replaced by U+FFFD per maximal invalid subpart, as Python's
//     bytes.decode("utf-8", errors="replace") does.
// Offsets everywhere are UTF-8 byte offsets into that plain text, end exclusive.
//
// Writing produces a minimal TimeML file whose <TEXT> reads back to exactly the given text.
#pragma once

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdint>
#include <cstring>
#include <date/date.h>
#include <filesystem>
#include <fstream>
#include <kairos/document.hpp>
#include <kairos/expected.hpp>
#include <kairos/io/text.hpp>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

namespace kairos::io {

/// One TIMEX3 of a TimeML text, as written in the file.
struct timeml_timex {
    std::uint32_t begin = 0; ///< UTF-8 byte offset into the plain text
    std::uint32_t end = 0;   ///< one past the last byte
    std::string type;        ///< "DATE", "TIME", "DURATION", "SET"
    std::string value;       ///< the TIMEX3 value attribute
    std::string mod;         ///< the mod attribute; empty when absent
    /// TimeML's anchored duration: no text of its own (begin == end), written right after the
    /// two TIMEX3 it spans as `<TIMEX3 ... beginPoint="tN" endPoint="tM"/>` (a range).
    bool anchored = false;

    friend bool operator==(const timeml_timex&, const timeml_timex&) = default;
};

/// What a TimeML file holds for temporal tagging.
struct timeml_document {
    std::optional<std::string> dct;    ///< value of the CREATION_TIME TIMEX3, if there is one
    std::string text;                  ///< plain text of <TEXT>
    std::vector<timeml_timex> timexes; ///< non-empty TIMEX3 inside <TEXT>, DCT excluded
};

namespace detail::tml {

constexpr bool is_space(char c) noexcept {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
constexpr bool is_name_start(char c) noexcept {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
}
// Python's \w also matches non-ASCII letters; every non-ASCII byte counts as one here.
constexpr bool is_word(char c) noexcept {
    return is_name_start(c) || (c >= '0' && c <= '9') || static_cast<unsigned char>(c) >= 0x80;
}
constexpr bool is_name_char(char c) noexcept {
    return is_word(c) || c == ':' || c == '.' || c == '-';
}

inline constexpr std::string_view replacement = "\xEF\xBF\xBD";

// Length of the valid UTF-8 sequence at s[i], or 0 with `bad` = the length of the maximal
// invalid subpart to replace by one U+FFFD (the Unicode / CPython convention).
inline std::size_t utf8_sequence(std::string_view s, std::size_t i, std::size_t& bad) noexcept {
    const auto b0 = static_cast<unsigned char>(s[i]);
    bad = 1;
    if (b0 < 0x80) return 1;
    std::size_t len = 0;
    unsigned char lo = 0x80, hi = 0xBF;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        len = 2;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        len = 3;
        if (b0 == 0xE0) lo = 0xA0;
        if (b0 == 0xED) hi = 0x9F;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        len = 4;
        if (b0 == 0xF0) lo = 0x90;
        if (b0 == 0xF4) hi = 0x8F;
    } else {
        return 0;
    }
    for (std::size_t k = 1; k < len; ++k) {
        if (i + k >= s.size()) return bad = k, 0;
        const auto b = static_cast<unsigned char>(s[i + k]);
        const bool ok = k == 1 ? (b >= lo && b <= hi) : (b >= 0x80 && b <= 0xBF);
        if (!ok) return bad = k, 0;
    }
    return len;
}

/// Replaces invalid UTF-8 like Python's errors="replace" and turns \r\n and \r into \n.
inline std::string normalize(std::string_view in) {
    std::string out;
    out.reserve(in.size());
    for (std::size_t i = 0; i < in.size();) {
        if (in[i] == '\r') {
            out.push_back('\n');
            i += (i + 1 < in.size() && in[i + 1] == '\n') ? std::size_t{2} : std::size_t{1};
            continue;
        }
        std::size_t bad = 0;
        if (const auto n = utf8_sequence(in, i, bad); n != 0) {
            out.append(in.substr(i, n));
            i += n;
        } else {
            out.append(replacement);
            i += bad;
        }
    }
    return out;
}

// Decodes one reference starting at s[i] == '&'; returns the bytes consumed (0: not one).
inline std::size_t decode_ref(std::string_view s, std::size_t i, std::string& out) {
    static constexpr std::pair<std::string_view, char> named[] = {
        {"amp;", '&'}, {"lt;", '<'}, {"gt;", '>'}, {"quot;", '"'}, {"apos;", '\''}};
    const auto rest = s.substr(i + 1);
    for (const auto& [name, ch] : named)
        if (rest.starts_with(name)) return out.push_back(ch), name.size() + 1;
    if (rest.empty() || rest[0] != '#') return 0;
    const bool hex = rest.size() > 1 && (rest[1] == 'x' || rest[1] == 'X');
    std::size_t k = hex ? 2 : 1;
    const std::size_t first_digit = k;
    std::uint64_t code = 0;
    for (; k < rest.size(); ++k) {
        const char c = rest[k];
        unsigned d = 0;
        if (c >= '0' && c <= '9')
            d = static_cast<unsigned>(c - '0');
        else if (hex && c >= 'a' && c <= 'f')
            d = static_cast<unsigned>(c - 'a' + 10);
        else if (hex && c >= 'A' && c <= 'F')
            d = static_cast<unsigned>(c - 'A' + 10);
        else
            break;
        code = std::min<std::uint64_t>(code * (hex ? 16u : 10u) + d, 0x110000); // saturate
    }
    if (k == first_digit || k >= rest.size() || rest[k] != ';') return 0;
    if (code == 0 || code > 0x10FFFF) return 0; // Python keeps such references as written
    // Python yields a lone surrogate here, which no UTF-8 file can hold: use U+FFFD instead.
    if (code >= 0xD800 && code <= 0xDFFF)
        out.append(replacement);
    else
        append_utf8(out, static_cast<char32_t>(code));
    return k + 2;
}

inline std::string unescape(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        const std::size_t n = s[i] == '&' ? decode_ref(s, i, out) : 0;
        if (n == 0)
            out.push_back(s[i]);
        else
            i += n - 1;
    }
    return out;
}

/// Attributes of a start tag, later duplicates winning (as in a Python dict).
inline std::optional<std::string> attribute(std::string_view tag, std::string_view want) {
    std::optional<std::string> found;
    for (std::size_t i = 0; i < tag.size();) {
        if (!is_name_start(tag[i])) {
            ++i;
            continue;
        }
        std::size_t j = i + 1;
        while (j < tag.size() && is_name_char(tag[j])) ++j;
        const auto name = tag.substr(i, j - i);
        std::size_t k = j;
        while (k < tag.size() && is_space(tag[k])) ++k;
        if (k >= tag.size() || tag[k] != '=') {
            i = j;
            continue;
        }
        ++k;
        while (k < tag.size() && is_space(tag[k])) ++k;
        if (k >= tag.size() || (tag[k] != '"' && tag[k] != '\'')) {
            i = j;
            continue;
        }
        const auto close = tag.find(tag[k], k + 1);
        if (close == std::string_view::npos) {
            i = j;
            continue;
        }
        if (name == want) found = unescape(tag.substr(k + 1, close - k - 1));
        i = close + 1;
    }
    return found;
}

inline bool is_creation_time(std::string_view tag) {
    auto f = attribute(tag, "functionInDocument").value_or("");
    std::string_view v = f;
    while (!v.empty() && is_space(v.front())) v.remove_prefix(1);
    while (!v.empty() && is_space(v.back())) v.remove_suffix(1);
    if (v.size() != 13) return false;
    for (std::size_t i = 0; i < v.size(); ++i)
        if ((v[i] >= 'a' && v[i] <= 'z' ? static_cast<char>(v[i] - 32) : v[i]) !=
            "CREATION_TIME"[i])
            return false;
    return true;
}

/// If s[i] starts `<\s*(/?)\s*NAME`, the name and whether it closes; NAME is [A-Za-z_][\w:.-]*.
struct tag_name {
    std::string_view name;
    bool closing = false;
};
inline tag_name name_of(std::string_view tag) {
    std::size_t i = 1;
    while (i < tag.size() && is_space(tag[i])) ++i;
    tag_name r;
    if (i < tag.size() && tag[i] == '/') r.closing = true, ++i;
    while (r.closing && i < tag.size() && is_space(tag[i])) ++i;
    if (i >= tag.size() || !is_name_start(tag[i])) return {};
    std::size_t j = i + 1;
    while (j < tag.size() && is_name_char(tag[j])) ++j;
    r.name = tag.substr(i, j - i);
    return r;
}

/// End of the plain tag `<[^<>]*>` starting at s[i], or npos.
inline std::size_t plain_tag_end(std::string_view s, std::size_t i) noexcept {
    const auto j = s.find_first_of("<>", i + 1);
    return (j != std::string_view::npos && s[j] == '>') ? j + 1 : std::string_view::npos;
}

/// First start tag `<\s*NAME\b[^<>]*>` at or after `from`; npos when none.
inline std::size_t find_start_tag(std::string_view s, std::string_view name, std::size_t from,
                                  std::size_t& tag_end) noexcept {
    for (auto i = s.find('<', from); i != std::string_view::npos; i = s.find('<', i + 1)) {
        std::size_t k = i + 1;
        while (k < s.size() && is_space(s[k])) ++k;
        if (s.substr(k, name.size()) != name) continue;
        k += name.size();
        if (k < s.size() && is_word(s[k])) continue;
        if ((tag_end = plain_tag_end(s, i)) != std::string_view::npos) return i;
    }
    return std::string_view::npos;
}

/// First `<\s*/\s*NAME\s*>` at or after `from`; npos when none.
inline std::size_t find_end_tag(std::string_view s, std::string_view name,
                                std::size_t from) noexcept {
    for (auto i = s.find('<', from); i != std::string_view::npos; i = s.find('<', i + 1)) {
        std::size_t k = i + 1;
        while (k < s.size() && is_space(s[k])) ++k;
        if (k >= s.size() || s[k] != '/') continue;
        ++k;
        while (k < s.size() && is_space(s[k])) ++k;
        if (s.substr(k, name.size()) != name) continue;
        k += name.size();
        while (k < s.size() && is_space(s[k])) ++k;
        if (k < s.size() && s[k] == '>') return i;
    }
    return std::string_view::npos;
}

inline std::optional<std::string> find_dct(std::string_view markup) {
    std::size_t end = 0;
    for (auto i = find_start_tag(markup, "TIMEX3", 0, end); i != std::string_view::npos;
         i = find_start_tag(markup, "TIMEX3", i + 1, end)) {
        const auto tag = markup.substr(i, end - i);
        if (is_creation_time(tag)) return attribute(tag, "value").value_or("");
    }
    return std::nullopt;
}

/// End of the markup item (comment, CDATA, tag) at body[i] == '<'; npos if it is no tag.
inline std::size_t item_end(std::string_view body, std::size_t i) noexcept {
    auto closed_by = [&](std::string_view open, std::string_view close) {
        if (!body.substr(i).starts_with(open)) return std::string_view::npos;
        const auto c = body.find(close, i + open.size());
        return c == std::string_view::npos ? c : c + close.size();
    };
    if (auto e = closed_by("<!--", "-->"); e != std::string_view::npos) return e;
    if (auto e = closed_by("<![CDATA[", "]]>"); e != std::string_view::npos) return e;
    return plain_tag_end(body, i);
}

inline error malformed(std::string what, std::size_t where) {
    return {errc::parse_error, std::move(what) + " at byte " + std::to_string(where)};
}

inline bool self_closing(std::string_view tag) {
    while (!tag.empty() && is_space(tag.back())) tag.remove_suffix(1);
    return tag.ends_with("/>");
}

/// Strips the markup of <TEXT>'s body, collecting TIMEX3 extents like tml_io.parse_doc.
inline expected<timeml_document> scan_body(std::string_view body, std::size_t body_offset) {
    timeml_document doc;
    // The TIMEX3 start tag still waiting for its end tag; a nested one replaces it.
    std::string_view open_tag;
    std::size_t open_begin = 0;
    std::size_t pos = 0;
    for (auto i = body.find('<'); i != std::string_view::npos; i = body.find('<', pos)) {
        const auto end = item_end(body, i);
        if (end == std::string_view::npos)
            return malformed("a '<' that starts no tag inside <TEXT>", body_offset + i);
        doc.text += unescape(body.substr(pos, i - pos));
        pos = end;
        const auto tag = body.substr(i, end - i);
        const auto n = name_of(tag);
        if (n.name != "TIMEX3") continue;
        if (!n.closing) {
            if (!self_closing(tag)) open_tag = tag, open_begin = doc.text.size();
            continue;
        }
        if (!open_tag.empty() && doc.text.size() > open_begin && !is_creation_time(open_tag)) {
            timeml_timex t;
            t.begin = static_cast<std::uint32_t>(open_begin);
            t.end = static_cast<std::uint32_t>(doc.text.size());
            t.type = attribute(open_tag, "type").value_or("");
            t.value = attribute(open_tag, "value").value_or("");
            t.mod = attribute(open_tag, "mod").value_or("");
            doc.timexes.push_back(std::move(t));
        }
        open_tag = {};
    }
    doc.text += unescape(body.substr(pos));
    return doc;
}

} // namespace detail::tml

/// Reads TimeML markup given in memory. Errors (errc::parse_error) name the problem and its
/// byte offset in the normalized markup: no <TEXT>, an unclosed <TEXT>, a stray '<', a text
/// longer than 4 GiB. A missing DCT is not an error here: `dct` is then empty.
[[nodiscard]] inline expected<timeml_document> parse_timeml(std::string_view raw) {
    namespace d = detail::tml;
    const std::string markup = d::normalize(raw);
    const std::string_view m = markup;
    if (m.size() >= UINT32_MAX) return error{errc::parse_error, "TimeML file larger than 4 GiB"};
    std::size_t open_end = 0;
    const auto open = d::find_start_tag(m, "TEXT", 0, open_end);
    if (open == std::string_view::npos) return error{errc::parse_error, "no <TEXT> element"};
    timeml_document doc;
    if (!d::self_closing(m.substr(open, open_end - open))) {
        const auto close = d::find_end_tag(m, "TEXT", open_end);
        if (close == std::string_view::npos) return d::malformed("<TEXT> is never closed", open);
        auto body = d::scan_body(m.substr(open_end, close - open_end), open_end);
        if (!body) return body;
        doc = std::move(*body);
    }
    doc.dct = d::find_dct(m);
    return doc;
}

/// Reads a .tml file. I/O problems give errc::io_error with the system's reason.
[[nodiscard]] inline expected<timeml_document> read_timeml(const std::filesystem::path& path) {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) return error{errc::io_error, "is a directory"};
    std::ifstream in(path, std::ios::binary);
    if (!in) return error{errc::io_error, std::strerror(errno)};
    std::string raw((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (in.bad()) return error{errc::io_error, "read failed"};
    return parse_timeml(raw);
}

namespace detail::tml {

inline void escape_into(std::string& out, std::string_view s, bool attr) {
    for (const char c : s) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        // A raw \r would be read back as \n; a reference survives the line-ending rule.
        case '\r':
            out += "&#13;";
            break;
        case '"':
            if (attr)
                out += "&quot;";
            else
                out += c;
            break;
        default:
            out += c;
        }
    }
}

inline bool is_boundary(std::string_view text, std::uint32_t at) noexcept {
    return at == text.size() || (static_cast<unsigned char>(text[at]) & 0xC0u) != 0x80u;
}

inline void append_timex_tag(std::string& out, std::size_t n, const timeml_timex& t) {
    out += "<TIMEX3 tid=\"t" + std::to_string(n) + "\" type=\"";
    escape_into(out, t.type, true);
    out += "\" value=\"";
    escape_into(out, t.value, true);
    if (!t.mod.empty()) {
        out += "\" mod=\"";
        escape_into(out, t.mod, true);
    }
    out += "\">";
}

/// The anchored duration of a range: its two ends are the two TIMEX3 written just before it.
inline void append_anchored_tag(std::string& out, std::size_t n, const timeml_timex& t) {
    out += "<TIMEX3 tid=\"t" + std::to_string(n) + "\" type=\"";
    escape_into(out, t.type, true);
    out += "\" value=\"";
    escape_into(out, t.value, true);
    out += "\" beginPoint=\"t" + std::to_string(n - 2) + "\" endPoint=\"t" + std::to_string(n - 1) +
           "\"/>";
}

} // namespace detail::tml

/// Writes the TimeML file of write_timeml a piece at a time, into `out`, which the caller may
/// empty between calls: begin(), then add() for each extent in text order, then end(). A
/// caller whose extents come a window at a time (extractor::extract with a window_sink) thus
/// never holds the whole file.
class timeml_writer {
public:
    explicit timeml_writer(std::string& out) noexcept : out_(out) {}

    /// The XML declaration, `dct` (a TIMEX3 value) as the <DCT> element when given, `<TEXT>`.
    void begin(std::string_view dct = {}) {
        namespace d = detail::tml;
        out_ += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TimeML>\n";
        if (!dct.empty()) {
            out_ += "<DCT><TIMEX3 tid=\"t0\" type=\"";
            out_ += dct.find('T') != std::string_view::npos ? "TIME" : "DATE";
            out_ += "\" value=\"";
            d::escape_into(out_, dct, true);
            out_ += "\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">";
            d::escape_into(out_, dct, false);
            out_ += "</TIMEX3></DCT>\n";
        }
        out_ += "<TEXT>";
    }

    /// The text since the last extent, then `t` as a TIMEX3 element; an errc::invalid_argument
    /// error, writing nothing, when `t` is empty, overlaps the one before, lies outside `text`
    /// or cuts a UTF-8 character.
    [[nodiscard]] std::optional<error> add(std::string_view text, const timeml_timex& t) {
        namespace d = detail::tml;
        if (t.anchored && n_ >= 2 && t.begin == pos_ && t.end == pos_) {
            d::append_anchored_tag(out_, ++n_, t);
            return std::nullopt;
        }
        if (t.begin < pos_ || t.begin >= t.end || t.end > text.size() ||
            !d::is_boundary(text, t.begin) || !d::is_boundary(text, t.end))
            return error{errc::invalid_argument, "bad or overlapping TIMEX3 extent [" +
                                                     std::to_string(t.begin) + ", " +
                                                     std::to_string(t.end) + ")"};
        d::escape_into(out_, text.substr(pos_, t.begin - pos_), false);
        d::append_timex_tag(out_, ++n_, t);
        d::escape_into(out_, text.substr(t.begin, t.end - t.begin), false);
        out_ += "</TIMEX3>";
        pos_ = t.end;
        return std::nullopt;
    }

    /// The text after the last extent and the closing tags.
    void end(std::string_view text) {
        detail::tml::escape_into(out_, text.substr(pos_), false);
        out_ += "</TEXT>\n</TimeML>\n";
    }

private:
    std::string& out_;
    std::uint32_t pos_ = 0; ///< where the text not yet written starts
    std::size_t n_ = 0;     ///< TIMEX3 elements written
};

/// Writes a TimeML file whose <TEXT> is `text` with a TIMEX3 element around each extent.
/// `timexes` must be sorted, non-empty, non-overlapping and on UTF-8 character boundaries;
/// otherwise the result is an errc::invalid_argument error naming the offending extent.
/// `dct` (a TIMEX3 value), when given, becomes the <DCT> element.
[[nodiscard]] inline expected<std::string> write_timeml(std::string_view text,
                                                        std::span<const timeml_timex> timexes,
                                                        std::string_view dct = {}) {
    std::string out;
    timeml_writer w(out);
    w.begin(dct);
    for (const auto& t : timexes)
        if (auto e = w.add(text, t)) return std::move(*e);
    w.end(text);
    return out;
}

/// The DCT as a TIMEX3 value: "2025-09-14", or "2025-09-14T09:30" (":SS" when not zero)
/// when the anchor has a clock time.
[[nodiscard]] inline std::string dct_value(const anchor& a) {
    std::string s = date::format("%F", a.day);
    if (!a.time_of_day) return s;
    const auto secs = a.time_of_day->count();
    auto two = [&s](long long v) {
        s += static_cast<char>('0' + v / 10 % 10);
        s += static_cast<char>('0' + v % 10);
    };
    s += 'T';
    two(secs / 3600);
    s += ':';
    two(secs / 60 % 60);
    if (secs % 60 != 0) s += ':', two(secs % 60);
    return s;
}

/// The TIMEX3 element of a mention.
[[nodiscard]] inline timeml_timex timeml_timex_of(const mention& m) {
    return {m.begin, m.end, std::string(to_string(m.type)), m.value.str(),
            std::string(to_string(m.value.mod()))};
}

/// Calls fn with each TIMEX3 element of a mention: its own, or for a range (`r` with a begin
/// extent) the TimeML way — its two ends, then the duration between them anchored to both.
template<class F>
void for_each_timex_of(const mention& m, const reach* r, F&& fn) {
    if (!r || r->begin_text.end <= r->begin_text.begin) return fn(timeml_timex_of(m));
    fn(timeml_timex{r->begin_text.begin,
                    r->begin_text.end,
                    std::string(to_string(r->begin.type())),
                    r->begin.str(),
                    {}});
    fn(timeml_timex{r->end_text.begin,
                    r->end_text.end,
                    std::string(to_string(r->end.type())),
                    r->end.str(),
                    {}});
    fn(timeml_timex{m.end, m.end, std::string(to_string(m.type)), m.value.str(), {}, true});
}

/// The TIMEX3 elements of a document's mentions, in text order.
[[nodiscard]] inline std::vector<timeml_timex> timexes_of(const document& doc) {
    std::vector<timeml_timex> out;
    out.reserve(doc.mentions.size());
    for (const auto& m : doc.mentions)
        for_each_timex_of(m, doc.reach_of(m), [&](timeml_timex t) { out.push_back(std::move(t)); });
    return out;
}

/// A TimeML file holding the document's text, its DCT and a TIMEX3 for each mention.
[[nodiscard]] inline expected<std::string> write_timeml(const document& doc) {
    const auto timexes = timexes_of(doc);
    return write_timeml(doc.text, timexes, dct_value(doc.dct));
}

} // namespace kairos::io
