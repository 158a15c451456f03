// The replaced global allocation functions behind alloc_counter.hpp. Counters are thread-local
// so that counting never becomes a point of contention in the multi-threaded measurements.
#include "alloc_counter.hpp"

#include <cstdlib>
#include <new>

namespace {

thread_local kairos::bench::alloc_stats tls_stats;

void* counted_alloc(std::size_t n) noexcept {
    ++tls_stats.count;
    tls_stats.bytes += n;
    return std::malloc(n == 0 ? 1 : n);
}

void* counted_aligned(std::size_t n, std::align_val_t al) noexcept {
    ++tls_stats.count;
    tls_stats.bytes += n;
    const auto align = static_cast<std::size_t>(al);
    const std::size_t rounded = (n + align - 1) / align * align;
    return std::aligned_alloc(align, rounded == 0 ? align : rounded);
}

void* or_throw(void* p) {
    if (p == nullptr) throw std::bad_alloc{};
    return p;
}

} // namespace

kairos::bench::alloc_stats kairos::bench::alloc_snapshot() noexcept {
    return tls_stats;
}

void* operator new(std::size_t n) {
    return or_throw(counted_alloc(n));
}
void* operator new[](std::size_t n) {
    return or_throw(counted_alloc(n));
}
void* operator new(std::size_t n, const std::nothrow_t&) noexcept {
    return counted_alloc(n);
}
void* operator new[](std::size_t n, const std::nothrow_t&) noexcept {
    return counted_alloc(n);
}
void* operator new(std::size_t n, std::align_val_t al) {
    return or_throw(counted_aligned(n, al));
}
void* operator new[](std::size_t n, std::align_val_t al) {
    return or_throw(counted_aligned(n, al));
}
void operator delete(void* p) noexcept {
    std::free(p);
}
void operator delete[](void* p) noexcept {
    std::free(p);
}
void operator delete(void* p, std::size_t) noexcept {
    std::free(p);
}
void operator delete[](void* p, std::size_t) noexcept {
    std::free(p);
}
void operator delete(void* p, std::align_val_t) noexcept {
    std::free(p);
}
void operator delete[](void* p, std::align_val_t) noexcept {
    std::free(p);
}
void operator delete(void* p, std::size_t, std::align_val_t) noexcept {
    std::free(p);
}
void operator delete[](void* p, std::size_t, std::align_val_t) noexcept {
    std::free(p);
}
