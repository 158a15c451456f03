// Eras and dashes (issue 17): years before Christ as TIMEX3 writes them ("BC0044"), AD/CE years,
// and ranges joined by an en or em dash read as with a hyphen. The values of each construction
// are rows of cases.hpp; these are the behaviours around them.
#include "run.hpp"

#include <doctest/doctest.h>
#include <kairos/extractor.hpp>
#include <kairos/io/timeml.hpp>
#include <kairos/timex.hpp>
#include <string>

using kairos::test::listed;
using kairos::test::run;

namespace {

std::string values(const kairos::document& doc) {
    std::string out;
    for (const auto& m : doc.mentions) out += m.text + "=" + m.value.str() + ";";
    return out;
}

} // namespace

TEST_CASE("a BC value reads, prints and bounds as a year before 1 AD") {
    const auto t = kairos::timex::parse("BC0044");
    REQUIRE(t.ok());
    CHECK(t.is_bc());
    CHECK(t.str() == "BC0044");
    CHECK_FALSE(t.year().has_value()); // no caller takes 44 BC for AD 44
    const auto b = t.bounds();
    REQUIRE(b.has_value());
    CHECK(date::year_month_day{b->first_day} ==
          date::year_month_day{date::year{-43} / date::January / 1});
    const auto century = kairos::timex::parse("BC04"); // the 5th century BC: 499 to 400 BC
    REQUIRE(century.ok());
    REQUIRE(century.bounds().has_value());
    CHECK(date::year_month_day{century.bounds()->first_day}.year() == date::year{-498});
    CHECK(date::year_month_day{century.bounds()->last_day}.year() == date::year{-399});
    CHECK_FALSE(kairos::timex::parse("0044").is_bc());
}

TEST_CASE("TimeML writes a BC year with the BC prefix") {
    const auto doc = run("Caesar crossed the Rubicon in 49 BC.", "2025-09-17");
    const auto xml = kairos::io::write_timeml(doc.text, kairos::io::timexes_of(doc));
    REQUIRE(xml.has_value());
    CHECK(xml->find("value=\"BC0049\">49 BC</TIMEX3>") != std::string::npos);
}

TEST_CASE("era letters are capitals next to a number") {
    CHECK(values(run("She moved to Vancouver, BC, in 2010.", "2025-09-17")) == "2010=2010;");
    CHECK(values(run("They ran the ad 30 times in 2019.", "2025-09-17")) == "2019=2019;");
    CHECK(values(run("Rome fell to the Goths in 410 ad", "2025-09-17")).empty());
}

TEST_CASE("a BC year does not become the year a narrative is at") {
    kairos::extract_options o = kairos::test::no_events();
    o.doc_type = kairos::text_kind::narrative;
    const auto doc = run("The city was sacked in 146 BC. In 1943 it was bombed.", "2025-09-17", o);
    CAPTURE(listed(doc));
    CHECK(values(doc) == "146 BC=BC0146;1943=1943;");
}

TEST_CASE("a dash range keeps each end's text in TimeML, dash and all") {
    const auto doc = run("The festival runs July 13\u201315 in the old town.", "2025-06-01");
    const auto xml = kairos::io::write_timeml(doc.text, kairos::io::timexes_of(doc));
    REQUIRE(xml.has_value());
    CHECK(xml->find(">July 13</TIMEX3>\u2013<TIMEX3") != std::string::npos);
    CHECK(xml->find("value=\"2025-07-15\">15</TIMEX3>") != std::string::npos);
}

TEST_CASE("an em dash between clauses joins nothing") {
    CHECK(values(run("The war\u2014which began in 1939\u2014ended in 1945.", "2025-09-17")) ==
          "1939=1939;1945=1945;");
}

TEST_CASE("page and model numbers joined by a dash are no dates") {
    // "pages 13-15" is a count of pages, never tagged, with a hyphen or a dash alike
    CHECK(run("See pages 13\u201315 of the report.", "2025-09-17").mentions.empty());
    CHECK(run("See pages 13-15 of the report.", "2025-09-17").mentions.empty());
    CHECK(run("Boeing 747\u2013400 jets were grounded.", "2025-09-17").mentions.empty());
}
