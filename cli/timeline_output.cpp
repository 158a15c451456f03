#include "timeline_output.hpp"

#include <functional>
#include <kairos/io/ics.hpp>
#include <kairos/io/json.hpp>
#include <kairos/io/svg.hpp>
#include <kairos/io/table.hpp>
#include <utility>
#include <vector>

namespace kairos::cli {
namespace {

using entry_ref = std::reference_wrapper<const timeline_entry>;

std::vector<entry_ref> select(const timeline& tl, const query& q) {
    const auto wanted = [&](const timeline_entry& x) {
        return !q.kinds || q.kinds->contains(x.event.kind);
    };
    std::vector<entry_ref> out;
    if (q.from || q.to) {
        // An open end reaches past any date a TIMEX3 value (four-digit years) can hold.
        const auto first = q.from.value_or(date::sys_days(date::year{-9999} / 1 / 1));
        const auto last = q.to.value_or(date::sys_days(date::year{9999} / 12 / 31));
        for (const auto& x : tl.overlapping(first, last))
            if (wanted(x)) out.emplace_back(x);
        return out;
    }
    for (const auto& x : tl.all())
        if (wanted(x)) out.emplace_back(x);
    for (const auto& x : tl.open())
        if (wanted(x)) out.emplace_back(x);
    return out;
}

} // namespace

bool parse_timeline_format(std::string_view s, timeline_format& out) {
    constexpr std::pair<std::string_view, timeline_format> names[] = {
        {"table", timeline_format::table},
        {"json", timeline_format::json},
        {"ics", timeline_format::ics},
        {"svg", timeline_format::svg}};
    for (const auto& [name, f] : names)
        if (s == name) return out = f, true;
    return false;
}

std::string render_timeline(const timeline& tl, const query& q) {
    const auto chosen = select(tl, q);
    switch (q.format) {
    case timeline_format::table: {
        io::table_options opt;
        opt.as_of = q.as_of;
        opt.color = q.colour;
        opt.sources = q.sources;
        return io::to_table(chosen, opt);
    }
    case timeline_format::json: {
        timeline part;
        part.reserve(chosen.size());
        for (const timeline_entry& x : chosen) part.insert(x);
        return io::save_timeline(part) + "\n";
    }
    case timeline_format::ics: {
        io::ics_options opt;
        opt.as_of = q.as_of;
        opt.todo = q.ics_todo;
        return io::to_ics(chosen, opt);
    }
    case timeline_format::svg: {
        io::svg_options opt;
        opt.as_of = q.as_of;
        opt.width = q.width;
        opt.from = q.from;
        opt.to = q.to;
        if (!q.title.empty()) opt.title = q.title;
        return io::to_svg(chosen, opt);
    }
    }
    return {};
}

} // namespace kairos::cli
