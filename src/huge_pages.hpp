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

/// Room for a result list that could hold up to `most` entries and usually holds about
/// `usual`: all of `most` when that much memory is surely mapped apart from the heap (64 MiB:
/// past glibc's largest dynamic mmap threshold, and never-written capacity there is address
/// space, not memory), else `usual`, the list growing geometrically past it. Reserving the
/// worst case from the heap raised its high-water mark so far (about 13 times a 1 MB text) that
/// glibc handed the memory back to the kernel after every document and faulted it in again for
/// the next one: 75 % more time per byte in an ordinary program.
template<class Buffer>
void reserve_result(Buffer& b, std::size_t most, std::size_t usual) {
    constexpr std::size_t mapped_apart = std::size_t{64} << 20;
    b.reserve(most * sizeof(*b.data()) >= mapped_apart ? most : usual);
    prefer_huge_pages(b);
}

} // namespace kairos::detail
