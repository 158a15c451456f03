// The sentence gate: the extractor decides which sentences the event stage reads from its own
// tokens, dictionary lookups and the bytes around each mention; a document linked on its own
// reads every sentence with a mention and scans the others' bytes. Both must give the same
// events, on news and on text whose words hide inside tokens of non-ASCII bytes (dashes,
// curly quotes, no-break spaces), which the tokenizer keeps whole. The gate's pieces are
// checked on their own too: what they must let through, and that they do turn sentences away.
#include "../../src/events/gate.hpp"
#include "../../src/events/link.hpp"
#include "../internals/texts.hpp"

#include <doctest/doctest.h>
#include <kairos/extractor.hpp>
#include <random>
#include <span>
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

// Random texts of `words`, each followed by a blank unless one in `glue` times (glued words
// make the tokens with non-ASCII bytes), link the same events through both gates.
void check_random_texts(std::span<const char* const> words, unsigned seed, int rounds, int longest,
                        unsigned glue) {
    const kairos::extractor ex;
    std::mt19937 rng(seed);
    for (int round = 0; round < rounds; ++round) {
        std::string text;
        const int len = 5 + static_cast<int>(rng() % static_cast<unsigned>(longest));
        for (int i = 0; i < len; ++i) {
            text += words[rng() % words.size()];
            if (rng() % glue != 0) text += ' ';
        }
        check_same_events(ex, text);
    }
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

TEST_CASE("each way a sentence can give an event gets past the gate") {
    // One sentence per path, none with a trigger near its date unless that is the path.
    const kairos::extractor ex;
    for (const char* text :
         {"The signing was postponed to Oct. 17.", // a move "to"
          "Investors have 30 days to respond.",    // "have N days to"
          "Banks must comply within the next 30 days.", "Fees apply as of Jan. 1.",
          "Filers must send forms no later than Jan. 1.",
          "The shop sells toys from Nov. 1 to Dec. 24.",
          "The lease runs out on Jan. 31.",             // a phrase trigger
          "The bank's offer is open until Jan. 31."}) { // "open until"
        INFO(text);
        const kairos::document doc = ex.extract(text, at("2025-09-14"));
        CHECK_FALSE(doc.events.empty());
        check_same_events(ex, text);
    }
    // A count in a sentence without a date, placed on the deadline beside it.
    const char* count = "The deadline is Oct. 17. The ban was extended thrice.";
    const kairos::document doc = ex.extract(count, at("2025-09-14"));
    REQUIRE(doc.events.size() == 1);
    CHECK(doc.events[0].extensions == 3);
    check_same_events(ex, count);
}

TEST_CASE("random sentences with dates, cues and triggers link the same events") {
    // Every way a draft can start, near and far from a date: triggers (one word and phrases),
    // cue words and preposition phrases, verbs that move dates, counts, comparisons.
    const char* words[] = {"Sept. 17",
                           "Monday",
                           "Nov. 10",
                           "1998",
                           "30 days",
                           "two weeks",
                           "next week",
                           "the deadline",
                           "deadline",
                           "expires",
                           "takes",
                           "effect",
                           "come",
                           "into",
                           "force",
                           "run",
                           "out",
                           "will",
                           "end",
                           "close",
                           "covers",
                           "the period",
                           "cut-off",
                           "talks",
                           "summit",
                           "upcoming",
                           "by",
                           "from",
                           "to",
                           "until",
                           "through",
                           "between",
                           "and",
                           "before",
                           "within",
                           "next",
                           "as of",
                           "as",
                           "of",
                           "no later than",
                           "on or before",
                           "starting",
                           "effective",
                           "on",
                           "in",
                           "has",
                           "have",
                           "given",
                           "extended",
                           "pushed back",
                           "postponed",
                           "moved",
                           "times",
                           "thrice",
                           "fifth",
                           "extension",
                           "delays",
                           "up 6%",
                           "rose",
                           "said",
                           "must",
                           "will",
                           "the",
                           "company",
                           "shares",
                           ",",
                           ";",
                           "--",
                           "post-",
                           "'s",
                           "U.S.",
                           "\xE2\x80\x94",
                           "\xE2\x80\x9C",
                           "\xE2\x80\x9D",
                           ".",
                           "\n\n"};
    check_random_texts(words, 20261130, 600, 60, 6);
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
    check_random_texts(words, 20261129, 400, 80, 3);
}

TEST_CASE("the gate words are exactly the lexicon's words of the roles that link alone") {
    namespace ev = kairos::events;
    for (std::string_view w : ev::gate_words()) {
        INFO(w);
        CHECK((ev::roles_of(w) & ev::standalone) != 0);
    }
    std::size_t in_table = 0;
    ev::role_map().for_each_value(
        [&](ev::role_set r) { in_table += (r & ev::standalone) != 0 ? 1 : 0; });
    CHECK(in_table == ev::gate_words().size());
}

namespace {

kairos::mention mention_of(const std::string& text, std::string_view what,
                           kairos::timex_kind kind = kairos::timex_kind::point) {
    kairos::mention m;
    m.begin = static_cast<std::uint32_t>(text.find(what));
    m.end = m.begin + static_cast<std::uint32_t>(what.size());
    m.value = kind == kairos::timex_kind::duration ? kairos::timex::parse("P30D")
                                                   : kairos::timex::parse("2025-09-15");
    return m;
}

// Whether the gate may read mention m of the one-sentence text, its tokens found as for a
// document built elsewhere.
bool cued(const std::string& text, const kairos::mention& m, bool moving) {
    const kairos::span s{0, static_cast<std::uint32_t>(text.size())};
    const kairos::lex::token_stream ts = kairos::lex::tokenize(text);
    const kairos::events::token_view tokens{&ts, 0};
    const auto at = kairos::events::tokens_of(tokens, {m.begin, m.end});
    return kairos::events::may_cue(text, tokens, s, m, at, moving);
}

bool cued(const std::string& text, std::string_view what, bool moving = false,
          kairos::timex_kind kind = kairos::timex_kind::point) {
    return cued(text, mention_of(text, what, kind), moving);
}

// The token starting at byte `at` of ts.
std::size_t token_at(const kairos::lex::token_stream& ts, std::size_t at) {
    std::size_t k = 0;
    while (k < ts.tokens.size() && ts.tokens[k].begin < at) ++k;
    return k;
}

} // namespace

TEST_CASE("a mention's own cue: the words just before it, read as the event stage splits them") {
    CHECK_FALSE(cued("Shares rose 5% on Monday.", "Monday"));
    CHECK_FALSE(cued("The company said Monday.", "Monday"));
    CHECK_FALSE(cued("Monday was quiet.", "Monday"));
    CHECK_FALSE(cued("It was (Monday) again.", "Monday"));
    CHECK_FALSE(cued("The company's Monday report.", "Monday"));
    CHECK(cued("Payment is required by Monday.", "Monday"));
    CHECK(cued("Holders of record as of Monday.", "Monday"));
    CHECK(cued("File no later than Monday.", "Monday"));
    CHECK(cued("File on or before Monday.", "Monday"));
    CHECK(cued("Rates apply starting on Monday.", "Monday"));
    CHECK(cued("The fee applies from Monday.", "Monday"));
    CHECK(cued("Talks run until Monday.", "Monday"));
    CHECK(cued("It ran through Monday.", "Monday"));
    CHECK(cued("The window is between Monday and Friday.", "Monday"));
    CHECK(cued("A reply is due -- from Monday.", "Monday"));
    CHECK_FALSE(cued("A reply is due to Monday.", "Monday"));
    CHECK(cued("The vote was moved to Monday.", "Monday", true));
    CHECK_FALSE(cued("The vote was due -- Monday.", "Monday"));
    CHECK(cued("They must act within the next 30 days.", "30 days", false,
               kairos::timex_kind::duration));
    CHECK(cued("They have 30 days to comply.", "30 days", false, kairos::timex_kind::duration));
    CHECK(cued("Firms must comply within 30 days.", "within 30 days", false,
               kairos::timex_kind::duration));
    CHECK_FALSE(
        cued("They waited 30 days for it.", "30 days", false, kairos::timex_kind::duration));
    // Bytes not plain enough to tell cheaply: the stage reads the sentence.
    CHECK(cued("It was the post-1959 era.", "1959"));
    CHECK(cued("Due \xE2\x80\x9CMonday\xE2\x80\x9D.", "Monday"));
    // A dash is a punctuation word of its own, as the event stage splits it.
    CHECK_FALSE(cued("The vote was due\xE2\x80\x94Monday.", "Monday"));
    CHECK(cued("Bids close\xE2\x80\x94"
               "by Monday.",
               "Monday"));
}

TEST_CASE("a trigger links only mentions within the stage's trigger window") {
    namespace ev = kairos::events;
    // Whether the key word of the text is near the mention `what`.
    const auto near = [](const std::string& text, std::string_view key, std::string_view what) {
        const std::vector<kairos::mention> ms{mention_of(text, what)};
        const kairos::lex::token_stream ts = kairos::lex::tokenize(text);
        const auto p = static_cast<std::uint32_t>(text.find(key));
        return ev::near_mention(ev::token_view{&ts, 0}, p, token_at(ts, p), ms, 0, 1000, {});
    };
    CHECK(near("The deadline for the sale of the unit is set for Monday.", "deadline", "Monday"));
    std::string far_text = "The deadline";
    for (std::size_t i = 0; i < ev::near_reach + 1; ++i) far_text += " word";
    CHECK_FALSE(near(far_text + " Monday.", "deadline", "Monday"));
    // Words glued by punctuation count once, as a lower bound of the stage's words.
    std::string glued = "The deadline";
    for (std::size_t i = 0; i < ev::near_reach + 1; ++i) glued += i % 2 == 0 ? " U.S." : "-led";
    CHECK(near(glued + " Monday.", "deadline", "Monday"));
    CHECK(near("On Monday, the board met to discuss the deadline.", "deadline", "Monday"));
    // A trigger word inside a mention is no trigger ("the end of the year").
    CHECK_FALSE(near("Sales rose by the end of the year.", "end", "the end of the year"));
}

TEST_CASE("every trigger phrase holds its key word as the tokenizer reads it") {
    namespace ev = kairos::events;
    const auto keys = ev::trigger_keys();
    REQUIRE(keys.size() == ev::lexicon::trigger_phrases.size());
    for (std::size_t k = 0; k < keys.size(); ++k) {
        INFO(ev::lexicon::triggers[k].phrase);
        CHECK(std::string_view(ev::lexicon::triggers[k].phrase).find(keys[k]) !=
              std::string_view::npos);
        CHECK(!keys[k].empty());
        for (char c : keys[k]) CHECK((c >= 'a' && c <= 'z'));
    }
}

TEST_CASE("a trigger key counts only where its whole phrase stands") {
    namespace ev = kairos::events;
    const auto trigger = [](const std::string& text, std::string_view key) {
        const kairos::span s{0, static_cast<std::uint32_t>(text.size())};
        const kairos::lex::token_stream ts = kairos::lex::tokenize(text);
        return ev::may_be_trigger(text, ev::token_view{&ts, 0}, s, token_at(ts, text.find(key)));
    };
    CHECK(trigger("The deadline is Monday.", "deadline"));
    CHECK(trigger("The market will close on Monday.", "close"));
    CHECK_FALSE(trigger("Shares rose at the close on Monday.", "close"));
    CHECK(trigger("The treaty came into force on Monday.", "force"));
    CHECK_FALSE(trigger("The force of the storm hit on Monday.", "force"));
    CHECK(trigger("The lease runs out on Monday.", "runs"));
    CHECK_FALSE(trigger("She runs the company since Monday.", "runs"));
    CHECK(trigger("The cut-off date is Monday.", "cut"));
    CHECK_FALSE(trigger("They cut off supplies on Monday.", "cut"));
    CHECK_FALSE(trigger("The pre-deadline rush began.", "deadline"));
    CHECK(trigger("The rules take effect on Monday.", "effect"));
    CHECK_FALSE(trigger("The effect was felt on Monday.", "effect"));
    CHECK(trigger("Bonds mature\xE2\x80\x94run out\xE2\x80\x94on Monday.", "run"));
    CHECK_FALSE(trigger("The run-out date was Monday.", "run"));
}

TEST_CASE("a range is its own cue only when it opens with one") {
    const auto range_cued = [](const std::string& text, std::string_view what) {
        kairos::mention m = mention_of(text, what);
        m.reach = 0;
        return cued(text, m, false);
    };
    CHECK(range_cued("The fair runs from May 1 to June 30 in Paris.", "from May 1 to June 30"));
    CHECK(range_cued("Bids are taken From Monday to Friday.", "From Monday to Friday"));
    CHECK(range_cued("Polls open between 9 and 5 daily.", "between 9 and 5"));
    // Without one, a range gives an event only through a trigger, which the gate tests apart.
    CHECK_FALSE(range_cued("Sales were strong in July 13-15 trading.", "July 13-15"));
    CHECK_FALSE(range_cued("The show ran Monday to Friday last week.", "Monday to Friday"));
    // Bytes not plain enough to tell: the stage reads the sentence.
    CHECK(range_cued("It was a pre-July 13-15 rush.", "July 13-15"));
}

TEST_CASE("a sentence without a date is read for each gate word only with what that word needs") {
    namespace ev = kairos::events;
    // A noted word at the start of each word of the text that is in the noted lists.
    const auto read = [](const std::string& text) {
        ev::sentence_gate gate;
        const auto lists = ev::noted_lists();
        std::size_t at = 0;
        while (at < text.size()) {
            std::size_t end = text.find_first_of(" .", at);
            if (end == std::string::npos) end = text.size();
            std::uint8_t notes = 0;
            for (std::size_t l = 0; l < lists.size(); ++l)
                for (std::string_view w : lists[l])
                    if (w == std::string_view(text).substr(at, end - at))
                        notes |= static_cast<std::uint8_t>(1u << l);
            if (notes != 0) gate.words.push_back({static_cast<std::uint32_t>(at), 0, notes});
            at = end + 1;
        }
        ev::gate_reader reader(text, &gate);
        return reader.may_link(kairos::span{0, static_cast<std::uint32_t>(text.size())}, {});
    };
    CHECK(read("officials prepared the upcoming summit."));
    CHECK(read("the truce was extended twice."));
    CHECK(read("it is the fifth extension."));
    // A future adjective makes a meeting of a trigger only; a repetition counts moves only.
    CHECK_FALSE(read("the next shipment was delayed."));
    CHECK_FALSE(read("the summit was held twice."));
    CHECK_FALSE(read("officials met once."));
}

TEST_CASE(
    "a bare subject takes the name of the sentence before, whether that one was read or not") {
    const kairos::extractor ex;
    const std::string after = " A spokesman could not say if the meeting would continue on Friday.";
    // The sentence before gives an event of its own (its words are read), or nothing (its
    // words are split for the name alone).
    for (const std::string before : {"Texaco Inc said its offer expires on Oct. 3.",
                                     "Texaco Inc directors spoke to reporters."}) {
        const std::string text = before + after;
        INFO(text);
        const kairos::document doc = ex.extract(text, at("2025-09-14"));
        REQUIRE_FALSE(doc.events.empty());
        CHECK(doc.events.back().kind == kairos::event_kind::meeting);
        CHECK(doc.events.back().subject == "Texaco Inc meeting");
        check_same_events(ex, text);
    }
}
