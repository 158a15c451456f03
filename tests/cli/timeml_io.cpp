// kairos/io/timeml.hpp: the reader follows the evaluation's tml_io.read_doc exactly (plain text,
// DCT, gold TIMEX3 extents as byte offsets); the writer's output reads back to the same text.
#include <doctest/doctest.h>
#include <kairos/io/timeml.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace {

using kairos::io::parse_timeml;
using kairos::io::timeml_timex;
using kairos::io::write_timeml;

std::string text_of(std::string_view markup) {
    auto doc = parse_timeml(markup);
    REQUIRE_MESSAGE(doc.has_value(), (doc ? "" : doc.err().message));
    return doc->text;
}

std::string wrap(std::string_view body) {
    return "<TimeML><TEXT>" + std::string(body) + "</TEXT></TimeML>";
}

} // namespace

TEST_CASE("plain text: tags stripped, references decoded, line ends normalised") {
    struct row {
        std::string_view body, text;
    };
    const row rows[] = {
        {"a <EVENT eid=\"e1\">b</EVENT> c", "a b c"},
        {"&amp; &lt; &gt; &quot; &apos;", "& < > \" '"},
        {"&#65;&#x42;&#X43;", "ABC"},
        {"&#0; &#1114112; &#xZZ; &bogus; & alone", "&#0; &#1114112; &#xZZ; &bogus; & alone"},
        {"&#233;t&#xE9;", "\xC3\xA9t\xC3\xA9"},
        {"x<!-- a <comment> -->y", "xy"},
        {"x<![CDATA[ <b> ]]>y", "xy"},
        {"one\r\ntwo\rthree\n", "one\ntwo\nthree\n"},
        {"bad \xFF byte, cut \xE2\x82", "bad \xEF\xBF\xBD byte, cut \xEF\xBF\xBD"},
        {"\xED\xA0\x80 surrogate", "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD surrogate"},
        {"a > b", "a > b"},
    };
    for (const auto& r : rows) {
        CAPTURE(r.body);
        CHECK(text_of(wrap(r.body)) == r.text);
    }
}

TEST_CASE("the DCT is the first CREATION_TIME TIMEX3, wherever it is") {
    auto doc = parse_timeml(
        "<TimeML><DCT><TIMEX3 tid='t0' value=\"1998-03-03T10:00\" "
        "functionInDocument=' creation_time '>x</TIMEX3></DCT><TEXT>a</TEXT></TimeML>");
    REQUIRE(doc.has_value());
    CHECK(doc->dct == "1998-03-03T10:00");
    CHECK_FALSE(parse_timeml(wrap("no date"))->dct.has_value());
}

TEST_CASE("gold TIMEX3 extents are byte offsets; empty, nested and DCT ones are left out") {
    auto doc = parse_timeml(wrap("\xC3\xA9 <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2025-09\" "
                                 "mod=\"END\">late &amp; September</TIMEX3> "
                                 "<TIMEX3 type=\"DATE\" value=\"x\"/> "
                                 "<TIMEX3 type=\"DATE\" value=\"y\"></TIMEX3>"));
    REQUIRE(doc.has_value());
    REQUIRE(doc->timexes.size() == 1);
    const auto& t = doc->timexes[0];
    CHECK(t == timeml_timex{3, 19, "DATE", "2025-09", "END"});
    CHECK(doc->text.substr(t.begin, t.end - t.begin) == "late & September");
}

TEST_CASE("malformed TimeML is an error that names the problem") {
    struct row {
        std::string_view markup, message;
    };
    const row rows[] = {
        {"<TimeML>no text</TimeML>", "no <TEXT> element"},
        {"<TimeML><TEXT>never closed", "<TEXT> is never closed"},
        {"<TimeML><TEXT>a < b</TEXT></TimeML>", "a '<' that starts no tag"},
    };
    for (const auto& r : rows) {
        auto doc = parse_timeml(r.markup);
        REQUIRE_FALSE(doc.has_value());
        CHECK(doc.err().code == kairos::errc::parse_error);
        CHECK(doc.err().message.find(r.message) != std::string::npos);
    }
    CHECK(text_of("<TimeML><TEXT/></TimeML>").empty());
}

TEST_CASE("written TimeML reads back to the same text, DCT and extents") {
    const std::string text = "Tom & Jerry <3\r\nmet on May 5, 2021 \xC3\xA9t\xC3\xA9.";
    const std::vector<timeml_timex> timexes = {{23, 34, "DATE", "2021-05-05", ""},
                                               {35, 41, "DATE", "XXXX-SU", "APPROX"}};
    auto out = write_timeml(text, timexes, "2023-01-01T09:30");
    REQUIRE(out.has_value());
    CHECK(out->find("mod=\"APPROX\"") != std::string::npos);
    CHECK(out->find("type=\"TIME\" value=\"2023-01-01T09:30\"") != std::string::npos);
    auto back = parse_timeml(*out);
    REQUIRE(back.has_value());
    CHECK(back->text == text);
    CHECK(back->dct == "2023-01-01T09:30");
    CHECK(back->timexes == timexes);
}

TEST_CASE("the writer refuses extents it cannot write") {
    const std::string text = "caf\xC3\xA9 on May 5";
    const std::vector<std::vector<timeml_timex>> bad = {
        {{9, 9, "DATE", "x", ""}},                             // empty
        {{9, 99, "DATE", "x", ""}},                            // past the end
        {{4, 5, "DATE", "x", ""}},                             // inside a UTF-8 sequence
        {{9, 14, "DATE", "x", ""}, {12, 14, "DATE", "y", ""}}, // overlapping
    };
    for (const auto& spans : bad) {
        auto out = write_timeml(text, spans);
        REQUIRE_FALSE(out.has_value());
        CHECK(out.err().message.find("TIMEX3 extent") != std::string::npos);
    }
}
