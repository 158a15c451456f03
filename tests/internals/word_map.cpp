// The word map behind every per-token dictionary lookup: case-insensitive, exact, bounded.
#include "lex/word_map.hpp"

#include <doctest/doctest.h>
#include <string>
#include <vector>

using kairos::lex::word_key;
using kairos::lex::word_map;

TEST_CASE("keys ignore ASCII case and nothing else") {
    word_key a, b;
    REQUIRE(kairos::lex::make_key("September", a));
    REQUIRE(kairos::lex::make_key("sEPTEMBER", b));
    CHECK(a == b);
    REQUIRE(kairos::lex::make_key("septembe", b));
    CHECK_FALSE(a == b);
    REQUIRE(kairos::lex::make_key("Zürich", a));
    REQUIRE(kairos::lex::make_key("zürich", b));
    CHECK(a == b);
    REQUIRE(kairos::lex::make_key("[", a)); // '[' | 0x20 would be '{': must stay apart
    REQUIRE(kairos::lex::make_key("{", b));
    CHECK_FALSE(a == b);
    CHECK_FALSE(kairos::lex::make_key("", a));
    CHECK_FALSE(kairos::lex::make_key("internationalism", a)); // 16 bytes
}

TEST_CASE("a key read from inside a longer text equals the key of the word alone") {
    const std::string text = "The SEVENTEENTH of September, then more text after it";
    for (std::size_t begin = 0; begin < 20; ++begin)
        for (std::size_t n = 1; n <= 15 && begin + n <= text.size(); ++n) {
            word_key inside, alone;
            REQUIRE(kairos::lex::make_key(text, begin, n, inside));
            REQUIRE(kairos::lex::make_key(std::string_view(text).substr(begin, n), alone));
            CHECK(inside == alone);
        }
}

TEST_CASE("the map finds what was put in, in any case, and nothing else") {
    word_map<int> m(4);
    m["monday"] = 1;
    m["sept"] = 9;
    m["twenty-first"] = 21;
    REQUIRE(m.find("MONDAY"));
    CHECK(*m.find("MONDAY") == 1);
    CHECK(*m.find("Sept") == 9);
    CHECK(*m.find("Twenty-First") == 21);
    CHECK(m.find("septe") == nullptr);
    CHECK(m.find("mondays") == nullptr);
    CHECK(m.find("") == nullptr);
    CHECK_THROWS_AS(m["a-word-of-sixteen"], std::length_error);
}

TEST_CASE("a map grows past full buckets and clashing tags and still finds every word") {
    word_map<int> m(1);
    std::vector<std::string> words;
    for (int n = 0; n < 3000; ++n) words.push_back("w" + std::to_string(n * 7919));
    for (std::size_t k = 0; k < words.size(); ++k) m[words[k]] = static_cast<int>(k);
    for (std::size_t k = 0; k < words.size(); ++k) {
        const int* v = m.find(words[k]);
        REQUIRE(v != nullptr);
        CHECK(*v == static_cast<int>(k));
    }
    int absent = 0;
    for (int n = 0; n < 3000; ++n) absent += m.find("x" + std::to_string(n)) == nullptr;
    CHECK(absent == 3000);
}

TEST_CASE("a map of many words stays a small multiple of its words") {
    // Tags clash within a bucket far sooner than buckets fill: a map that doubled at every
    // clash held 539 dictionary words in 65,536 slots (6 MB) and missed the cache per token.
    for (const std::size_t n : {64u, 539u, 3000u}) {
        word_map<int> m(1);
        for (std::size_t k = 0; k < n; ++k) m["w" + std::to_string(k * 7919)] = 1;
        INFO(n);
        CHECK(m.capacity() <= 8 * n);
    }
}

TEST_CASE("a token's two-step lookup finds exactly what the one-step lookup finds") {
    // facts() lists the tokens may_hold accepts, then looks them up with find_held.
    word_map<int> m(1);
    for (const char* w : {"on", "the", "Monday", "until", "expires", "a", "Q3", "fourteen"})
        m[w] = 1;
    const auto ts = kairos::lex::tokenize(
        "On the Monday, until it expires; a Q3 outlook for fourteen Mondays. THE ON onn "
        "Zürich internationalisms x");
    REQUIRE(ts.size() > 10);
    std::size_t held = 0;
    for (std::size_t i = 0; i < ts.size(); ++i) {
        INFO(ts.str(i));
        const int* two_step = m.may_hold(ts, i) ? m.find_held(ts, i) : nullptr;
        CHECK(two_step == m.find(ts, i));
        CHECK(m.find(ts, i) == m.find(ts.str(i)));
        held += two_step != nullptr;
    }
    CHECK(held == 10); // On the Monday until expires a Q3 fourteen THE ON
}

TEST_CASE("prefix_key: equal for words equal case aside, apart for other words") {
    using kairos::lex::prefix_key;
    CHECK(prefix_key("Deadline") == prefix_key("deadline"));
    CHECK(prefix_key("EXPIRES") == prefix_key("expires"));
    CHECK(prefix_key("expire") != prefix_key("expires"));
    CHECK(prefix_key("meeting") != prefix_key("meetings"));
    // past the eighth byte only the length tells: the caller compares those bytes
    CHECK(prefix_key("extensions") == prefix_key("extensionz"));
    CHECK(prefix_key("extension") != prefix_key("extensions"));
    static_assert(prefix_key("due") == prefix_key("DUE"), "usable at compile time");
}
