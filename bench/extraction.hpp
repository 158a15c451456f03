// What the extraction benchmarks share: the options a document is extracted with, and one pass
// over a set of documents. Header-only, for the binaries that link the compiled engine.
#pragma once

#include "bench_data.hpp"

#include <kairos/extractor.hpp>
#include <vector>

namespace kairos::bench {

/// The document's DCT as the anchor (2025-01-01 when it names none).
inline kairos::extract_options options_for(const text_doc& d) {
    kairos::extract_options o;
    if (auto a = kairos::parse_anchor(d.dct.empty() ? "2025-01-01" : d.dct)) o.dct = *a;
    return o;
}

struct found {
    std::size_t mentions = 0;
    std::size_t events = 0;
};

/// Extracts every document once with its options, events linked or not. The counts use the
/// results, so no call can be optimized away.
inline found extract_each(const kairos::extractor& ex, const std::vector<text_doc>& docs,
                          const std::vector<kairos::extract_options>& options, bool link_events) {
    found f;
    for (std::size_t i = 0; i < docs.size(); ++i) {
        auto o = options[i];
        o.link_events = link_events;
        const auto doc = ex.extract(docs[i].text, o);
        f.mentions += doc.mentions.size();
        f.events += doc.events.size();
    }
    return f;
}

} // namespace kairos::bench
