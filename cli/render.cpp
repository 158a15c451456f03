#include "render.hpp"

#include <date/date.h>
#include <kairos/io/timeml.hpp>
#include <nlohmann/json.hpp>

namespace kairos::cli {
namespace {

/// Tabs and line breaks inside a mention would break the one-line-per-mention format.
void append_cell(std::string& out, std::string_view s) {
    for (const char c : s) out += (c == '\t' || c == '\n' || c == '\r') ? ' ' : c;
}

// Interim serializer of the extract JSON contract (issue 4, item 5); to be replaced by the
// library's kairos/io/json.hpp as soon as it lands, so that both share one definition.
nlohmann::json optional_day(const std::optional<bounds>& b, bool last) {
    if (!b) return nullptr;
    return date::format("%F", last ? b->last_day : b->first_day);
}

nlohmann::json mention_json(const mention& m) {
    const auto mod = to_string(m.value.mod());
    return {
        {"begin", m.begin},       {"end", m.end},
        {"text", m.text},         {"type", to_string(m.type)},
        {"value", m.value.str()}, {"mod", mod.empty() ? nlohmann::json() : nlohmann::json(mod)}};
}

nlohmann::json event_json(const event& e) {
    const auto b = e.value.bounds();
    nlohmann::json history = nlohmann::json::array();
    for (const auto& h : e.history) history.push_back(h.str());
    return {{"kind", to_string(e.kind)},
            {"value", e.value.str()},
            {"first", optional_day(b, false)},
            {"last", optional_day(b, true)},
            {"instant_utc", e.instant_utc ? nlohmann::json(date::format("%FT%TZ", *e.instant_utc))
                                          : nlohmann::json()},
            {"subject", e.subject},
            {"mentions", e.mentions},
            {"history", history}};
}

} // namespace

std::string render_json(const document& doc, std::string_view id_json) {
    nlohmann::json j = nlohmann::json::object();
    if (!id_json.empty()) j["id"] = nlohmann::json::parse(id_json);
    j["dct"] = io::dct_value(doc.dct);
    j["mentions"] = nlohmann::json::array();
    for (const auto& m : doc.mentions) j["mentions"].push_back(mention_json(m));
    j["events"] = nlohmann::json::array();
    for (const auto& e : doc.events) j["events"].push_back(event_json(e));
    return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

bool parse_doc_format(std::string_view s, doc_format& out) {
    if (s == "json")
        out = doc_format::json;
    else if (s == "jsonl")
        out = doc_format::jsonl;
    else if (s == "timeml")
        out = doc_format::timeml;
    else if (s == "text")
        out = doc_format::text;
    else
        return false;
    return true;
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
    return out;
}

} // namespace kairos::cli
