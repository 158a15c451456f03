// Large result buffers (the text copy, mentions, events of a document of many megabytes) are
// written once, front to back. In 4 KiB pages that is one page fault per 4 KiB, which for a
// 100 MB document costs more than tagging it; asking the kernel for transparent huge pages
// there makes it one fault per 2 MiB. Only a hint: where it is not supported nothing changes.
#pragma once

#include <cstddef>
#include <cstdint>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace kairos::detail {

/// Hints that the pages wholly inside [p, p + bytes) be backed by huge pages, for buffers of
/// 8 MiB or more (below that the faults saved do not pay for the call).
inline void prefer_huge_pages(const void* p, std::size_t bytes) noexcept {
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    constexpr std::size_t huge = std::size_t{2} << 20;
    if (p == nullptr || bytes < 4 * huge) return;
    const auto begin = (reinterpret_cast<std::uintptr_t>(p) + huge - 1) & ~(huge - 1);
    const auto end = (reinterpret_cast<std::uintptr_t>(p) + bytes) & ~(huge - 1);
    if (end > begin) (void)::madvise(reinterpret_cast<void*>(begin), end - begin, MADV_HUGEPAGE);
#else
    (void)p;
    (void)bytes;
#endif
}

/// The same for the spare capacity of a vector-like buffer about to be filled.
template<class Buffer>
void prefer_huge_pages(const Buffer& b) noexcept {
    prefer_huge_pages(b.data(), b.capacity() * sizeof(*b.data()));
}

} // namespace kairos::detail
