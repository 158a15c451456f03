// Merging at scale: the merge index (kairos/timeline/merge_index.hpp) finds exactly the entry a
// comparison with every entry finds, and the number of entries it compares grows about
// linearly with the reports added — counted, never timed.
#include <cstddef>
#include <doctest/doctest.h>
#include <kairos/timeline.hpp>
#include <optional>
#include <random>
#include <string>
#include <vector>

namespace {

using kairos::event_kind;

// Unoptimized builds run a tenth of the sizes (the ratio is what is checked).
#ifdef NDEBUG
constexpr std::size_t scale = 10;
#else
constexpr std::size_t scale = 1;
#endif

constexpr const char* common_words[] = {"merger",  "tariff", "filing", "review",
                                        "license", "sale",   "truce",  "quota"};

/// Report i of n: about half the reports name a thing named before (so they merge), each
/// subject is a name plus one or two words many subjects share, on `dates` different days.
kairos::event report(std::mt19937& rng, std::size_t n, int dates) {
    const auto thing = std::uniform_int_distribution<std::size_t>(0, n / 2)(rng);
    kairos::event e;
    e.kind = thing % 5 == 0 ? event_kind::expiry : event_kind::deadline;
    e.subject = "Acme" + std::to_string(thing) + " " + common_words[thing % 8];
    if (thing % 3 == 0) e.subject += std::string(" ") + common_words[(thing / 8) % 8];
    const auto first = date::sys_days{date::year{2025} / 1 / 1};
    const auto d = first + date::days{static_cast<int>(thing % static_cast<std::size_t>(dates))};
    e.value = kairos::timex::parse(date::format("%F", d));
    return e;
}

std::size_t comparisons(std::size_t n, int dates) {
    std::mt19937 rng(17);
    kairos::timeline tl;
    const auto reported = date::sys_days{date::year{2024} / 12 / 1};
    for (std::size_t i = 0; i < n; ++i)
        tl.add(report(rng, n, dates), "src" + std::to_string(i % 97), reported);
    CHECK(tl.size() < n); // the generator makes reports that merge
    return tl.merge_comparisons();
}

/// What the index must agree with: the best-scoring entry among all, ties to the oldest.
std::optional<std::size_t> best_of_all(const std::vector<kairos::timeline_entry>& entries,
                                       const kairos::event& e, std::string_view source) {
    std::optional<std::size_t> best;
    double best_score = 0.0;
    const auto tokens = kairos::subject_tokens(e.subject);
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const auto s = kairos::merge_score(
            entries[i], kairos::subject_tokens(entries[i].event.subject), e, tokens, source);
        if (s && *s > best_score) best = i, best_score = *s;
    }
    return best;
}

} // namespace

TEST_CASE("merging 2x the reports compares at most 2.5x the entries, on a year or a few days") {
    for (const int dates : {365, 3}) {
        CAPTURE(dates);
        const auto small = comparisons(10'000 * scale, dates);
        const auto large = comparisons(20'000 * scale, dates);
        CHECK(static_cast<double>(large) <= 2.5 * static_cast<double>(small));
        // ... and few per report: not a scan of everything on the same day.
        CHECK(large <= 20 * 20'000 * scale);
    }
}

TEST_CASE("the merge index merges exactly where comparing with every entry would") {
    std::mt19937 rng(5);
    for (int round = 0; round < 40; ++round) {
        kairos::timeline tl;
        std::vector<kairos::timeline_entry> all; // the same timeline, merged by brute force
        const auto reported = date::sys_days{date::year{2025} / 3 / 1};
        for (int i = 0; i < 150; ++i) {
            auto e = report(rng, 60, 1 + round % 7);
            if (i % 7 == 0) e.subject = round % 2 ? "" : "sale";
            if (i % 11 == 0) e.history.push_back(kairos::timex::parse("2025-01-02"));
            const auto source = "s" + std::to_string(i % 5);
            tl.add(e, source, reported + date::days{i});
            if (const auto at = best_of_all(all, e, source))
                kairos::merge_report(all[*at], e, source, reported + date::days{i});
            else
                all.push_back(kairos::make_entry(e, source, reported + date::days{i}));
        }
        REQUIRE(tl.size() == all.size());
        for (std::size_t i = 0; i < all.size(); ++i) CHECK(tl.entries()[i] == all[i]);
    }
}

TEST_CASE("a restored timeline merges new reports where comparing with every entry would") {
    // insert() (how a saved timeline is loaded) leaves indexing to the first merge.
    std::mt19937 rng(11);
    for (int round = 0; round < 20; ++round) {
        std::vector<kairos::timeline_entry> all;
        const auto reported = date::sys_days{date::year{2025} / 3 / 1};
        const auto add_to_all = [&](const kairos::event& e, const std::string& source, int i) {
            if (const auto at = best_of_all(all, e, source))
                kairos::merge_report(all[*at], e, source, reported + date::days{i});
            else
                all.push_back(kairos::make_entry(e, source, reported + date::days{i}));
        };
        int i = 0;
        for (; i < 80; ++i)
            add_to_all(report(rng, 60, 1 + round % 5), "s" + std::to_string(i % 5), i);
        kairos::timeline tl;
        for (const auto& x : all) tl.insert(x);
        for (; i < 160; ++i) {
            const auto e = report(rng, 60, 1 + round % 5);
            const auto source = "s" + std::to_string(i % 5);
            tl.add(e, source, reported + date::days{i});
            add_to_all(e, source, i);
        }
        REQUIRE(tl.size() == all.size());
        for (std::size_t k = 0; k < all.size(); ++k) CHECK(tl.entries()[k] == all[k]);
    }
}
