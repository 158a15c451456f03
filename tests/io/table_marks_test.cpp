// The table's reading aids: the as-of day in the header, the moved-date marker with its
// footnote, and the optional source column.
#include "tools.hpp"

#include <doctest/doctest.h>
#include <kairos/io/table.hpp>
#include <string>

namespace {

using kairos::event_kind;

using kairos_test::day;
using kairos_test::make;

/// The TikTok deadline set in January and moved twice, and a meeting reported once.
kairos::timeline moved() {
    kairos::timeline tl;
    tl.add(make(event_kind::deadline, "2025-01-19", "TikTok divestment"), "jan.txt",
           day("2025-01-17"));
    auto jun = make(event_kind::deadline, "2025-09-17", "TikTok divestment");
    jun.history.push_back(kairos::timex::parse("2025-01-19"));
    tl.add(jun, "jun.txt", day("2025-06-19"));
    auto sep = make(event_kind::deadline, "2025-12-16", "TikTok divestment");
    sep.history.push_back(kairos::timex::parse("2025-09-17"));
    tl.add(sep, "sep.txt", day("2025-09-16"));
    tl.add(make(event_kind::meeting, "2025-09-14", "trade talks"), "sep.txt", day("2025-09-16"));
    return tl;
}

} // namespace

TEST_CASE("a moved date is starred and its footnote lists the earlier dates") {
    const auto tl = moved();
    REQUIRE(tl.size() == 2);
    const auto table = kairos::io::to_table(tl, {.as_of = day("2025-09-20")});
    CHECK(table == "date         day  kind      subject            status on 2025-09-20\n"
                   "2025-09-14   Sun  meeting   trade talks        6 days ago\n"
                   "2025-12-16*  Tue  deadline  TikTok divestment  in 3 months\n"
                   "* moved: TikTok divestment (was 2025-01-19, 2025-09-17)\n");
}

TEST_CASE("without the header the rows stay one per entry: no header, no footnotes") {
    const auto table = kairos::io::to_table(moved(), {.as_of = day("2025-09-20"), .header = false});
    CHECK(table == "2025-09-14   Sun  meeting   trade talks        6 days ago\n"
                   "2025-12-16*  Tue  deadline  TikTok divestment  in 3 months\n");
}

TEST_CASE("the source column lists every source of an entry, cut when long") {
    const auto table = kairos::io::to_table(
        moved(), {.as_of = day("2025-09-20"), .header = false, .sources = true, .max_sources = 20});
    CHECK(table ==
          "2025-09-14   Sun  meeting   trade talks        sep.txt               6 days ago\n"
          "2025-12-16*  Tue  deadline  TikTok divestment  jan.txt, jun.txt, s…  in 3 months\n");
    const auto full = kairos::io::to_table(moved(), {.as_of = day("2025-09-20"), .sources = true});
    CHECK(full.starts_with(
        "date         day  kind      subject            source                     "
        "status on 2025-09-20\n"));
    CHECK(full.find("jan.txt, jun.txt, sep.txt  in 3 months\n") != std::string::npos);
}
