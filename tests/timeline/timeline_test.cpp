// The timeline: order, queries, open events and the merge of one deadline across documents.
#include <algorithm>
#include <doctest/doctest.h>
#include <kairos/timeline.hpp>
#include <random>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace {

using kairos::event_kind;

date::sys_days day(std::string_view iso) {
    const auto b = kairos::timex::parse(iso).bounds();
    REQUIRE(b.has_value());
    return b->first_day;
}

kairos::event make(event_kind kind, std::string_view value, std::string subject,
                   std::vector<std::string_view> history = {}) {
    kairos::event e;
    e.kind = kind;
    e.value = kairos::timex::parse(value);
    REQUIRE(e.value.ok());
    e.subject = std::move(subject);
    for (auto h : history) e.history.push_back(kairos::timex::parse(h));
    return e;
}

kairos::document doc_of(std::string_view dct, std::vector<kairos::event> events) {
    kairos::document d;
    d.dct.day = day(dct);
    d.events = std::move(events);
    return d;
}

/// The values of a query, joined: "2025-09-14 2025-Q4" (readable when a check fails).
template<class R>
std::string values(R&& r) {
    std::string out;
    for (const auto& x : r) out += (out.empty() ? "" : " ") + x.value().str();
    return out;
}

template<class R>
std::string subjects(R&& r) {
    std::string out;
    for (const auto& x : r) out += (out.empty() ? "" : ", ") + x.event.subject;
    return out;
}

kairos::timeline madrid() {
    kairos::timeline tl;
    tl.add(doc_of("2025-09-14", {make(event_kind::meeting, "2025-09-14", "US-China talks"),
                                 make(event_kind::deadline, "2025-09-17", "TikTok divestment"),
                                 make(event_kind::expiry, "2025-11", "tariff truce"),
                                 make(event_kind::meeting, "2025-Q4", "summits"),
                                 make(event_kind::meeting, "FUTURE_REF", "APEC meeting")}),
           "madrid.txt");
    return tl;
}

} // namespace

TEST_CASE("entries are ordered by first day, finer grain first, then kind and subject") {
    kairos::timeline tl;
    tl.add(doc_of("2025-09-01", {make(event_kind::meeting, "2025-11", "beta summit"),
                                 make(event_kind::meeting, "2025-11-01", "beta summit"),
                                 make(event_kind::deadline, "2025-11-01T17:00", "filing"),
                                 make(event_kind::meeting, "2025-Q4", "summits"),
                                 make(event_kind::deadline, "2025-11-01", "alpha filing"),
                                 make(event_kind::meeting, "2025-11-01", "alpha summit")}),
           "s");
    CHECK(values(tl.all()) == "2025-Q4 2025-11-01T17:00 2025-11-01 2025-11-01 2025-11-01 2025-11");
    CHECK(subjects(tl.all()) ==
          "summits, filing, alpha filing, alpha summit, beta summit, beta summit");
}

TEST_CASE("events without a date are kept apart as open, never dropped") {
    const auto tl = madrid();
    CHECK(tl.size() == 5);
    CHECK(tl.all().count() == 4);
    REQUIRE(tl.open().count() == 1);
    const auto& apec = *tl.open().begin();
    CHECK(apec.event.subject == "APEC meeting");
    CHECK(apec.status(day("2025-09-14")).text == "date unknown");
}

TEST_CASE("overlapping an interval means the bounds intersect it") {
    const auto tl = madrid();
    CHECK(values(tl.overlapping(day("2025-09-15"), day("2025-10-05"))) == "2025-09-17 2025-Q4");
    CHECK(values(tl.overlapping(day("2025-11-30"), day("2025-12-05"))) == "2025-Q4 2025-11");
    CHECK(values(tl.overlapping(day("2025-09-14"), day("2025-09-14"))) == "2025-09-14");
    CHECK(values(tl.overlapping(day("2026-01-01"), day("2026-12-31"))) == "");
}

TEST_CASE("upcoming, overdue and active as of a day") {
    const auto tl = madrid();
    CHECK(values(tl.upcoming(day("2025-09-14"), date::days{7})) == "2025-09-14 2025-09-17");
    CHECK(values(tl.upcoming(day("2025-09-15"), date::days{60})) == "2025-09-17 2025-Q4 2025-11");
    CHECK(values(tl.overdue(day("2025-09-17"))).empty());
    CHECK(values(tl.overdue(day("2025-09-18"))) == "2025-09-17");
    // The truce is in force from its report (Sept 14) through the end of November.
    CHECK(values(tl.active(day("2025-09-13"))).empty());
    CHECK(values(tl.active(day("2025-10-01"))) == "2025-11");
    CHECK(values(tl.active(day("2025-12-01"))).empty());
}

TEST_CASE("queries compose with kind and subject filters") {
    const auto tl = madrid();
    CHECK(values(tl.of_kind(event_kind::meeting)) == "2025-09-14 2025-Q4");
    CHECK(values(tl.of_kind({event_kind::deadline, event_kind::expiry})) == "2025-09-17 2025-11");
    CHECK(values(tl.matching("TIKTOK")) == "2025-09-17");
    CHECK(values(tl.upcoming(day("2025-09-14"), date::days{90}) |
                 kairos::views::of_kind(event_kind::meeting) | kairos::views::matching("talk")) ==
          "2025-09-14");
}

TEST_CASE("one deadline reported by three articles is one entry with its revisions") {
    const auto jan =
        doc_of("2025-01-17", {make(event_kind::deadline, "2025-01-19", "TikTok divestment")});
    const auto jun = doc_of("2025-06-19", {make(event_kind::deadline, "2025-09-17",
                                                "TikTok divestment deadline", {"2025-06-19"})});
    const auto sep =
        doc_of("2025-09-16",
               {make(event_kind::deadline, "2025-12-16", "divestment of TikTok", {"2025-09-17"})});
    const std::vector<std::pair<const kairos::document*, std::string>> in_order{
        {&jan, "jan.txt"}, {&jun, "jun.txt"}, {&sep, "sep.txt"}};
    auto shuffled = in_order;
    std::swap(shuffled[0], shuffled[2]); // the newest first: the outcome must not change

    for (const auto& docs : {in_order, shuffled}) {
        kairos::timeline tl;
        for (const auto& [d, src] : docs) tl.add(*d, src);
        REQUIRE(tl.size() == 1);
        const auto& x = tl.entries().front();
        CHECK(x.value().str() == "2025-12-16");
        CHECK(x.sources == std::vector<std::string>{"jan.txt", "jun.txt", "sep.txt"});
        REQUIRE(x.revisions.size() == 3);
        CHECK(x.revisions[0] ==
              kairos::revision{kairos::timex::parse("2025-01-19"), "jan.txt", day("2025-01-17")});
        CHECK(x.revisions[1] ==
              kairos::revision{kairos::timex::parse("2025-09-17"), "jun.txt", day("2025-06-19")});
        CHECK(x.revisions[2] ==
              kairos::revision{kairos::timex::parse("2025-12-16"), "sep.txt", day("2025-09-16")});
        std::string history;
        for (const auto& h : x.event.history) history += (history.empty() ? "" : " ") + h.str();
        CHECK(history == "2025-01-19 2025-06-19 2025-09-17");
        CHECK(x.status(day("2025-09-20")).text == "in 3 months");
    }
}

TEST_CASE("different deadlines that share a month stay apart") {
    kairos::timeline tl;
    tl.add(doc_of("2025-09-01", {make(event_kind::deadline, "2025-09-17", "TikTok divestment")}),
           "a");
    tl.add(doc_of("2025-09-02", {make(event_kind::deadline, "2025-09-30", "EU steel quota")}), "b");
    tl.add(doc_of("2025-09-03", {make(event_kind::deadline, "2025-09-05", "steel safeguard")}),
           "c");
    tl.add(doc_of("2025-09-03", {make(event_kind::expiry, "2025-09-17", "TikTok divestment")}),
           "d");
    CHECK(tl.size() == 4);
}

TEST_CASE("one document giving two dates for one subject describes two events") {
    kairos::timeline tl;
    tl.add(doc_of("2025-09-01", {make(event_kind::deadline, "2025-10-01", "tariff filing"),
                                 make(event_kind::deadline, "2025-11-01", "tariff filing")}),
           "a");
    CHECK(tl.size() == 2);
    // The same report twice is one entry with one revision.
    tl.add(doc_of("2025-09-01", {make(event_kind::deadline, "2025-10-01", "tariff filing")}), "a");
    CHECK(tl.size() == 2);
    CHECK(tl.entries().front().revisions.size() == 1);
}

TEST_CASE("keep_apart never merges") {
    kairos::timeline tl;
    const auto d = doc_of("2025-09-01", {make(event_kind::deadline, "2025-10-01", "x filing")});
    tl.add(d, "a", kairos::merge_policy::keep_apart);
    tl.add(d, "b", kairos::merge_policy::keep_apart);
    CHECK(tl.size() == 2);
}

TEST_CASE("range queries agree with a scan over random timelines") {
    std::mt19937 rng(12345);
    const auto base = day("2020-01-01");
    std::uniform_int_distribution<int> start(0, 3000);
    std::uniform_int_distribution<int> shape(0, 9);
    kairos::timeline tl;
    for (int i = 0; i < 2000; ++i) {
        const date::year_month_day ymd{base + date::days{start(rng)}};
        kairos::event e;
        e.kind = static_cast<event_kind>(i % 6);
        const int y = static_cast<int>(ymd.year());
        const auto m = static_cast<int>(static_cast<unsigned>(ymd.month()));
        const auto dd = static_cast<int>(static_cast<unsigned>(ymd.day()));
        switch (shape(rng)) {
        case 0:
            e.value = kairos::timex::year(y);
            break;
        case 1:
            e.value = kairos::timex::quarter(y, (m + 2) / 3);
            break;
        case 2:
        case 3:
            e.value = kairos::timex::month(y, m);
            break;
        case 4:
            e.value = kairos::timex::reference(kairos::reference::future);
            break;
        default:
            e.value = kairos::timex::day(y, m, dd);
            break;
        }
        e.subject = "subject " + std::to_string(i);
        tl.add(e, "gen", base, kairos::merge_policy::keep_apart);
    }
    for (int q = 0; q < 200; ++q) {
        const auto a = base + date::days{start(rng)};
        const auto b = a + date::days{shape(rng) * 20};
        std::vector<const kairos::timeline_entry*> expected;
        for (const auto& x : tl.all())
            if (x.bounds->first_day <= b && x.bounds->last_day >= a) expected.push_back(&x);
        std::vector<const kairos::timeline_entry*> got;
        for (const auto& x : tl.overlapping(a, b)) got.push_back(&x);
        CHECK(got == expected);

        std::size_t overdue = 0;
        for (const auto& x : tl.all())
            overdue += x.event.kind == event_kind::deadline && x.bounds->last_day < a;
        CHECK(tl.overdue(a).count() == overdue);
    }
    // Timeline order is non-decreasing in first day.
    date::sys_days prev = date::sys_days::min();
    for (const auto& x : tl.all()) {
        CHECK(x.bounds->first_day >= prev);
        prev = x.bounds->first_day;
    }
}

TEST_CASE("active and upcoming agree with a scan when reports come days to months ahead") {
    std::mt19937 rng(777);
    const auto base = day("2020-01-01");
    std::uniform_int_distribution<int> start(0, 2000);
    std::uniform_int_distribution<int> lead(0, 90);
    std::uniform_int_distribution<int> kind(0, 5);
    kairos::timeline tl;
    for (int i = 0; i < 3000; ++i) {
        const auto first = base + date::days{start(rng)};
        const date::year_month_day ymd{first};
        kairos::event e;
        e.kind = static_cast<event_kind>(kind(rng));
        const int y = static_cast<int>(ymd.year());
        const auto m = static_cast<int>(static_cast<unsigned>(ymd.month()));
        e.value = i % 3 == 0 ? kairos::timex::month(y, m)
                             : kairos::timex::day(y, m, static_cast<int>(unsigned(ymd.day())));
        e.subject = "subject " + std::to_string(i);
        tl.add(e, "gen", first - date::days{lead(rng)}, kairos::merge_policy::keep_apart);
    }
    for (int q = 0; q < 300; ++q) {
        const auto as_of = base + date::days{start(rng)};
        std::vector<const kairos::timeline_entry*> expected;
        for (const auto& x : tl.all()) {
            const auto& b = *x.bounds;
            const bool in_force = x.event.kind == event_kind::period
                                      ? b.first_day <= as_of && as_of <= b.last_day
                                      : x.event.kind == event_kind::expiry &&
                                            x.first_reported() <= as_of && as_of <= b.last_day;
            if (in_force) expected.push_back(&x);
        }
        std::vector<const kairos::timeline_entry*> got;
        for (const auto& x : tl.active(as_of)) got.push_back(&x);
        CHECK(got == expected);

        std::vector<const kairos::timeline_entry*> ahead;
        for (const auto& x : tl.all()) {
            const auto& b = *x.bounds;
            if (b.last_day >= as_of && b.first_day <= as_of + date::days{30} &&
                (b.first_day >= as_of || x.event.kind == event_kind::deadline))
                ahead.push_back(&x);
        }
        got.clear();
        for (const auto& x : tl.upcoming(as_of, date::days{30})) got.push_back(&x);
        CHECK(got == ahead);
    }
}

TEST_CASE("the merge lookup finds the right entry among many that share words and dates") {
    kairos::timeline tl;
    const auto dct = day("2025-09-01");
    for (int i = 0; i < 3000; ++i)
        tl.add(make(event_kind::deadline, "2025-09-17",
                    "divestment a" + std::to_string(i) + " b" + std::to_string(i)),
               "bulk", dct);
    REQUIRE(tl.size() == 3000);
    tl.add(make(event_kind::deadline, "2025-09-17", "TikTok divestment"), "a", dct);
    // Near-identical subject, new source, new date: a revision of the TikTok entry only.
    tl.add(make(event_kind::deadline, "2025-12-16", "divestment of TikTok"), "b",
           day("2025-09-16"));
    CHECK(tl.size() == 3001);
    CHECK(values(tl.matching("tiktok")) == "2025-12-16");
    // Four tokens: three of them must match (similarity >= 0.75 needs 3 of 4 shared).
    tl.add(make(event_kind::expiry, "2025-11", "EU steel import quota"), "c", dct);
    tl.add(make(event_kind::expiry, "2026-02", "EU steel import quotas"), "d", day("2025-10-01"));
    tl.add(make(event_kind::expiry, "2026-06", "EU aluminium import rules"), "e",
           day("2025-10-02"));
    CHECK(values(tl.of_kind(event_kind::expiry)) == "2026-02 2026-06");
}

TEST_CASE("entries added with keep_apart are never merge targets later") {
    kairos::timeline tl;
    tl.add(make(event_kind::deadline, "2025-09-17", "TikTok divestment"), "a", day("2025-09-01"),
           kairos::merge_policy::keep_apart);
    tl.add(make(event_kind::deadline, "2025-09-17", "TikTok divestment"), "b", day("2025-09-02"));
    CHECK(tl.size() == 2);
}

TEST_CASE("views can be iterated as temporaries, composed, and used with std algorithms") {
    const auto tl = madrid();
    CHECK(tl.all().begin()->value().str() == "2025-09-14");
    const auto v = tl.all() | kairos::views::where([](const kairos::timeline_entry& x) {
                       return x.bounds->first_day == x.bounds->last_day;
                   });
    CHECK(std::count_if(v.begin(), v.end(), [](const kairos::timeline_entry& x) {
              return x.event.kind == event_kind::deadline;
          }) == 1);
    static_assert(std::forward_iterator<kairos::entry_view::iterator>);
    CHECK(std::ranges::distance(v) == 2);
    CHECK(tl.overdue(day("2025-09-14")).empty());
    CHECK(values(tl.all() | kairos::views::from_source("madrid.txt") |
                 kairos::views::overlapping(day("2025-11-15"), day("2025-11-15"))) ==
          "2025-Q4 2025-11");
}

TEST_CASE("a copy is independent and answers the same queries") {
    auto tl = madrid();
    (void)tl.all(); // build the index, then copy
    kairos::timeline copy = tl;
    tl.add(make(event_kind::deadline, "2025-09-20", "new filing"), "x", day("2025-09-15"));
    CHECK(values(copy.all()) == "2025-09-14 2025-09-17 2025-Q4 2025-11");
    CHECK(values(tl.all()) == "2025-09-14 2025-09-17 2025-09-20 2025-Q4 2025-11");
    CHECK_FALSE(copy == tl);
    kairos::timeline moved = std::move(copy);
    CHECK(values(moved.all()) == "2025-09-14 2025-09-17 2025-Q4 2025-11");
}

TEST_SUITE("concurrency") {
    TEST_CASE("concurrent queries on an unchanging timeline agree (the lazy index is built once)") {
        kairos::timeline tl;
        for (int i = 0; i < 5000; ++i)
            tl.add(make(static_cast<event_kind>(i % 6),
                        "2025-" + std::string(i % 12 < 9 ? "0" : "") + std::to_string(i % 12 + 1),
                        "subject " + std::to_string(i)),
                   "s", day("2025-01-01"), kairos::merge_policy::keep_apart);
        std::vector<std::size_t> counts(8);
        std::vector<std::thread> threads;
        for (std::size_t t = 0; t < counts.size(); ++t)
            threads.emplace_back([&, t] {
                counts[t] = tl.overlapping(day("2025-03-01"), day("2025-04-30")).count() +
                            tl.upcoming(day("2025-06-01"), date::days{60}).count();
            });
        for (auto& th : threads) th.join();
        for (auto c : counts) CHECK(c == counts.front());
        CHECK(counts.front() > 0);
    }
}
