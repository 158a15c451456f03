// SVG: well-formed XML (checked by xmllint), and the parts a reader looks for.
#include "tools.hpp"

#include <algorithm>
#include <doctest/doctest.h>
#include <kairos/io/svg.hpp>
#include <string>
#include <string_view>
#include <vector>

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
    CHECK(count(svg, "<polygon class=\"deadline\"") == 1);  // the deadline's diamond
    CHECK(count(svg, "<rect class=\"bar\"") == 2);          // November and Q4 as bars
    CHECK(count(svg, "<circle class=\"day\"") == 1);        // the talks on one day
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
    // The axis follows the current date, not every date the entry had: January sits at the
    // left edge of an axis that starts in September.
    CHECK(count(svg, ">Jan<") == 0);
    CHECK(count(svg, ">Sep<") == 1);
    CHECK(count(svg, "<circle class=\"earlier\" cx=\"370.0\"") == 1);
}

namespace {

/// The `<text>` contents of the SVG, in document order.
std::vector<std::string> texts(std::string_view svg) {
    std::vector<std::string> out;
    for (auto at = svg.find("<text"); at != std::string_view::npos;
         at = svg.find("<text", at + 1)) {
        const auto open = svg.find('>', at) + 1;
        out.emplace_back(svg.substr(open, svg.find("</text>", open) - open));
    }
    return out;
}

bool has(const std::vector<std::string>& v, std::string_view s) {
    return std::find(v.begin(), v.end(), s) != v.end();
}

} // namespace

TEST_CASE("the axis spans the window asked for; an entry outside it sits at the edge, dated") {
    auto tl = madrid();
    tl.add(make(event_kind::deadline, "2030-01-15", "far-off review"), "m", day("2025-09-14"));
    const auto svg = kairos::io::to_svg(
        tl, {.as_of = day("2025-09-14"), .from = day("2025-09-01"), .to = day("2025-10-31")});
    const auto t = texts(svg);
    CHECK(has(t, "Sep"));
    CHECK(has(t, "Oct"));
    CHECK_FALSE(has(t, "Nov")); // entries after the window do not widen it
    CHECK_FALSE(has(t, "2030"));
    CHECK(count(svg, "<polygon class=\"outside\"") == 2); // the November truce and the review
    CHECK(has(t, "2025-11 \u2192"));
    CHECK(has(t, "Jan 15, 2030 \u2192")); // at the right edge, its date written
    // Without a window the axis reaches every current date.
    const auto all = texts(kairos::io::to_svg(tl, {.as_of = day("2025-09-14")}));
    CHECK(has(all, "Jan 15, 2030"));
    CHECK_FALSE(has(all, "Jan 15, 2030 \u2192"));
}

TEST_CASE("a window of a few weeks has day ticks") {
    const auto svg = kairos::io::to_svg(
        madrid(), {.as_of = day("2025-09-14"), .from = day("2025-09-10"), .to = day("2025-09-30")});
    const auto t = texts(svg);
    CHECK(has(t, "Sep 10"));
    CHECK_FALSE(has(t, "Oct"));
    CHECK(svg.find("stroke-dasharray") != std::string::npos); // the as-of day is inside
}

TEST_CASE("colours follow the kind, and the legend names the kinds drawn") {
    const auto svg = kairos::io::to_svg(madrid(), {.as_of = day("2025-09-14")});
    const auto legend = svg.substr(svg.find("<g class=\"legend\">"));
    const auto l = texts(legend.substr(0, legend.find("</g>")));
    CHECK(l == std::vector<std::string>{"deadline", "expiry", "meeting",
                                        "hollow: over by the as-of day"});
    const auto truce = svg.substr(svg.find("<g class=\"entry expiry\">"));
    CHECK(truce.substr(0, truce.find("</g>")).find("stroke=\"#ff7f0e\"") != std::string::npos);
    const auto talks = svg.substr(svg.find("<g class=\"entry meeting\">"));
    CHECK(talks.substr(0, talks.find("</g>")).find("fill=\"#1f77b4\"") != std::string::npos);
}

TEST_CASE("a passed deadline is hollow and grey, an upcoming one solid red") {
    kairos::timeline tl;
    tl.add(make(event_kind::deadline, "2025-09-10", "filing"), "s", day("2025-09-01"));
    tl.add(make(event_kind::deadline, "2025-09-25", "vote"), "s", day("2025-09-01"));
    const auto svg = kairos::io::to_svg(tl, {.as_of = day("2025-09-14")});
    const auto past = svg.substr(svg.find("<g class=\"entry deadline past\">"));
    const auto next = svg.substr(svg.find("<g class=\"entry deadline\">"));
    CHECK(past.find(">filing<") < past.find("</g>"));
    CHECK(next.find(">vote<") < next.find("</g>"));
    CHECK(past.find("<polygon class=\"deadline\"") < past.find("</g>"));
    CHECK(past.find("fill=\"white\" stroke=\"#d62728\"") < past.find("</g>"));
    CHECK(next.find("fill=\"#d62728\" stroke=\"#d62728\"") < next.find("</g>"));
    CHECK(past.find("fill=\"#999\"") < past.find("</g>"));
}

TEST_CASE("row labels carry the year only when the axis spans years") {
    kairos::timeline tl;
    tl.add(make(event_kind::deadline, "2025-12-16", "TikTok divestment"), "s", day("2025-09-16"));
    CHECK(has(texts(kairos::io::to_svg(tl, {.as_of = day("2025-09-16")})), "Dec 16"));
    tl.add(make(event_kind::meeting, "2026-02-03", "summit"), "s", day("2025-09-16"));
    const auto t = texts(kairos::io::to_svg(tl, {.as_of = day("2025-09-16")}));
    CHECK(has(t, "Dec 16, 2025"));
    CHECK(has(t, "Feb 3, 2026"));
}

TEST_CASE("a narrow or nonsensical width still gives a whole picture") {
    for (const int width : {480, 320, 0, -5}) {
        CAPTURE(width);
        const auto svg = kairos::io::to_svg(madrid(), {.as_of = day("2025-09-14"), .width = width});
        CHECK(svg.find("width=\"" + std::to_string(std::max(width, 320)) + "\"") !=
              std::string::npos);
        CHECK(count(svg, "<g class=\"entry ") == 4);
        if (kairos_test::have_program("xmllint")) CHECK(xml_ok("narrow.svg", svg));
    }
}

TEST_CASE("title and width are the caller's; long subjects are cut to the label column") {
    kairos::timeline tl;
    tl.add(make(event_kind::meeting, "2025-09-20", std::string(80, 'x')), "s", day("2025-09-16"));
    const auto svg = kairos::io::to_svg(
        tl, {.as_of = day("2025-09-16"), .width = 1400, .title = "Trade & tariffs"});
    CHECK(svg.find("width=\"1400\"") != std::string::npos);
    CHECK(has(texts(svg), "Trade &amp; tariffs"));
    CHECK(svg.find(">" + std::string(80, 'x') + "<") == std::string::npos);
    CHECK(svg.find(std::string(20, 'x') + "\u2026<") != std::string::npos);
    CHECK(svg.find("meeting: " + std::string(80, 'x')) != std::string::npos); // in the tooltip
}
