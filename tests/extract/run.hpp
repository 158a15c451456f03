// Test support for the extraction tests: one extractor for the whole test binary, and `run`,
// which extracts a text against a DCT given as text ("2025-09-14").
#pragma once

#include <doctest/doctest.h>
#include <kairos/extractor.hpp>
#include <span>
#include <string>
#include <string_view>

namespace kairos::test {

/// Built once, shared by every test (an extractor is safe to share).
inline const extractor& engine() {
    static const extractor ex;
    return ex;
}

/// The options the extraction tests start from: the event stage off, everything else default.
inline extract_options no_events() {
    extract_options o;
    o.link_events = false;
    return o;
}

/// The default options, the event stage on.
inline extract_options with_events() {
    return {};
}

/// Extracts `text` with the DCT `dct` (which must parse) and the caller's other options.
inline document run(std::string_view text, std::string_view dct, extract_options o = no_events()) {
    const auto anchor = parse_anchor(dct);
    REQUIRE(anchor.has_value());
    o.dct = *anchor;
    return engine().extract(text, o);
}

/// The mentions of a document as "[text value] ...", for a failure message.
inline std::string listed(const document& doc) {
    std::string got;
    for (const auto& m : doc.mentions) got += "[" + m.text + " " + m.value.str() + "] ";
    return got;
}

/// Each text gives no mention against `dct` (the words that stay words).
inline void check_no_mentions(std::span<const std::string_view> texts, std::string_view dct) {
    for (std::string_view text : texts) {
        CAPTURE(text);
        const auto doc = run(text, dct);
        CAPTURE(listed(doc));
        CHECK(doc.mentions.empty());
    }
}

} // namespace kairos::test
