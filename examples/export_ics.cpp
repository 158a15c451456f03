// Extracts an article and writes its timeline as an iCalendar file (RFC 5545): every event,
// deadlines included, an all-day or timed VEVENT. Import it into any calendar.
//
//   kairos_example_export_ics [ARTICLE [OUTPUT.ics]]
// Default: examples/articles/madrid-talks-2025-09-14.txt, written to standard output.
#include "article.hpp"

#include <cstdio>
#include <filesystem>
#include <fmt/core.h>
#include <fstream>
#include <kairos/io/ics.hpp>
#include <kairos/kairos.hpp>
#include <string>

int main(int argc, char** argv) {
    const std::string path =
        argc > 1 ? argv[1] : KAIROS_EXAMPLE_ARTICLES "/madrid-talks-2025-09-14.txt";
    const auto text = example::read_text(path);
    const auto dct = example::dct_from_name(path);
    if (!text || !dct) {
        fmt::print(stderr, "export_ics: {}\n", dct ? "cannot read " + path : dct.err().message);
        return 1;
    }
    const kairos::extractor ex;
    kairos::timeline tl;
    tl.add(ex.extract(*text, {.dct = *dct}), std::filesystem::path(path).filename().string());

    // DTSTAMP comes from the as-of day, so the same article always gives the same bytes.
    const auto ics = kairos::io::to_ics(tl, {.as_of = dct->day});
    if (argc > 2) {
        std::ofstream out(argv[2], std::ios::binary);
        out << ics;
        if (!out) {
            fmt::print(stderr, "export_ics: cannot write {}\n", argv[2]);
            return 1;
        }
    } else {
        std::fwrite(ics.data(), 1, ics.size(), stdout);
    }
    return 0;
}
