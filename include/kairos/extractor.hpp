// kairos/extractor.hpp — the compiled extraction engine behind a small interface.
#pragma once

#include <kairos/document.hpp>
#include <kairos/expected.hpp>
#include <memory>
#include <string_view>

namespace kairos {

/// Finds and normalizes temporal expressions (and, by default, events) in English text.
///
/// Threads: extractors may be constructed by many threads at once, and one instance (const,
/// immutable after construction) may be shared by any number of threads calling extract() at
/// the same time; each thread passes its own `document` to the refilling overload (one
/// `document` is not shared while it is being filled). tests/hostile/concurrency.cpp checks
/// exactly this under ThreadSanitizer. extract() accepts any bytes and never throws for their
/// content.
class extractor {
public:
    extractor();
    ~extractor();
    extractor(extractor&&) noexcept;
    extractor& operator=(extractor&&) noexcept;
    extractor(const extractor&) = delete;
    extractor& operator=(const extractor&) = delete;

    [[nodiscard]] document extract(std::string_view text, const extract_options& options) const;

    /// The same into `out`, whose previous content is replaced but whose buffers are kept: a
    /// caller that extracts document after document into one `document` (one per thread) pays
    /// no allocation for its lists and no page faults for their memory once they have grown.
    /// `text` may view anything `out` holds (its text, a mention's text, an event's sentence).
    void extract(std::string_view text, const extract_options& options, document& out) const;

    struct impl;

private:
    std::unique_ptr<const impl> impl_;
};

/// Parses a DCT given as "YYYY-MM-DD", "YYYY-MM-DDTHH:MM[:SS]" with an optional IANA zone name.
/// Rejects impossible dates ("2025-02-30") and unknown zones with a message naming the value.
[[nodiscard]] expected<anchor> parse_anchor(std::string_view dct, std::string_view zone = {});

} // namespace kairos
