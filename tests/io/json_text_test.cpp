// The JSON shortcuts of kairos/io/json_text.hpp say exactly what nlohmann::json says: the
// compact result lines byte for byte, and each JSON Lines record (its value, or its error)
// over hand-picked lines and random mutations of them.
#include "json_reference.hpp"

#include <doctest/doctest.h>
#include <kairos/extractor.hpp>
#include <kairos/io/json.hpp>
#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace {

using kairos::io::json;

// The result line as the document tree writes it: the reference the direct writer must match.
std::string tree_line(std::string_view id, const kairos::document& doc) {
    json j;
    j["id"] = id;
    auto body = kairos_test::ref::extract(doc);
    for (auto& [k, v] : body.items()) j[k] = std::move(v);
    return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

kairos::document extracted(std::string_view text, std::string_view dct = "2025-09-14",
                           std::string_view zone = "") {
    const kairos::extractor ex;
    kairos::extract_options o;
    o.dct = *kairos::parse_anchor(dct, zone);
    return ex.extract(text, o);
}

// Texts whose mentions, subjects and sentences carry every kind of byte a string can hold.
const std::vector<std::string>& awkward_texts() {
    static const std::vector<std::string> texts = {
        "The talks in Madrid on Sunday set a September 17 deadline for the sale.",
        "The \"truce\" was extended until November 10, officials said\ton Tuesday.\r\nNext week?",
        "A back\\slash deadline of Oct. 3\x01 and a bell \x07 on Friday at 5 p.m. ET.",
        "Zürich meeting on 3 März… no: on March 3, 2026 — \xe2\x80\x9cthe deadline\xe2\x80\x9d.",
        "Broken bytes \xff\xfe before June 19 and \xc3( after it, then \xed\xa0\x80 on May 1.",
        "Cut \xe2\x82 sequence on Monday; overlong \xc0\xaf by July 4; emoji \xf0\x9f\x93\x85 "
        "on Dec. 25.",
        "The deadline, set for Jan. 19 and later moved to April 5, was extended again to "
        "June 19, and the agency will meet within 30 days.",
    };
    return texts;
}

} // namespace

TEST_CASE("result lines are the bytes nlohmann writes, for any bytes in the text") {
    for (const std::string& text : awkward_texts()) {
        CAPTURE(text);
        const auto doc = extracted(text);
        CHECK(kairos::io::jsonl_result_line("doc-1", doc) == tree_line("doc-1", doc));
        for (int indent : {-1, 0, 2, 4})
            CHECK(kairos::io::extract_json_text(doc, indent) ==
                  kairos_test::ref::text(kairos_test::ref::extract(doc), indent));
    }
    const auto zoned = extracted("Trading resumes at 9:30 a.m. on Monday.", "2025-09-14T08:15",
                                 "America/New_York");
    CHECK(kairos::io::jsonl_result_line("q\"\\\x1f\xff", zoned) ==
          tree_line("q\"\\\x1f\xff", zoned));
}

TEST_CASE("a string is written as nlohmann writes it, or refused when it is not UTF-8") {
    using kairos::io::detail::js::append_string;
    std::mt19937 rng(17);
    for (int n = 0; n < 20000; ++n) {
        std::string s(rng() % 40, '\0');
        for (char& c : s) {
            const auto r = rng() % 16;
            c = static_cast<char>(r == 0 ? rng() % 0x20 : r < 3 ? rng() : 0x20 + rng() % 0x60);
        }
        std::string out;
        const bool ok = append_string(out, s);
        std::string reference;
        bool utf8 = true; // nlohmann's strict mode throws exactly on bytes that are not UTF-8
        try {
            reference = json(s).dump(-1, ' ', false, json::error_handler_t::strict);
        } catch (const json::exception&) {
            utf8 = false;
        }
        CAPTURE(s);
        CHECK(ok == utf8);
        CHECK(out == (ok ? reference : std::string()));
    }
}

namespace {

std::string outcome(const kairos::expected<kairos::io::jsonl_record>& r) {
    if (!r) return "error: " + r.err().message;
    return "id=" + r->id + "|dct=" + r->dct + "|text=" + r->text;
}

const std::vector<std::string>& sample_lines() {
    static const std::vector<std::string> lines = {
        R"({"id":"a1","dct":"2025-09-14","text":"Talks on Sunday."})",
        R"(  { "text" : "x" , "dct":"2025-09-14" ,"id" : 42 }  )",
        R"({"id":-7,"dct":"2025-09-14","text":"t","extra":"ignored"})",
        R"({"id":"\u0069d\n\t\"\\\/\b\f\r","dct":"2025-09-14","text":"\ud83d\udcc5 \u00e9\u20ac"})",
        R"({"i\u0064":"x","dct":"2025-09-14","text":"key written with an escape"})",
        R"({"id":"x","dct":"2025-09-14","text":"a","text":"b"})",
        R"({"id":-0,"dct":"2025-09-14","text":"t"})",
        R"({"id":01,"dct":"2025-09-14","text":"t"})",
        R"({"id":12345678901234567890,"dct":"2025-09-14","text":"t"})",
        R"({"id":1.5,"dct":"2025-09-14","text":"t"})",
        R"({"id":1e3,"dct":"2025-09-14","text":"t"})",
        R"({"id":"x","dct":"2025-09-14","text":"t","meta":{"a":[1,2]}})",
        R"({"id":"x","dct":null,"text":"t"})",
        R"({"id":"x","dct":"2025-09-14"})",
        R"({"id":true,"dct":"2025-09-14","text":"t"})",
        R"({"id":"x","dct":"2025-09-14","text":"\ud800 lone high"})",
        R"({"id":"x","dct":"2025-09-14","text":"\udc00 lone low"})",
        R"({"id":"x","dct":"2025-09-14","text":"\uZZZZ"})",
        R"({"id":"x","dct":"2025-09-14","text":"\q"})",
        R"({"id":"x","dct":"2025-09-14","text":"t"} trailing)",
        R"({"id":"x","dct":"2025-09-14","text":"t",})",
        R"([{"id":"x"}])",
        R"()",
        "{\"id\":\"x\",\"dct\":\"2025-09-14\",\"text\":\"raw\tcontrol\"}",
        "{\"id\":\"x\",\"dct\":\"2025-09-14\",\"text\":\"bad \xff byte\"}",
        "{\"id\":\"x\",\"dct\":\"2025-09-14\",\"text\":\"caf\xc3\xa9 \xe2\x80\x94 ok\"}",
        "\xef\xbb\xbf{\"id\":\"bom\",\"dct\":\"2025-09-14\",\"text\":\"t\"}",
    };
    return lines;
}

} // namespace

TEST_CASE("a JSON Lines record reads as the document tree reads it, value or error") {
    using kairos::io::detail::js::tree_record;
    for (const std::string& line : sample_lines()) {
        CAPTURE(line);
        CHECK(outcome(kairos::io::read_jsonl_record(line, 3)) == outcome(tree_record(line, 3)));
    }
    // Random damage to those lines: a byte replaced, inserted or removed, a few times over.
    std::mt19937 rng(2025);
    constexpr std::string_view alphabet = "{}[]\",:\\u0123456789abcdefABCDEF -+.eE\t\n\xc3\xa9\xff";
    for (int n = 0; n < 30000; ++n) {
        std::string line = sample_lines()[rng() % sample_lines().size()];
        for (int k = 1 + static_cast<int>(rng() % 3); k > 0 && !line.empty(); --k) {
            const std::size_t at = rng() % line.size();
            const char c = alphabet[rng() % alphabet.size()];
            switch (rng() % 3) {
            case 0:
                line[at] = c;
                break;
            case 1:
                line.insert(at, 1, c);
                break;
            default:
                line.erase(at, 1);
                break;
            }
        }
        CAPTURE(line);
        CHECK(outcome(kairos::io::read_jsonl_record(line, 9)) == outcome(tree_record(line, 9)));
    }
}

TEST_CASE("the streamed extract JSON is the same text, in pieces of about 64 KiB") {
    std::string text;
    for (int i = 0; i < 3000; ++i)
        text += "The truce ends on May 5, 2026, and talks resume Monday. ";
    const auto doc = extracted(text);
    REQUIRE(doc.mentions.size() > 1000);
    for (int indent : {-1, 2}) {
        std::vector<std::size_t> sizes;
        std::string joined;
        auto sink = [&](std::string& piece) {
            sizes.push_back(piece.size());
            joined += piece;
            piece.clear();
        };
        kairos::io::write_extract_json(doc, indent, sink, std::string_view("doc-1"));
        CHECK(joined ==
              (indent < 0 ? kairos::io::jsonl_result_line("doc-1", doc)
                          : kairos_test::ref::text(
                                json::parse(kairos::io::jsonl_result_line("doc-1", doc)), indent)));
        CHECK(sizes.size() > 2);
        for (const auto n : sizes) CHECK(n < kairos::io::detail::js::writer::drain_at + 1024);
    }
}
