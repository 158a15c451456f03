// Fuzzes the TimeML reader (kairos/io/timeml.hpp) on arbitrary bytes.
// Invariants: no crash; a parsed document's TIMEX3 extents lie inside its text on character
// boundaries; the text is valid UTF-8 (the reader replaces invalid bytes); whatever the writer
// accepts reads back to the same text, extents and DCT.
#include "fuzz_check.hpp"

#include <cstddef>
#include <cstdint>
#include <kairos/io/timeml.hpp>
#include <string_view>

namespace {

void check_extents(const kairos::io::timeml_document& doc) {
    for (const auto& t : doc.timexes) {
        KAIROS_FUZZ_CHECK(t.begin <= t.end);
        KAIROS_FUZZ_CHECK(t.end <= doc.text.size());
    }
    KAIROS_FUZZ_CHECK(kairos::fuzz::valid_utf8(doc.text));
}

void check_round_trip(const kairos::io::timeml_document& doc) {
    const auto written = kairos::io::write_timeml(doc.text, doc.timexes, doc.dct.value_or(""));
    if (!written) return; // overlapping or empty extents: the writer refuses them, by contract
    const auto again = kairos::io::parse_timeml(*written);
    KAIROS_FUZZ_CHECK(again.has_value());
    KAIROS_FUZZ_CHECK(again->text == doc.text);
    KAIROS_FUZZ_CHECK(again->timexes == doc.timexes);
    if (doc.dct && !doc.dct->empty()) KAIROS_FUZZ_CHECK(again->dct == doc.dct);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view raw(reinterpret_cast<const char*>(data), size);
    const auto doc = kairos::io::parse_timeml(raw);
    if (!doc) {
        KAIROS_FUZZ_CHECK(!doc.err().message.empty());
        return 0;
    }
    check_extents(*doc);
    check_round_trip(*doc);
    return 0;
}
