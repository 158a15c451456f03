#include "bench_data.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
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

std::string_view between(std::string_view s, std::string_view open, std::string_view close) {
    const auto b = s.find(open);
    if (b == std::string_view::npos) return {};
    const auto from = b + open.size();
    const auto e = s.find(close, from);
    return e == std::string_view::npos ? s.substr(from) : s.substr(from, e - from);
}

void append_entity(std::string& out, std::string_view& rest) {
    static constexpr std::pair<std::string_view, char> entities[] = {
        {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''}};
    for (const auto& [name, ch] : entities) {
        if (rest.substr(0, name.size()) == name) {
            out += ch;
            rest.remove_prefix(name.size());
            return;
        }
    }
    out += '&';
    rest.remove_prefix(1);
}

std::string strip_tags(std::string_view xml) {
    std::string out;
    out.reserve(xml.size());
    while (!xml.empty()) {
        if (xml.front() == '<') {
            const auto e = xml.find('>');
            xml.remove_prefix(e == std::string_view::npos ? xml.size() : e + 1);
        } else if (xml.front() == '&') {
            append_entity(out, xml);
        } else {
            out += xml.front();
            xml.remove_prefix(1);
        }
    }
    return out;
}

std::string creation_day(std::string_view xml) {
    const auto dct = between(xml, "<DCT>", "</DCT>");
    const auto value = between(dct, "value=\"", "\"");
    return std::string(value.substr(0, 10));
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
    return {std::string(name), strip_tags(between(xml, "<TEXT>", "</TEXT>")), creation_day(xml)};
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
