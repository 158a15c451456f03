// kairos/extractor.hpp — the compiled extraction engine behind a small interface.
#pragma once

#include <cstddef>
#include <functional>
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

    /// Receives the mentions of one window of a text (see the overload below); `first` is the
    /// number of the first of them in the whole text's list, which event mention numbers count.
    using window_sink = std::function<void(const document& doc, std::size_t first)>;

    /// The same, handing the mentions over instead of keeping them all: texts over 256 KiB are
    /// read in windows that end at a sentence, and after each one `each` sees `out` holding the
    /// text, the sentences so far and that window's mentions only, which are dropped when it
    /// returns (a news article is one window). When extract returns, out.mentions is empty and
    /// out.events holds the events, as the overload above gives them. Memory then grows with
    /// the window and the events, not with the mentions: a caller that writes each window's
    /// mentions out (the `kairos` command does) holds a few hundred KiB of them, not 192 bytes
    /// for every 4 bytes of a date-dense text.
    void extract(std::string_view text, const extract_options& options, document& out,
                 const window_sink& each) const;

    struct impl;

private:
    void extract_windows(std::string_view text, const extract_options& options, document& out,
                         const window_sink* each) const;

    std::unique_ptr<const impl> impl_;
};

/// Parses a DCT given as "YYYY-MM-DD", "YYYY-MM-DDTHH:MM[:SS]" with an optional IANA zone name.
/// Rejects impossible dates ("2025-02-30") and unknown zones with a message naming the value.
[[nodiscard]] expected<anchor> parse_anchor(std::string_view dct, std::string_view zone = {});

} // namespace kairos
