// kairos/io/ics.hpp — a timeline as an iCalendar file (RFC 5545), header-only.
//
//   * every entry is a VEVENT, so Google Calendar, Outlook and Apple Calendar import it; with
//     ics_options::todo, deadlines are VTODO with DUE instead (task lists);
//   * a day is an all-day event (DTSTART;VALUE=DATE, DTEND the next day); a coarser grain is an
//     all-day span over its bounds (November: Nov 1 .. Dec 1 exclusive), except a deadline,
//     which falls on the last day it can be met (Nov 30); a known UTC instant is used as such;
//   * the UID follows the entry for its whole life: it comes from entry_identity() — the kind
//     and the report that started the entry — never from the date or the later sources, so a
//     later article that moves a deadline keeps the UID and a re-import updates the event;
//   * SEQUENCE counts the reports that changed the date, LAST-MODIFIED is the newest report's DCT,
//   CREATED the
//     first one's, DTSTAMP the as-of day at 00:00 UTC: the same input gives the same bytes;
//   * DESCRIPTION holds the sentence, the earlier dates and every report with its source;
//   * lines end in CRLF and are folded at 75 octets without splitting a UTF-8 sequence;
//     text escapes '\', ';', ',' and newlines.
// Entries without a known date have no place in a calendar and are left out.
#pragma once

#include <algorithm>
#include <cstdint>
#include <date/date.h>
#include <kairos/io/text.hpp>
#include <kairos/timeline.hpp>
#include <map>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

namespace kairos::io {

struct ics_options {
    date::sys_days as_of{};                       ///< DTSTAMP (00:00 UTC of this day)
    std::string prodid = "-//kairos//kairos//EN"; ///< PRODID of the calendar
    std::string name = "kairos timeline";         ///< X-WR-CALNAME shown by calendar apps
    bool todo = false; ///< deadlines as VTODO with DUE (task lists) instead of VEVENT
};

/// What makes an entry the same tracked thing from its first report to its last: its kind and
/// the report that started it (source and DCT). Merging only ever adds later reports to an
/// entry, and a report dated earlier than every other joins as its first; so the identity
/// survives a moved date, a new subject wording and new sources.
struct entry_identity {
    event_kind kind = event_kind::event;
    std::string source;        ///< the first report's source
    date::sys_days reported{}; ///< the first report's DCT
    timex first_value{};       ///< what the first report said: orders siblings, never hashed
    friend bool operator==(const entry_identity&, const entry_identity&) = default;
};

[[nodiscard]] inline entry_identity identity_of(const timeline_entry& x) {
    if (x.revisions.empty()) return {x.event.kind, {}, {}, x.event.value};
    const auto& r = x.revisions.front();
    return {x.event.kind, r.source, r.reported, r.value};
}

namespace detail::ics {

/// 64-bit FNV-1a: small, stable across platforms and runs.
constexpr std::uint64_t fnv1a(std::string_view s, std::uint64_t h = 1469598103934665603ull) {
    for (char c : s) {
        h ^= static_cast<unsigned char>(c);
        h *= 1099511628211ull;
    }
    return h;
}

/// 16 hex digits over kind, first source and first DCT: the part of the identity that never
/// changes, so the UID cannot depend on a date.
inline std::string uid_base(const entry_identity& id) {
    std::uint64_t h = fnv1a(to_string(id.kind));
    h = fnv1a("\x1f", h);
    h = fnv1a(id.source, h);
    h = fnv1a("\x1f" + date::format("%F", id.reported), h);
    static constexpr char hex[] = "0123456789abcdef";
    std::string out(16, '0');
    for (int i = 15; i >= 0; --i, h >>= 4) out[static_cast<std::size_t>(i)] = hex[h & 0xf];
    return out;
}

/// Several entries started by one report (an article with two deadlines) share a base; they
/// are told apart by the order that report gave them in (its dates, then subjects), which a
/// later report cannot change: the first keeps the base, the others get "-2", "-3".
inline std::vector<std::string> uids(const std::vector<const timeline_entry*>& xs) {
    std::map<std::string, std::vector<std::size_t>> groups;
    std::vector<entry_identity> ids;
    ids.reserve(xs.size());
    for (std::size_t i = 0; i < xs.size(); ++i) {
        ids.push_back(identity_of(*xs[i]));
        groups[uid_base(ids.back())].push_back(i);
    }
    const auto founding_order = [&](std::size_t a, std::size_t b) {
        const auto ba = ids[a].first_value.bounds();
        const auto bb = ids[b].first_value.bounds();
        const auto da = ba ? ba->first_day : date::sys_days::max();
        const auto db = bb ? bb->first_day : date::sys_days::max();
        const auto va = ids[a].first_value.str();
        const auto vb = ids[b].first_value.str();
        return std::tie(da, va, xs[a]->event.subject, a) <
               std::tie(db, vb, xs[b]->event.subject, b);
    };
    std::vector<std::string> out(xs.size());
    for (auto& [base, members] : groups) {
        std::sort(members.begin(), members.end(), founding_order);
        for (std::size_t n = 0; n < members.size(); ++n)
            out[members[n]] = base + (n == 0 ? "" : "-" + std::to_string(n + 1)) + "@kairos";
    }
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

/// How many reports, in report order, gave another date than the one before: it grows with
/// every move (also a move back), so calendar apps take each new file as the newer version.
inline std::size_t date_changes(const timeline_entry& x) {
    std::size_t n = 0;
    for (std::size_t i = 1; i < x.revisions.size(); ++i)
        n += x.revisions[i].value != x.revisions[i - 1].value;
    return n;
}

inline bool coarse_deadline(const timeline_entry& x) {
    return x.event.kind == event_kind::deadline && !x.event.instant_utc &&
           x.bounds->first_day != x.bounds->last_day;
}

/// The sentence, then what a reader of a moved deadline wants: when it is due, the dates it
/// had before, and who reported what when.
inline std::string description(const timeline_entry& x) {
    std::string d = x.event.sentence;
    const auto add = [&](const std::string& s) { d += (d.empty() ? "" : "\n") + s; };
    if (coarse_deadline(x)) add("Due by the end of " + x.event.value.str() + ".");
    if (!x.event.history.empty()) {
        std::string was = "Earlier dates:";
        for (const auto& h : x.event.history) was += " " + h.str();
        add(was + " (now " + x.event.value.str() + ")");
    }
    if (!x.revisions.empty()) {
        add("Reports:");
        for (const auto& r : x.revisions)
            add(date::format("%F", r.reported) + " " + r.source + ": " + r.value.str());
    }
    return d;
}

inline void dates(std::string& out, const timeline_entry& x, bool todo) {
    const auto& b = *x.bounds;
    const bool due = todo && x.event.kind == event_kind::deadline;
    if (x.event.instant_utc) {
        const auto t = instant(*x.event.instant_utc);
        if (due) return line(out, "DUE:" + t);
        line(out, "DTSTART:" + t);
        return line(out, "DTEND:" + t); // a point in time: zero length
    }
    if (due) {
        if (b.first_day != b.last_day) line(out, "DTSTART;VALUE=DATE:" + day(b.first_day));
        return line(out, "DUE;VALUE=DATE:" + day(b.last_day));
    }
    const auto first = coarse_deadline(x) ? b.last_day : b.first_day;
    line(out, "DTSTART;VALUE=DATE:" + day(first));
    line(out, "DTEND;VALUE=DATE:" + day(b.last_day + date::days{1}));
}

inline void component(std::string& out, const timeline_entry& x, const std::string& uid,
                      const std::string& stamp, bool todo) {
    const bool as_todo = todo && x.event.kind == event_kind::deadline;
    const char* name = as_todo ? "VTODO" : "VEVENT";
    line(out, std::string("BEGIN:") + name);
    line(out, "UID:" + uid);
    line(out, "DTSTAMP:" + stamp);
    if (!x.revisions.empty()) {
        line(out, "CREATED:" + instant(date::sys_seconds{x.revisions.front().reported}));
        const auto newest = std::max_element(
            x.revisions.begin(), x.revisions.end(),
            [](const revision& a, const revision& b) { return a.reported < b.reported; });
        line(out, "LAST-MODIFIED:" + instant(date::sys_seconds{newest->reported}));
    }
    line(out, "SEQUENCE:" + std::to_string(date_changes(x)));
    dates(out, x, todo);
    const auto subject = x.event.subject.empty() ? std::string("(no subject)") : x.event.subject;
    line(out, "SUMMARY:" + escape(std::string(to_string(x.event.kind)) + ": " + subject));
    if (const auto d = description(x); !d.empty()) line(out, "DESCRIPTION:" + escape(d));
    line(out, "CATEGORIES:" + escape(to_string(x.event.kind)));
    if (!as_todo) line(out, "TRANSP:TRANSPARENT"); // a date to know, not time taken
    line(out, "X-KAIROS-VALUE:" + escape(x.event.value.str()));
    line(out, std::string("END:") + name);
}

} // namespace detail::ics

/// The dated entries of `entries`, in their order, as one VCALENDAR.
template<entry_range R>
[[nodiscard]] std::string to_ics(R&& entries, const ics_options& opt) {
    std::string out;
    detail::ics::line(out, "BEGIN:VCALENDAR");
    detail::ics::line(out, "VERSION:2.0");
    detail::ics::line(out, "PRODID:" + detail::ics::escape(opt.prodid));
    detail::ics::line(out, "CALSCALE:GREGORIAN");
    detail::ics::line(out, "X-WR-CALNAME:" + detail::ics::escape(opt.name));
    const auto stamp = detail::ics::instant(date::sys_seconds{opt.as_of});
    std::vector<const timeline_entry*> dated;
    for (const timeline_entry& x : entries)
        if (x.bounds) dated.push_back(&x);
    const auto uids = detail::ics::uids(dated);
    for (std::size_t i = 0; i < dated.size(); ++i)
        detail::ics::component(out, *dated[i], uids[i], stamp, opt.todo);
    detail::ics::line(out, "END:VCALENDAR");
    return out;
}

/// The whole timeline as one VCALENDAR (open entries left out).
[[nodiscard]] inline std::string to_ics(const timeline& tl, const ics_options& opt) {
    return to_ics(tl.all(), opt);
}

} // namespace kairos::io
