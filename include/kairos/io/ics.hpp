// kairos/io/ics.hpp — a timeline as an iCalendar file (RFC 5545), header-only.
//
//   * deadlines are VTODO with DUE; every other kind is a VEVENT;
//   * a day is an all-day item (DTSTART;VALUE=DATE, DTEND the next day; a deadline: DUE on the
//     day); a coarser grain is an all-day span over its bounds (November → Nov 1 .. Dec 1
//     exclusive; a deadline: DTSTART Nov 1, DUE Nov 30); a known UTC instant is used as such;
//   * UIDs are stable across runs: a hash of kind, subject and the set of sources (plus "-2",
//     "-3" when one calendar holds two such entries), never random;
//   * DTSTAMP is the as-of day at 00:00 UTC, so the same input gives the same bytes;
//   * lines end in CRLF and are folded at 75 octets without splitting a UTF-8 sequence;
//     text escapes '\', ';', ',' and newlines.
// Entries without a known date have no place in a calendar and are left out.
#pragma once

#include <cstdint>
#include <date/date.h>
#include <kairos/io/text.hpp>
#include <kairos/timeline.hpp>
#include <set>
#include <string>
#include <string_view>

namespace kairos::io {

struct ics_options {
    date::sys_days as_of{};                       ///< DTSTAMP (00:00 UTC of this day)
    std::string prodid = "-//kairos//kairos//EN"; ///< PRODID of the calendar
    std::string name = "kairos timeline";         ///< X-WR-CALNAME shown by calendar apps
};

namespace detail::ics {

/// 64-bit FNV-1a: small, stable across platforms and runs.
constexpr std::uint64_t fnv1a(std::string_view s, std::uint64_t h = 1469598103934665603ull) {
    for (char c : s) {
        h ^= static_cast<unsigned char>(c);
        h *= 1099511628211ull;
    }
    return h;
}

inline std::string uid_of(const timeline_entry& x) {
    std::uint64_t h = fnv1a(to_string(x.event.kind));
    h = fnv1a("\x1f", h);
    h = fnv1a(x.event.subject, h);
    for (const auto& s : x.sources) h = fnv1a("\x1f" + s, h);
    static constexpr char hex[] = "0123456789abcdef";
    std::string out(16, '0');
    for (int i = 15; i >= 0; --i, h >>= 4) out[static_cast<std::size_t>(i)] = hex[h & 0xf];
    return out;
}

/// TEXT value escaping (RFC 5545 3.3.11).
inline std::string escape(std::string_view raw) {
    const auto s = clean_utf8(raw);
    std::string out;
    out.reserve(s.size());
    for (char c : s) {
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case ';':
            out += "\\;";
            break;
        case ',':
            out += "\\,";
            break;
        case '\n':
            out += "\\n";
            break;
        default:
            out += c;
        }
    }
    return out;
}

/// Appends one content line, folded at 75 octets (RFC 5545 3.1), ending in CRLF. A fold never
/// falls inside a UTF-8 sequence.
inline void line(std::string& out, std::string_view content) {
    std::size_t limit = 75; // the first line; continuation lines spend one octet on the space
    while (content.size() > limit) {
        std::size_t cut = limit;
        while (cut > 0 && (static_cast<unsigned char>(content[cut]) & 0xC0) == 0x80) --cut;
        out.append(content.substr(0, cut));
        out += "\r\n ";
        content.remove_prefix(cut);
        limit = 74;
    }
    out.append(content);
    out += "\r\n";
}

inline std::string day(date::sys_days d) {
    return date::format("%Y%m%d", d);
}
inline std::string instant(date::sys_seconds t) {
    return date::format("%Y%m%dT%H%M%SZ", t);
}

inline std::string description(const timeline_entry& x) {
    std::string d = x.event.sentence;
    if (!x.revisions.empty()) {
        if (!d.empty()) d += "\n";
        d += "Reported:";
        for (const auto& r : x.revisions)
            d += "\n" + r.value.str() + " by " + r.source + " (" + date::format("%F", r.reported) +
                 ")";
    }
    return d;
}

inline void dates(std::string& out, const timeline_entry& x) {
    const auto& b = *x.bounds;
    const bool todo = x.event.kind == event_kind::deadline;
    if (x.event.instant_utc) {
        line(out, (todo ? "DUE:" : "DTSTART:") + instant(*x.event.instant_utc));
        return;
    }
    if (todo) {
        if (b.first_day != b.last_day) line(out, "DTSTART;VALUE=DATE:" + day(b.first_day));
        line(out, "DUE;VALUE=DATE:" + day(b.last_day));
        return;
    }
    line(out, "DTSTART;VALUE=DATE:" + day(b.first_day));
    line(out, "DTEND;VALUE=DATE:" + day(b.last_day + date::days{1}));
}

inline void component(std::string& out, const timeline_entry& x, const std::string& uid,
                      const std::string& stamp) {
    const char* name = x.event.kind == event_kind::deadline ? "VTODO" : "VEVENT";
    line(out, std::string("BEGIN:") + name);
    line(out, "UID:" + uid);
    line(out, "DTSTAMP:" + stamp);
    dates(out, x);
    const auto subject = x.event.subject.empty() ? std::string("(no subject)") : x.event.subject;
    line(out, "SUMMARY:" + escape(std::string(to_string(x.event.kind)) + ": " + subject));
    if (const auto d = description(x); !d.empty()) line(out, "DESCRIPTION:" + escape(d));
    line(out, "CATEGORIES:" + escape(to_string(x.event.kind)));
    line(out, "X-KAIROS-VALUE:" + escape(x.event.value.str()));
    line(out, std::string("END:") + name);
}

} // namespace detail::ics

/// The dated entries of `tl`, in timeline order, as one VCALENDAR.
template<entry_range R>
[[nodiscard]] std::string to_ics(R&& entries, const ics_options& opt) {
    std::string out;
    detail::ics::line(out, "BEGIN:VCALENDAR");
    detail::ics::line(out, "VERSION:2.0");
    detail::ics::line(out, "PRODID:" + detail::ics::escape(opt.prodid));
    detail::ics::line(out, "CALSCALE:GREGORIAN");
    detail::ics::line(out, "X-WR-CALNAME:" + detail::ics::escape(opt.name));
    const auto stamp = detail::ics::instant(date::sys_seconds{opt.as_of});
    std::set<std::string> used;
    for (const timeline_entry& x : entries) {
        if (!x.bounds) continue;
        const auto base = detail::ics::uid_of(x);
        auto uid = base;
        for (int n = 2; !used.insert(uid).second; ++n) uid = base + "-" + std::to_string(n);
        detail::ics::component(out, x, uid + "@kairos", stamp);
    }
    detail::ics::line(out, "END:VCALENDAR");
    return out;
}

/// The whole timeline as one VCALENDAR (open entries left out).
[[nodiscard]] inline std::string to_ics(const timeline& tl, const ics_options& opt) {
    return to_ics(tl.all(), opt);
}

} // namespace kairos::io
