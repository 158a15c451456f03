// Every TIMEX3 value in the TimeBank/AQUAINT corpus parses and prints back exactly.
#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <kairos/timex.hpp>
#include <set>
#include <string>
#include <string_view>
#include <vector>

// Inside kairos: glibc declares a global ::timex (adjtimex), so no global using-declaration.
namespace kairos::test {

namespace {

/// value="..." of each <TIMEX3 ...> tag, by plain string search.
std::vector<std::string> timex_values(const std::string& text) {
    std::vector<std::string> out;
    for (auto at = text.find("<TIMEX3"); at != std::string::npos;
         at = text.find("<TIMEX3", at + 1)) {
        const auto tag_end = text.find('>', at);
        if (tag_end == std::string::npos) break;
        const std::string_view tag(text.data() + at, tag_end - at);
        const auto v = tag.find(" value=\"");
        if (v == std::string_view::npos) continue;
        const auto begin = v + 8;
        const auto end = tag.find('"', begin);
        if (end == std::string_view::npos) continue;
        out.emplace_back(tag.substr(begin, end - begin));
    }
    return out;
}

} // namespace

TEST_SUITE("corpus") {
    TEST_CASE("every TIMEX3 value of corpora/tbaq round-trips") {
        const std::filesystem::path root = KAIROS_SHARED_DIR "/corpora/tbaq";
        REQUIRE(std::filesystem::exists(root));
        std::size_t checked = 0, files = 0;
        std::set<std::string> failures;
        for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
            if (!entry.is_regular_file() || entry.path().extension() != ".tml") continue;
            ++files;
            std::ifstream in(entry.path(), std::ios::binary);
            const std::string text{std::istreambuf_iterator<char>(in), {}};
            for (const auto& v : timex_values(text)) {
                ++checked;
                const auto t = kairos::timex::parse(v);
                if (!t.ok() || t.str() != v)
                    failures.insert(v + " (" + std::string(t.error()) + ")");
            }
        }
        for (const auto& f : failures) FAIL_CHECK("does not round-trip: " << f);
        CHECK_MESSAGE(checked >= 1822,
                      "values checked: " << checked << " in " << files << " files");
        MESSAGE("values checked: " << checked << " in " << files << " files");
    }
}

} // namespace kairos::test
