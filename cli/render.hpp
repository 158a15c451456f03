// cli/render.hpp — a document's mentions and events in the formats `kairos extract` writes.
#pragma once

#include <cstddef>
#include <functional>
#include <kairos/document.hpp>
#include <kairos/expected.hpp>
#include <kairos/io/json.hpp>
#include <kairos/io/timeml.hpp>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kairos::cli {

enum class doc_format { json, jsonl, timeml, text };

/// "json", "jsonl", "timeml", "text"; false for anything else.
[[nodiscard]] bool parse_doc_format(std::string_view s, doc_format& out);

/// The file extension an output of this format gets in an output folder.
[[nodiscard]] std::string_view extension_of(doc_format f);

/// Receives rendered text in pieces; it may empty the string it is given.
using text_sink = std::function<void(std::string&)>;

/// Renders one document as its mentions arrive a window at a time (extractor::extract with a
/// window_sink), handing the text to `sink` in pieces of about 64 KiB, so that neither the
/// mentions nor the rendered text of a huge document is held whole. window() takes each
/// window; end() the document extract finished (its events) and writes the rest.
///
/// The formats:
///   json   the document JSON of the extract contract (kairos/io/json.hpp), on one line
///          (indent -1) or indented, with a trailing newline;
///   jsonl  the same with "id" first, on one line;
///   timeml a TimeML file (kairos/io/timeml.hpp);
///   text   one tab-separated line per mention: [name] begin end type value mod text; then
///          one per event: [name] begin end kind value earlier subject (the span of the mention
///          giving its value, its kind in lower case, its earlier values comma-separated).
///          `name` (the input) is the first column when not empty; "-" stands for an absent
///          mod or no earlier value.
class doc_renderer {
public:
    struct options {
        doc_format format = doc_format::json;
        int indent = -1;                    ///< json: -1 on one line
        std::string_view name;              ///< text: the first column, when not empty
        std::optional<std::string_view> id; ///< jsonl: the record's id
    };
    doc_renderer(const options& o, text_sink sink);
    ~doc_renderer();
    doc_renderer(const doc_renderer&) = delete;
    doc_renderer& operator=(const doc_renderer&) = delete;

    /// The mentions of doc.mentions (the window's, which come after those of the calls before).
    void window(const document& doc);
    /// The events and what closes the document; an error when a mention cannot be written (a
    /// TimeML extent that is not in the text: a bug).
    [[nodiscard]] std::optional<error> end(const document& doc);

private:
    struct impl;
    std::unique_ptr<impl> impl_;
};

} // namespace kairos::cli
