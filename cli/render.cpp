#include "render.hpp"

#include <date/date.h>
#include <kairos/io/json.hpp>
#include <kairos/io/timeml.hpp>
#include <nlohmann/json.hpp>
#include <utility>

namespace kairos::cli {
namespace {

/// Tabs and line breaks inside a mention would break the one-line-per-mention format.
void append_cell(std::string& out, std::string_view s) {
    for (const char c : s) out += (c == '\t' || c == '\n' || c == '\r') ? ' ' : c;
}

/// The mention that gives an event its current value (an event also anchors the mentions of
/// its earlier values), else its first one; nullptr when it has none.
const mention* anchor_of(const document& doc, const event& e) {
    const mention* first = nullptr;
    for (const auto i : e.mentions) {
        if (i >= doc.mentions.size()) continue;
        if (doc.mentions[i].value == e.value) return &doc.mentions[i];
        if (!first) first = &doc.mentions[i];
    }
    return first;
}

/// One line per event: [name] begin end kind value earlier subject, where begin/end are those
/// of the mention giving its value and `earlier` its earlier values ("-" when none).
void append_events(std::string& out, const document& doc, std::string_view name) {
    for (const auto& e : doc.events) {
        if (!name.empty()) append_cell(out, name), out += '\t';
        if (const auto* m = anchor_of(doc, e)) {
            out += std::to_string(m->begin) + '\t' + std::to_string(m->end) + '\t';
        } else {
            out += "-\t-\t";
        }
        out += to_string(e.kind);
        out += '\t';
        append_cell(out, e.value.str());
        if (e.end) out += "..", append_cell(out, e.end->str());
        out += '\t';
        for (std::size_t i = 0; i < e.history.size(); ++i) {
            if (i) out += ',';
            append_cell(out, e.history[i].str());
        }
        if (e.history.empty()) out += '-';
        out += '\t';
        append_cell(out, e.subject);
        out += '\n';
    }
}

} // namespace

std::string render_json(const document& doc, int indent) {
    return io::extract_json_text(doc, indent) + "\n";
}

bool parse_doc_format(std::string_view s, doc_format& out) {
    constexpr std::pair<std::string_view, doc_format> names[] = {{"json", doc_format::json},
                                                                 {"jsonl", doc_format::jsonl},
                                                                 {"timeml", doc_format::timeml},
                                                                 {"text", doc_format::text}};
    for (const auto& [name, f] : names)
        if (s == name) return out = f, true;
    return false;
}

std::string_view extension_of(doc_format f) {
    switch (f) {
    case doc_format::json:
        return ".json";
    case doc_format::jsonl:
        return ".jsonl";
    case doc_format::timeml:
        return ".tml";
    case doc_format::text:
        return ".tsv";
    }
    return ".out";
}

expected<std::string> render_timeml(const document& doc) {
    return io::write_timeml(doc);
}

std::string render_text(const document& doc, std::string_view name) {
    std::string out;
    for (const auto& m : doc.mentions) {
        if (!name.empty()) append_cell(out, name), out += '\t';
        out += std::to_string(m.begin) + '\t' + std::to_string(m.end) + '\t';
        out += to_string(m.type);
        out += '\t';
        append_cell(out, m.value.str());
        out += '\t';
        const auto mod = to_string(m.value.mod());
        out += mod.empty() ? std::string_view("-") : mod;
        out += '\t';
        append_cell(out, m.text);
        out += '\n';
    }
    append_events(out, doc, name);
    return out;
}

} // namespace kairos::cli
