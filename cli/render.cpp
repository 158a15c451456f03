#include "render.hpp"

#include <kairos/io/json.hpp>
#include <kairos/io/timeml.hpp>
#include <kairos/timex/hash.hpp>
#include <utility>

namespace kairos::cli {
namespace {

constexpr std::size_t piece = std::size_t{1} << 16; ///< text handed to the sink at a time

/// Tabs and line breaks inside a mention would break the one-line-per-mention format.
void append_cell(std::string& out, std::string_view s) {
    for (const char c : s) out += (c == '\t' || c == '\n' || c == '\r') ? ' ' : c;
}

/// What an event line needs of a mention after its window was dropped: 16 bytes, where the
/// mention itself takes 192 (a date-dense text has a mention every 4 bytes).
struct placed {
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
    std::size_t value = 0; ///< std::hash of its value
};

/// The mention that gives an event its current value (an event also anchors the mentions of
/// its earlier values), else its first one; nullptr when it has none. Values are compared by
/// their 64-bit hash: of the few mentions of one event, two different values would have to
/// share it.
const placed* anchor_of(const std::vector<placed>& ms, const event& e) {
    const placed* first = nullptr;
    const std::size_t value = std::hash<timex>{}(e.value);
    for (const auto i : e.mentions) {
        if (i >= ms.size()) continue;
        if (ms[i].value == value) return &ms[i];
        if (!first) first = &ms[i];
    }
    return first;
}

void append_mention(std::string& out, const mention& m, std::string_view name) {
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

/// One line per event: [name] begin end kind value earlier subject, where begin/end are those
/// of the mention giving its value and `earlier` its earlier values ("-" when none).
void append_event(std::string& out, const event& e, const placed* m, std::string_view name) {
    if (!name.empty()) append_cell(out, name), out += '\t';
    if (m) {
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

} // namespace

struct doc_renderer::impl {
    impl(const options& o, text_sink s) : opt(o), sink(std::move(s)) { buf.reserve(piece + 4096); }

    options opt;
    text_sink sink;
    std::string buf;
    bool started = false;
    std::optional<error> failed;
    std::optional<io::extract_json_stream<text_sink>> json;
    io::timeml_writer timeml{buf};
    std::vector<placed> placed_mentions; ///< text: every mention so far, for the event lines

    void drain_if_full() {
        if (buf.size() >= piece) sink(buf);
    }

    void start(const document& doc) {
        started = true;
        switch (opt.format) {
        case doc_format::json:
        case doc_format::jsonl:
            json.emplace(opt.format == doc_format::json ? opt.indent : -1, sink, opt.id);
            json->begin(doc);
            break;
        case doc_format::timeml:
            timeml.begin(io::dct_value(doc.dct));
            break;
        case doc_format::text:
            break;
        }
    }

    void mentions(const document& doc) {
        switch (opt.format) {
        case doc_format::json:
        case doc_format::jsonl:
            json->mentions(doc);
            return;
        case doc_format::timeml:
            for (const mention& m : doc.mentions) {
                io::for_each_timex_of(m, doc.reach_of(m), [&](const io::timeml_timex& t) {
                    if (!failed) failed = timeml.add(doc.text, t);
                });
                if (failed) return;
                drain_if_full();
            }
            return;
        case doc_format::text:
            for (const mention& m : doc.mentions) {
                append_mention(buf, m, opt.name);
                placed_mentions.push_back({m.begin, m.end, std::hash<timex>{}(m.value)});
                drain_if_full();
            }
            return;
        }
    }

    void finish(const document& doc) {
        switch (opt.format) {
        case doc_format::json:
        case doc_format::jsonl: {
            json->end(doc);
            std::string newline = "\n";
            sink(newline);
            return;
        }
        case doc_format::timeml:
            timeml.end(doc.text);
            break;
        case doc_format::text:
            for (const event& e : doc.events) {
                append_event(buf, e, anchor_of(placed_mentions, e), opt.name);
                drain_if_full();
            }
            break;
        }
        sink(buf);
    }
};

doc_renderer::doc_renderer(const options& o, text_sink sink)
    : impl_(std::make_unique<impl>(o, std::move(sink))) {}

doc_renderer::~doc_renderer() = default;

void doc_renderer::window(const document& doc) {
    if (!impl_->started) impl_->start(doc);
    impl_->mentions(doc);
}

std::optional<error> doc_renderer::end(const document& doc) {
    if (!impl_->started) impl_->start(doc);
    if (impl_->failed) return impl_->failed;
    impl_->finish(doc);
    return std::nullopt;
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

} // namespace kairos::cli
