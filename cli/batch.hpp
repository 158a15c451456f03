// cli/batch.hpp — how a run over many documents reacts to failures and what it exits with.
#pragma once

#include "failure.hpp"

#include <cstddef>
#include <optional>

namespace kairos::cli {

/// Counts documents and failures. Without --keep-going the first failure stops the run and
/// decides the exit code; with it, document failures are reported as they happen and the run
/// exits with document_failed. Output failures always stop the run: nothing more can be saved.
class batch {
public:
    explicit batch(bool keep_going) : keep_going_(keep_going) {}

    void succeeded() noexcept { ++done_; }
    /// Reports `f`; returns whether the run goes on.
    bool failed(failure f);
    /// Reports `f` and stops the run.
    void fatal(failure f);

    [[nodiscard]] bool stopped() const noexcept { return fatal_.has_value(); }
    /// Whether the run stopped because an output could not be written.
    [[nodiscard]] bool output_failed() const noexcept {
        return fatal_ && fatal_->code == exit_code::output;
    }
    /// Reports the --keep-going summary when documents failed; returns the exit code.
    [[nodiscard]] exit_code finish(const char* unit = "documents") const;

private:
    bool keep_going_;
    std::size_t done_ = 0;
    std::size_t failed_ = 0;
    std::optional<failure> fatal_;
};

} // namespace kairos::cli
