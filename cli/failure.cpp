#include "failure.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstring>

namespace kairos::cli {

namespace {

/// `s` cut to `longest` bytes (not inside a UTF-8 sequence) and marked "..." when cut; line
/// breaks become spaces, other control characters `\xNN`.
void append_bounded(std::string& out, std::string_view s) {
    constexpr std::size_t longest = 1024;
    std::size_t n = std::min(s.size(), longest);
    if (n < s.size())
        while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
    for (const char c : s.substr(0, n)) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '\n' || c == '\r' || c == '\t') {
            out += ' ';
        } else if (u < 0x20 || u == 0x7f) {
            constexpr char hex[] = "0123456789abcdef";
            out += "\\x";
            out += hex[u >> 4];
            out += hex[u & 15];
        } else {
            out += c;
        }
    }
    if (n < s.size()) out += "...";
}

} // namespace

std::string format(const failure& f) {
    std::string line = "kairos: ";
    append_bounded(line, f.problem);
    if (!f.subject.empty()) line += ": ", append_bounded(line, f.subject);
    return line;
}

exit_code input_code(const error& e) noexcept {
    return e.code == errc::too_large ? exit_code::too_large : exit_code::input;
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
