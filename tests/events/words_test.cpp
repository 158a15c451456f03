// The word layer under the event stage: the one-lookup role table must answer exactly what a
// scan of each lexicon list would, and splitting must not depend on what follows a sentence
// (short words are read eight bytes at a time when the text has room for it). The words come
// from the tagger's tokens, which join what a word splits ("July 13\u201315" is read as
// "July 13-15") and split what it joins ("don't", "U.S.").
#include "events/roles.hpp"
#include "events/words.hpp"

#include <doctest/doctest.h>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace {

namespace ev = kairos::events;
namespace lx = kairos::events::lexicon;

struct list {
    ev::role role;
    std::span<const std::string_view> words;
};

const std::vector<list>& lists() {
    static const std::vector<list> all{
        {ev::role::until_owner, lx::until_owners},
        {ev::role::continuation, lx::continuation},
        {ev::role::extension_verb, lx::extension_verbs},
        {ev::role::earlier_cue, lx::earlier_cues},
        {ev::role::obligation, lx::obligation},
        {ev::role::target_word, lx::target_words},
        {ev::role::forward_word, lx::forward_words},
        {ev::role::comparison_word, lx::comparison_words},
        {ev::role::schedule_word, lx::schedule_words},
        {ev::role::relative_anchor, lx::relative_anchors},
        {ev::role::speech_verb, lx::speech_verbs},
        {ev::role::relative_prep, lx::relative_preps},
        {ev::role::adverb, lx::adverbs},
        {ev::role::clause_word, lx::clause_words},
        {ev::role::clause_subject, lx::clause_subjects},
        {ev::role::future_adjective, lx::future_adjectives},
        {ev::role::np_stop, lx::np_stops},
        {ev::role::np_skip, lx::np_skips},
        {ev::role::np_verb, lx::np_verbs},
        {ev::role::not_name, lx::not_names},
        {ev::role::extension_noun, lx::extension_nouns},
        {ev::role::must, lx::must_words},
        {ev::role::possessive, lx::possessives},
        {ev::role::has_have, lx::has_have},
        {ev::role::determiner, lx::determiners},
        {ev::role::repetition, lx::repetitions},
    };
    return all;
}

bool listed(const list& l, std::string_view w) {
    for (std::string_view x : l.words)
        if (ev::is(w, x)) return true;
    return false;
}

std::string upper(std::string_view s) {
    std::string u(s);
    for (char& c : u)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    return u;
}

TEST_CASE("a word's roles are exactly the lists it is in, in any letter case") {
    ev::role_set of_lists = 0;
    for (const list& l : lists()) of_lists |= ev::bit(l.role);
    for (const list& from : lists())
        for (std::string_view w : from.words) {
            ev::role_set expected = 0;
            for (const list& l : lists())
                if (listed(l, w)) expected |= ev::bit(l.role);
            CAPTURE(w);
            CHECK((ev::roles_of(w) & of_lists) == expected);
            CHECK((ev::roles_of(upper(w)) & of_lists) == expected);
        }
}

TEST_CASE("words outside the lexicon, or near one of its words, have no role") {
    for (std::string_view w : {"", "thee", "th", "shalll", "extensionss", "Extension-", "nextt",
                               "u.s", "postponementsss", "\xC3\xA9t\xC3\xA9", "DEADLINES2"})
        CHECK(ev::roles_of(w) == 0);
}

TEST_CASE("the first words of triggers and the last words of prepositions are marked") {
    for (const auto& p : lx::trigger_phrases)
        CHECK((ev::roles_of(p.words[0]) & ev::bit(ev::role::trigger_start)) != 0);
    for (const auto& p : lx::preposition_phrases)
        CHECK((ev::roles_of(p.words[p.size - 1]) & ev::bit(ev::role::preposition_end)) != 0);
    CHECK((ev::roles_of("Thrice") & ev::bit(ev::role::count_word)) != 0);
    CHECK((ev::roles_of("fifth") & ev::bit(ev::role::ordinal)) != 0);
    CHECK((ev::roles_of("U.S.") & ev::bit(ev::role::country)) != 0);
}

// The words of text's bytes [begin, end), from the tokens of the whole text.
std::vector<ev::word> split(std::string_view text, std::size_t begin, std::size_t end) {
    const kairos::lex::token_stream ts = kairos::lex::tokenize(text);
    std::vector<ev::word> out;
    ev::words_from_tokens(
        text, ev::token_view{&ts, 0},
        kairos::span{static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end)}, {}, out);
    return out;
}

// Each word as text, then ":" and p (punctuation), U (capital first), I (capital inside).
std::string describe(const std::vector<ev::word>& words) {
    std::string s;
    for (const ev::word& w : words) {
        if (!s.empty()) s += ' ';
        s += w.text;
        if (w.punct || w.upper || w.inner_upper) s += ':';
        if (w.punct) s += 'p';
        if (w.upper) s += 'U';
        if (w.inner_upper) s += 'I';
        // The roles are the lookup of the word's own text.
        CHECK(w.roles == (w.punct ? 0 : ev::roles_of(w.text)));
    }
    return s;
}

TEST_CASE("words: a final period dropped, possessives and dashes split, whatever follows") {
    struct row {
        std::string_view sentence;
        std::string_view words;
    };
    const std::vector<row> rows{
        {"ByteDance's U.S. unit", "ByteDance:UI 's:p U.S.:UI unit"},
        {"Sept. 17 deadline.", "Sept:U 17 deadline"},
        {"talks--and\xE2\x80\x94then (x)", "talks --:p and \xE2\x80\x94:p then (:p x ):p"},
        {"WORD. Word.", "WORD:UI Word:U"},
        {"don\xE2\x80\x99t TikTok\xE2\x80\x99s", "don\xE2\x80\x99t TikTok:UI \xE2\x80\x99s:p"},
        {"a.b. co-op 3.5% time.", "a.b. co-op 3.5% time"},
        {"Internationalization. Postponements", "Internationalization:U Postponements:U"},
        {"Extensions' \"extended twice,\" lapses!",
         "Extensions':U \":p extended twice ,:p \":p lapses !:p"},
        {"x", "x"},
        {"\xE2\x80\x9CHello,\xE2\x80\x9D she said",
         "\xE2\x80\x9C:p Hello:U ,:p \xE2\x80\x9D:p she said"},
        {"July 13\xE2\x80\x93"
         "15 ---x",
         "July:U 13 \xE2\x80\x93:p 15 --:p -x"},
    };
    for (const row& r : rows) {
        CAPTURE(r.sentence);
        const std::string_view s = r.sentence;
        CHECK(describe(split(s, 0, s.size())) == r.words);
        // With room after the sentence, short words take the eight-bytes-at-a-time path.
        const std::string padded = std::string(s) + " and more words after the sentence";
        CHECK(describe(split(padded, 0, s.size())) == r.words);
        const std::string glued = std::string(s) + "xyzzy, more words after the sentence";
        CHECK(describe(split(glued, 0, s.size())) == r.words);
        const std::string inside = "Before it. " + padded;
        CHECK(describe(split(inside, 11, 11 + s.size())) == r.words);
    }
}

// Whether may_have_role lets the bytes [begin, end) of text through, from the whole text's tokens.
bool may_have(std::string_view text, std::size_t begin, std::size_t end, ev::role_set roles) {
    const kairos::lex::token_stream ts = kairos::lex::tokenize(text);
    return ev::may_have_role(
        text, ev::token_view{&ts, 0},
        kairos::span{static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end)}, roles);
}

TEST_CASE("a sentence whose words have a role is never skipped by the token test") {
    constexpr ev::role_set wanted = ev::bit(ev::role::future_adjective) |
                                    ev::bit(ev::role::extension_noun) |
                                    ev::bit(ev::role::repetition);
    for (std::string_view s :
         {"the upcoming summit", "a fifth Extension.", "extended four times", "Once, twice",
          "the talks' next round", "no such word here", "timeline timetable nexts", "delays--",
          "the (coming) week", "reprieve", "its extension's end",
          "the \xE2\x80\x9Cnext\xE2\x80\x9D round", "a pre-upcoming draft",
          "twice\xE2\x80\x94maybe"}) {
        CAPTURE(s);
        bool has = false;
        for (const ev::word& w : split(s, 0, s.size()))
            has = has || (!w.punct && (w.roles & wanted) != 0);
        if (has) {
            CHECK(may_have(s, 0, s.size(), wanted));
            CHECK(may_have(std::string(s) + " padding padding", 0, s.size(), wanted));
            // A span that cuts the token before its first word ("xthe", "Before it. the").
            CHECK(may_have("x" + std::string(s), 1, s.size() + 1, wanted));
        }
    }
    const std::string none = "Officials said the report would be published on the website.";
    CHECK_FALSE(may_have(none, 0, none.size(), wanted));
    // Cut out of a longer word, a run of letters is a word of the span.
    CHECK(may_have("preupcoming talks", 3, 17, wanted));
    CHECK_FALSE(may_have("preupcoming talks", 0, 17, wanted));
}

} // namespace
