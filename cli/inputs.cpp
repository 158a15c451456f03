#include "inputs.hpp"

#include "files.hpp"
#include "terminal.hpp"

#include <cstdio>
#include <filesystem>
#include <kairos/extractor.hpp>
#include <kairos/io/json.hpp>
#include <kairos/io/timeml.hpp>

namespace kairos::cli {
namespace {

failure usage_value(const error& e, std::string_view option, std::string_view value) {
    return {exit_code::usage, e.message, std::string(option) + " " + std::string(value)};
}

/// The anchor for a DCT found in an input (a TimeML file, a JSON record), or the --dct one.
std::variant<anchor, failure> input_anchor(const std::optional<std::string>& value,
                                           const std::string& name, const dct_defaults& d,
                                           std::string_view where) {
    if (!value) {
        if (d.dct) return *d.dct;
        return failure{exit_code::input,
                       "no document date (" + std::string(where) + "); give one with --dct", name};
    }
    auto a = parse_anchor(*value, d.zone);
    if (!a) return failure{exit_code::input, "bad document date: " + a.err().message, name};
    return *a;
}

} // namespace

std::string lower_extension(std::string_view path) {
    auto ext = std::filesystem::path(path).extension().string();
    for (char& c : ext)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return ext;
}

const std::string* input_named_by(const std::vector<std::string>& inputs,
                                  const std::string& output) {
    if (output.empty() || output == "-") return nullptr;
    for (const auto& in : inputs) {
        std::error_code ec; // a missing output cannot be an input: no error to report
        if (in != "-" && std::filesystem::equivalent(in, output, ec)) return &in;
    }
    return nullptr;
}

input_kind kind_of(std::string_view path, input_kind stdin_kind) {
    if (path == "-") return stdin_kind;
    const auto ext = lower_extension(path);
    if (ext == ".tml") return input_kind::timeml;
    if (ext == ".jsonl" || ext == ".ndjson") return input_kind::jsonl;
    if (ext == ".json") return input_kind::timeline;
    return input_kind::text;
}

std::variant<dct_defaults, failure> parse_defaults(const std::string& dct, const std::string& tz,
                                                   const std::string& dct_from) {
    dct_defaults d;
    d.zone = tz;
    if (!dct_from.empty()) {
        if (dct_from != "name")
            return failure{exit_code::usage, "unknown DCT source (name)", "--dct-from " + dct_from};
        if (!dct.empty())
            return failure{exit_code::usage, "--dct and --dct-from exclude each other",
                           "--dct " + dct};
        d.from_name = true;
    }
    if (!dct.empty()) {
        auto a = parse_anchor(dct, tz);
        if (!a) {
            // Name the option whose value is wrong: a bad zone is --tz, anything else --dct.
            if (a.err().code == errc::unknown_time_zone) return usage_value(a.err(), "--tz", tz);
            return usage_value(a.err(), "--dct", dct);
        }
        d.dct = *a;
    } else if (!tz.empty()) {
        // No --dct to check the zone with: check it against any valid date.
        auto a = parse_anchor("2000-01-01", tz);
        if (!a) return usage_value(a.err(), "--tz", tz);
    }
    return d;
}

doc_or_failure text_document(std::string name, std::string text, const dct_defaults& d) {
    if (!d.dct)
        return failure{exit_code::input,
                       "no document date for plain text; give one with --dct or --dct-from name",
                       name};
    return source_doc{name, std::move(name), std::move(text), *d.dct};
}

doc_or_failure timeml_document(std::string name, std::string_view markup, const dct_defaults& d) {
    auto tml = io::parse_timeml(markup);
    if (!tml) return failure{exit_code::input, "malformed TimeML: " + tml.err().message, name};
    auto a = input_anchor(tml->dct, name, d, "the file has no CREATION_TIME TIMEX3");
    if (auto* f = std::get_if<failure>(&a)) return std::move(*f);
    return source_doc{name, std::move(name), std::move(tml->text), std::get<anchor>(a)};
}

doc_or_failure json_line_document(const std::string& name, std::string_view line,
                                  std::size_t line_number, const dct_defaults& d, std::string& id) {
    auto record = io::read_jsonl_record(line, line_number);
    if (!record) return failure{exit_code::input, record.err().message, name};
    id = record->id;
    auto a = parse_anchor(record->dct, d.zone);
    if (!a)
        return failure{exit_code::input,
                       "line " + std::to_string(line_number) + ": bad \"dct\": " + a.err().message,
                       name};
    return source_doc{std::move(record->id), name + ":" + std::to_string(line_number),
                      std::move(record->text), *a};
}

namespace {

bool digits(std::string_view s, std::size_t at, std::size_t n) {
    if (at + n > s.size()) return false;
    for (std::size_t i = at; i < at + n; ++i)
        if (s[i] < '0' || s[i] > '9') return false;
    return true;
}

bool digit_at(std::string_view s, std::size_t i) {
    return i < s.size() && s[i] >= '0' && s[i] <= '9';
}

/// The date starting at `i` ("2025-09-14" or "20250914" there), if it is a real day.
std::optional<std::string> date_at(std::string_view s, std::size_t i) {
    std::string iso;
    if (digits(s, i, 4) && i + 4 < s.size() && s[i + 4] == '-' && digits(s, i + 5, 2) &&
        i + 7 < s.size() && s[i + 7] == '-' && digits(s, i + 8, 2) && !digit_at(s, i + 10))
        iso = std::string(s.substr(i, 10));
    else if (digits(s, i, 8) && !digit_at(s, i + 8))
        iso = std::string(s.substr(i, 4)) + "-" + std::string(s.substr(i + 4, 2)) + "-" +
              std::string(s.substr(i + 6, 2));
    else
        return std::nullopt;
    if (!parse_anchor(iso)) return std::nullopt; // 2025-02-30, 20251340
    return iso;
}

/// The defaults for one file: with --dct-from name, its DCT is the date in its name.
std::variant<dct_defaults, failure> defaults_for(const std::string& path, const std::string& name,
                                                 const dct_defaults& d) {
    if (!d.from_name) return d;
    if (path == "-")
        return failure{exit_code::input, "standard input has no file name to read a date from",
                       name};
    const auto day = date_in_name(path);
    if (!day)
        return failure{exit_code::input,
                       "no date (YYYY-MM-DD or YYYYMMDD) in the file name for --dct-from name",
                       name};
    auto a = parse_anchor(*day, d.zone);
    if (!a) return failure{exit_code::input, a.err().message, name};
    dct_defaults own = d;
    own.dct = *a;
    return own;
}

} // namespace

std::optional<std::string> date_in_name(std::string_view path) {
    const auto slash = path.find_last_of('/');
    const auto name = slash == std::string_view::npos ? path : path.substr(slash + 1);
    for (std::size_t i = 0; i < name.size(); ++i) {
        if (!digit_at(name, i) || (i > 0 && digit_at(name, i - 1))) continue;
        if (auto day = date_at(name, i)) return day;
    }
    return std::nullopt;
}

doc_or_failure load_document(const std::string& path, input_kind kind, const dct_defaults& d) {
    auto name = display_name(path);
    auto own = defaults_for(path, name, d);
    if (auto* f = std::get_if<failure>(&own)) return std::move(*f);
    const auto& defaults = std::get<dct_defaults>(own);
    auto raw = read_all(path);
    if (!raw) return failure{input_code(raw.err()), raw.err().message, name};
    if (kind == input_kind::timeml) return timeml_document(std::move(name), *raw, defaults);
    return text_document(std::move(name), std::move(*raw), defaults);
}

void hint_if_terminal_stdin(const char* command, const char* expected) {
    if (!is_terminal(0)) return;
    std::fprintf(stderr,
                 "kairos %s: reading %s from the terminal; end with Ctrl-D, or name input files "
                 "(see 'kairos %s --help')\n",
                 command, expected, command);
}

} // namespace kairos::cli
