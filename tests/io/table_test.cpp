// The terminal table and the fmt formatters: what a user reads on screen.
#include "tools.hpp"

#include <doctest/doctest.h>
#include <kairos/fmt_timeline.hpp>
#include <kairos/io/table.hpp>
#include <string>
#include <string_view>

namespace {

using kairos::event_kind;

using kairos_test::day;
using kairos_test::make;

kairos::timeline madrid() {
    kairos::timeline tl;
    const auto dct = day("2025-09-14");
    tl.add(make(event_kind::meeting, "FUTURE_REF", "APEC meeting"), "m", dct);
    tl.add(make(event_kind::expiry, "2025-11", "tariff truce"), "m", dct);
    tl.add(make(event_kind::deadline, "2025-09-17", "TikTok divestment"), "m", dct);
    tl.add(make(event_kind::meeting, "2025-09-14", "US–China talks in Zürich"), "m", dct);
    tl.add(make(event_kind::meeting, "2025-Q4", "summits"), "m", dct);
    return tl;
}

} // namespace

TEST_CASE("the table lists date, weekday, kind, subject and status, open entries last") {
    const auto table = kairos::io::to_table(madrid(), {.as_of = day("2025-09-14")});
    CHECK(table == "date        day  kind      subject                   status on 2025-09-14\n"
                   "2025-09-14  Sun  meeting   US–China talks in Zürich  today\n"
                   "2025-09-17  Wed  deadline  TikTok divestment         in 3 days\n"
                   "2025-Q4          meeting   summits                   in 1–4 months\n"
                   "2025-11          expiry    tariff truce              in 2–3 months\n"
                   "unknown          meeting   APEC meeting              date unknown\n");
}

TEST_CASE("the status column follows the as-of day") {
    const auto table =
        kairos::io::to_table(madrid(), {.as_of = day("2025-09-22"), .header = false});
    CHECK(table.find("TikTok divestment         passed 5 days ago\n") != std::string::npos);
    CHECK(table.find("US–China talks in Zürich  8 days ago\n") != std::string::npos);
}

TEST_CASE("colour only when asked") {
    const auto tl = madrid();
    const auto plain = kairos::io::to_table(tl, {.as_of = day("2025-09-22")});
    CHECK(plain.find('\x1b') == std::string::npos);
    const auto coloured = kairos::io::to_table(tl, {.as_of = day("2025-09-22"), .color = true});
    CHECK(coloured.find("\x1b[31mpassed 5 days ago\x1b[0m") != std::string::npos);
    CHECK(coloured.find("\x1b[35mdate unknown\x1b[0m") != std::string::npos);
}

TEST_CASE("a query result can be tabled; long subjects are cut by display width") {
    kairos::timeline tl;
    tl.add(make(event_kind::deadline, "2025-09-17", std::string(30, 'x') + "日本語テキスト"), "s",
           day("2025-09-01"));
    tl.add(make(event_kind::meeting, "2025-09-18", "talks"), "s", day("2025-09-01"));
    const auto table =
        kairos::io::to_table(tl.of_kind(event_kind::deadline),
                             {.as_of = day("2025-09-01"), .header = false, .max_subject = 36});
    CHECK(table == "2025-09-17  Wed  deadline  " + std::string(30, 'x') + "日本…  in 16 days\n");
}

TEST_CASE("fmt prints entries and statuses") {
    const auto tl = madrid();
    auto deadlines = tl.of_kind(event_kind::deadline);
    const auto& deadline = *deadlines.begin();
    CHECK(fmt::format("{}", deadline) == "2025-09-17 deadline: TikTok divestment");
    CHECK(fmt::format("[{:>12}]", deadline.status(day("2025-09-14"))) == "[   in 3 days]");
    CHECK(fmt::format("{}", kairos::status_kind::overdue) == "overdue");
}
