// What every extraction result must satisfy, whatever bytes went in: the checks the fuzz
// targets make, as doctest assertions (shared by the hostile-input and regression tests); and
// the extractor and DCT those tests share.
#pragma once

#include <doctest/doctest.h>
#include <kairos/extractor.hpp>
#include <string_view>

namespace kairos::test {

inline extract_options dct(int y, unsigned m, unsigned d) {
    extract_options o;
    o.dct.day = date::sys_days{date::year{y} / date::month{m} / date::day{d}};
    return o;
}

/// One extractor for the whole test binary (an extractor is safe to share).
inline const extractor& engine() {
    static const extractor ex;
    return ex;
}

/// The DCT of most hostile tests: Sunday, 14 September 2025.
inline const extract_options sept14 = dct(2025, 9, 14);

/// Mentions in order, non-overlapping, inside the text, equal to the bytes they span, with a
/// valid value; sentences and event references inside the document.
inline void check_document(const document& doc, std::string_view text) {
    REQUIRE(doc.text == text);
    std::uint32_t prev_end = 0;
    for (const auto& m : doc.mentions) {
        CAPTURE(m.text);
        CHECK(m.begin < m.end);
        CHECK(m.begin >= prev_end);
        REQUIRE(m.end <= text.size());
        CHECK(m.text == text.substr(m.begin, m.end - m.begin));
        CHECK(m.value.ok());
        prev_end = m.end;
    }
    for (const auto& s : doc.sentences) CHECK((s.begin <= s.end && s.end <= text.size()));
    for (const auto& e : doc.events)
        for (const auto i : e.mentions) CHECK(i < doc.mentions.size());
}

} // namespace kairos::test
