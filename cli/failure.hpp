// cli/failure.hpp — the CLI's exit codes and its one-line error report.
#pragma once

#include <kairos/expected.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

namespace kairos::cli {

/// Exit codes; docs/reliability.md lists them, tests/cli asserts each one.
enum class exit_code : int {
    ok = 0,
    document_failed = 1, ///< --keep-going: the batch finished, some documents failed
    usage = 2,           ///< bad command line: option, --dct, --tz, --kind, --format
    input = 3,           ///< an input is missing, unreadable, malformed or has no date
    output = 4,          ///< an output could not be written (permissions, full disk, ...)
    internal = 5,        ///< a bug in kairos: please report it
    too_large = 6,       ///< an input or JSON Lines line larger than --max-input
};

/// Something that stops one document or the whole run.
struct failure {
    exit_code code = exit_code::internal;
    std::string problem; ///< what went wrong, lower case: "no such file or directory"
    std::string subject; ///< what it happened to: a file name, "--dct 2025-02-30", "<stdout>"
};

/// "kairos: <problem>: <subject>", one line, no trailing newline. Each part is cut to 1 KiB
/// (a message may quote its input, which may be megabytes) and control characters are shown
/// as `\xNN`, so what reaches a terminal is one short line of text.
[[nodiscard]] std::string format(const failure& f);

/// Prints format(f) and a newline on stderr.
void report(const failure& f);

/// The failure for a library error about `subject`; io errors are input errors unless
/// `code` says otherwise.
[[nodiscard]] failure from_error(const error& e, std::string subject,
                                 exit_code code = exit_code::input);

/// The exit code of a failed read: too_large for errc::too_large, else input.
[[nodiscard]] exit_code input_code(const error& e) noexcept;

/// strerror(errnum), starting lower case: "no such file or directory".
[[nodiscard]] std::string system_message(int errnum);

/// How the name of an input appears in messages: "-" is "<stdin>".
[[nodiscard]] std::string display_name(std::string_view path);

/// An explicit `--format` (read by `parse`, which names the `known` formats), checked against
/// the format the extension of `-o output` implies, if any: both commands follow this rule.
template<class Format, class Parse>
[[nodiscard]] std::variant<Format, failure>
explicit_format(const std::string& format, const std::optional<Format>& implied,
                const std::string& output, Parse parse, std::string_view known) {
    Format f{};
    if (!parse(format, f))
        return failure{exit_code::usage, "unknown format (" + std::string(known) + ")",
                       "--format " + format};
    if (implied && *implied != f)
        return failure{exit_code::usage,
                       "--format " + format + " contradicts the output's extension",
                       "-o " + output};
    return f;
}

} // namespace kairos::cli
