// cli/inputs.hpp — turning what the user names on the command line into dated documents.
#pragma once

#include "failure.hpp"

#include <kairos/document.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace kairos::cli {

/// How an input file is read.
enum class input_kind {
    text,     ///< plain UTF-8 text; its DCT comes from --dct
    timeml,   ///< a .tml file; its DCT is its CREATION_TIME TIMEX3 (else --dct)
    jsonl,    ///< JSON Lines, one {"id", "dct", "text"} document per line; "-" is stdin
    timeline, ///< a saved timeline (.json)
};

/// The kind an input has by its name: .tml → timeml, .jsonl/.ndjson → jsonl, .json →
/// timeline, anything else → text. "-" (stdin) is `stdin_kind`.
[[nodiscard]] input_kind kind_of(std::string_view path, input_kind stdin_kind);

/// The extension of `path`, lower-cased, with its dot (".svg"); empty when it has none.
[[nodiscard]] std::string lower_extension(std::string_view path);

/// The first input that is the file `output` names, by any path (a symbolic or hard link,
/// "./a.txt"); nullptr when none is. "-" is never a file.
[[nodiscard]] const std::string* input_named_by(const std::vector<std::string>& inputs,
                                                const std::string& output);

/// One document, ready to extract.
struct source_doc {
    std::string id;   ///< source id in a timeline: the file name, or the JSON Lines "id"
    std::string name; ///< how messages name it: "a.txt", "<stdin>:3"
    std::string text;
    anchor dct;
};

using doc_or_failure = std::variant<source_doc, failure>;

/// The DCT and zone the user gave (--dct, --tz, --dct-from), checked once, up front.
struct dct_defaults {
    std::optional<anchor> dct; ///< from --dct
    std::string zone;          ///< from --tz; applies to every DCT read from the inputs too
    bool from_name = false;    ///< --dct-from name: each file's DCT is the date in its name
    prefer_side prefer = prefer_side::tense;   ///< --prefer: the side open dates read to
    text_kind doc_type = text_kind::automatic; ///< --doc-type
    bool day_first = false; ///< --day-first: numeric dates in the texts are read day first
};

/// Parses --dct, --tz and --dct-from; a bad value (or --dct with --dct-from) is a usage failure
/// naming the option and the value.
[[nodiscard]] std::variant<dct_defaults, failure>
parse_defaults(const std::string& dct, const std::string& tz, const std::string& dct_from = {});

/// The first date written YYYY-MM-DD or YYYYMMDD in the file name of `path` (its folders are
/// not read), as "YYYY-MM-DD"; nullopt when it has none. Digits on either side disqualify a
/// candidate ("x120250914" is no date), and so does an impossible day ("2025-02-30").
[[nodiscard]] std::optional<std::string> date_in_name(std::string_view path);

/// What a command says on stderr before it waits for a terminal on stdin to type input:
/// without it, `kairos timeline` with no input looks hung.
void hint_if_terminal_stdin(const char* command, const char* expected);

/// A document from plain text; without --dct it is a failure naming the file.
[[nodiscard]] doc_or_failure text_document(std::string name, std::string text,
                                           const dct_defaults& d);

/// A document from TimeML markup.
[[nodiscard]] doc_or_failure timeml_document(std::string name, std::string_view markup,
                                             const dct_defaults& d);

/// A document from one JSON Lines record `{"id", "dct", "text"}` (kairos/io/json.hpp) of the
/// input `name`; a bad record is a failure whose message names its line. `id` receives the
/// record's id as soon as it is known, for the error line of a record that fails later.
[[nodiscard]] doc_or_failure json_line_document(const std::string& name, std::string_view line,
                                                std::size_t line_number, const dct_defaults& d,
                                                std::string& id);

/// Reads a text or TimeML file and makes it a document.
[[nodiscard]] doc_or_failure load_document(const std::string& path, input_kind kind,
                                           const dct_defaults& d);

} // namespace kairos::cli
