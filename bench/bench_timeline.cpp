// Timeline queries over up to a million events: upcoming / overlapping / overdue must cost
// O(log n + k). Events are spread at a constant density (100 per day), so a 7-day query returns
// about the same k whatever n is: the time per query should grow only with log n
// (Google Benchmark fits the complexity; see the "_BigO" rows).
#include "alloc_counter.hpp"
#include "synthetic.hpp"

#include <benchmark/benchmark.h>
#include <cstdint>
#include <kairos/timeline.hpp>
#include <map>
#include <memory>
#include <random>
#include <string>

namespace {

using kairos::bench::first_day;
using kairos::bench::make_event;
using kairos::bench::per_day;

const kairos::timeline& timeline_of(std::int64_t n) {
    static std::map<std::int64_t, std::unique_ptr<kairos::timeline>> cache;
    auto& slot = cache[n];
    if (!slot) {
        slot = std::make_unique<kairos::timeline>();
        slot->reserve(static_cast<std::size_t>(n));
        std::mt19937_64 rng(42);
        const auto span = std::max<std::int64_t>(1, n / per_day);
        for (std::int64_t i = 0; i < n; ++i) {
            const auto e = make_event(rng, span, static_cast<std::uint32_t>(i));
            slot->add(e, "bench", kairos::bench::reported_day(e), kairos::merge_policy::keep_apart);
        }
        (void)slot->all().count(); // build the index outside the measurement
    }
    return *slot;
}

date::sys_days random_day(std::mt19937_64& rng, std::int64_t n) {
    const auto span = std::max<std::int64_t>(1, n / per_day);
    return first_day + date::days{static_cast<int>(rng() % static_cast<std::uint64_t>(span))};
}

template<class Query>
void run_query(benchmark::State& state, bool hot, Query query) {
    const auto n = state.range(0);
    const auto& tl = timeline_of(n);
    const auto middle = first_day + date::days{static_cast<int>(n / per_day / 2)};
    std::mt19937_64 rng(7);
    std::size_t k = 0;
    const auto before = kairos::bench::alloc_snapshot();
    for (auto _ : state) {
        for (const auto& x : query(tl, hot ? middle : random_day(rng, n))) {
            benchmark::DoNotOptimize(&x);
            ++k;
        }
    }
    const auto allocs = kairos::bench::alloc_snapshot() - before;
    state.counters["k"] =
        benchmark::Counter(static_cast<double>(k), benchmark::Counter::kAvgIterations);
    state.counters["allocs/op"] =
        benchmark::Counter(static_cast<double>(allocs.count), benchmark::Counter::kAvgIterations);
    state.SetComplexityN(n);
}

void BM_timeline_upcoming_7d(benchmark::State& state, bool hot) {
    run_query(state, hot, [](const kairos::timeline& tl, date::sys_days d) {
        return tl.upcoming(d, date::days{7});
    });
}
// cold: a random day per query, so the k entries come from main memory once n is large;
// hot: the same day every time (entries in cache): the algorithm's cost alone.
BENCHMARK_CAPTURE(BM_timeline_upcoming_7d, cold, false)
    ->RangeMultiplier(10)
    ->Range(10'000, 1'000'000)
    ->Complexity(benchmark::oLogN);
BENCHMARK_CAPTURE(BM_timeline_upcoming_7d, hot, true)
    ->RangeMultiplier(10)
    ->Range(10'000, 1'000'000)
    ->Complexity(benchmark::oLogN);

void BM_timeline_overlapping_7d(benchmark::State& state, bool hot) {
    run_query(state, hot, [](const kairos::timeline& tl, date::sys_days d) {
        return tl.overlapping(d, d + date::days{6});
    });
}
// cold: a random day per query, so the k entries come from main memory once n is large;
// hot: the same day every time (entries in cache): the algorithm's cost alone.
BENCHMARK_CAPTURE(BM_timeline_overlapping_7d, cold, false)
    ->RangeMultiplier(10)
    ->Range(10'000, 1'000'000)
    ->Complexity(benchmark::oLogN);
BENCHMARK_CAPTURE(BM_timeline_overlapping_7d, hot, true)
    ->RangeMultiplier(10)
    ->Range(10'000, 1'000'000)
    ->Complexity(benchmark::oLogN);

void BM_timeline_active(benchmark::State& state) {
    run_query(state, false,
              [](const kairos::timeline& tl, date::sys_days d) { return tl.active(d); });
}
BENCHMARK(BM_timeline_active)->RangeMultiplier(10)->Range(10'000, 1'000'000);

// Building: n adds (no merging) plus the one sort of the lazy index.
void BM_timeline_build(benchmark::State& state) {
    const auto n = state.range(0);
    for (auto _ : state) {
        kairos::timeline tl;
        tl.reserve(static_cast<std::size_t>(n));
        std::mt19937_64 rng(42);
        const auto span = std::max<std::int64_t>(1, n / per_day);
        for (std::int64_t i = 0; i < n; ++i) {
            const auto e = make_event(rng, span, static_cast<std::uint32_t>(i));
            tl.add(e, "bench", kairos::bench::reported_day(e), kairos::merge_policy::keep_apart);
        }
        benchmark::DoNotOptimize(tl.all().count());
    }
    state.SetItemsProcessed(state.iterations() * n);
}
BENCHMARK(BM_timeline_build)
    ->Arg(100'000)
    ->Arg(1'000'000)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1);

} // namespace
