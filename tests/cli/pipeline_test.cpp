// The ordered pipeline behind `extract` and `timeline` with several jobs: every result is
// written once, in input order, whatever order the workers finish in; a sink that says stop,
// and a failing step, end it cleanly.
#include "pipeline.hpp"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <doctest/doctest.h>
#include <functional>
#include <optional>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace {

using kairos::cli::run_ordered;

// Items 0..n-1; item i sleeps a little when i is even, so later items often finish first.
struct counting_source {
    int n;
    std::atomic<int> next{0}; // read by the sink while the source runs on another thread
    std::optional<int> operator()(const std::atomic<bool>& stop) {
        if (stop || next >= n) return std::nullopt;
        return next++;
    }
};

int slow_square(int& i) {
    if (i % 2 == 0) std::this_thread::sleep_for(std::chrono::microseconds(200));
    return i * i;
}

} // namespace

TEST_SUITE("concurrency") {
    TEST_CASE("results reach the sink once each, in input order, for any number of jobs") {
        for (unsigned jobs : {1u, 2u, 3u, 8u}) {
            CAPTURE(jobs);
            counting_source src{200};
            std::vector<int> seen;
            run_ordered<int, int>(jobs, 4 * jobs + 4, std::ref(src), slow_square, [&](int& r) {
                seen.push_back(r);
                return true;
            });
            REQUIRE(seen.size() == 200);
            for (int i = 0; i < 200; ++i) CHECK(seen[static_cast<std::size_t>(i)] == i * i);
        }
    }

    TEST_CASE("a sink that returns false gets nothing more, and the source stops being read") {
        counting_source src{100'000};
        std::vector<int> seen;
        run_ordered<int, int>(2, 12, std::ref(src), slow_square, [&](int& r) {
            seen.push_back(r);
            return seen.size() < 10;
        });
        CHECK(seen.size() == 10);
        CHECK(seen.back() == 81);
        CHECK(src.next < 10 + 12 + 2); // bounded by the window, not the stream
    }

    TEST_CASE("an exception from a worker is rethrown to the caller after all threads ended") {
        counting_source src{1000};
        std::vector<int> seen;
        const auto work = [](int& i) {
            if (i == 57) throw std::runtime_error("item 57");
            return i;
        };
        const auto run = [&] {
            run_ordered<int, int>(2, 12, std::ref(src), work, [&](int& r) {
                seen.push_back(r);
                return true;
            });
        };
        CHECK_THROWS_WITH_AS(run(), "item 57", std::runtime_error);
        REQUIRE(seen.size() <= 57); // nothing at or past the failed item is written
        for (std::size_t i = 0; i < seen.size(); ++i) CHECK(seen[i] == static_cast<int>(i));
    }

    TEST_CASE("an exception from the sink is rethrown too") {
        counting_source src{1000};
        const auto sink = [](int& r) -> bool {
            if (r == 30) throw std::runtime_error("sink 30");
            return true;
        };
        const auto run = [&] {
            run_ordered<int, int>(
                2, 12, std::ref(src), [](int& i) { return i; }, sink);
        };
        CHECK_THROWS_WITH_AS(run(), "sink 30", std::runtime_error);
    }

    TEST_CASE("no more items than the window are taken ahead of the sink") {
        counting_source src{300};
        int most_ahead = 0;
        run_ordered<int, int>(3, 8, std::ref(src), slow_square, [&](int& r) {
            int i = 0;
            while (i * i != r) ++i;
            most_ahead = std::max(most_ahead, src.next - i);
            return true;
        });
        CHECK(most_ahead <= 8);
    }
}
