// Extracts one sentence and prints the first event's value: proves headers, library and
// dependencies all arrive through the package.
#include <fmt/core.h>
#include <kairos/kairos.hpp>

int main() {
    using namespace date::literals;
    const kairos::extractor ex;
    auto doc = ex.extract("ByteDance faces a September 17 deadline to divest TikTok.",
                          {.dct = {.day = 2025_y / date::September / 14}});
    if (doc.mentions.empty()) return 1;
    fmt::print("{}\n", doc.mentions.front().value.str());
    return 0;
}
