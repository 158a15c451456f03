// Three articles report one deadline at three dates; the timeline merges them into one entry
// whose revisions say who reported what and when. The newest-dated article decides.
//
//   kairos_example_merge_sources [ARTICLE...]
// Default: the three tiktok-*.txt articles of examples/articles/, newest first on purpose
// (the order of adding does not matter).
#include "article.hpp"

#include <algorithm>
#include <filesystem>
#include <fmt/core.h>
#include <kairos/fmt_timeline.hpp>
#include <kairos/kairos.hpp>
#include <string>
#include <vector>

int main(int argc, char** argv) {
    std::vector<std::filesystem::path> paths(argv + 1, argv + argc);
    if (paths.empty())
        for (auto name :
             {"tiktok-2025-09-16.txt", "tiktok-2025-06-19.txt", "tiktok-2025-01-17.txt"})
            paths.emplace_back(std::filesystem::path(KAIROS_EXAMPLE_ARTICLES) / name);

    const kairos::extractor ex;
    kairos::timeline tl;
    date::sys_days newest{};
    for (const auto& p : paths) {
        const auto text = example::read_text(p);
        const auto dct = example::dct_from_name(p);
        if (!text || !dct) {
            fmt::print(stderr, "merge_sources: {}\n",
                       dct ? "cannot read " + p.string() : dct.err().message);
            return 1;
        }
        tl.add(ex.extract(*text, {.dct = *dct}), p.filename().string());
        newest = std::max(newest, dct->day);
    }

    for (const auto& x : tl.all()) {
        fmt::print("{} ({}): now {}, {} as of {}\n", x.event.subject, x.event.kind, x.value(),
                   x.status(newest), date::format("%F", newest));
        for (const auto& r : x.revisions)
            fmt::print("  {:<12} reported {} by {}\n", r.value, date::format("%F", r.reported),
                       r.source);
        if (!x.event.history.empty())
            fmt::print("  earlier dates: {}\n", fmt::join(x.event.history, ", "));
    }
    return 0;
}
