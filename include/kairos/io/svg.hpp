// kairos/io/svg.hpp — a timeline as a standalone SVG picture, header-only.
//
// One row per dated entry, in timeline order: its label on the left ("Sep 17  deadline  TikTok
// divestment"; "Sep 17, 2025" when the axis spans years), its date on a horizontal time axis on
// the right. The axis spans the window asked for (svg_options::from/to, e.g. the range given to
// timeline::overlapping()), else the entries' current dates and the as-of day; ticks are days
// for a window of up to 45 days, months otherwise. An entry outside the window is drawn at the
// edge with its date written beside it. Colours are per kind, with a legend; an entry that is
// over on the as-of day is hollow and its label grey, so passed deadlines stand apart from
// upcoming ones. A day is a marker, a coarser grain or a period a bar over its bounds;
// deadlines are diamonds; earlier dates of a moved event are hollow grey dots joined to the
// current one (at the edge when outside the window); a dashed line marks the as-of day.
// Entries without a date are listed under the chart as "date unknown". Every row carries a
// <title> (hover text) with its value and status. The output is well-formed XML whatever bytes
// the subjects hold (invalid UTF-8 becomes U+FFFD; &, <, >, quotes are escaped).
#pragma once

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <date/date.h>
#include <functional>
#include <kairos/io/text.hpp>
#include <kairos/status.hpp>
#include <kairos/timeline.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kairos::io {

struct svg_options {
    /// The dashed "as of" line, past vs upcoming, the status in tooltips; today (UTC) unless given.
    date::sys_days as_of = today_utc();
    int width = 960; ///< pixels, at least 320; the label column takes 360 (half when narrow)
    std::string title = "Timeline"; ///< shown at the top
    /// The window the axis spans, both days inclusive (pass the range given to
    /// timeline::overlapping()); an open end follows the entries' current dates.
    std::optional<date::sys_days> from{}, to{};
};

namespace detail::svg {

inline std::string esc(std::string_view raw) {
    const auto s = clean_utf8(raw);
    std::string out;
    out.reserve(s.size());
    for (char c : s) {
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
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&apos;";
            break;
        case '\n':
        case '\t':
            out += ' ';
            break;
        default:
            out += c;
        }
    }
    return out;
}

inline std::string num(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", v);
    return buf;
}

/// One colour per kind (colour-blind-safe Tableau hues), also used by the legend.
inline std::string_view colour_of(event_kind k) {
    switch (k) {
    case event_kind::deadline:
        return "#d62728";
    case event_kind::expiry:
        return "#ff7f0e";
    case event_kind::effective:
        return "#2ca02c";
    case event_kind::meeting:
        return "#1f77b4";
    case event_kind::period:
        return "#9467bd";
    case event_kind::event:
        return "#7f7f7f";
    }
    return "#7f7f7f";
}

/// The chart's time range [start, end) mapped onto [x0, x1].
struct scale {
    date::sys_days start, end;
    double x0, x1;
    bool daily = false;     ///< day ticks (a short window) instead of month ticks
    bool with_year = false; ///< the axis spans more than one calendar year

    [[nodiscard]] double x(date::sys_days d) const {
        const auto span = static_cast<double>((end - start).count());
        return x0 + (x1 - x0) * static_cast<double>((d - start).count()) / span;
    }
    [[nodiscard]] double clamped(date::sys_days d) const { return std::clamp(x(d), x0, x1); }
};

/// The window asked for; each open end follows the entries' current dates and the as-of day,
/// widened to whole months. Earlier dates never widen it.
inline scale make_scale(const std::vector<const timeline_entry*>& rows, const svg_options& opt,
                        double x0, double x1) {
    auto lo = opt.as_of;
    auto hi = opt.as_of;
    for (const auto* x : rows) {
        lo = std::min(lo, x->bounds->first_day);
        hi = std::max(hi, x->bounds->last_day);
    }
    const date::year_month_day l{lo};
    const date::year_month_day h{hi};
    auto start = opt.from.value_or(date::sys_days{l.year() / l.month() / 1});
    auto end = opt.to ? *opt.to + date::days{1}
                      : date::sys_days{(h.year() / h.month() / 1) + date::months{1}};
    if (end <= start) end = start + date::days{1}; // a window of one day still has a width
    scale sc{start, end, x0, x1};
    sc.daily = (end - start).count() <= 45;
    sc.with_year =
        date::year_month_day{start}.year() != date::year_month_day{end - date::days{1}}.year();
    return sc;
}

inline std::string month_label(date::year_month ym) {
    static constexpr std::string_view names[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                 "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    return std::string(names[static_cast<unsigned>(ym.month()) - 1]);
}

/// "Sep 17", or "Sep 17, 2025" when the axis spans years.
inline std::string short_day(date::sys_days d, bool with_year) {
    const date::year_month_day ymd{d};
    auto s = month_label(ymd.year() / ymd.month()) + " " +
             std::to_string(static_cast<unsigned>(ymd.day()));
    if (with_year) s += ", " + std::to_string(static_cast<int>(ymd.year()));
    return s;
}

/// The days the axis has a tick on: every day of a short window, else the first of each month.
inline std::vector<date::sys_days> ticks(const scale& sc) {
    std::vector<date::sys_days> out;
    if (sc.daily) {
        for (auto d = sc.start; d < sc.end; d += date::days{1}) out.push_back(d);
        return out;
    }
    const date::year_month_day s{sc.start};
    auto ym = s.year() / s.month();
    if (date::sys_days{ym / 1} < sc.start) ym += date::months{1};
    for (; date::sys_days{ym / 1} < sc.end; ym += date::months{1}) out.push_back(ym / 1);
    return out;
}

/// Grid lines and labels, one per tick (every k-th labelled when they would crowd); the year
/// stands above the first label of each year.
inline void axis(std::string& out, const scale& sc, double top, double bottom) {
    const auto days = ticks(sc);
    const double per_tick =
        (sc.x1 - sc.x0) / static_cast<double>(std::max<std::size_t>(1, days.size()));
    const int step = std::max(1, static_cast<int>(std::ceil((sc.daily ? 44.0 : 30.0) / per_tick)));
    out += "<g class=\"axis\">\n<line x1=\"" + num(sc.x0) + "\" y1=\"" + num(top) + "\" x2=\"" +
           num(sc.x1) + "\" y2=\"" + num(top) + "\" stroke=\"#444\"/>\n";
    std::optional<date::year> labelled;
    for (std::size_t i = 0; i < days.size(); ++i) {
        if (static_cast<int>(i) % step != 0) continue;
        const date::year_month_day ymd{days[i]};
        const double x = sc.x(days[i]);
        out += "<line x1=\"" + num(x) + "\" y1=\"" + num(top - 4) + "\" x2=\"" + num(x) +
               "\" y2=\"" + num(bottom) + "\" stroke=\"#ddd\"/>\n";
        const auto label =
            sc.daily ? short_day(days[i], false) : month_label(ymd.year() / ymd.month());
        out += "<text x=\"" + num(x + 3) + "\" y=\"" + num(top - 6) + "\" fill=\"#444\">" + label +
               "</text>\n";
        if (!labelled || ymd.year() != *labelled)
            out += "<text class=\"year\" x=\"" + num(x + 3) + "\" y=\"" + num(top - 20) +
                   "\" fill=\"#444\" font-weight=\"bold\">" +
                   std::to_string(static_cast<int>(ymd.year())) + "</text>\n";
        labelled = ymd.year();
    }
    out += "</g>\n";
}

/// Where a span sits on the axis: its pixel extent clamped to the chart, and whether it lies
/// wholly before or after the window.
struct placed {
    double a, z;
    bool before, after;
};

inline placed place(const scale& sc, const bounds& b) {
    return {sc.clamped(b.first_day), sc.clamped(b.last_day + date::days{1}), b.last_day < sc.start,
            b.first_day >= sc.end};
}

/// Earlier values of the entry ("originally Jan. 19", superseded reports): hollow grey
/// markers joined to the current date by a thin line, so a moved deadline shows its path.
/// A value outside the window sits at the edge.
inline void earlier(std::string& out, const timeline_entry& x, const scale& sc, double y) {
    const auto now = place(sc, *x.bounds);
    const double to = (now.a + now.z) / 2;
    for (const auto& h : x.event.history) {
        const auto hb = h.bounds();
        if (!hb) continue;
        const auto p = place(sc, *hb);
        const double c = (p.a + p.z) / 2;
        out += "<line x1=\"" + num(c) + "\" y1=\"" + num(y) + "\" x2=\"" + num(to) + "\" y2=\"" +
               num(y) + "\" stroke=\"#bbb\"/>\n<circle class=\"earlier\" cx=\"" + num(c) +
               "\" cy=\"" + num(y) +
               "\" r=\"4\" fill=\"white\" stroke=\"#888\"><title>earlier: " + esc(h.str()) +
               "</title></circle>\n";
    }
}

/// A wholly outside entry: an arrowhead on the edge pointing out, its date written inside.
inline void off_chart(std::string& out, const timeline_entry& x, const scale& sc, const placed& p,
                      double y, const std::string& colour) {
    const double e = p.before ? sc.x0 : sc.x1;
    const double d = p.before ? -8 : 8;
    out += "<polygon class=\"outside\" points=\"" + num(e + d) + "," + num(y) + " " + num(e) + "," +
           num(y - 6) + " " + num(e) + "," + num(y + 6) + "\" fill=\"" + colour + "\"/>\n";
    const auto& b = *x.bounds;
    const auto when =
        b.first_day == b.last_day ? short_day(b.first_day, true) : x.event.value.str();
    out += "<text class=\"outside\" x=\"" + num(p.before ? e + 4 : e - 4) + "\" y=\"" + num(y + 4) +
           "\" fill=\"" + colour + "\" text-anchor=\"" + (p.before ? "start" : "end") + "\">" +
           (p.before ? "\u2190 " : "") + esc(when) + (p.before ? "" : " \u2192") + "</text>\n";
}

inline void marker(std::string& out, const timeline_entry& x, const scale& sc, double y,
                   bool past) {
    earlier(out, x, sc, y);
    const auto& b = *x.bounds;
    const std::string colour(colour_of(x.event.kind));
    const auto p = place(sc, b);
    if (p.before || p.after) return off_chart(out, x, sc, p, y, colour);
    const bool deadline = x.event.kind == event_kind::deadline;
    const std::string fill = past ? "white" : colour;
    if (b.first_day != b.last_day) {
        out += "<rect class=\"bar\" x=\"" + num(p.a) + "\" y=\"" + num(y - 5) + "\" width=\"" +
               num(std::max(p.z - p.a, 2.0)) + "\" height=\"10\" rx=\"3\" fill=\"" + colour +
               "\" fill-opacity=\"" + (past ? "0.1" : "0.35") + "\" stroke=\"" + colour + "\"/>\n";
        if (!deadline) return;
    }
    const double c = deadline && b.first_day != b.last_day ? p.z : (p.a + p.z) / 2;
    if (deadline) {
        out += "<polygon class=\"deadline\" points=\"" + num(c) + "," + num(y - 7) + " " +
               num(c + 7) + "," + num(y) + " " + num(c) + "," + num(y + 7) + " " + num(c - 7) +
               "," + num(y) + "\" fill=\"" + fill + "\" stroke=\"" + colour +
               "\" stroke-width=\"1.5\"/>\n";
    } else {
        out += "<circle class=\"day\" cx=\"" + num(c) + "\" cy=\"" + num(y) + "\" r=\"5\" fill=\"" +
               fill + "\" stroke=\"" + colour + "\" stroke-width=\"1.5\"/>\n";
    }
}

/// `s` cut with "…" to about `max` characters (the label column has a fixed width).
inline std::string fit(std::string_view raw, std::size_t max) {
    auto s = clean_utf8(raw);
    if (display_width(s) <= max) return s;
    std::string out;
    for (std::size_t i = 0; i < s.size() && display_width(out) + 1 < max;) {
        const auto n = std::max<std::size_t>(1, utf8_sequence(s, i));
        out.append(s, i, n);
        i += n;
    }
    return out + "\u2026";
}

/// The date label of a row: "Sep 17" (with the year when the axis spans years), "Nov 10–Nov
/// 21" for a period, else the TIMEX3 value ("2025-Q4").
inline std::string when_label(const timeline_entry& x, const scale& sc) {
    const auto& b = *x.bounds;
    if (b.first_day == b.last_day) return short_day(b.first_day, sc.with_year);
    if (x.event.end)
        return short_day(b.first_day, false) + "\u2013" + short_day(b.last_day, sc.with_year);
    return x.event.value.str();
}

/// The label column: date, kind, subject; the date column is as wide as its longest label.
struct columns {
    double date = 12, kind = 84, subject = 156;
    std::size_t subject_chars = 30;
};

inline columns label_columns(const std::vector<const timeline_entry*>& rows, const scale& sc,
                             double chart_x0) {
    std::size_t widest = 6;
    for (const auto* x : rows) widest = std::max(widest, display_width(when_label(*x, sc)));
    columns c;
    c.kind = c.date + 10 + 6.8 * static_cast<double>(widest);
    c.subject = c.kind + 72;
    c.subject_chars = static_cast<std::size_t>(std::max(4.0, (chart_x0 - 16 - c.subject) / 6.5));
    return c;
}

inline void row(std::string& out, const timeline_entry& x, const scale& sc, const columns& col,
                double y, date::sys_days as_of) {
    const auto& b = *x.bounds;
    const bool past = b.last_day < as_of;
    const bool deadline = x.event.kind == event_kind::deadline;
    const auto when = when_label(x, sc);
    const auto kind = std::string(to_string(x.event.kind));
    out += "<g class=\"entry " + kind + (past ? " past" : "") + "\">\n<title>" +
           esc(x.event.value.str() + " " + kind + ": " + x.event.subject + " (" +
               x.status(as_of).text + ")") +
           "</title>\n";
    const std::string ink =
        past ? "#999" : (deadline ? std::string(colour_of(x.event.kind)) : "#222");
    out += "<text x=\"" + num(col.date) + "\" y=\"" + num(y + 4) + "\" fill=\"" + ink + "\"" +
           (deadline && !past ? " font-weight=\"bold\"" : "") + ">" + esc(when) + "</text>\n";
    out += "<text x=\"" + num(col.kind) + "\" y=\"" + num(y + 4) + "\" fill=\"" +
           std::string(colour_of(x.event.kind)) + "\">" + kind + "</text>\n";
    out += "<text x=\"" + num(col.subject) + "\" y=\"" + num(y + 4) + "\" fill=\"" +
           (past ? "#999" : "#222") + "\">" + esc(fit(x.event.subject, col.subject_chars)) +
           "</text>\n";
    marker(out, x, sc, y, past);
    out += "</g>\n";
}

/// About how many pixels a lower-case ASCII word takes in 12 px sans-serif, so the legend's
/// items sit evenly.
inline double text_width(std::string_view s) {
    double w = 0;
    for (char c : s)
        w += std::string_view("ijlft").find(c) != std::string_view::npos ? 3.2
             : std::string_view("mw").find(c) != std::string_view::npos  ? 9.5
             : c == 'r'                                                  ? 4.2
                                                                         : 6.7;
    return w;
}

/// A swatch and name per kind drawn, then what hollow means.
inline void legend(std::string& out, const std::vector<const timeline_entry*>& rows, double y) {
    std::array<bool, 6> seen{};
    for (const auto* x : rows) seen[static_cast<std::size_t>(x->event.kind)] = true;
    out += "<g class=\"legend\">\n";
    double x = 12;
    for (std::size_t k = 0; k < seen.size(); ++k) {
        if (!seen[k]) continue;
        const auto kind = static_cast<event_kind>(k);
        out += "<rect x=\"" + num(x) + "\" y=\"" + num(y - 9) +
               "\" width=\"10\" height=\"10\" rx=\"2\" fill=\"" + std::string(colour_of(kind)) +
               "\"/>\n<text x=\"" + num(x + 14) + "\" y=\"" + num(y) + "\">" +
               std::string(to_string(kind)) + "</text>\n";
        x += 14 + text_width(to_string(kind)) + 16;
    }
    out += "<circle cx=\"" + num(x + 5) + "\" cy=\"" + num(y - 4) +
           "\" r=\"5\" fill=\"white\" stroke=\"#666\" stroke-width=\"1.5\"/>\n<text x=\"" +
           num(x + 14) + "\" y=\"" + num(y) +
           "\" fill=\"#666\">hollow: over by the as-of day</text>\n";
    out += "</g>\n";
}

inline void as_of_line(std::string& out, const scale& sc, date::sys_days as_of, double top,
                       double bottom) {
    const double now = sc.x(as_of) + (sc.x(as_of + date::days{1}) - sc.x(as_of)) / 2;
    const bool inside = as_of >= sc.start && as_of < sc.end;
    out += "<g class=\"as-of\">";
    if (inside)
        out += "<line x1=\"" + num(now) + "\" y1=\"" + num(top) + "\" x2=\"" + num(now) +
               "\" y2=\"" + num(bottom + 4) +
               "\" stroke=\"#333\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\"/>\n";
    const double lo = std::min(sc.x0 + 60, (sc.x0 + sc.x1) / 2);
    out += "<text x=\"" + num(std::clamp(now, lo, std::max(lo, sc.x1 - 50))) + "\" y=\"" +
           num(bottom + 16) + "\" fill=\"#333\" text-anchor=\"middle\">as of " +
           date::format("%F", as_of) + "</text></g>\n";
}

} // namespace detail::svg

/// The entries given (dated ones drawn, undated ones listed) as one SVG document.
template<entry_range R>
[[nodiscard]] std::string to_svg(R&& entries, const svg_options& opt) {
    namespace s = detail::svg;
    std::vector<const timeline_entry*> dated;
    std::vector<const timeline_entry*> open;
    for (const timeline_entry& x : entries) (x.bounds ? dated : open).push_back(&x);

    const double row_h = 24;
    const double top = 96;
    const double chart_bottom = top + 12 + row_h * static_cast<double>(dated.size());
    const double height = chart_bottom + 18 * static_cast<double>(open.size()) + 44;
    // The label column takes 360 pixels, or half of a narrow picture.
    const int width = std::max(opt.width, 320);
    const double chart_x0 = std::min(370.0, width * 0.5);
    const auto sc = s::make_scale(dated, opt, chart_x0, width - 20);
    const auto col = s::label_columns(dated, sc, chart_x0);

    std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    out += "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + std::to_string(width) +
           "\" height=\"" + s::num(height) + "\" viewBox=\"0 0 " + std::to_string(width) + " " +
           s::num(height) + "\" font-family=\"sans-serif\" font-size=\"12\">\n";
    out += "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n";
    out += "<text x=\"12\" y=\"24\" font-size=\"16\" font-weight=\"bold\">" + s::esc(opt.title) +
           "</text>\n";
    s::legend(out, dated, 48);
    s::axis(out, sc, top - 12, chart_bottom);
    double y = top + 12;
    for (const auto* x : dated) {
        s::row(out, *x, sc, col, y, opt.as_of);
        y += row_h;
    }
    s::as_of_line(out, sc, opt.as_of, top - 16, chart_bottom);
    y = chart_bottom + 36;
    for (const auto* x : open) {
        out += "<text class=\"open\" x=\"12\" y=\"" + s::num(y) +
               "\" fill=\"#666\" font-style=\"italic\">date unknown: " +
               s::esc(std::string(to_string(x->event.kind)) + ": " + x->event.subject) +
               "</text>\n";
        y += 18;
    }
    out += "</svg>\n";
    return out;
}

/// The whole timeline as one SVG document.
[[nodiscard]] inline std::string to_svg(const timeline& tl, const svg_options& opt) {
    std::vector<std::reference_wrapper<const timeline_entry>> all;
    for (const auto& x : tl.all()) all.emplace_back(x);
    for (const auto& x : tl.open()) all.emplace_back(x);
    return to_svg(all, opt);
}

} // namespace kairos::io
