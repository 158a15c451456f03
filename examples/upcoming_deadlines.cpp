// Reads several articles into one timeline and lists, as of a day, the deadlines ahead
// (within 120 days), the overdue ones, and those whose date is not known.
//
//   kairos_example_upcoming_deadlines AS_OF [ARTICLE...]
// Default articles: the four of examples/articles/. Each DCT comes from its file name.
#include "article.hpp"

#include <algorithm>
#include <filesystem>
#include <fmt/core.h>
#include <kairos/fmt_timeline.hpp>
#include <kairos/kairos.hpp>
#include <string>
#include <vector>

int main(int argc, char** argv) {
    const auto as_of = kairos::parse_anchor(argc > 1 ? argv[1] : "2025-09-16");
    if (!as_of) {
        fmt::print(stderr, "upcoming_deadlines: {}\n", as_of.err().message);
        return 2;
    }
    std::vector<std::filesystem::path> paths(argv + std::min(argc, 2), argv + argc);
    if (paths.empty())
        for (const auto& f : std::filesystem::directory_iterator(KAIROS_EXAMPLE_ARTICLES))
            paths.push_back(f.path());

    const kairos::extractor ex;
    kairos::timeline tl;
    for (const auto& p : paths) {
        const auto text = example::read_text(p);
        const auto dct = example::dct_from_name(p);
        if (!text || !dct) {
            fmt::print(stderr, "upcoming_deadlines: {}\n",
                       dct ? "cannot read " + p.string() : dct.err().message);
            return 1;
        }
        tl.add(ex.extract(*text, {.dct = *dct}), p.filename().string());
    }

    const auto day = as_of->day;
    const auto deadlines = kairos::views::of_kind(kairos::event_kind::deadline);
    fmt::print("Deadlines ahead as of {} (120 days):\n", date::format("%F", day));
    for (const auto& x : tl.upcoming(day, date::days{120}) | deadlines)
        fmt::print("  {:<12} {:<28} {}  [{}]\n", x.value(), x.event.subject, x.status(day),
                   fmt::join(x.sources, ", "));
    fmt::print("Overdue:\n");
    for (const auto& x : tl.overdue(day))
        fmt::print("  {:<12} {:<28} {}\n", x.value(), x.event.subject, x.status(day));
    fmt::print("Date unknown:\n");
    for (const auto& x : tl.open()) fmt::print("  {} {}\n", x.event.kind, x.event.subject);
    return 0;
}
