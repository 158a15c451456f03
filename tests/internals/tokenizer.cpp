// The tokenizer against a byte-by-byte reference: same tokens, kinds and flags on crafted and
// random texts, including words that straddle the 64-byte blocks the fast path reads.
#include "lex/token.hpp"

#include <doctest/doctest.h>
#include <random>
#include <string>
#include <vector>

namespace {

using kairos::lex::token;
using kairos::lex::token_kind;

bool blank(unsigned char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
bool letter(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}
bool digit(unsigned char c) {
    return c >= '0' && c <= '9';
}

// The documented token rules, one byte at a time.
std::vector<token> reference(const std::string& text) {
    std::vector<token> out;
    std::size_t i = 0, newlines = 0;
    bool space = false;
    while (i < text.size()) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (blank(c)) {
            space = true;
            newlines += c == '\n';
            ++i;
            continue;
        }
        token t;
        t.begin = static_cast<std::uint32_t>(i);
        t.space_before = space || out.empty();
        t.upper = c >= 'A' && c <= 'Z';
        t.paragraph_before = newlines >= 2;
        t.kind = token_kind::punct;
        ++i;
        if (letter(c) || digit(c)) {
            bool letters = letter(c);
            while (i < text.size() && (letter(static_cast<unsigned char>(text[i])) ||
                                       digit(static_cast<unsigned char>(text[i])))) {
                letters = letters || letter(static_cast<unsigned char>(text[i]));
                ++i;
            }
            t.kind = letter(c) ? token_kind::word
                     : letters ? token_kind::alnum
                               : token_kind::number;
        }
        t.end = static_cast<std::uint32_t>(i);
        out.push_back(t);
        space = false;
        newlines = 0;
    }
    return out;
}

bool dash_at(const std::string& text, std::size_t i) {
    return i + 3 <= text.size() && text.compare(i, 2, "\xE2\x80") == 0 &&
           static_cast<unsigned char>(text[i + 2]) >= 0x92 &&
           static_cast<unsigned char>(text[i + 2]) <= 0x94;
}

// The text as the tokenizer reads it: each dash (U+2012 to U+2014) a "-" and two blanks.
std::string hyphenated(const std::string& text) {
    std::string h = text;
    for (std::size_t i = 0; i < h.size(); ++i)
        if (dash_at(text, i)) {
            h.replace(i, 3, "-  ");
            i += 2;
        }
    return h;
}

void check_same(const std::string& original) {
    const auto ts = kairos::lex::tokenize(original);
    const std::string text = hyphenated(original);
    auto want = reference(text);
    for (token& t : want) // a token right after a dash is glued to it, as to a hyphen
        if (t.begin >= 3 && dash_at(original, t.begin - 3)) t.space_before = false;
    CHECK(ts.text == text);
    REQUIRE(ts.tokens.size() == want.size());
    for (std::size_t k = 0; k < want.size(); ++k) {
        INFO("token " << k << " of \"" << text << "\"");
        CHECK(ts.tokens[k].begin == want[k].begin);
        CHECK(ts.tokens[k].end == want[k].end);
        CHECK(ts.tokens[k].kind == want[k].kind);
        CHECK(ts.tokens[k].space_before == want[k].space_before);
        CHECK(ts.tokens[k].upper == want[k].upper);
        CHECK(ts.tokens[k].paragraph_before == want[k].paragraph_before);
    }
    // `wide` lists, in order, exactly the tokens holding a byte >= 0x80.
    std::vector<std::uint32_t> wide;
    for (std::size_t k = 0; k < want.size(); ++k)
        for (std::uint32_t i = want[k].begin; i < want[k].end; ++i)
            if (static_cast<unsigned char>(text[i]) >= 0x80) {
                wide.push_back(static_cast<std::uint32_t>(k));
                break;
            }
    CHECK(ts.wide == wide);
}

} // namespace

TEST_CASE("tokens of a news sentence") {
    const std::string text = "Talks resumed on Sept. 14, 2025 at 5pm; the 1990s' deal ended.";
    const auto ts = kairos::lex::tokenize(text);
    std::vector<std::string> words;
    for (std::size_t k = 0; k < ts.size(); ++k) words.emplace_back(ts.str(k));
    CHECK(words == std::vector<std::string>{"Talks", "resumed", "on", "Sept", ".", "14", ",",
                                            "2025", "at", "5pm", ";", "the", "1990s", "'", "deal",
                                            "ended", "."});
    CHECK(ts.tokens[5].kind == token_kind::number);
    CHECK(ts.tokens[9].kind == token_kind::alnum);
    CHECK(ts.sentences.size() == 1);
}

TEST_CASE("words and blanks that cross the 64-byte blocks keep their extent") {
    for (std::size_t pad = 0; pad < 70; ++pad) {
        check_same(std::string(pad, ' ') + std::string(80, 'x') + " 2025");
        check_same(std::string(pad, 'a') + "\n\n" + std::string(pad, '7') + "th Z");
        check_same(std::string(pad, '-') + "Sept" + std::string(130, ' ') + "\n \nend");
        check_same(std::string(pad, ' ') + std::string(70, 'x') + "\xE2\x80\x94y 2025");
    }
}

TEST_CASE("a dash is a hyphen between the words it joins") {
    check_same("July 13\xE2\x80\x93"
               "15, Jan.\xE2\x80\x93March, war \xE2\x80\x94 peace");
    const auto ts = kairos::lex::tokenize("1939\xE2\x80\x93"
                                          "1945");
    REQUIRE(ts.size() == 3);
    CHECK(ts.str(1) == "-");
    CHECK_FALSE(ts.tokens[2].space_before);
    CHECK(ts.tokens[2].begin == 7); // offsets are the caller's
}

TEST_CASE("UTF-8 letters stay inside words, and a text may end mid-word") {
    check_same("Zürich’s café opened in 1998");
    check_same("\xC3");
    check_same("abc\xE2\x80");
    check_same("");
    check_same("   \n\n  ");
}

TEST_CASE("random bytes tokenize as the reference says") {
    std::mt19937 rng(20261129);
    const std::string alphabet = "aZ9 \n\t.,'-\x80\xC3/:";
    for (int round = 0; round < 300; ++round) {
        std::string text(rng() % 300, ' ');
        for (char& c : text) c = alphabet[rng() % alphabet.size()];
        check_same(text);
    }
}

namespace {

std::vector<std::string> sentences_of(const std::string& text) {
    const auto ts = kairos::lex::tokenize(text);
    std::vector<std::string> out;
    for (const auto& s : ts.sentences) {
        if (s.first == s.last) {
            out.emplace_back();
            continue;
        }
        const std::size_t b = ts.tokens[s.first].begin, e = ts.tokens[s.last - 1].end;
        out.push_back(text.substr(b, e - b));
    }
    return out;
}

// The sentences cover the tokens in order, each token carries the number of its sentence, and
// a sentence ends before a blank line or after a '.', '!' or '?' with only glued punctuation
// after it.
void check_sentences(const std::string& text) {
    const auto ts = kairos::lex::tokenize(text);
    REQUIRE_FALSE(ts.sentences.empty());
    std::uint32_t next = 0;
    for (std::size_t s = 0; s < ts.sentences.size(); ++s) {
        INFO("sentence " << s << " of \"" << text << "\"");
        const auto range = ts.sentences[s];
        CHECK(range.first == next);
        for (std::uint32_t k = range.first; k < range.last; ++k) CHECK(ts.tokens[k].sentence == s);
        next = range.last;
        if (s + 1 == ts.sentences.size()) continue;
        const bool blank_line = ts.tokens[range.last].paragraph_before;
        std::uint32_t k = range.last - 1;
        while (k > range.first && ts.tokens[k].kind == token_kind::punct &&
               !ts.tokens[k].space_before && ts.str(k) != "." && ts.str(k) != "!" &&
               ts.str(k) != "?")
            --k;
        const bool terminal = ts.str(k) == "." || ts.str(k) == "!" || ts.str(k) == "?";
        CHECK((blank_line || terminal));
    }
    CHECK(next == ts.size());
}

} // namespace

TEST_CASE("sentences end at terminal punctuation and blank lines, not after abbreviations") {
    using v = std::vector<std::string>;
    CHECK(sentences_of("Talks began. They ended!") == v{"Talks began.", "They ended!"});
    CHECK(sentences_of("Mr. Smith met Dr. Jones on Sept. 17.") ==
          v{"Mr. Smith met Dr. Jones on Sept. 17."});
    CHECK(sentences_of("He said \"yes.\" Then he left.") == v{"He said \"yes.\"", "Then he left."});
    CHECK(sentences_of("Really?! Yes.") == v{"Really?!", "Yes."});
    CHECK(sentences_of("It ended in 1998. The talks") == v{"It ended in 1998.", "The talks"});
    CHECK(sentences_of("at 5 p.m. Friday in the U.S. Army") ==
          v{"at 5 p.m. Friday in the U.S. Army"});
    CHECK(sentences_of("first line\n\nsecond line") == v{"first line", "second line"});
    CHECK(sentences_of("It ended.\n\nNext one") == v{"It ended.", "Next one"});
    CHECK(sentences_of("") == v{""});
}

TEST_CASE("sentence spans partition the tokens of random texts") {
    std::mt19937 rng(29112026);
    const std::string alphabet = "aZ9 \n\t.!?\"')Mr";
    for (int round = 0; round < 400; ++round) {
        std::string text(rng() % 400, ' ');
        for (char& c : text) c = alphabet[rng() % alphabet.size()];
        check_sentences(text);
    }
}
