// Helpers for the io tests: temporary files and the external checkers (python3-icalendar,
// python3-jsonschema, xmllint) that parse what kairos writes, independently of kairos.
#pragma once

#include <cstdlib>
#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>
#include <kairos/event.hpp>
#include <kairos/timex.hpp>
#include <string>
#include <string_view>
#include <system_error>
#include <unistd.h>

namespace kairos_test {

/// The first day of a TIMEX3 value ("2025-09-14").
inline date::sys_days day(std::string_view iso) {
    const auto b = kairos::timex::parse(iso).bounds();
    REQUIRE(b.has_value());
    return b->first_day;
}

/// An event of the given kind, value and subject, as the tests' timelines hold them.
inline kairos::event make(kairos::event_kind kind, std::string_view value, std::string subject) {
    kairos::event e;
    e.kind = kind;
    e.value = kairos::timex::parse(value);
    e.subject = std::move(subject);
    return e;
}

/// This process's own folder under the system temp folder, so test runs of several checkouts
/// at once do not read each other's files; removed when the tests end.
inline std::filesystem::path temp_dir() {
    return std::filesystem::temp_directory_path() /
           ("kairos-io-tests-" + std::to_string(::getpid()));
}

inline const struct temp_dir_cleanup {
    ~temp_dir_cleanup() {
        std::error_code ignored;
        std::filesystem::remove_all(temp_dir(), ignored);
    }
} cleanup_temp_dir;

/// Writes `content` to a fresh file in temp_dir(); returns its path.
inline std::filesystem::path temp_file(std::string_view name, std::string_view content) {
    const auto dir = temp_dir();
    std::filesystem::create_directories(dir);
    const auto path = dir / name;
    std::ofstream out(path, std::ios::binary);
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    return path;
}

inline std::string read_file(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

/// Runs a shell command; its exit status (0 = success).
inline int run(const std::string& command) {
    const int rc = std::system(command.c_str());
    return rc;
}

/// Whether /usr/bin/python3 can import `module`.
inline bool python_has(std::string_view module) {
    return run("/usr/bin/python3 -c 'import " + std::string(module) + "' >/dev/null 2>&1") == 0;
}

inline bool have_program(std::string_view name) {
    return run("command -v " + std::string(name) + " >/dev/null 2>&1") == 0;
}

} // namespace kairos_test
