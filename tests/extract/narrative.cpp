// Narrative text (issue 17, construction 8): with text_kind::narrative, years, seasons and
// months the text leaves open follow the last date the story stated, not the DCT.
#include "run.hpp"

#include <doctest/doctest.h>
#include <kairos/extractor.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace {

struct expect {
    std::string_view extent;
    std::string_view value;
};

std::vector<std::pair<std::string, std::string>> mentions(std::string_view text,
                                                          kairos::text_kind kind) {
    kairos::extract_options o;
    o.dct = *kairos::parse_anchor("2024-05-01");
    o.link_events = false;
    o.doc_type = kind;
    std::vector<std::pair<std::string, std::string>> out;
    for (const auto& m : kairos::test::engine().extract(text, o).mentions)
        out.emplace_back(m.text, m.value.str());
    return out;
}

void check_story(std::string_view text, std::initializer_list<expect> want) {
    CAPTURE(text);
    const auto got = mentions(text, kairos::text_kind::narrative);
    for (const expect& e : want) {
        CAPTURE(e.extent);
        std::string value = "(none)";
        for (const auto& [t, v] : got)
            if (t == e.extent) value = v;
        CHECK(value == e.value);
    }
}

} // namespace

TEST_CASE("a war history: open seasons and years follow the story") {
    check_story("The division landed in Sicily in July 1943. That autumn it fought its way up the "
                "peninsula, and in the spring it was still short of Rome. By late 1944 it had "
                "reached the mountains; the following year the war in Italy ended.",
                {{"July 1943", "1943-07"},
                 {"That autumn", "1943-FA"},
                 {"the spring", "1943-SP"},
                 {"late 1944", "1944"},
                 {"the following year", "1945"}});
}

TEST_CASE("a nineteenth-century history: open months follow the story's month") {
    check_story("The war began in April 1861. In July the armies met near the creek, and by "
                "December both sides had gone into winter camps. The 1860s changed the country "
                "more than any decade of the 19th century.",
                {{"April 1861", "1861-04"},
                 {"July", "1861-07"},
                 {"December", "1861-12"},
                 {"The 1860s", "186"},
                 {"the 19th century", "18"}});
}

TEST_CASE("a biography: each stated year moves the story on") {
    check_story("She was born in Warsaw in 1867. In 1891 she moved to Paris, and that winter she "
                "lived on bread and tea. She married in July 1895; in September the couple "
                "toured the coast, and the next year she began her thesis.",
                {{"1867", "1867"},
                 {"1891", "1891"},
                 {"that winter", "1891-WI"},
                 {"July 1895", "1895-07"},
                 {"September", "1895-09"},
                 {"the next year", "1896"}});
}

TEST_CASE("news text keeps open months near the DCT") {
    const auto got =
        mentions("The war began in April 1861. In July the armies met.", kairos::text_kind::news);
    REQUIRE(got.size() == 2);
    CHECK(got[1].second == "2023-07"); // the July before the DCT, as a news story means it
}
