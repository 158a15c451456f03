// cli/commands.hpp — the subcommands, each a function from parsed options to an exit code.
#pragma once

#include "failure.hpp"

#include <string>
#include <vector>

namespace kairos::cli {

/// Options shared by every command that reads documents.
struct input_options {
    std::string dct;   ///< --dct, for inputs that carry no date
    std::string tz;    ///< --tz, an IANA zone for every DCT
    unsigned jobs = 0; ///< -j; 0 = the hardware's concurrency
    bool keep_going = false;
    std::vector<std::string> inputs;
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
    std::string format = "table";
    std::string output;
};

[[nodiscard]] exit_code run_extract(const extract_args& args);
[[nodiscard]] exit_code run_timeline(const timeline_args& args);

} // namespace kairos::cli
