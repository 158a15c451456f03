// kairos/timex/hash.hpp — std::hash for timex, so values can key unordered containers.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <kairos/timex.hpp>

/// Hashes what operator== compares: the printed value, the mod and the set attributes.
template<>
struct std::hash<kairos::timex> {
    std::size_t operator()(const kairos::timex& t) const noexcept {
        std::uint64_t h = 14695981039346656037ull; // FNV-1a
        const auto mix = [&h](std::uint64_t byte) {
            h ^= byte;
            h *= 1099511628211ull;
        };
        // A named buffer: the view of a temporary would dangle inside the range-for.
        const auto printed = t.chars();
        for (char c : printed.view()) mix(static_cast<unsigned char>(c));
        mix(static_cast<std::uint64_t>(t.mod()));
        mix(t.is_set() ? 1u : 0u);
        mix(static_cast<std::uint64_t>(t.quant()));
        if (const auto f = t.freq()) {
            mix(f->count);
            mix(static_cast<std::uint64_t>(f->unit));
        }
        if (!t.ok()) mix(t.error().size()); // distinct errors of invalid values differ
        return static_cast<std::size_t>(h);
    }
};
