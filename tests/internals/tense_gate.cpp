// The gate in front of the tense cues may only skip words that are no cue: on every word of the
// project's news texts, a word the gate turns away is one the full cue reads as none.
#include "lex/token.hpp"
#include "resolve/resolver.hpp"
#include "resolve/tense.hpp"
#include "texts.hpp"

#include <doctest/doctest.h>
#include <string>

namespace {

// Counts the cue words the gate would have dropped; also counts the cues seen.
std::size_t dropped_cues(const std::string& text, std::size_t& cues) {
    const auto ts = kairos::lex::tokenize(text);
    std::size_t dropped = 0;
    for (std::size_t i = 0; i < ts.size(); ++i)
        for (const bool before : {true, false}) {
            if (kairos::resolve::full_cue(ts, i, before) == 0) continue;
            ++cues;
            if (!kairos::resolve::may_cue(ts.str(i))) {
                ++dropped;
                FAIL_CHECK("cue \"" << ts.str(i) << "\" dropped by the gate");
            }
        }
    return dropped;
}

} // namespace

TEST_CASE("the tense gate keeps every cue word of the project's news texts") {
    std::size_t cues = 0;
    for (const std::string& text : kairos::test::project_texts())
        CHECK(dropped_cues(text, cues) == 0);
    CHECK(cues > 1000);
}

TEST_CASE("the tense gate keeps cue words in any case and drops plain words") {
    std::size_t cues = 0;
    CHECK(dropped_cues("It WILL open. They'll vote. Talks ended. He Said so. Rates ROSE. The "
                       "deal is expected to close and was planned for May; it expires soon.",
                       cues) == 0);
    CHECK(cues >= 9);
    CHECK_FALSE(kairos::resolve::may_cue("company"));
    CHECK_FALSE(kairos::resolve::may_cue("Bed"));
    CHECK(kairos::resolve::may_cue("REPORTED"));
}

TEST_CASE("the sentence's tense is read only when a value asks, and then once") {
    using kairos::grammar::direction;
    int reads = 0;
    const auto scan = [&reads] {
        ++reads;
        return direction::future;
    };
    const kairos::resolve::lazy_direction tense(scan);
    CHECK(reads == 0);
    CHECK(tense() == direction::future);
    CHECK(tense() == direction::future);
    CHECK(reads == 1);
    CHECK(kairos::resolve::lazy_direction{}() == direction::nearest);
    CHECK(kairos::resolve::lazy_direction{direction::past}() == direction::past);
}
