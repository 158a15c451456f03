#include "inputs.hpp"

#include "files.hpp"

#include <filesystem>
#include <kairos/extractor.hpp>
#include <kairos/io/json.hpp>
#include <kairos/io/timeml.hpp>

namespace kairos::cli {
namespace {

failure usage_value(const error& e, std::string_view option, std::string_view value) {
    return {exit_code::usage, e.message, std::string(option) + " " + std::string(value)};
}

std::string lower_extension(std::string_view path) {
    auto ext = std::filesystem::path(path).extension().string();
    for (char& c : ext)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return ext;
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

input_kind kind_of(std::string_view path, input_kind stdin_kind) {
    if (path == "-") return stdin_kind;
    const auto ext = lower_extension(path);
    if (ext == ".tml") return input_kind::timeml;
    if (ext == ".jsonl" || ext == ".ndjson") return input_kind::jsonl;
    if (ext == ".json") return input_kind::timeline;
    return input_kind::text;
}

std::variant<dct_defaults, failure> parse_defaults(const std::string& dct, const std::string& tz) {
    dct_defaults d;
    d.zone = tz;
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
        return failure{exit_code::input, "no document date for plain text; give one with --dct",
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

doc_or_failure load_document(const std::string& path, input_kind kind, const dct_defaults& d) {
    auto name = display_name(path);
    auto raw = read_all(path);
    if (!raw) return failure{input_code(raw.err()), raw.err().message, name};
    if (kind == input_kind::timeml) return timeml_document(std::move(name), *raw, d);
    return text_document(std::move(name), std::move(*raw), d);
}

} // namespace kairos::cli
