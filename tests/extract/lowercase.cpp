// Lower-case and informal text: months, weekdays and holidays written in lower case, chat
// spellings ("tmrw", "tonite"), and the words that stay words ("you may go", "sat down").
#include "run.hpp"

#include <doctest/doctest.h>
#include <kairos/extractor.hpp>
#include <string>

using kairos::test::listed;
using kairos::test::run;

namespace {} // namespace

TEST_CASE("lower-case dates, weekdays and holidays") {
    struct row {
        std::string_view text;
        std::string_view dct;
        std::string_view extent;
        std::string_view value;
    };
    const row rows[] = {
        {"the meeting got moved to february 15", "2026-01-10", "february 15", "2026-02-15"},
        {"ok see you next monday!", "2025-09-17", "next monday", "2025-09-22"},
        {"what are you doing for thanksgiving?", "2025-09-17", "thanksgiving", "2025-11-27"},
        {"the vote is sept 17 i think", "2025-09-10", "sept 17", "2025-09-17"},
        {"i fly out may 5 btw", "2026-04-01", "may 5", "2026-05-05"},
        {"the rally is set for march 3.", "2025-03-01", "march 3", "2025-03-03"},
        {"we're closed christmas eve", "2025-12-01", "christmas eve", "2025-12-24"},
        {"call me tmrw", "2025-09-17", "tmrw", "2025-09-18"},
        {"party at mine tomorrow nite", "2025-09-17", "tomorrow nite", "2025-09-18TNI"},
        {"gonna watch it tonite", "2025-09-17", "tonite", "2025-09-17TNI"},
        {"back in the office on wednesday", "2025-09-15", "wednesday", "2025-09-17"},
        // a holiday name begun in lower case is one only when all of it is
        {"It was a good Friday for the bulls.", "2025-09-17", "Friday", "2025-09-12"},
        {"the company said in a filing that august sales fell", "2025-10-01", "", ""},
    };
    for (const auto& r : rows) {
        CAPTURE(r.text);
        const auto doc = run(r.text, r.dct);
        CAPTURE(listed(doc));
        if (r.extent.empty()) {
            CHECK(doc.mentions.empty());
            continue;
        }
        REQUIRE(doc.mentions.size() == 1);
        CHECK(doc.mentions[0].text == r.extent);
        CHECK(doc.mentions[0].value.str() == r.value);
    }
}

TEST_CASE("in lower case, may, march, august, sun, sat, wed and fall stay words") {
    const std::string_view texts[] = {
        "you may go home",
        "the march on washington was peaceful",
        "troops march 5 miles uphill",
        "an august body of scholars met",
        "we lay in the sun",
        "he sat down and said nothing",
        "she sat. he stood.",
        "they will wed in secret",
        "leaves fall slowly",
        "may i ask a question?",
    };
    kairos::test::check_no_mentions(texts, "2025-09-17");
}
