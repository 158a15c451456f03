// cli/timeline_output.hpp — the selection a `kairos timeline` run shows, in its format.
#pragma once

#include <date/date.h>
#include <kairos/timeline.hpp>
#include <optional>
#include <string>
#include <string_view>

namespace kairos::cli {

enum class timeline_format { table, json, ics, svg };

/// "table", "json", "ics", "svg"; false for anything else.
[[nodiscard]] bool parse_timeline_format(std::string_view s, timeline_format& out);

/// What to show: the entries overlapping [from, to] (either end may be open) of the given
/// kinds, with their status as of `as_of`. Entries with an unknown date are shown only when
/// no range is given.
struct query {
    date::sys_days as_of{};
    std::optional<date::sys_days> from, to;
    std::optional<kind_set> kinds; ///< nullopt = every kind
    timeline_format format = timeline_format::table;
    bool colour = false;   ///< table only
    bool sources = false;  ///< table: a source column
    bool ics_todo = false; ///< ics: deadlines as VTODO
    std::string title;     ///< svg heading; empty = the default
    int width = 960;       ///< svg width in pixels
};

/// The selected entries of `tl` in the query's format. JSON is a saved timeline holding just
/// the selection, so it can be read back (`kairos timeline saved.json`).
[[nodiscard]] std::string render_timeline(const timeline& tl, const query& q);

} // namespace kairos::cli
