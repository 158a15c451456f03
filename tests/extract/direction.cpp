// Direction (issue 17, construction 9): extract_options::prefer chooses the side of the DCT an
// open date lies on; colloquial text reads forward; "this Friday" and deadlines lean forward.
#include "run.hpp"

#include <doctest/doctest.h>
#include <kairos/extractor.hpp>
#include <string>
#include <string_view>

namespace {

std::string value_of(std::string_view text, std::string_view extent, std::string_view dct,
                     kairos::prefer_side prefer, kairos::text_kind kind = kairos::text_kind::news) {
    auto o = kairos::test::no_events();
    o.prefer = prefer;
    o.doc_type = kind;
    for (const auto& m : kairos::test::run(text, dct, o).mentions)
        if (m.text == extent) return m.value.str();
    return "(none)";
}

using kairos::prefer_side;

} // namespace

TEST_CASE("the caller's side decides open weekdays, months and days") {
    // 2025-09-17 is a Wednesday
    const std::string_view dct = "2025-09-17";
    CHECK(value_of("remind me on Monday", "Monday", dct, prefer_side::future) == "2025-09-22");
    CHECK(value_of("remind me on Monday", "Monday", dct, prefer_side::past) == "2025-09-15");
    CHECK(value_of("remind me on Monday", "Monday", dct, prefer_side::nearest) == "2025-09-15");
    CHECK(value_of("book the hall for March 12", "March 12", dct, prefer_side::future) ==
          "2026-03-12");
    CHECK(value_of("The audit covered March 12.", "March 12", dct, prefer_side::past) ==
          "2025-03-12");
    // a chosen side outranks the tense: the user asked for the future
    CHECK(value_of("We met in February.", "February", dct, prefer_side::future) == "2026-02");
    CHECK(value_of("The board will meet in August.", "August", dct, prefer_side::past) ==
          "2025-08");
    // the near reading does not overrule a chosen side: January from November is next year's
    CHECK(value_of("Pay on Jan. 2.", "Jan. 2", "2025-11-02", prefer_side::past) == "2025-01-02");
    // words that state the side keep it
    CHECK(value_of("see you next Monday", "next Monday", dct, prefer_side::past) == "2025-09-22");
    CHECK(value_of("It rained last Monday.", "last Monday", dct, prefer_side::future) ==
          "2025-09-15");
}

TEST_CASE("news reads by tense; colloquial text reads forward when the tense says nothing") {
    const std::string_view dct = "2025-09-17";
    CHECK(value_of("call me Monday", "Monday", dct, prefer_side::tense) == "2025-09-15");
    CHECK(value_of("call me Monday", "Monday", dct, prefer_side::tense,
                   kairos::text_kind::colloquial) == "2025-09-22");
    CHECK(value_of("dinner in June?", "June", dct, prefer_side::tense,
                   kairos::text_kind::colloquial) == "2026-06");
    // a past tense still looks back in chat
    CHECK(value_of("we talked on Monday", "Monday", dct, prefer_side::tense,
                   kairos::text_kind::colloquial) == "2025-09-15");
}

TEST_CASE("this Friday and a stated deadline read forward from a Sunday") {
    const std::string_view sunday = "2025-09-14";
    CHECK(value_of("Ministers meet this Friday.", "this Friday", sunday, prefer_side::tense) ==
          "2025-09-19");
    CHECK(value_of("The vote is on Tuesday.", "Tuesday", sunday, prefer_side::tense) ==
          "2025-09-16");
    CHECK(value_of("Applications are due Friday, the deadline the board set.", "Friday", sunday,
                   prefer_side::tense) == "2025-09-19");
    // a past tense keeps "this Friday" behind
    CHECK(value_of("The rally this Friday drew thousands.", "this Friday", "2025-09-20",
                   prefer_side::tense) == "2025-09-19");
    CHECK(value_of("Ministers met this Friday.", "this Friday", sunday, prefer_side::tense) ==
          "2025-09-12");
}
