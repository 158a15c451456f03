// Every supported construction, with its extent, type, value and mod (table in cases.hpp).
#include "cases.hpp"
#include "run.hpp"

#include <doctest/doctest.h>
#include <kairos/extractor.hpp>
#include <string>

using kairos::test::run;

TEST_CASE("each construction is found with its extent, type, value and mod") {
    for (const auto& c : kairos::test::constructions) {
        CAPTURE(c.text);
        const kairos::document doc = run(c.text, c.dct);
        const kairos::mention* found = nullptr;
        for (const auto& m : doc.mentions)
            if (m.text == c.extent) found = &m;
        if (!found) {
            std::string got;
            for (const auto& m : doc.mentions) got += "[" + m.text + "] ";
            CAPTURE(got);
            FAIL_CHECK("no mention with extent \"" << std::string(c.extent) << "\"");
            continue;
        }
        CHECK(to_string(found->type) == c.type);
        const kairos::timex plain = found->value.with_mod(kairos::timex_mod::none);
        CHECK(plain.str() == c.value);
        CHECK(to_string(found->value.mod()) == c.mod);
        CHECK(c.text.substr(found->begin, found->end - found->begin) == c.extent);
        CHECK_FALSE(found->rule.empty());
        const kairos::reach* r = doc.reach_of(*found);
        CHECK((r != nullptr) == !c.range_begin.empty());
        if (r && !c.range_begin.empty()) {
            CHECK(r->begin.str() == c.range_begin);
            CHECK(r->end.str() == c.range_end);
        }
    }
}

TEST_CASE("mentions are in text order and never overlap") {
    for (const auto& c : kairos::test::constructions) {
        CAPTURE(c.text);
        const kairos::document doc = run(c.text, c.dct);
        for (std::size_t k = 1; k < doc.mentions.size(); ++k)
            CHECK(doc.mentions[k - 1].end <= doc.mentions[k].begin);
    }
}

TEST_CASE("texts without a temporal expression yield no mention") {
    for (std::string_view text : kairos::test::negatives) {
        CAPTURE(text);
        const kairos::document doc = run(text, "2025-09-17");
        std::string got;
        for (const auto& m : doc.mentions) got += "[" + m.text + "] ";
        CAPTURE(got);
        CHECK(doc.mentions.empty());
    }
}

TEST_CASE("a number word that counts after a month is not its day") {
    for (std::string_view text : kairos::test::month_then_count) {
        CAPTURE(text);
        const kairos::document doc = run(text, "1987-03-02");
        for (const auto& m : doc.mentions) {
            CAPTURE(m.text);
            const std::string v = m.value.str(); // a day reads YYYY-MM-DD
            CHECK_FALSE((v.size() == 10 && v[4] == '-' && v[7] == '-'));
        }
    }
}

TEST_CASE("latent month and season words need support") {
    struct row {
        std::string_view text;
        std::size_t mentions;
    };
    const row rows[] = {
        {"May I ask a question?", 0},
        {"The law takes effect in May.", 1},
        {"Prices may fall in March.", 1},
        {"Leaves fall early.", 0},
        {"The plan was unveiled in the fall.", 1},
    };
    for (const auto& r : rows) {
        CAPTURE(r.text);
        CHECK(run(r.text, "2025-09-17").mentions.size() == r.mentions);
    }
}
