// Merging one event across articles, end to end: texts through the extractor into a timeline.
// Three reports of one deadline that moves twice become one entry; unrelated stories that use
// the same kind word do not.
#include <doctest/doctest.h>
#include <kairos/extractor.hpp>
#include <kairos/timeline.hpp>
#include <string>
#include <string_view>

namespace {

date::sys_days day(std::string_view iso) {
    const auto b = kairos::timex::parse(iso).bounds();
    REQUIRE(b.has_value());
    return b->first_day;
}

void add(kairos::timeline& tl, std::string_view dct, std::string_view text,
         std::string_view source) {
    static const kairos::extractor ex;
    kairos::extract_options o;
    o.dct.day = day(dct);
    tl.add(ex.extract(text, o), source);
}

std::string history(const kairos::timeline_entry& x) {
    std::string out;
    for (const auto& h : x.event.history) out += (out.empty() ? "" : " ") + h.str();
    return out;
}

} // namespace

TEST_CASE("a deadline moved twice, reported in three worded-apart articles, is one entry") {
    kairos::timeline tl;
    add(tl, "2025-01-10",
        "Lumen Holdings faces a Jan. 19 deadline to sell the app, the Korvo business it bought "
        "in 2021.",
        "jan.txt");
    add(tl, "2025-06-19",
        "Regulators extended the Korvo divestment deadline to Sept. 17, giving Lumen Holdings "
        "three more months.",
        "jun.txt");
    add(tl, "2025-09-16",
        "The deadline for Lumen Holdings to divest Korvo was pushed back to Dec. 16 from Sept. 17.",
        "sep.txt");
    REQUIRE(tl.size() == 1);
    const auto& x = tl.entries().front();
    CHECK(x.event.kind == kairos::event_kind::deadline);
    CHECK(x.value().str() == "2025-12-16");
    CHECK(history(x) == "2025-01-19 2025-09-17");
    CHECK(x.sources.size() == 3);
}

TEST_CASE("two unrelated summit stories stay apart") {
    kairos::timeline tl;
    add(tl, "2025-09-14",
        "US and Chinese negotiators said summits were expected in the fourth quarter.",
        "trade.txt");
    add(tl, "2025-10-01", "World leaders will gather in Belem for the climate summit on Nov. 6.",
        "climate.txt");
    CHECK(tl.size() == 2);
    // A subject that names only the kind ("summit") never merges two sources' events.
    kairos::timeline bare;
    add(bare, "2025-09-14", "Officials said the summit would take place on Oct. 20.", "a.txt");
    add(bare, "2025-09-15", "The summit is scheduled for Nov. 3 in Lima.", "b.txt");
    CHECK(bare.size() == 2);
}

TEST_CASE("two deadlines of one company with one named party stay apart") {
    kairos::timeline tl;
    add(tl, "2025-09-14", "Halvorsen Shipping has until Oct. 1 to file its appeal.", "a.txt");
    add(tl, "2025-09-20", "Halvorsen Shipping must pay the fine by Nov. 30.", "b.txt");
    CHECK(tl.size() == 2);
}
