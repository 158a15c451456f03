// Fuzzes the extractor on arbitrary bytes with a fixed DCT (2025-09-14).
// Invariants a user relies on: no crash or exception; mentions in text order, non-overlapping,
// inside the text, their `text` equal to the bytes they span, their value valid; sentence spans
// inside the text; event mention indices valid; extracting into a document reused from the
// previous input gives what a fresh one gets; the events are those the event stage finds when
// it links the document on its own (reading every sentence's bytes instead of what the
// extraction noted for it).
#include "fuzz_check.hpp"

#include <cstddef>
#include <cstdint>
#include <kairos/extractor.hpp>
#include <kairos/link.hpp>
#include <string_view>

namespace {

const kairos::extractor& engine() {
    static const kairos::extractor ex;
    return ex;
}

kairos::extract_options fixed_dct() {
    kairos::extract_options o;
    o.dct.day = date::sys_days{date::year{2025} / 9 / 14};
    return o;
}

void check_mentions(const kairos::document& doc, std::string_view text) {
    std::uint32_t prev_end = 0;
    for (const auto& m : doc.mentions) {
        KAIROS_FUZZ_CHECK(m.begin < m.end);
        KAIROS_FUZZ_CHECK(m.end <= text.size());
        KAIROS_FUZZ_CHECK(m.begin >= prev_end);
        KAIROS_FUZZ_CHECK(m.text == text.substr(m.begin, m.end - m.begin));
        KAIROS_FUZZ_CHECK(m.value.ok());
        KAIROS_FUZZ_CHECK(m.sentence < doc.sentences.size() || doc.sentences.empty());
        prev_end = m.end;
    }
}

void check_structure(const kairos::document& doc, std::string_view text) {
    KAIROS_FUZZ_CHECK(doc.text == text);
    for (const auto& s : doc.sentences) KAIROS_FUZZ_CHECK(s.begin <= s.end && s.end <= text.size());
    for (const auto& e : doc.events)
        for (const auto i : e.mentions) KAIROS_FUZZ_CHECK(i < doc.mentions.size());
    for (const auto& d : doc.diagnostics) KAIROS_FUZZ_CHECK(d.where.end <= text.size());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    static const auto options = fixed_dct();
    const auto doc = engine().extract(text, options);
    check_mentions(doc, text);
    check_structure(doc, text);
    static kairos::document reused; // holds the previous input's results
    engine().extract(text, options, reused);
    KAIROS_FUZZ_CHECK(reused == doc);
    kairos::link_events(reused);
    KAIROS_FUZZ_CHECK(reused.events == doc.events);
    return 0;
}
