// Extracts one article and prints its timeline as a table, as of the article's date.
//
//   kairos_example_print_timeline [ARTICLE]
// Default: examples/articles/madrid-talks-2025-09-14.txt. The DCT comes from the file name.
#include "article.hpp"

#include <filesystem>
#include <fmt/core.h>
#include <kairos/io/table.hpp>
#include <kairos/kairos.hpp>
#include <string>

int main(int argc, char** argv) {
    const std::string path =
        argc > 1 ? argv[1] : KAIROS_EXAMPLE_ARTICLES "/madrid-talks-2025-09-14.txt";
    const auto text = example::read_text(path);
    const auto dct = example::dct_from_name(path);
    if (!text || !dct) {
        fmt::print(stderr, "print_timeline: {}\n", dct ? "cannot read " + path : dct.err().message);
        return 1;
    }

    const kairos::extractor ex; // build once; safe to share between threads
    const auto doc = ex.extract(*text, {.dct = *dct});

    kairos::timeline tl;
    tl.add(doc, std::filesystem::path(path)
                    .filename()
                    .string()); // the document's DCT is the report date of its events
    fmt::print("{}", kairos::io::to_table(tl, {.as_of = dct->day}));
    return 0;
}
