// The sentence gate: the extractor decides which sentences without mentions the event stage
// reads from its own tokens and dictionary lookups, a document linked on its own by scanning
// bytes. Both must give the same events, on news and on text whose words hide inside tokens
// of non-ASCII bytes (dashes, curly quotes, no-break spaces), which the tokenizer keeps whole.
#include "../../src/events/gate.hpp"
#include "../../src/events/link.hpp"
#include "../internals/texts.hpp"

#include <doctest/doctest.h>
#include <kairos/extractor.hpp>
#include <random>
#include <string>

namespace {

kairos::extract_options at(const char* dct) {
    kairos::extract_options o;
    o.dct = *kairos::parse_anchor(dct, "UTC");
    return o;
}

// The events of an extraction against those of the same document linked again by bytes.
void check_same_events(const kairos::extractor& ex, const std::string& text) {
    const kairos::document gated = ex.extract(text, at("2025-09-14"));
    kairos::document scanned = gated;
    scanned.events.clear();
    kairos::detail::link_events(scanned);
    INFO(text);
    CHECK(scanned.events == gated.events);
}

} // namespace

TEST_CASE("a word that links alone hidden in a token of non-ASCII bytes still links") {
    const kairos::extractor ex;
    for (const char* text : {"Ministers prepared for the\xE2\x80\x94upcoming summit.",
                             "Ministers prepared for the \xE2\x80\x9Cupcoming\xE2\x80\x9D summit.",
                             "Ministers prepared for the\xC2\xA0upcoming summit."}) {
        const kairos::document doc = ex.extract(text, at("2025-09-14"));
        INFO(text);
        CHECK(doc.mentions.empty());
        check_same_events(ex, text);
    }
    // The dash splits the word off for the event stage: the meeting is found.
    const auto doc =
        ex.extract("Ministers prepared for the\xE2\x80\x94upcoming summit.", at("2025-09-14"));
    REQUIRE(doc.events.size() == 1);
    CHECK(doc.events[0].kind == kairos::event_kind::meeting);
}

TEST_CASE("sentences without dates that state a count or an undated meeting link the same way") {
    const kairos::extractor ex;
    for (const char* text :
         {"The deal was extended four times. Negotiators met again.",
          "Officials prepared the upcoming summit. The truce was extended to Nov. 10.",
          "It is the fifth extension. The deadline is Sept. 17.",
          "Once more the talks stalled. Twice the vote was delayed; the Times reported it."}) {
        check_same_events(ex, text);
    }
}

TEST_CASE("the project's articles and corpus link the same events through both gates") {
    const kairos::extractor ex;
    const auto texts = kairos::test::project_texts();
    for (const std::string& text : texts) check_same_events(ex, text);
    CHECK(texts.size() > 10);
}

TEST_CASE("random text with dashes, curly quotes and gate words links the same events") {
    const char* words[] = {"upcoming",
                           "Upcoming",
                           "forthcoming",
                           "next",
                           "times",
                           "once",
                           "twice",
                           "time",
                           "extension",
                           "delays",
                           "postponement",
                           "reprieve",
                           "summit",
                           "meeting",
                           "talks",
                           "extended",
                           "postponed",
                           "deadline",
                           "expires",
                           "four",
                           "third",
                           "3",
                           "the",
                           "was",
                           "on",
                           "until",
                           "Sept.",
                           "17",
                           "Monday",
                           "November",
                           "fourth",
                           "quarter",
                           "said",
                           ",",
                           ".",
                           ";",
                           "--",
                           "-",
                           "'s",
                           "\xE2\x80\x94",
                           "\xE2\x80\x93",
                           "\xE2\x80\x9C",
                           "\xE2\x80\x9D",
                           "\xE2\x80\x99s",
                           "\xC2\xA0",
                           "caf\xC3\xA9",
                           "\n\n"};
    const kairos::extractor ex;
    std::mt19937 rng(20261129);
    for (int round = 0; round < 400; ++round) {
        std::string text;
        const int len = 5 + static_cast<int>(rng() % 80);
        for (int i = 0; i < len; ++i) {
            text += words[rng() % std::size(words)];
            if (rng() % 3 != 0) text += ' '; // glued words make the wide tokens
        }
        check_same_events(ex, text);
    }
}

TEST_CASE("the gate words are exactly the lexicon's words of the roles that link alone") {
    namespace ev = kairos::events;
    for (std::string_view w : ev::gate_words()) {
        INFO(w);
        CHECK((ev::roles_of(w) & ev::standalone) != 0);
    }
    std::size_t in_table = 0;
    for (const auto& slot : ev::detail::roles.slot_at)
        in_table += slot.size != 0 && (slot.roles & ev::standalone) != 0;
    CHECK(in_table == ev::gate_words().size());
}
