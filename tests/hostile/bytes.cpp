// Hostile bytes: invalid UTF-8, NUL, a BOM, CRLF, and matches that end exactly at the end of the
// buffer. Extraction must give a defined result (see invariants.hpp) and still find the dates
// the readable text around the noise states.
#include "invariants.hpp"

#include <doctest/doctest.h>
#include <memory>
#include <string>
#include <string_view>

using kairos::test::check_document;
using kairos::test::engine;
using kairos::test::sept14;

namespace {

/// The first mention whose normalized value is `value`, or nullptr.
const kairos::mention* find_value(const kairos::document& doc, std::string_view value) {
    for (const auto& m : doc.mentions)
        if (m.value.str() == value) return &m;
    return nullptr;
}

} // namespace

TEST_CASE("arbitrary invalid UTF-8 and control bytes give a well-formed result") {
    const std::string cases[] = {
        std::string("\xFF\xFE\xFD", 3),
        std::string("\xC3", 1),                 // a lead byte with nothing after it
        std::string("\x80\x80\x80 May 5", 9),   // stray continuation bytes
        std::string("\xE2\x82 2025-09-17", 13), // a truncated three-byte sequence
        std::string("\xC0\xAF\xE0\x80\xAF", 5), // overlong encodings of '/'
        std::string("\xED\xA0\x80", 3),         // a UTF-16 surrogate encoded in UTF-8
        std::string("\xF4\x90\x80\x80", 4),     // above U+10FFFF
        std::string("\0\0\0", 3),
        std::string("\x1B[31mMonday\x1B[0m", 15),
    };
    for (const auto& text : cases) {
        CAPTURE(text);
        const auto doc = engine().extract(text, sept14);
        check_document(doc, text);
    }
}

TEST_CASE("a date surrounded by invalid bytes is still found, with byte offsets") {
    const std::string text = "\xFF\xFE on September 17, 2025 \xC3";
    const auto doc = engine().extract(text, sept14);
    check_document(doc, text);
    const auto* m = find_value(doc, "2025-09-17");
    REQUIRE(m != nullptr);
    CHECK(m->begin == 6);
    CHECK(m->text == "September 17, 2025");
}

TEST_CASE("a NUL byte is an ordinary separator, not the end of the text") {
    const std::string text("Talks began\0on September 17, 2025.", 34);
    const auto doc = engine().extract(text, sept14);
    check_document(doc, text);
    const auto* m = find_value(doc, "2025-09-17");
    REQUIRE(m != nullptr);
    CHECK(m->begin == 15);
}

TEST_CASE("a byte-order mark shifts offsets by three bytes and changes nothing else") {
    const std::string plain = "The deadline is September 17, 2025.";
    const std::string with_bom = "\xEF\xBB\xBF" + plain;
    const auto a = engine().extract(plain, sept14);
    const auto b = engine().extract(with_bom, sept14);
    check_document(b, with_bom);
    REQUIRE(a.mentions.size() == b.mentions.size());
    for (std::size_t i = 0; i < a.mentions.size(); ++i) {
        CHECK(b.mentions[i].begin == a.mentions[i].begin + 3);
        CHECK(b.mentions[i].value == a.mentions[i].value);
    }
}

TEST_CASE("CRLF line ends give the same values as LF and never end up inside a mention") {
    const std::string lf =
        "Voting closes on September 17, 2025.\nResults follow in October 2025.\n";
    std::string crlf;
    for (const char c : lf) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
    const auto a = engine().extract(lf, sept14);
    const auto b = engine().extract(crlf, sept14);
    check_document(b, crlf);
    REQUIRE(a.mentions.size() == b.mentions.size());
    for (std::size_t i = 0; i < a.mentions.size(); ++i) {
        CHECK(b.mentions[i].value == a.mentions[i].value);
        CHECK(b.mentions[i].text.find('\r') == std::string::npos);
    }
}

// Every prefix of a sentence, each in a heap block of exactly its size, so a read one past the
// end is a heap-buffer-overflow under the ASan build.
TEST_CASE("matches ending exactly at the end of the buffer read nothing beyond it") {
    const std::string sentence = "Talks resume on September 17, 2025 at 5 p.m. ET, tomorrow";
    for (std::size_t n = 0; n <= sentence.size(); ++n) {
        auto block = std::make_unique<char[]>(n == 0 ? 1 : n);
        sentence.copy(block.get(), n);
        const std::string_view text(block.get(), n);
        CAPTURE(text);
        check_document(engine().extract(text, sept14), text);
    }
}

TEST_CASE("a full date at the very end of the buffer is found and ends there") {
    for (const std::string_view text : {"September 17, 2025", "on 2025-09-17", "by tomorrow"}) {
        CAPTURE(text);
        auto block = std::make_unique<char[]>(text.size());
        text.copy(block.get(), text.size());
        const std::string_view exact(block.get(), text.size());
        const auto doc = engine().extract(exact, sept14);
        check_document(doc, exact);
        REQUIRE_FALSE(doc.mentions.empty());
        CHECK(doc.mentions.back().end == exact.size());
    }
}
