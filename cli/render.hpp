// cli/render.hpp — a document's mentions and events in the formats `kairos extract` writes.
#pragma once

#include <kairos/document.hpp>
#include <kairos/expected.hpp>
#include <string>
#include <string_view>

namespace kairos::cli {

enum class doc_format { json, jsonl, timeml, text };

/// "json", "jsonl", "timeml", "text"; false for anything else.
[[nodiscard]] bool parse_doc_format(std::string_view s, doc_format& out);

/// The file extension an output of this format gets in an output folder.
[[nodiscard]] std::string_view extension_of(doc_format f);

/// A TimeML file (see kairos/io/timeml.hpp).
[[nodiscard]] expected<std::string> render_timeml(const document& doc);

/// One tab-separated line per mention: [name] begin end type value mod text; then one per
/// event: [name] begin end kind value earlier subject (the span of its first mention, its
/// kind in lower case, its earlier values comma-separated). `name` (the input) is the first
/// column when not empty; "-" stands for an absent mod or no earlier value.
[[nodiscard]] std::string render_text(const document& doc, std::string_view name);

/// The document JSON of the extract contract (kairos/io/json.hpp), on one line (indent -1) or
/// indented, with a trailing newline.
[[nodiscard]] std::string render_json(const document& doc, int indent = -1);

} // namespace kairos::cli
