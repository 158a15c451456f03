// Shared by the examples: read an article file, and take its DCT from a name ending in
// "-YYYY-MM-DD.txt" (the convention of examples/articles/).
#pragma once

#include <filesystem>
#include <fstream>
#include <iterator>
#include <kairos/extractor.hpp>
#include <optional>
#include <string>

namespace example {

inline std::optional<std::string> read_text(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    return std::string{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

/// "tiktok-2025-06-19.txt" → the anchor 2025-06-19; an error naming the file otherwise.
inline kairos::expected<kairos::anchor> dct_from_name(const std::filesystem::path& path) {
    const auto stem = path.stem().string();
    if (stem.size() < 10)
        return kairos::error{kairos::errc::invalid_argument,
                             path.string() + ": no date in the file name"};
    return kairos::parse_anchor(stem.substr(stem.size() - 10));
}

} // namespace example
