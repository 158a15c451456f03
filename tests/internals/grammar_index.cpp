// The compiled rule index may only skip work, never a match: every rule that matches at a
// token must be among the rules the index lets the scanner try there, and the rest of its
// sentence must hold what the rule needs (grammar_index::may_match).
#include "english_index.hpp"
#include "grammar/index.hpp"
#include "lang/en/rules.hpp"
#include "texts.hpp"

#include <doctest/doctest.h>
#include <string>
#include <vector>

namespace {

namespace g = kairos::grammar;

bool has(const g::rule_set& s, std::size_t r) {
    return (s[r / 64] >> (r % 64)) & 1u;
}

// Tries every rule at every token and counts the matches the index would have skipped.
std::size_t skipped_matches(const std::string& text, std::size_t& matches) {
    const auto ts = kairos::lex::tokenize(text);
    const g::grammar_index& index = kairos::english_index();
    g::token_facts facts;
    index.facts(ts, facts);
    const g::scan_input in{ts, facts, index};
    std::vector<std::uint32_t> every(ts.size());
    for (std::size_t i = 0; i < ts.size(); ++i) every[i] = static_cast<std::uint32_t>(i);
    std::vector<g::sentence_rest> rests;
    index.rests_at(ts, facts, every, rests);
    // the scanner asks for the rests of a few starts only, which must be the same
    std::vector<std::uint32_t> some;
    for (std::uint32_t i = 0; i < ts.size(); i += 3) some.push_back(i);
    std::vector<g::sentence_rest> theirs;
    index.rests_at(ts, facts, some, theirs);
    for (const std::uint32_t i : some)
        CHECK((theirs[i].kinds == rests[i].kinds && theirs[i].words == rests[i].words));
    std::size_t skipped = 0;
    for (std::size_t i = 0; i < ts.size(); ++i) {
        g::token_key next;
        if (i + 1 < ts.size() && ts.tokens[i + 1].sentence == ts.tokens[i].sentence)
            next = facts.keys[i + 1];
        const g::rule_set start = index.candidates(facts.keys[i]);
        const g::rule_set follow = index.followers(facts.keys[i], next);
        // the scanner reads precomputed sets; they must say what the lookups say
        const g::rule_set tried = index.to_try(facts.keys[i], next);
        for (std::size_t w = 0; w < tried.size(); ++w) CHECK(tried[w] == (start[w] & follow[w]));
        for (std::size_t r = 0; r < index.rules().size(); ++r) {
            g::match m;
            if (!g::try_rule(in, i, r, m)) continue;
            ++matches;
            if (!has(tried, r) || !index.may_match(r, rests[i])) {
                ++skipped;
                FAIL_CHECK("rule " << index.rules()[r].name << " skipped at \"" << ts.str(i)
                                   << "\"");
            }
        }
    }
    return skipped;
}

} // namespace

TEST_CASE("the index keeps every rule that matches, on the rule examples") {
    std::size_t matches = 0;
    for (const g::rule& r : g::en::rules()) {
        CAPTURE(r.name);
        CHECK(skipped_matches("He said " + std::string(r.example) + " was the date.", matches) ==
              0);
    }
    CHECK(matches >= g::en::rules().size());
}

TEST_CASE("the index keeps every rule that matches, on the project's news texts") {
    std::size_t matches = 0, files = 0;
    for (const std::string& text : kairos::test::project_texts()) {
        CHECK(skipped_matches(text, matches) == 0);
        ++files;
    }
    CHECK(files > 100);
    CHECK(matches > 1000);
}

TEST_CASE("the dictionary answers as the lexicon's own lookups do, in any case") {
    const g::grammar_index& index = kairos::english_index();
    for (std::string_view w : g::en::all_words()) {
        std::string upper(w);
        for (char& c : upper) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c);
        for (const std::string& form : {std::string(w), upper}) {
            CAPTURE(form);
            const g::word_info* info = index.lookup(form);
            REQUIRE(info != nullptr);
            CHECK(info->month == g::en::find_month(form));
            CHECK(info->weekday == g::en::find_weekday(form));
            CHECK(info->number == g::en::find_number(form));
            CHECK(info->ordinal == g::en::find_ordinal(form));
            CHECK(info->season == g::en::find_season(form));
            CHECK(info->pod == g::en::find_part_of_day(form));
            CHECK(info->zone == g::en::find_zone(form));
            CHECK(info->unit == g::en::find_unit(form));
        }
    }
    CHECK(index.lookup("company") == nullptr);
}
