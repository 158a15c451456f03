// cli/streams.hpp — pieces every command shares: worker counts, the JSON Lines reader, and how
// an output stream is finished.
#pragma once

#include "batch.hpp"
#include "failure.hpp"
#include "files.hpp"

#include <atomic>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace kairos::cli {

/// The worker count for -j N (0 = all cores, at least 1).
[[nodiscard]] unsigned job_count(unsigned requested) noexcept;

/// True when `fd` is a regular file (then output is buffered, not flushed line by line).
[[nodiscard]] bool is_regular_file(int fd);

/// The failure for an output that could not be written; "-" is named "<stdout>".
[[nodiscard]] failure output_failure(const error& e, const std::string& path);

/// Commits the -o FILE or stdout stream. A stopped run leaves no -o FILE behind (its
/// temporary file is dropped), but what already went to stdout is flushed: each record there
/// is complete, and a pipe cannot take back what it has passed on anyway.
void finish_stream(std::optional<output_file>& stream, batch& run, const std::string& target);

/// One line of a JSON Lines input.
struct line_item {
    std::string name; ///< the input, as messages name it
    std::size_t line = 0;
    std::string text;
    std::optional<failure> fail;
};

/// Yields the lines of each input in turn, skipping blank ones; an input that cannot be
/// opened or read yields one item carrying the failure.
class line_source {
public:
    explicit line_source(std::vector<std::string> inputs) : inputs_(std::move(inputs)) {}

    [[nodiscard]] std::optional<line_item> next(const std::atomic<bool>& stop);
    /// The next line, then as many more as are already read (up to `max_lines` and about
    /// `max_bytes`): a batch that never waits for input a first line did not need.
    [[nodiscard]] std::optional<std::vector<line_item>>
    next_batch(const std::atomic<bool>& stop, std::size_t max_lines, std::size_t max_bytes);

private:
    line_item give_up(const error& e);

    std::vector<std::string> inputs_;
    std::size_t index_ = 0;
    std::size_t line_ = 0;
    std::unique_ptr<line_reader> reader_;
};

} // namespace kairos::cli
