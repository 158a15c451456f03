// The project's own news texts (example articles and the bench corpus), for tests that check a
// property on every token of real text.
#pragma once

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace kairos::test {

inline std::string slurp(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

inline std::vector<std::string> project_texts() {
    std::vector<std::string> out;
    const std::filesystem::path root = KAIROS_SOURCE_DIR;
    for (const auto* dir : {"examples/articles", "bench/corpus"})
        for (const auto& e : std::filesystem::directory_iterator(root / dir))
            out.push_back(slurp(e.path()));
    return out;
}

} // namespace kairos::test
