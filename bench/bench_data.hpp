// The texts the benchmarks run on: the TBAQ plain texts (TimeML with tags stripped) when the
// shared corpus is present, and the news-style corpus committed under bench/corpus/.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace kairos::bench {

struct text_doc {
    std::string name; ///< file name without folder
    std::string text; ///< plain UTF-8 text
    std::string dct;  ///< document creation day "YYYY-MM-DD" (empty when unknown)
};

/// TBAQ documents: the plain text of <TEXT> as kairos/io/timeml.hpp reads it (the evaluation
/// contract), DCT day from the CREATION_TIME TIMEX3. Empty when KAIROS_SHARED_DIR/corpora/tbaq
/// is absent.
[[nodiscard]] std::vector<text_doc> tbaq_documents();

/// bench/corpus/*.txt, each with the DCT named on its first line ("DCT: YYYY-MM-DD").
[[nodiscard]] std::vector<text_doc> project_corpus();

/// Reads the files given (plain text, DCT taken from a first "DCT: " line when present).
[[nodiscard]] std::vector<text_doc> read_documents(const std::vector<std::string>& paths);

/// The plain text of one TimeML document (see tbaq_documents).
[[nodiscard]] text_doc timeml_plain_text(std::string_view name, std::string_view xml);

/// All texts joined by blank lines, repeated until at least min_bytes long.
[[nodiscard]] std::string repeat_to(const std::vector<text_doc>& docs, std::size_t min_bytes);

[[nodiscard]] std::size_t total_bytes(const std::vector<text_doc>& docs) noexcept;

/// Unicode code points (what JavaScript's string length roughly counts; chars/s uses this).
[[nodiscard]] std::size_t utf8_chars(std::string_view s) noexcept;

/// Whitespace-separated words: the token count used for "allocations per token".
[[nodiscard]] std::size_t word_count(std::string_view s) noexcept;

} // namespace kairos::bench
