// kairos/io/table.hpp — a timeline as a terminal table, header-only:
//
//   date         day  kind      subject            status on 2025-09-14
//   2025-09-14   Sun  meeting   US-China talks     today
//   2025-12-16*  Tue  deadline  TikTok divestment  in 3 months
//   2025-11           expiry    tariff truce       in 2–3 months
//   unknown           meeting   APEC meeting       date unknown
//   * moved: TikTok divestment (was 2025-01-19, 2025-09-17)
//
// A '*' after the date marks an entry whose date moved since it was first reported; with the
// header on, a footnote per moved entry gives its earlier dates. An optional column lists the
// sources that reported each entry.
//
// Colour (ANSI escapes on the status column) only when the caller asks: the program decides,
// from isatty() and NO_COLOR, and passes a bool. Columns are padded by display width, so
// "Zürich" or "日本" do not break the alignment.
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <date/date.h>
#include <functional>
#include <kairos/io/text.hpp>
#include <kairos/status.hpp>
#include <kairos/timeline.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace kairos::io {

struct table_options {
    /// The day statuses are computed for; today (UTC) unless given.
    date::sys_days as_of = today_utc();
    bool color = false;           ///< ANSI colours on the status column
    bool header = true;           ///< print the column names
    std::size_t max_subject = 48; ///< longer subjects are cut with "…"
    bool sources = false;         ///< a "source" column: every source that reported the entry
    std::size_t max_sources = 40; ///< a longer source list is cut with "…"
};

namespace detail::table {

/// The date column: the day for a day, the TIMEX3 value for a coarser or finer grain,
/// "first..last" for a period with an end, "unknown" when the date is unknown.
inline std::string plain_date(const timeline_entry& x) {
    if (x.event.end)
        return date::format("%F", x.bounds->first_day) + ".." +
               date::format("%F", x.bounds->last_day);
    if (x.event.value.grain() == grain::day) return date::format("%F", x.bounds->first_day);
    return x.event.value.str();
}

/// plain_date with the moved marker.
inline std::string date_cell(const timeline_entry& x) {
    if (!x.bounds) return "unknown";
    if (!x.event.history.empty()) return plain_date(x) + "*";
    return plain_date(x);
}

/// "Wed" for a one-day event, empty otherwise.
inline std::string weekday_cell(const timeline_entry& x) {
    if (!x.bounds || x.bounds->first_day != x.bounds->last_day) return {};
    static constexpr std::array<std::string_view, 7> names{"Sun", "Mon", "Tue", "Wed",
                                                           "Thu", "Fri", "Sat"};
    return std::string(names[date::weekday{x.bounds->first_day}.c_encoding()]);
}

inline std::string cut(std::string s, std::size_t max) {
    if (display_width(s) <= max || max == 0) return s;
    std::string out;
    for (std::size_t i = 0; i < s.size();) {
        const auto n = std::max<std::size_t>(1, utf8_sequence(s, i));
        if (display_width(out) + display_width(std::string_view(s).substr(i, n)) + 1 > max) break;
        out.append(s, i, n);
        i += n;
    }
    return out + "\u2026";
}

/// ANSI SGR for a status: red overdue, bold yellow today, yellow within a week, green later,
/// cyan ongoing, dim past, magenta open.
inline std::string_view colour_of(const status& s, const timeline_entry& x, date::sys_days as_of) {
    switch (s.kind) {
    case status_kind::overdue:
        return "\x1b[31m";
    case status_kind::today:
        return "\x1b[1;33m";
    case status_kind::upcoming:
        return x.bounds && x.bounds->first_day <= as_of + date::days{7} ? "\x1b[33m" : "\x1b[32m";
    case status_kind::ongoing:
        return "\x1b[36m";
    case status_kind::past:
        return "\x1b[2m";
    case status_kind::open:
        return "\x1b[35m";
    }
    return "";
}

using row = std::vector<std::string>;

inline std::string source_cell(const timeline_entry& x, std::size_t max) {
    std::string s;
    for (const auto& src : x.sources) s += (s.empty() ? "" : ", ") + src;
    return cut(clean_utf8(s), max);
}

/// "* moved: TikTok divestment (was 2025-01-19, 2025-09-17)" for each entry whose date moved.
inline std::string footnote(const timeline_entry& x, std::size_t max_subject) {
    std::string s = "* moved: " + cut(clean_utf8(x.event.subject), max_subject) + " (was ";
    for (std::size_t i = 0; i < x.event.history.size(); ++i)
        s += (i ? ", " : "") + x.event.history[i].str();
    return s + ")\n";
}

inline void pad(std::string& out, const std::string& cell, std::size_t width) {
    out += cell;
    out.append(width - display_width(cell), ' ');
}

} // namespace detail::table

/// The entries given (any range of timeline_entry, e.g. a query), one row each.
template<entry_range R>
[[nodiscard]] std::string to_table(R&& entries, const table_options& opt) {
    namespace t = detail::table;
    std::vector<t::row> rows;
    std::vector<std::string_view> colours;
    std::string notes;
    if (opt.header) {
        rows.push_back({"date", "day", "kind", "subject"});
        if (opt.sources) rows.back().emplace_back("source");
        rows.back().push_back("status on " + date::format("%F", opt.as_of));
        colours.emplace_back();
    }
    for (const timeline_entry& x : entries) {
        const auto s = x.status(opt.as_of);
        rows.push_back({t::date_cell(x), t::weekday_cell(x), std::string(to_string(x.event.kind)),
                        t::cut(detail::clean_utf8(x.event.subject), opt.max_subject)});
        if (opt.sources) rows.back().push_back(t::source_cell(x, opt.max_sources));
        rows.back().push_back(s.text);
        colours.push_back(opt.color ? t::colour_of(s, x, opt.as_of) : "");
        if (opt.header && x.bounds && !x.event.history.empty())
            notes += t::footnote(x, opt.max_subject);
    }
    std::vector<std::size_t> width(opt.sources ? 6 : 5, 0);
    for (const auto& r : rows)
        for (std::size_t c = 0; c < r.size(); ++c)
            width[c] = std::max(width[c], detail::display_width(r[c]));
    std::string out;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        for (std::size_t c = 0; c + 1 < rows[i].size(); ++c) {
            t::pad(out, rows[i][c], width[c]);
            out += "  ";
        }
        if (!colours[i].empty()) out += colours[i];
        out += rows[i].back();
        if (!colours[i].empty()) out += "\x1b[0m";
        out += '\n';
    }
    return out + notes;
}

/// The whole timeline: dated entries in timeline order, then the open ones.
[[nodiscard]] inline std::string to_table(const timeline& tl, const table_options& opt) {
    std::vector<std::reference_wrapper<const timeline_entry>> all;
    for (const auto& x : tl.all()) all.emplace_back(x);
    for (const auto& x : tl.open()) all.emplace_back(x);
    return to_table(all, opt);
}

} // namespace kairos::io
