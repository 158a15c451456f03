// The event stage on hostile shapes: runaway sentences with huge numbers of dates and cues
// (work must stay linear, events must not copy the sentence each), and random word soups
// (never a crash; every event well formed).
#include "support.hpp"

#include <algorithm>
#include <doctest/doctest.h>
#include <kairos/link.hpp>
#include <random>
#include <string>

namespace {

// Every invariant a consumer relies on.
void check_well_formed(const kairos::document& doc) {
    for (const auto& e : doc.events) {
        CHECK(e.value.ok());
        CHECK_FALSE(e.subject.empty());
        CHECK(e.sentence.size() <= 1000);
        CHECK(std::is_sorted(e.mentions.begin(), e.mentions.end()));
        for (auto m : e.mentions) CHECK(m < doc.mentions.size());
        for (const auto& h : e.history) CHECK_FALSE(h == e.value);
    }
}

} // namespace

TEST_CASE("a runaway sentence of 50,000 dated cues stays linear and bounded") {
    // One sentence, no full stops: "deadline [Feb 1] , originally [Feb 2] , ..." — a
    // quadratic step would take minutes here; the linear stage takes well under a second.
    std::string src;
    constexpr int n = 50'000;
    for (int i = 0; i < n; ++i) {
        const int day = 1 + i % 28;
        const std::string v = "2026-02-" + std::string(day < 10 ? "0" : "") + std::to_string(day);
        src += (i % 3 == 0   ? "the deadline [Feb "
                : i % 3 == 1 ? "originally [Feb "
                             : "from [Feb ") +
               std::to_string(day) + "|" + v + "] , ";
    }
    auto doc = kairos::test::markup(src);
    REQUIRE(doc.mentions.size() == n);
    kairos::link_events(doc);
    CHECK_FALSE(doc.events.empty());
    CHECK(doc.events.size() <= static_cast<std::size_t>(n));
    check_well_formed(doc);
}

TEST_CASE("random word soups never break the stage") {
    const char* words[] = {
        "deadline",  "expires",      "until",         "from",     "to",   "by",
        "talks",     "summit",       "originally",    "extended", "the",  "fifth",
        "extension", "upcoming",     "meeting",       ",",        ";",    "said",
        "has",       "within",       "starting",      "between",  "and",  "take",
        "effect",    "\xE2\x80\x94", "\xE2\x80\x99s", "'",        "-",    "TikTok",
        "due",       "to",           "expire",        "times",    "four", "G7",
        "(0)"};
    const char* values[] = {
        "2025-09-17", "2025-11",     "2025-Q4",    "P30D",     "P3M",
        "FUTURE_REF", "PRESENT_REF", "XXXX-WXX-1", "2025-W38", "2025-09-19T17:00-04:00",
        "1998"};
    std::mt19937 rng(20250914);
    for (int round = 0; round < 300; ++round) {
        std::string src;
        const int len = static_cast<int>(rng() % 60);
        for (int i = 0; i < len; ++i) {
            if (rng() % 5 == 0)
                src += std::string("[d") + std::to_string(i) + "|" +
                       values[rng() % std::size(values)] + "] ";
            else
                src += std::string(words[rng() % std::size(words)]) + (rng() % 9 == 0 ? "\n" : " ");
        }
        auto doc = kairos::test::markup(src);
        kairos::link_events(doc);
        check_well_formed(doc);
    }
}
