// Counts heap allocations made by the calling thread, through a replaced global operator new.
// Linked only into the benchmark binaries (never into the library).
#pragma once

#include <cstdint>

namespace kairos::bench {

struct alloc_stats {
    std::uint64_t count = 0; ///< calls to any operator new
    std::uint64_t bytes = 0; ///< bytes requested
};

/// Allocations made so far by the calling thread; subtract two snapshots to measure a region.
[[nodiscard]] alloc_stats alloc_snapshot() noexcept;

inline alloc_stats operator-(alloc_stats a, alloc_stats b) noexcept {
    return {a.count - b.count, a.bytes - b.bytes};
}

} // namespace kairos::bench
