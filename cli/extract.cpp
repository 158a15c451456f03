// `kairos extract`: temporal expressions (and events) of each input, as JSON, TimeML or text.
#include "batch.hpp"
#include "commands.hpp"
#include "files.hpp"
#include "inputs.hpp"
#include "pipeline.hpp"
#include "render.hpp"
#include "streams.hpp"
#include "terminal.hpp"

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <kairos/extractor.hpp>
#include <kairos/io/json.hpp>
#include <memory>
#include <set>
#include <thread>
#include <unistd.h>
#include <variant>

namespace kairos::cli {
namespace fs = std::filesystem;

namespace {

enum class out_mode { standard_output, file, folder };

struct plan {
    doc_format format = doc_format::json;
    int indent = -1; ///< JSON: -1 on one line, 2 with --pretty
    out_mode mode = out_mode::standard_output;
    std::vector<std::string> out_paths; ///< folder mode: one per input
    bool stream = false;                ///< JSON Lines in, JSON Lines out, line by line
};

bool any_timeml(const std::vector<std::string>& inputs) {
    for (const auto& i : inputs)
        if (kind_of(i, input_kind::text) == input_kind::timeml) return true;
    return false;
}

/// How many of the inputs are JSON Lines by their extension ("-" is counted by the caller).
std::size_t jsonl_count(const std::vector<std::string>& inputs) {
    std::size_t n = 0;
    for (const auto& i : inputs)
        if (kind_of(i, input_kind::text) == input_kind::jsonl) ++n;
    return n;
}

bool to_stdout(const extract_args& a) {
    return a.output.empty() || a.output == "-";
}

/// The format an -o FILE asks for by its extension: nullopt for a folder, stdout or an
/// extension that names no format; a failure for one only `kairos timeline` writes.
std::variant<std::optional<doc_format>, failure> format_of_output(const extract_args& a) {
    std::error_code ec;
    if (to_stdout(a) || a.output.ends_with('/') || fs::is_directory(a.output, ec))
        return std::nullopt;
    const auto ext = lower_extension(a.output);
    if (ext == ".json") return doc_format::json;
    if (ext == ".jsonl" || ext == ".ndjson") return doc_format::jsonl;
    if (ext == ".tml") return doc_format::timeml;
    if (ext == ".txt") return doc_format::text;
    if (ext == ".svg" || ext == ".ics")
        return failure{exit_code::usage,
                       "extract writes json, jsonl, timeml or text; 'kairos timeline' writes " +
                           ext.substr(1),
                       "-o " + a.output};
    return std::nullopt;
}

/// --format, else the output's extension, else what the inputs are: they must agree.
std::variant<doc_format, failure> choose_format(const extract_args& a) {
    auto by_ext = format_of_output(a);
    if (auto* f = std::get_if<failure>(&by_ext)) return std::move(*f);
    const auto implied = std::get<std::optional<doc_format>>(by_ext);
    if (!a.format.empty())
        return explicit_format(a.format, implied, a.output, parse_doc_format,
                               "json, jsonl, timeml, text");
    if (implied) return *implied;
    if (any_timeml(a.in.inputs)) return doc_format::timeml;
    if (jsonl_count(a.in.inputs) > 0) return doc_format::jsonl;
    return doc_format::json;
}

/// JSON Lines inputs give JSON Lines results, read as a stream; text and TimeML files may
/// give them too, one result line per file. The two kinds of input never mix in one run.
std::optional<failure> check_jsonl(const extract_args& a, doc_format f, bool& stream) {
    const auto n = jsonl_count(a.in.inputs);
    const bool has_stdin =
        std::find(a.in.inputs.begin(), a.in.inputs.end(), "-") != a.in.inputs.end();
    stream = f == doc_format::jsonl && (n > 0 || has_stdin);
    if (n > 0 && f != doc_format::jsonl)
        return failure{exit_code::usage,
                       "JSON Lines inputs give JSON Lines results (--format jsonl)",
                       a.format.empty() ? "-o " + a.output : "--format " + a.format};
    if (stream && n + (has_stdin ? 1 : 0) != a.in.inputs.size())
        return failure{exit_code::usage,
                       "JSON Lines inputs and text files cannot be mixed in one run",
                       a.in.inputs.front()};
    if (stream && !a.in.dct.empty())
        return failure{exit_code::usage,
                       "--dct does not apply to JSON Lines (each record has its own \"dct\")",
                       "--dct " + a.in.dct};
    if (stream && !a.in.dct_from.empty())
        return failure{exit_code::usage,
                       "--dct-from does not apply to JSON Lines (each record has its own \"dct\")",
                       "--dct-from " + a.in.dct_from};
    return std::nullopt;
}

/// Where each output goes. In folder mode, every input writes <folder>/<stem><ext>; two inputs
/// aiming at one file, or an output that would overwrite its input, are usage failures.
std::variant<plan, failure> make_plan(const extract_args& a) {
    plan p;
    auto f = choose_format(a);
    if (auto* e = std::get_if<failure>(&f)) return std::move(*e);
    p.format = std::get<doc_format>(f);
    if (auto e = check_jsonl(a, p.format, p.stream)) return std::move(*e);
    if (const auto* in = input_named_by(a.in.inputs, a.output))
        return failure{exit_code::usage, "the output would overwrite its input", *in};
    if (a.pretty && p.format != doc_format::json)
        return failure{exit_code::usage, "--pretty applies to --format json only", "--pretty"};
    p.indent = a.pretty ? 2 : -1;
    std::error_code ec;
    if (to_stdout(a)) {
        p.mode = out_mode::standard_output;
    } else if (p.format != doc_format::jsonl &&
               (any_timeml(a.in.inputs) || a.in.inputs.size() > 1 || a.output.ends_with('/') ||
                fs::is_directory(a.output, ec))) {
        p.mode = out_mode::folder;
    } else {
        p.mode = out_mode::file;
    }
    if (p.mode == out_mode::standard_output && p.format == doc_format::timeml &&
        a.in.inputs.size() > 1)
        return failure{exit_code::usage, "several TimeML outputs need an output folder", "-o DIR"};
    if (p.mode != out_mode::folder) return p;
    std::set<std::string> seen;
    for (const auto& in : a.in.inputs) {
        const auto stem = in == "-" ? std::string("stdin") : fs::path(in).stem().string();
        auto out = (fs::path(a.output) / (stem + std::string(extension_of(p.format)))).string();
        if (!seen.insert(out).second)
            return failure{exit_code::usage, "two inputs would write the same output file", out};
        if (fs::equivalent(in, out, ec))
            return failure{exit_code::usage, "the output would overwrite its input", in};
        p.out_paths.push_back(std::move(out));
    }
    return p;
}

/// The file the single output stream goes to: -o FILE, or "-" for stdout.
std::string stream_target(const extract_args& a, const plan& p) {
    return p.mode == out_mode::file ? a.output : std::string("-");
}

/// Loads the time-zone database on a thread of its own while a run with several workers
/// starts (the rule index is built meanwhile): the first document with a zoned time ("5 p.m.
/// EST") would otherwise load it while the other workers wait for it. A zoned anchor is parsed
/// so that the load goes through the library's one entry to the database.
class zones_warmup {
public:
    explicit zones_warmup(unsigned jobs) {
        if (jobs > 1)
            // Without a database the anchor is an error; the documents that need it say so.
            loader_ =
                std::thread([] { (void)kairos::parse_anchor("2000-01-01T00:00", "Etc/UTC"); });
    }
    zones_warmup(const zones_warmup&) = delete;
    zones_warmup& operator=(const zones_warmup&) = delete;
    ~zones_warmup() {
        if (loader_.joinable()) loader_.join();
    }

private:
    std::thread loader_;
};

struct job_result {
    std::optional<failure> fail;
    std::string content;              ///< what of the output was not written straight to the stream
    std::string id;                   ///< JSON Lines: the record's id, when known
    bool direct = false;              ///< some of the output went straight to the stream
    std::optional<error> write_error; ///< of writing it there
};

/// The one output stream of a run (-o FILE or stdout), shared by the workers: a document's
/// output goes straight to it once every document before it has been written, so that a huge
/// document's output is never held whole; until then it is kept in its job_result.
struct shared_stream {
    output_file* stream = nullptr;       ///< null in folder mode
    std::atomic<std::size_t> written{0}; ///< documents the sink has finished with
};

/// Extracts into this thread's document, reused from one input to the next (no allocation for
/// its lists, no page faults for their memory once grown), handing each window's mentions to
/// `render`; the document is valid until the thread's next call.
const document& extract_reusing(const extractor& ex, std::string_view text,
                                const extract_options& opt, doc_renderer& render) {
    thread_local document doc;
    constexpr std::size_t keep = std::size_t{16} << 20; // a huge input's memory is not kept
    if (doc.text.capacity() > keep) doc = document{};
    ex.extract(text, opt, doc, [&render](const document& d, std::size_t) { render.window(d); });
    return doc;
}

/// Extracts `text` and renders it into r.content, or, when `out` is given and document `seq`
/// is the next to be written, straight to the output.
void extract_rendered(const extractor& ex, const source_doc& src, const extract_options& opt,
                      const doc_renderer::options& how, shared_stream* out, std::size_t seq,
                      job_result& r) {
    const auto sink = [&](std::string& text) {
        if (!r.direct && out != nullptr && out->stream != nullptr &&
            out->written.load(std::memory_order_acquire) == seq) {
            r.direct = true;
            r.write_error = out->stream->write(r.content);
            r.content = std::string();
        }
        if (!r.direct)
            r.content += text;
        else if (!r.write_error)
            r.write_error = out->stream->write(text);
        text.clear();
    };
    doc_renderer render(how, sink);
    const document& doc = extract_reusing(ex, src.text, opt, render);
    if (auto e = render.end(doc)) r.fail = failure{exit_code::internal, e->message, src.name};
}

job_result extract_one(const std::string& path, const plan& p, const dct_defaults& defaults,
                       const extractor& ex, bool name_column, shared_stream& out, std::size_t seq) {
    auto loaded = load_document(path, kind_of(path, input_kind::text), defaults);
    if (auto* f = std::get_if<failure>(&loaded)) return {std::move(*f), {}, {}, false, {}};
    auto& src = std::get<source_doc>(loaded);
    extract_options opt;
    opt.dct = src.dct;
    opt.prefer = defaults.prefer;
    opt.doc_type = defaults.doc_type;
    opt.day_first = defaults.day_first;
    opt.link_events = p.format != doc_format::timeml;
    doc_renderer::options how;
    how.format = p.format;
    how.indent = p.indent;
    if (name_column) how.name = src.name;
    if (p.format == doc_format::jsonl) how.id = src.id;
    job_result r;
    extract_rendered(ex, src, opt, how, &out, seq, r);
    return r;
}

/// Opens where the results go: the output folder, or the one stream (-o FILE or stdout).
std::optional<failure> open_output(const extract_args& a, const plan& p,
                                   std::optional<output_file>& stream) {
    if (p.mode == out_mode::folder) {
        if (auto e = ensure_directory(a.output))
            return failure{exit_code::output, "cannot create output folder: " + e->message,
                           a.output};
        return std::nullopt;
    }
    auto o = output_file::open(stream_target(a, p));
    if (!o) return output_failure(o.err(), stream_target(a, p));
    stream = std::move(*o);
    return std::nullopt;
}

/// Runs the documents of `a` through the extractor; results are written in input order.
exit_code extract_files(const extract_args& a, const plan& p, const dct_defaults& defaults) {
    batch run(a.in.keep_going);
    std::optional<output_file> stream;
    if (auto f = open_output(a, p, stream)) return run.fatal(std::move(*f)), run.finish();
    output_group files; // folder mode
    shared_stream out;
    if (stream) out.stream = &*stream;
    const zones_warmup zones(job_count(a.in.jobs));
    const extractor ex;
    const bool name_column = a.in.inputs.size() > 1;
    progress_bar bar("extract", a.in.inputs.size());
    std::size_t next = 0;
    std::size_t index = 0;
    run_ordered<std::size_t, job_result>(
        job_count(a.in.jobs), 4 * job_count(a.in.jobs) + 4,
        [&](const std::atomic<bool>&) -> std::optional<std::size_t> {
            if (next >= a.in.inputs.size()) return std::nullopt;
            return next++;
        },
        [&](std::size_t& i) {
            return extract_one(a.in.inputs[i], p, defaults, ex, name_column, out, i);
        },
        [&](job_result& r) {
            const auto i = index++;
            bar.tick();
            if (r.fail) {
                bar.finish();
                if (!run.failed(std::move(*r.fail))) return false;
                out.written.store(i + 1, std::memory_order_release);
                return true;
            }
            std::optional<path_error> e;
            if (stream) {
                if (r.write_error)
                    e = path_error{stream_target(a, p), *r.write_error};
                else if (auto w = stream->write(r.content))
                    e = path_error{stream_target(a, p), *w};
            } else {
                e = files.add(p.out_paths[i], r.content);
                if (!e && files.full()) e = files.commit();
            }
            if (e) {
                bar.finish();
                run.fatal(output_failure(e->err, e->path));
                return false;
            }
            run.succeeded();
            out.written.store(i + 1, std::memory_order_release);
            return true;
        });
    bar.finish();
    // The files of the documents done before a failed document are complete: publish them.
    if (!run.output_failed())
        if (auto e = files.commit()) run.fatal(output_failure(e->err, e->path));
    finish_stream(stream, run, stream_target(a, p));
    return run.finish();
}

job_result extract_line(line_item& item, const dct_defaults& defaults, const extractor& ex) {
    if (item.fail) return {std::move(item.fail), {}, {}, false, {}};
    std::string id;
    auto parsed = json_line_document(item.name, item.text, item.line, defaults, id);
    if (auto* f = std::get_if<failure>(&parsed))
        return {std::move(*f), {}, std::move(id), false, {}};
    auto& src = std::get<source_doc>(parsed);
    extract_options opt;
    opt.dct = src.dct;
    opt.prefer = defaults.prefer;
    opt.doc_type = defaults.doc_type;
    opt.day_first = defaults.day_first;
    doc_renderer::options how;
    how.format = doc_format::jsonl;
    how.id = src.id;
    job_result r;
    r.id = std::move(id);
    extract_rendered(ex, src, opt, how, nullptr, 0, r);
    return r;
}

/// JSON Lines in, JSON Lines out: one result line per input line, in input order, written as
/// soon as it is ready (so `kairos` works as a Hadoop Streaming or Spark `pipe` step).
exit_code extract_stream(const extract_args& a, const plan& p, const dct_defaults& defaults) {
    batch run(a.in.keep_going);
    const auto target = stream_target(a, p);
    auto opened = output_file::open(target);
    if (!opened) return run.fatal(output_failure(opened.err(), target)), run.finish();
    std::optional<output_file> stream = std::move(*opened);
    const bool live = target == "-" && !is_regular_file(STDOUT_FILENO);
    const zones_warmup zones(job_count(a.in.jobs));
    const extractor ex;
    line_source lines(a.in.inputs);
    // Lines travel in batches of those already read: a thread hand-off per short document
    // would cost more than the document (wake-ups, not work).
    using lines_batch = std::vector<line_item>;
    using results_batch = std::vector<job_result>;
    const auto write = [&](job_result& r) {
        if (r.fail) {
            if (!run.failed(*r.fail)) return false;
            r.content = io::jsonl_error_line(r.id, {errc::parse_error, r.fail->problem}) + "\n";
        } else {
            run.succeeded();
        }
        const auto e = stream->write(r.content);
        if (e) run.fatal(output_failure(*e, target));
        return !e;
    };
    // A live reader sees each batch as soon as it is written: its lines were ready together,
    // so one write serves them all (a write per line cost 7,680 system calls for TBAQ x30 in
    // the thread that writes, which the other workers then wait for).
    const auto show = [&] {
        if (!live) return true;
        const auto e = stream->flush();
        if (e) run.fatal(output_failure(*e, target));
        return !e;
    };
    run_ordered<lines_batch, results_batch>(
        job_count(a.in.jobs), 4 * job_count(a.in.jobs) + 4,
        [&](const std::atomic<bool>& stop) { return lines.next_batch(stop, 64, 1 << 18); },
        [&](lines_batch& items) {
            results_batch out;
            out.reserve(items.size());
            for (line_item& item : items) out.push_back(extract_line(item, defaults, ex));
            return out;
        },
        [&](results_batch& results) {
            for (job_result& r : results)
                if (!write(r)) return false;
            return show();
        });
    finish_stream(stream, run, target);
    return run.finish();
}

} // namespace

exit_code run_extract(const extract_args& args) {
    extract_args a = args;
    if (a.in.inputs.empty()) a.in.inputs.emplace_back("-");
    auto defaults = parse_defaults(a.in.dct, a.in.tz, a.in.dct_from);
    if (auto* f = std::get_if<failure>(&defaults)) return report(*f), f->code;
    std::get<dct_defaults>(defaults).prefer = a.in.prefer;
    std::get<dct_defaults>(defaults).doc_type = a.in.doc_type;
    std::get<dct_defaults>(defaults).day_first = a.in.day_first;
    auto p = make_plan(a);
    if (auto* f = std::get_if<failure>(&p)) return report(*f), f->code;
    if (args.in.inputs.empty())
        hint_if_terminal_stdin("extract", std::get<plan>(p).stream ? "JSON Lines documents"
                                                                   : "the text of one document");
    if (std::get<plan>(p).stream)
        return extract_stream(a, std::get<plan>(p), std::get<dct_defaults>(defaults));
    return extract_files(a, std::get<plan>(p), std::get<dct_defaults>(defaults));
}

} // namespace kairos::cli
