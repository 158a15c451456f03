// cli/commands.hpp — the subcommands, each a function from parsed options to an exit code.
#pragma once

#include "failure.hpp"

#include <kairos/document.hpp>
#include <string>
#include <vector>

namespace kairos::cli {

/// Options shared by every command that reads documents.
struct input_options {
    std::string dct;      ///< --dct, for inputs that carry no date
    std::string tz;       ///< --tz, an IANA zone for every DCT
    std::string dct_from; ///< --dct-from: "name" takes each file's DCT from its file name
    unsigned jobs = 0;    ///< -j; 0 = the hardware's concurrency
    bool keep_going = false;
    bool day_first = false; ///< --day-first: "10/02/2025" is 10 February
    std::vector<std::string> inputs;
    prefer_side prefer = prefer_side::tense;   ///< --prefer
    text_kind doc_type = text_kind::automatic; ///< --doc-type
};

struct extract_args {
    input_options in;
    std::string format;  ///< empty: timeml for .tml inputs, else json
    std::string output;  ///< -o: a file, or a folder for .tml or several inputs; empty: stdout
    bool pretty = false; ///< --pretty: indented JSON
};

struct timeline_args {
    input_options in;
    std::string as_of, from, to;
    std::vector<std::string> kinds;
    std::string format; ///< empty: by the extension of -o, else table
    std::string output;
    /// --unmerged: every report its own entry, in input order, all of them (a map step's
    /// partial timeline); --merge-saved: saved timelines' entries are merged as reports.
    bool unmerged = false, merge_saved = false;
    bool sources = false;  ///< table: a source column
    bool ics_todo = false; ///< ics: deadlines as VTODO
    std::string title;     ///< svg: the heading (default "Timeline")
    int width = 960;       ///< svg: pixels
};

[[nodiscard]] exit_code run_extract(const extract_args& args);
[[nodiscard]] exit_code run_timeline(const timeline_args& args);

} // namespace kairos::cli
