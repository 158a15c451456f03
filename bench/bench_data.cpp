#include "bench_data.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <kairos/io/timeml.hpp>
#include <sstream>

namespace fs = std::filesystem;

namespace kairos::bench {
namespace {

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return std::move(s).str();
}

std::vector<fs::path> files_under(const fs::path& dir, std::string_view ext) {
    std::vector<fs::path> out;
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) return out;
    for (const auto& e : fs::recursive_directory_iterator(dir, ec))
        if (e.is_regular_file() && e.path().extension() == ext) out.push_back(e.path());
    std::sort(out.begin(), out.end());
    return out;
}

text_doc plain_file(const fs::path& p) {
    text_doc d{p.filename().string(), slurp(p), {}};
    constexpr std::string_view tag = "DCT: ";
    if (d.text.compare(0, tag.size(), tag) == 0) {
        d.dct = d.text.substr(tag.size(), 10);
        const auto nl = d.text.find('\n');
        d.text.erase(0, nl == std::string::npos ? d.text.size() : nl + 1);
    }
    return d;
}

} // namespace

text_doc timeml_plain_text(std::string_view name, std::string_view xml) {
    auto parsed = io::parse_timeml(xml);
    if (!parsed) return {std::string(name), {}, {}};
    return {std::string(name), std::move(parsed->text), parsed->dct.value_or("").substr(0, 10)};
}

std::vector<text_doc> tbaq_documents() {
    std::vector<text_doc> out;
    for (const auto& p : files_under(fs::path(KAIROS_SHARED_DIR) / "corpora" / "tbaq", ".tml"))
        out.push_back(timeml_plain_text(p.filename().string(), slurp(p)));
    return out;
}

std::vector<text_doc> project_corpus() {
    std::vector<text_doc> out;
    for (const auto& p : files_under(KAIROS_BENCH_CORPUS_DIR, ".txt")) out.push_back(plain_file(p));
    return out;
}

std::vector<text_doc> read_documents(const std::vector<std::string>& paths) {
    std::vector<text_doc> out;
    for (const auto& p : paths) out.push_back(plain_file(p));
    return out;
}

std::string repeat_to(const std::vector<text_doc>& docs, std::size_t min_bytes) {
    std::string out;
    if (total_bytes(docs) == 0) return out;
    out.reserve(min_bytes + total_bytes(docs) + 2 * docs.size());
    while (out.size() < min_bytes) {
        for (const auto& d : docs) {
            out += d.text;
            out += "\n\n";
        }
    }
    return out;
}

std::size_t total_bytes(const std::vector<text_doc>& docs) noexcept {
    std::size_t n = 0;
    for (const auto& d : docs) n += d.text.size();
    return n;
}

std::size_t utf8_chars(std::string_view s) noexcept {
    return static_cast<std::size_t>(std::count_if(
        s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

std::size_t word_count(std::string_view s) noexcept {
    std::size_t n = 0;
    bool in_word = false;
    for (const char c : s) {
        const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
        if (!space && !in_word) ++n;
        in_word = !space;
    }
    return n;
}

} // namespace kairos::bench
