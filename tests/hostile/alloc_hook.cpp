// Replaced global allocation functions for kairos_test_hostile (see alloc_hook.hpp). Each block
// carries its size in a 16-byte header so delete can keep `live` exact; over-aligned blocks are
// counted but not tracked in `live`.
#include "alloc_hook.hpp"

#include <cstdlib>
#include <cstring>
#include <new>

namespace {

thread_local kairos::test::alloc_counts counts;
constexpr std::size_t header = 16;

void* tracked_alloc(std::size_t n) noexcept {
    auto* raw = static_cast<unsigned char*>(std::malloc(n + header));
    if (raw == nullptr) return nullptr;
    std::memcpy(raw, &n, sizeof n);
    ++counts.calls;
    counts.bytes += n;
    counts.live += n;
    if (counts.live > counts.peak) counts.peak = counts.live;
    return raw + header;
}

void tracked_free(void* p) noexcept {
    if (p == nullptr) return;
    auto* raw = static_cast<unsigned char*>(p) - header;
    std::size_t n = 0;
    std::memcpy(&n, raw, sizeof n);
    // A block freed by another thread than its allocator: keep the counter from wrapping.
    counts.live = counts.live >= n ? counts.live - n : 0;
    std::free(raw);
}

void* aligned(std::size_t n, std::align_val_t al) noexcept {
    ++counts.calls;
    counts.bytes += n;
    const auto a = static_cast<std::size_t>(al);
    return std::aligned_alloc(a, (n + a - 1) / a * a + (n == 0 ? a : 0));
}

void* or_throw(void* p) {
    if (p == nullptr) throw std::bad_alloc{};
    return p;
}

} // namespace

kairos::test::alloc_counts kairos::test::alloc_now() noexcept {
    return counts;
}

std::size_t kairos::test::reset_peak() noexcept {
    return counts.peak = counts.live;
}

void* operator new(std::size_t n) {
    return or_throw(tracked_alloc(n));
}
void* operator new[](std::size_t n) {
    return or_throw(tracked_alloc(n));
}
void* operator new(std::size_t n, const std::nothrow_t&) noexcept {
    return tracked_alloc(n);
}
void* operator new[](std::size_t n, const std::nothrow_t&) noexcept {
    return tracked_alloc(n);
}
void operator delete(void* p) noexcept {
    tracked_free(p);
}
void operator delete[](void* p) noexcept {
    tracked_free(p);
}
void operator delete(void* p, std::size_t) noexcept {
    tracked_free(p);
}
void operator delete[](void* p, std::size_t) noexcept {
    tracked_free(p);
}
void operator delete(void* p, const std::nothrow_t&) noexcept {
    tracked_free(p);
}
void operator delete[](void* p, const std::nothrow_t&) noexcept {
    tracked_free(p);
}
void* operator new(std::size_t n, std::align_val_t al) {
    return or_throw(aligned(n, al));
}
void* operator new[](std::size_t n, std::align_val_t al) {
    return or_throw(aligned(n, al));
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
