// `kairos timeline`: the events of many documents in one ordered timeline, queried and shown
// as a table, JSON, iCalendar or SVG.
#include "batch.hpp"
#include "commands.hpp"
#include "files.hpp"
#include "inputs.hpp"
#include "pipeline.hpp"
#include "streams.hpp"
#include "terminal.hpp"
#include "timeline_output.hpp"

#include <chrono>
#include <functional>
#include <kairos/extractor.hpp>
#include <kairos/io/json.hpp>
#include <kairos/timeline.hpp>
#include <memory>
#include <unistd.h>
#include <variant>

namespace kairos::cli {
namespace {

/// One unit of work: a whole file, or one line of a JSON Lines input.
struct tl_item {
    std::string path; ///< the input as given on the command line
    input_kind kind = input_kind::text;
    std::optional<line_item> line; ///< JSON Lines only
};

/// What an item became: an extracted document, a saved timeline, or a failure.
struct tl_result {
    std::optional<failure> fail;
    std::optional<document> doc;
    std::string source; ///< the document's source id in the timeline
    std::optional<timeline> saved;
};

/// Walks the inputs in order, expanding JSON Lines inputs into one item per line.
class item_source {
public:
    /// Standard input ("-") is read as `stdin_kind`.
    item_source(const std::vector<std::string>& inputs, input_kind stdin_kind)
        : inputs_(inputs), stdin_kind_(stdin_kind) {}

    std::optional<tl_item> next(const std::atomic<bool>& stop) {
        for (;;) {
            if (lines_) {
                if (auto l = lines_->next(stop)) return tl_item{{}, input_kind::jsonl, *l};
                lines_.reset();
            }
            if (index_ >= inputs_.size() || stop) return std::nullopt;
            const auto& path = inputs_[index_++];
            const auto kind = kind_of(path, stdin_kind_);
            if (kind != input_kind::jsonl) return tl_item{path, kind, std::nullopt};
            lines_ = std::make_unique<line_source>(std::vector<std::string>{path});
        }
    }

private:
    const std::vector<std::string>& inputs_;
    input_kind stdin_kind_;
    std::size_t index_ = 0;
    std::unique_ptr<line_source> lines_;
};

tl_result extracted(const source_doc& src, const dct_defaults& defaults, const extractor& ex) {
    extract_options opt;
    opt.dct = src.dct;
    opt.prefer = defaults.prefer;
    opt.doc_type = defaults.doc_type;
    opt.day_first = defaults.day_first;
    return {std::nullopt, ex.extract(src.text, opt), src.id, std::nullopt};
}

tl_result load_saved(const std::string& path) {
    auto raw = read_all(path);
    if (!raw) return {failure{input_code(raw.err()), raw.err().message, path}, {}, {}, {}};
    auto tl = io::load_timeline(*raw);
    if (!tl)
        return {failure{exit_code::input, "not a kairos timeline: " + tl.err().message, path},
                {},
                {},
                {}};
    return {std::nullopt, std::nullopt, path, std::move(*tl)};
}

tl_result process(tl_item& item, const dct_defaults& defaults, const extractor& ex) {
    auto fail = [](failure f) { return tl_result{std::move(f), {}, {}, {}}; };
    if (item.kind == input_kind::timeline) return load_saved(item.path);
    if (item.kind == input_kind::jsonl) {
        auto& l = *item.line;
        if (l.fail) return fail(std::move(*l.fail));
        std::string id;
        auto d = json_line_document(l.name, l.text, l.line, defaults, id);
        if (auto* f = std::get_if<failure>(&d)) return fail(std::move(*f));
        return extracted(std::get<source_doc>(d), defaults, ex);
    }
    auto d = load_document(item.path, item.kind, defaults);
    if (auto* f = std::get_if<failure>(&d)) return fail(std::move(*f));
    return extracted(std::get<source_doc>(d), defaults, ex);
}

/// A saved timeline's entries as they are, or (--merge-saved) each report replayed through
/// add(), which merges it as the document that made it would have been merged: the partial
/// timelines of --unmerged runs, given in input order, then make the timeline one run over
/// all their inputs makes.
void add_saved(timeline& tl, const timeline& saved, bool merge) {
    for (const auto& x : saved.entries()) {
        if (!merge) {
            tl.insert(x);
            continue;
        }
        for (const auto& r : x.revisions) {
            event e = x.event;
            e.value = r.value;
            tl.add(e, r.source, r.reported);
        }
    }
}

/// Standard input holds plain text when the user gave its date (--dct), else JSON Lines.
input_kind stdin_kind(const dct_defaults& defaults) {
    return defaults.dct ? input_kind::text : input_kind::jsonl;
}

/// The number of documents, when every input is one (no JSON Lines); 0 = not known up front.
std::size_t known_total(const std::vector<std::string>& inputs, input_kind on_stdin) {
    for (const auto& i : inputs)
        if (kind_of(i, on_stdin) == input_kind::jsonl) return 0;
    return inputs.size();
}

/// Extracts every input on all cores and adds the results to `tl` in input order, so the
/// timeline (and its merges) never depends on thread timing.
void build(const timeline_args& a, const dct_defaults& defaults, timeline& tl, batch& run) {
    const extractor ex;
    item_source items(a.in.inputs, stdin_kind(defaults));
    progress_bar bar("timeline", known_total(a.in.inputs, stdin_kind(defaults)));
    const auto jobs = job_count(a.in.jobs);
    run_ordered<tl_item, tl_result>(
        jobs, 8 * jobs + 8, [&](const std::atomic<bool>& stop) { return items.next(stop); },
        [&](tl_item& item) { return process(item, defaults, ex); },
        [&](tl_result& r) {
            bar.tick();
            if (r.fail) {
                bar.finish();
                return run.failed(std::move(*r.fail));
            }
            if (r.saved) {
                add_saved(tl, *r.saved, a.merge_saved);
            } else {
                tl.add(*r.doc, r.source,
                       a.unmerged ? merge_policy::keep_apart : merge_policy::merge);
            }
            run.succeeded();
            return true;
        });
}

std::variant<date::sys_days, failure> day_option(const std::string& value, const char* option) {
    auto a = parse_anchor(value);
    if (!a) return failure{exit_code::usage, a.err().message, std::string(option) + " " + value};
    return a->day;
}

/// The format an -o FILE asks for by its extension; nullopt for stdout or an extension that
/// names no format, a failure for one only `kairos extract` writes.
std::variant<std::optional<timeline_format>, failure> format_of_output(const std::string& out) {
    if (out.empty() || out == "-") return std::nullopt;
    const auto ext = lower_extension(out);
    if (ext == ".svg") return timeline_format::svg;
    if (ext == ".ics") return timeline_format::ics;
    if (ext == ".json") return timeline_format::json;
    if (ext == ".txt") return timeline_format::table;
    if (ext == ".jsonl" || ext == ".ndjson" || ext == ".tml")
        return failure{exit_code::usage,
                       "timeline writes table, json, ics or svg; 'kairos extract' writes " +
                           ext.substr(1),
                       "-o " + out};
    return std::nullopt;
}

/// --format, else the output's extension, else a table: the two must agree when both are given.
std::variant<timeline_format, failure> choose_format(const timeline_args& a) {
    auto by_ext = format_of_output(a.output);
    if (auto* e = std::get_if<failure>(&by_ext)) return std::move(*e);
    const auto implied = std::get<std::optional<timeline_format>>(by_ext);
    if (a.format.empty()) return implied.value_or(timeline_format::table);
    return explicit_format(a.format, implied, a.output, parse_timeline_format,
                           "table, json, ics, svg");
}

/// Checks every option before any input is read, so a typo costs nothing.
std::variant<query, failure> parse_query(const timeline_args& a) {
    query q;
    q.as_of = std::chrono::floor<date::days>(std::chrono::system_clock::now());
    const std::pair<const std::string*, const char*> days[] = {
        {&a.as_of, "--as-of"}, {&a.from, "--from"}, {&a.to, "--to"}};
    for (const auto& [value, option] : days) {
        if (value->empty()) continue;
        auto d = day_option(*value, option);
        if (auto* f = std::get_if<failure>(&d)) return std::move(*f);
        const auto day = std::get<date::sys_days>(d);
        if (value == &a.as_of)
            q.as_of = day;
        else if (value == &a.from)
            q.from = day;
        else
            q.to = day;
    }
    if (q.from && q.to && *q.from > *q.to)
        return failure{exit_code::usage, "--from is after --to", a.from + " > " + a.to};
    if (!a.kinds.empty()) q.kinds = kind_set{};
    for (const auto& k : a.kinds) {
        const auto kind = parse_event_kind(k);
        if (!kind)
            return failure{exit_code::usage,
                           "unknown kind (deadline, expiry, effective, meeting, period, event)",
                           "--kind " + k};
        *q.kinds |= *kind;
    }
    q.sources = a.sources;
    q.ics_todo = a.ics_todo;
    q.title = a.title;
    q.width = a.width;
    auto f = choose_format(a);
    if (auto* e = std::get_if<failure>(&f)) return std::move(*e);
    q.format = std::get<timeline_format>(f);
    return q;
}

} // namespace

exit_code run_timeline(const timeline_args& args) {
    timeline_args a = args;
    if (a.in.inputs.empty()) a.in.inputs.emplace_back("-");
    auto defaults = parse_defaults(a.in.dct, a.in.tz, a.in.dct_from);
    if (auto* f = std::get_if<failure>(&defaults)) return report(*f), f->code;
    std::get<dct_defaults>(defaults).prefer = a.in.prefer;
    std::get<dct_defaults>(defaults).doc_type = a.in.doc_type;
    std::get<dct_defaults>(defaults).day_first = a.in.day_first;
    if (a.unmerged && a.format.empty()) a.format = "json"; // a partial timeline is JSON only
    auto q = parse_query(a);
    if (auto* f = std::get_if<failure>(&q)) return report(*f), f->code;
    if (args.in.inputs.empty())
        hint_if_terminal_stdin("timeline",
                               std::get<dct_defaults>(defaults).dct
                                   ? "the text of one document"
                                   : "JSON Lines documents {\"id\", \"dct\", \"text\"}");
    auto& qu = std::get<query>(q);
    if (a.unmerged && (qu.format != timeline_format::json || qu.from || qu.to || qu.kinds)) {
        const failure f{exit_code::usage,
                        "--unmerged writes every report as JSON: no --format other than json, "
                        "no --from, --to or --kind",
                        "--unmerged"};
        return report(f), f.code;
    }
    const auto target = a.output.empty() ? std::string("-") : a.output;
    qu.colour = target == "-" && use_colour(STDOUT_FILENO);

    batch run(a.in.keep_going);
    timeline tl;
    build(a, std::get<dct_defaults>(defaults), tl, run);
    if (run.stopped()) return run.finish();
    // Nothing is written until every input was read: the output shows all of them or none.
    auto rendered = a.unmerged ? io::save_timeline(tl) : render_timeline(tl, qu);
    if (auto e = write_file(target, rendered)) run.fatal(output_failure(*e, target));
    return run.finish();
}

} // namespace kairos::cli
