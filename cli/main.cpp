// kairos — dates, deadlines and timelines from English news text, on the command line.
//
// A thin shell: options are parsed here, every feature is a library call behind a command
// function (commands.hpp). Exit codes: see failure.hpp and docs/reliability.md.
#include "commands.hpp"
#include "failure.hpp"
#include "files.hpp"

#include <CLI/CLI.hpp>
#include <csignal>
#include <cstdio>
#include <exception>
#include <new>
#include <string>
#include <utility>

namespace {

using kairos::cli::exit_code;

void add_input_options(CLI::App& cmd, kairos::cli::input_options& in, std::string& max_input) {
    cmd.add_option("--dct", in.dct,
                   "Document creation date for inputs without one: YYYY-MM-DD or "
                   "YYYY-MM-DDTHH:MM[:SS], optionally ending in Z or +HH:MM");
    cmd.add_option("--tz", in.tz,
                   "IANA time zone of the document dates and of clock times without a zone");
    cmd.add_option("--dct-from", in.dct_from,
                   "name: each file's document date is the first YYYY-MM-DD or YYYYMMDD in its "
                   "file name");
    cmd.add_option("-j,--jobs", in.jobs, "Worker threads (default: all cores)")
        ->check(CLI::Range(0u, 1024u));
    cmd.add_flag("--day-first", in.day_first,
                 "Numeric dates in the texts are day first: 10/02/2025 is 10 February");
    cmd.add_flag("-k,--keep-going", in.keep_going,
                 "Go on past a bad document; report it at the end and exit 1");
    // a word per value; an unknown one is a usage error naming the choices (exit 2)
    cmd.add_option_function<std::string>(
           "--prefer",
           [&in](const std::string& v) {
               in.prefer = v == "future"    ? kairos::prefer_side::future
                           : v == "past"    ? kairos::prefer_side::past
                           : v == "nearest" ? kairos::prefer_side::nearest
                                            : kairos::prefer_side::tense;
           },
           "Side of the DCT a weekday or a date without a year lies on: tense (default: as "
           "the sentence reads), future, past or nearest")
        ->check(CLI::IsMember({"tense", "future", "past", "nearest"}));
    cmd.add_option_function<std::string>(
           "--doc-type",
           [&in](const std::string& v) {
               in.doc_type = v == "news"         ? kairos::text_kind::news
                             : v == "narrative"  ? kairos::text_kind::narrative
                             : v == "colloquial" ? kairos::text_kind::colloquial
                                                 : kairos::text_kind::automatic;
           },
           "auto (default: picked per document from its dates), news, narrative (history, "
           "biography: open years follow the story) or colloquial (chat, typed requests: open "
           "dates read forward)")
        ->check(CLI::IsMember({"auto", "news", "narrative", "colloquial"}));
    cmd.add_option("--max-input", max_input,
                   "Largest input file or JSON Lines line, in bytes (K, M, G suffixes; 0 = no "
                   "limit; default 256M); a larger one is an error (exit 6)");
}

void add_extract(CLI::App& app, kairos::cli::extract_args& a, std::string& max_input) {
    auto* cmd = app.add_subcommand(
        "extract", "Find and normalize the temporal expressions (and events) of documents");
    add_input_options(*cmd, a.in, max_input);
    cmd->add_option("-f,--format", a.format,
                    "json | jsonl | timeml | text (default: timeml for .tml inputs, else json)");
    cmd->add_option("-o,--output", a.output,
                    "Output file; a folder for .tml or several inputs (default: stdout)");
    cmd->add_flag("--pretty", a.pretty, "Indented JSON (--format json)");
    cmd->add_option("inputs", a.in.inputs,
                    "Text files, .tml files, or JSON Lines with --format jsonl; - is stdin");
}

void add_timeline(CLI::App& app, kairos::cli::timeline_args& a, std::string& max_input) {
    auto* cmd = app.add_subcommand(
        "timeline",
        "Build one timeline from many documents; show it as a table, JSON, iCalendar or SVG");
    add_input_options(*cmd, a.in, max_input);
    cmd->add_option("--as-of", a.as_of, "Day the status column is computed for (default today)");
    cmd->add_option("--from", a.from, "Show only events that overlap this day or later");
    cmd->add_option("--to", a.to, "Show only events that overlap this day or earlier");
    cmd->add_option("--kind", a.kinds,
                    "Show only these kinds: deadline, expiry, effective, meeting, period, event "
                    "(repeat or separate with commas)")
        ->delimiter(',')
        ->expected(1) // one value per --kind, so the inputs after it stay inputs
        ->allow_extra_args(false)
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
    cmd->add_option("-f,--format", a.format, "table | json | ics | svg (default table)");
    cmd->add_option("-o,--output", a.output, "Output file (default stdout)");
    cmd->add_flag("--unmerged", a.unmerged,
                  "Write a partial timeline (JSON): every report its own entry, in input order, "
                  "for a later --merge-saved run");
    cmd->add_flag("--merge-saved", a.merge_saved,
                  "Merge the entries of saved timelines as reports, as documents are merged");
    cmd->add_flag("--sources", a.sources, "table: add a column with the sources of each event");
    cmd->add_flag("--ics-todo", a.ics_todo, "ics: deadlines as tasks (VTODO) instead of events");
    cmd->add_option("--title", a.title, "svg: the heading (default \"Timeline\")");
    cmd->add_option("--width", a.width, "svg: width in pixels, 480 to 10000 (default 960)")
        ->check(CLI::Range(480, 10000));
    cmd->add_option("inputs", a.in.inputs,
                    "Text files (need --dct), .tml files, JSON Lines (.jsonl, - for stdin), "
                    "saved timelines (.json)");
}

int usage_error(const CLI::App& app, const CLI::ParseError& e) {
    std::string where = "see 'kairos --help'";
    for (const auto* sub : app.get_subcommands())
        where = "see 'kairos " + sub->get_name() + " --help'";
    std::string problem = e.what(); // CLI11 starts its messages with a capital
    if (!problem.empty() && problem[0] >= 'A' && problem[0] <= 'Z')
        problem[0] = static_cast<char>(problem[0] - 'A' + 'a');
    kairos::cli::report({exit_code::usage, problem, where});
    return static_cast<int>(exit_code::usage);
}

int run(int argc, char** argv) {
    CLI::App app{"kairos: dates, deadlines and timelines from English news text", "kairos"};
    app.set_version_flag("--version", "kairos 0.1.0");
    app.require_subcommand(1);
    std::string max_input;
    kairos::cli::extract_args extract;
    add_extract(app, extract, max_input);
    kairos::cli::timeline_args timeline;
    add_timeline(app, timeline, max_input);
    const auto named = [&](const CLI::App* sub) { return sub->get_name() == argv[1]; };
    if (argc > 1 && argv[1][0] != '-' &&
        std::as_const(app).get_subcommands(std::function<bool(const CLI::App*)>(named)).empty()) {
        kairos::cli::report(
            {exit_code::usage, "unknown command (try extract or timeline)", argv[1]});
        return static_cast<int>(exit_code::usage);
    }
    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForAllHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForVersion& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        return usage_error(app, e);
    }
    bool limit_given = false;
    for (const auto* sub : app.get_subcommands()) limit_given |= sub->count("--max-input") > 0;
    if (limit_given) {
        const auto limit = kairos::cli::parse_size(max_input);
        if (!limit) {
            kairos::cli::report({exit_code::usage, "not a size (bytes, or a number with K, M or G)",
                                 "--max-input " + max_input});
            return static_cast<int>(exit_code::usage);
        }
        kairos::cli::set_input_limit(*limit);
    }
    if (app.got_subcommand("extract")) return static_cast<int>(kairos::cli::run_extract(extract));
    if (app.got_subcommand("timeline"))
        return static_cast<int>(kairos::cli::run_timeline(timeline));
    return static_cast<int>(exit_code::usage);
}

} // namespace

int main(int argc, char** argv) {
    kairos::cli::remove_temporaries_on_signals();
    try {
        return run(argc, argv);
    } catch (const std::bad_alloc&) {
        kairos::cli::report({exit_code::internal, "out of memory", ""});
    } catch (const std::exception& e) {
        kairos::cli::report({exit_code::internal, std::string("internal error: ") + e.what(),
                             "please report this"});
    }
    return static_cast<int>(exit_code::internal);
}
