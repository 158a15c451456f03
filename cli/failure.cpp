#include "failure.hpp"

#include <cctype>
#include <cstdio>
#include <cstring>

namespace kairos::cli {

std::string format(const failure& f) {
    std::string line = "kairos: " + f.problem;
    if (!f.subject.empty()) line += ": " + f.subject;
    // One line, whatever a library message or a file name holds.
    for (char& c : line)
        if (c == '\n' || c == '\r') c = ' ';
    return line;
}

void report(const failure& f) {
    const auto line = format(f) + "\n";
    std::fwrite(line.data(), 1, line.size(), stderr);
    std::fflush(stderr);
}

failure from_error(const error& e, std::string subject, exit_code code) {
    return {code, e.message, std::move(subject)};
}

std::string system_message(int errnum) {
    std::string m = std::strerror(errnum);
    if (!m.empty()) m[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(m[0])));
    return m;
}

std::string display_name(std::string_view path) {
    return path == "-" ? std::string("<stdin>") : std::string(path);
}

} // namespace kairos::cli
