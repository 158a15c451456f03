// kairos/io/svg.hpp — a timeline as a standalone SVG picture, header-only.
//
// One row per dated entry, in timeline order: its label on the left ("Sep 17  deadline
// TikTok divestment"), its date on a horizontal time axis on the right with a tick and grid
// line per month. A day is a marker; a coarser grain or a period is a bar over its bounds;
// deadlines are red (diamond markers, red bars); earlier dates of a moved event are hollow
// grey dots joined to the current one; a dashed line marks the as-of day. Entries
// without a date are listed under the chart as "date unknown". Every row carries a <title>
// (hover text) with its value and status. The output is well-formed XML whatever bytes the
// subjects hold (invalid UTF-8 becomes U+FFFD; &, <, >, quotes are escaped).
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <date/date.h>
#include <functional>
#include <kairos/io/text.hpp>
#include <kairos/status.hpp>
#include <kairos/timeline.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace kairos::io {

struct svg_options {
    /// The dashed "as of" line and the status in tooltips; today (UTC) unless given.
    date::sys_days as_of = today_utc();
    int width = 960;                ///< pixels; the label column takes 360 of them
    std::string title = "Timeline"; ///< shown at the top
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

/// The chart's time range: whole months around every entry and the as-of day.
struct scale {
    date::sys_days start, end; ///< [start, end)
    double x0, x1;

    [[nodiscard]] double x(date::sys_days d) const {
        const auto span = static_cast<double>((end - start).count());
        return x0 + (x1 - x0) * static_cast<double>((d - start).count()) / span;
    }
};

inline scale make_scale(const std::vector<const timeline_entry*>& rows, date::sys_days as_of,
                        double x0, double x1) {
    auto lo = as_of;
    auto hi = as_of;
    for (const auto* x : rows) {
        lo = std::min(lo, x->bounds->first_day);
        hi = std::max(hi, x->bounds->last_day);
        for (const auto& h : x->event.history) {
            if (const auto b = h.bounds()) {
                lo = std::min(lo, b->first_day);
                hi = std::max(hi, b->last_day);
            }
        }
    }
    const date::year_month_day l{lo};
    const date::year_month_day h{hi};
    const auto start = date::sys_days{l.year() / l.month() / 1};
    const auto end = date::sys_days{(h.year() / h.month() / 1) + date::months{1}};
    return {start, end, x0, x1};
}

inline std::string month_label(date::year_month ym, bool with_year) {
    static constexpr std::string_view names[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                 "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    std::string s(names[static_cast<unsigned>(ym.month()) - 1]);
    if (with_year) s += " " + std::to_string(static_cast<int>(ym.year()));
    return s;
}

/// Grid lines and labels, one per month (every k-th month labelled when they would crowd);
/// the year stands above the first label of each year.
inline void axis(std::string& out, const scale& sc, double top, double bottom) {
    const date::year_month_day s{sc.start};
    const date::year_month_day e{sc.end};
    const int months = (static_cast<int>(e.year()) - static_cast<int>(s.year())) * 12 +
                       static_cast<int>(static_cast<unsigned>(e.month())) -
                       static_cast<int>(static_cast<unsigned>(s.month()));
    const double per_month = (sc.x1 - sc.x0) / std::max(1, months);
    const int step = std::max(1, static_cast<int>(std::ceil(30.0 / per_month)));
    out += "<g class=\"axis\">\n<line x1=\"" + num(sc.x0) + "\" y1=\"" + num(top) + "\" x2=\"" +
           num(sc.x1) + "\" y2=\"" + num(top) + "\" stroke=\"#444\"/>\n";
    int i = 0;
    date::year labelled{0};
    for (auto ym = s.year() / s.month(); date::sys_days{ym / 1} < sc.end;
         ym += date::months{1}, ++i) {
        if (i % step != 0) continue;
        const double x = sc.x(date::sys_days{ym / 1});
        out += "<line x1=\"" + num(x) + "\" y1=\"" + num(top - 4) + "\" x2=\"" + num(x) +
               "\" y2=\"" + num(bottom) + "\" stroke=\"#ddd\"/>\n";
        out += "<text x=\"" + num(x + 3) + "\" y=\"" + num(top - 6) + "\" fill=\"#444\">" +
               month_label(ym, false) + "</text>\n";
        if (i == 0 || ym.year() != labelled)
            out += "<text class=\"year\" x=\"" + num(x + 3) + "\" y=\"" + num(top - 20) +
                   "\" fill=\"#444\" font-weight=\"bold\">" +
                   std::to_string(static_cast<int>(ym.year())) + "</text>\n";
        labelled = ym.year();
    }
    out += "</g>\n";
}

inline std::string short_day(date::sys_days d) {
    const date::year_month_day ymd{d};
    return month_label(ymd.year() / ymd.month(), false) + " " +
           std::to_string(static_cast<unsigned>(ymd.day()));
}

/// Earlier values of the entry ("originally Jan. 19", superseded reports): hollow grey
/// markers joined to the current date by a thin line, so a moved deadline shows its path.
inline void earlier(std::string& out, const timeline_entry& x, const scale& sc, double y) {
    const auto& b = *x.bounds;
    const double now = (sc.x(b.first_day) + sc.x(b.last_day + date::days{1})) / 2;
    for (const auto& h : x.event.history) {
        const auto hb = h.bounds();
        if (!hb) continue;
        const double c = (sc.x(hb->first_day) + sc.x(hb->last_day + date::days{1})) / 2;
        out += "<line x1=\"" + num(c) + "\" y1=\"" + num(y) + "\" x2=\"" + num(now) + "\" y2=\"" +
               num(y) + "\" stroke=\"#bbb\"/>\n<circle class=\"earlier\" cx=\"" + num(c) +
               "\" cy=\"" + num(y) +
               "\" r=\"4\" fill=\"white\" stroke=\"#888\"><title>earlier: " + esc(h.str()) +
               "</title></circle>\n";
    }
}

inline void marker(std::string& out, const timeline_entry& x, const scale& sc, double y) {
    earlier(out, x, sc, y);
    const auto& b = *x.bounds;
    const bool deadline = x.event.kind == event_kind::deadline;
    const std::string colour = deadline ? "#d62728" : "#1f77b4";
    const double a = sc.x(b.first_day);
    const double z = sc.x(b.last_day + date::days{1});
    if (b.first_day != b.last_day) {
        out += "<rect x=\"" + num(a) + "\" y=\"" + num(y - 5) + "\" width=\"" +
               num(std::max(z - a, 2.0)) + "\" height=\"10\" rx=\"3\" fill=\"" + colour +
               "\" fill-opacity=\"0.35\" stroke=\"" + colour + "\"/>\n";
        if (!deadline) return;
    }
    const double c = deadline && b.first_day != b.last_day ? z : (a + z) / 2;
    if (deadline) {
        out += "<polygon points=\"" + num(c) + "," + num(y - 7) + " " + num(c + 7) + "," + num(y) +
               " " + num(c) + "," + num(y + 7) + " " + num(c - 7) + "," + num(y) + "\" fill=\"" +
               colour + "\"/>\n";
    } else {
        out += "<circle cx=\"" + num(c) + "\" cy=\"" + num(y) + "\" r=\"5\" fill=\"" + colour +
               "\"/>\n";
    }
}

inline void row(std::string& out, const timeline_entry& x, const scale& sc, double y,
                date::sys_days as_of) {
    const bool deadline = x.event.kind == event_kind::deadline;
    const auto& b = *x.bounds;
    const auto when = b.first_day == b.last_day ? short_day(b.first_day) : x.event.value.str();
    out += "<g class=\"entry " + std::string(to_string(x.event.kind)) + "\">\n<title>" +
           esc(x.event.value.str() + " " + std::string(to_string(x.event.kind)) + ": " +
               x.event.subject + " (" + x.status(as_of).text + ")") +
           "</title>\n";
    out += "<text x=\"12\" y=\"" + num(y + 4) + "\"" +
           (deadline ? " fill=\"#d62728\" font-weight=\"bold\"" : "") + ">" + esc(when) +
           "</text>\n";
    out += "<text x=\"92\" y=\"" + num(y + 4) + "\" fill=\"#666\">" +
           std::string(to_string(x.event.kind)) + "</text>\n";
    out += "<text x=\"170\" y=\"" + num(y + 4) + "\">" + esc(x.event.subject) + "</text>\n";
    marker(out, x, sc, y);
    out += "</g>\n";
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
    const double top = 72;
    const double chart_bottom = top + 12 + row_h * static_cast<double>(dated.size());
    const double height = chart_bottom + 18 * static_cast<double>(open.size()) + 44;
    const auto sc = s::make_scale(dated, opt.as_of, 370, opt.width - 20);

    std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    out += "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + std::to_string(opt.width) +
           "\" height=\"" + s::num(height) + "\" viewBox=\"0 0 " + std::to_string(opt.width) + " " +
           s::num(height) + "\" font-family=\"sans-serif\" font-size=\"12\">\n";
    out += "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n";
    out += "<text x=\"12\" y=\"24\" font-size=\"16\" font-weight=\"bold\">" + s::esc(opt.title) +
           "</text>\n";
    s::axis(out, sc, top - 12, chart_bottom);
    double y = top + 12;
    for (const auto* x : dated) {
        s::row(out, *x, sc, y, opt.as_of);
        y += row_h;
    }
    const double now = sc.x(opt.as_of) + (sc.x(opt.as_of + date::days{1}) - sc.x(opt.as_of)) / 2;
    out += "<g class=\"as-of\"><line x1=\"" + s::num(now) + "\" y1=\"" + s::num(top - 16) +
           "\" x2=\"" + s::num(now) + "\" y2=\"" + s::num(chart_bottom + 4) +
           "\" stroke=\"#2ca02c\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\"/>\n<text x=\"" +
           s::num(std::clamp(now, sc.x0 + 60, sc.x1 - 50)) + "\" y=\"" + s::num(chart_bottom + 16) +
           "\" fill=\"#2ca02c\" text-anchor=\"middle\">as of " + date::format("%F", opt.as_of) +
           "</text></g>\n";
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
