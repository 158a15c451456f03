// SVG: well-formed XML (checked by xmllint), and the parts a reader looks for.
#include "tools.hpp"

#include <doctest/doctest.h>
#include <kairos/io/svg.hpp>
#include <string>
#include <string_view>

namespace {

using kairos::event_kind;

using kairos_test::day;
using kairos_test::make;

kairos::timeline madrid() {
    kairos::timeline tl;
    const auto dct = day("2025-09-14");
    tl.add(make(event_kind::meeting, "2025-09-14", "US-China talks"), "m", dct);
    tl.add(make(event_kind::deadline, "2025-09-17", "TikTok divestment"), "m", dct);
    tl.add(make(event_kind::expiry, "2025-11", "tariff truce"), "m", dct);
    tl.add(make(event_kind::meeting, "2025-Q4", "summits"), "m", dct);
    tl.add(make(event_kind::meeting, "FUTURE_REF", "APEC meeting"), "m", dct);
    return tl;
}

std::size_t count(std::string_view hay, std::string_view needle) {
    std::size_t n = 0;
    for (auto at = hay.find(needle); at != std::string_view::npos; at = hay.find(needle, at + 1))
        ++n;
    return n;
}

bool xml_ok(const std::string& name, const std::string& svg) {
    const auto path = kairos_test::temp_file(name, svg);
    return kairos_test::run("xmllint --noout " + path.string() + " 2>/dev/null") == 0;
}

} // namespace

TEST_CASE("the SVG is well-formed XML, even for hostile subjects") {
    if (!kairos_test::have_program("xmllint")) {
        WARN_MESSAGE(false, "xmllint not installed: XML check skipped");
        return;
    }
    const auto opt = kairos::io::svg_options{.as_of = day("2025-09-14")};
    CHECK(xml_ok("madrid.svg", kairos::io::to_svg(madrid(), opt)));
    kairos::timeline hostile;
    hostile.add(make(event_kind::deadline, "2025-09-17", "<b>&amp; \"quotes\" 'x' \xff\xfe\x01"),
                "s", day("2025-09-01"));
    hostile.add(make(event_kind::meeting, "FUTURE_REF", "]]> <!-- -->"), "s", day("2025-09-01"));
    CHECK(xml_ok("hostile.svg", kairos::io::to_svg(hostile, opt)));
    // The checker can fail: an unescaped ampersand is rejected.
    CHECK_FALSE(xml_ok("broken.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\">&</svg>"));
    CHECK(xml_ok("empty.svg", kairos::io::to_svg(kairos::timeline{}, opt)));
}

TEST_CASE("the SVG draws rows, month ticks, bars, deadline markers and the as-of line") {
    const auto svg = kairos::io::to_svg(madrid(), {.as_of = day("2025-09-14"), .title = "Madrid"});
    CHECK(count(svg, "<g class=\"entry ") == 4);            // the dated entries
    CHECK(count(svg, "<g class=\"entry deadline\">") == 1); // highlighted kind
    CHECK(count(svg, "<polygon") == 1);                     // the deadline's diamond
    CHECK(count(svg, "<rect x=") == 2);                     // November and Q4 as bars
    CHECK(count(svg, "<circle") == 1);                      // the talks on one day
    for (auto month : {">2025<", ">Sep<", ">Oct<", ">Nov<", ">Dec<"}) {
        CAPTURE(month);
        CHECK(count(svg, month) == 1);
    }
    CHECK(count(svg, "as of 2025-09-14") == 1);
    CHECK(count(svg, "date unknown: meeting: APEC meeting") == 1);
    CHECK(count(svg, ">Madrid<") == 1);
    CHECK(count(svg, "<title>2025-09-17 deadline: TikTok divestment (in 3 days)</title>") == 1);
    // Rows follow timeline order.
    CHECK(svg.find("US-China talks") < svg.find("TikTok divestment"));
    CHECK(svg.find("TikTok divestment") < svg.find(">summits<"));
    CHECK(svg.find(">summits<") < svg.find("tariff truce"));
}

TEST_CASE("a long range labels every few months and marks each January with its year") {
    kairos::timeline tl;
    tl.add(make(event_kind::period, "2024", "long period"), "s", day("2024-01-01"));
    tl.add(make(event_kind::deadline, "2027-06-30", "far deadline"), "s", day("2024-01-01"));
    const auto svg = kairos::io::to_svg(tl, {.as_of = day("2025-01-15")});
    for (auto year :
         {"class=\"year\"", "bold\">2024<", "bold\">2025<", "bold\">2026<", "bold\">2027<"}) {
        CAPTURE(year);
        CHECK(count(svg, year) == (std::string_view(year).starts_with("class") ? 4u : 1u));
    }
    CHECK(count(svg, ">Jan<") == 4);
    CHECK(count(svg, ">Feb<") == 0); // 42 months of 13.6 px: one label every 3 months
    CHECK(count(svg, ">Apr<") == 4);
}

TEST_CASE("the year stands above the first labelled month of each year") {
    kairos::timeline tl;
    tl.add(make(event_kind::meeting, "2024-Q4", "summits"), "s", day("2024-10-01"));
    tl.add(make(event_kind::deadline, "2025-12-16", "TikTok divestment"), "s", day("2025-09-16"));
    const auto svg = kairos::io::to_svg(tl, {.as_of = day("2025-09-16")});
    CHECK(count(svg, ">2024<") == 1);
    CHECK(count(svg, ">2025<") == 1);
    CHECK(count(svg, ">Oct<") == 2);
}

TEST_CASE("earlier dates of a moved deadline are drawn as hollow markers") {
    kairos::timeline tl;
    auto e = make(event_kind::deadline, "2025-01-19", "TikTok divestment");
    tl.add(e, "jan", day("2025-01-17"));
    e.value = kairos::timex::parse("2025-12-16");
    e.history = {kairos::timex::parse("2025-09-17")};
    tl.add(e, "sep", day("2025-09-16"));
    REQUIRE(tl.size() == 1);
    const auto svg = kairos::io::to_svg(tl, {.as_of = day("2025-09-16")});
    CHECK(count(svg, "<circle class=\"earlier\"") == 2);
    CHECK(count(svg, "<title>earlier: 2025-01-19</title>") == 1);
    CHECK(count(svg, "<title>earlier: 2025-09-17</title>") == 1);
    CHECK(count(svg, ">Jan<") == 1); // the scale reaches back to the earliest date
}
