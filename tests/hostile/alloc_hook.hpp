// Allocation accounting for the hostile-input tests: this test binary replaces the global
// operator new/delete (alloc_hook.cpp) so tests can bound memory and check linear growth by
// counting allocations, never by timing. Counters are per thread.
#pragma once

#include <cstddef>
#include <cstdint>

namespace kairos::test {

struct alloc_counts {
    std::uint64_t calls = 0; ///< operator new calls
    std::uint64_t bytes = 0; ///< bytes requested in total
    std::size_t live = 0;    ///< bytes currently allocated by this thread
    std::size_t peak = 0;    ///< highest `live` since the last reset_peak()
};

[[nodiscard]] alloc_counts alloc_now() noexcept;

/// Sets this thread's peak to its current live bytes; returns that value.
std::size_t reset_peak() noexcept;

} // namespace kairos::test
