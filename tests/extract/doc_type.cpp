// The default document type (text_kind::automatic): each text is read as news, narrative or
// colloquial from its own dates, and an explicit doc_type still forces one.
#include "run.hpp"

#include <doctest/doctest.h>
#include <kairos/extractor.hpp>
#include <string>
#include <string_view>

namespace {

using kairos::text_kind;

/// The value of the mention whose text is `extent`, extracted with `kind` (default: automatic).
std::string value_of(std::string_view text, std::string_view dct, std::string_view extent,
                     text_kind kind = text_kind::automatic) {
    kairos::extract_options o = kairos::test::no_events();
    o.doc_type = kind;
    const auto doc = kairos::test::run(text, dct, o);
    for (const auto& m : doc.mentions)
        if (m.text == extent) return m.value.str();
    return "(none)";
}

constexpr std::string_view history =
    "The rebellion broke out in the hill country in 1857. By the spring of 1858 the garrison "
    "towns had fallen, and in June the governor sued for peace. The treaty was signed on 9 "
    "August.";
constexpr std::string_view biography =
    "Elsa Brandt was born in Hamburg in 1884 and trained as a nurse in 1905. In October she "
    "sailed for East Africa, where she ran a mission clinic until 1913.";

} // namespace

TEST_CASE("the default reads a text as news, narrative or colloquial from its dates") {
    CHECK(kairos::extract_options{}.doc_type == text_kind::automatic);
}

TEST_CASE("a history or a biography, its years decades before the DCT, reads as a narrative") {
    CHECK(value_of(history, "2024-05-01", "June") == "1858-06");
    CHECK(value_of(history, "2024-05-01", "9 August") == "1858-08-09");
    CHECK(value_of(biography, "2024-05-01", "October") == "1905-10");
    // a war of two decades ago is history too
    CHECK(value_of("The occupation began in March 2003. In April the capital fell, and by the "
                   "summer the insurgency had spread. The last troops left in December 2011.",
                   "2024-05-01", "April") == "2003-04");
    // the same as asking for a narrative
    CHECK(value_of(biography, "2024-05-01", "October", text_kind::narrative) == "1905-10");
}

TEST_CASE("an explicit document type is kept, whatever the text looks like") {
    CHECK(value_of(history, "2024-05-01", "9 August", text_kind::news) == "2023-08-09");
    CHECK(value_of("call the plumber friday", "2025-09-14", "friday", text_kind::news) ==
          "2025-09-12");
}

TEST_CASE("news that names a year or two of the past stays news") {
    // one old year beside a weekday of the DCT's week
    CHECK(value_of("The theatre, built in 1911, reopened on Thursday after a two-year repair. In "
                   "July the council will vote on its budget.",
                   "2024-05-01", "July") == "2024-07");
    // two old years, and the report is dated from the DCT
    CHECK(value_of("Prices last rose this fast in 1979 and 1980, the central bank said on "
                   "Tuesday. In March inflation reached 4 percent.",
                   "2024-05-01", "March") == "2024-03");
    // years far ahead are forecasts, which news makes: no story set there
    CHECK(value_of("By 2080 the sea may rise a metre, and by 2100 two metres, the panel said. In "
                   "June it will publish its maps of the coast.",
                   "2024-05-01", "June") == "2024-06");
}

TEST_CASE("a typed request or a chat line reads an open weekday forward") {
    // Sunday 14 September: "friday" is the coming one, not the one just past
    CHECK(value_of("call the plumber friday", "2025-09-14", "friday") == "2025-09-19");
    CHECK(value_of("can we do lunch on thursday?", "2025-09-14", "thursday") == "2025-09-18");
    CHECK(value_of("can we do lunch on thursday?", "2025-09-14", "thursday", text_kind::news) ==
          "2025-09-11");
    // the tense of the line still counts
    CHECK(value_of("we met on thursday", "2025-09-14", "thursday") == "2025-09-11");
}

TEST_CASE("a short sentence of prose is not a typed phrase") {
    // capitalised and ended with a full stop, it is read as news: the holiday just past (a
    // typed phrase would read it forward, to next year's)
    CHECK(value_of("Snow shut the schools on Memorial Day.", "2025-09-17", "Memorial Day") ==
          "2025-05-26");
    CHECK(value_of("Heavy rain hit the coast on Labor Day.", "2025-09-17", "Labor Day") ==
          "2025-09-01");
}

TEST_CASE("a short sentence that speaks to or for someone is a message") {
    // Sunday 14 September: written as prose, but a request, so the coming Friday
    CHECK(value_of("Let's meet on Friday.", "2025-09-14", "Friday") == "2025-09-19");
    CHECK(value_of("Please send me the draft by Friday.", "2025-09-14", "Friday") == "2025-09-19");
    CHECK(value_of("We met them on Friday.", "2025-09-14", "Friday") == "2025-09-12");
    // a third-party report of the same length stays news: "shut" may be past, the Friday just gone
    CHECK(value_of("Strikers shut the port on Friday.", "2025-09-14", "Friday") == "2025-09-12");
}
