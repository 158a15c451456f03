// Timeline queries over up to a million events: upcoming / overlapping / overdue must cost
// O(log n + k). Events are spread at a constant density (100 per day), so a 7-day query returns
// about the same k whatever n is: the time per query should grow only with log n
// (Google Benchmark fits the complexity; see the "_BigO" rows).
#include "alloc_counter.hpp"

#include <benchmark/benchmark.h>
#include <cstdint>
#include <kairos/timeline.hpp>
#include <map>
#include <memory>
#include <random>
#include <string>

namespace {

constexpr int per_day = 100;
const date::sys_days first_day = date::sys_days{date::year{2000} / 1 / 1};

// in_order: day i / per_day instead of a random day, so insertion order equals timeline order
// and a query reads entries sequentially (isolates memory locality from the algorithm).
kairos::event make_event(std::mt19937_64& rng, std::int64_t span_days, std::uint32_t i,
                         bool in_order = false) {
    static constexpr kairos::event_kind kinds[] = {
        kairos::event_kind::deadline, kairos::event_kind::expiry, kairos::event_kind::effective,
        kairos::event_kind::meeting,  kairos::event_kind::period, kairos::event_kind::event};
    kairos::event e;
    e.kind = kinds[i % 6];
    const auto offset = in_order ? static_cast<std::uint64_t>(i / per_day)
                                 : rng() % static_cast<std::uint64_t>(span_days);
    const auto day = first_day + date::days{static_cast<int>(offset)};
    const date::year_month_day ymd{day};
    // Mostly days, some months and quarters: coarse values widen the lookback of queries.
    switch (i % 20) {
    case 0:
        e.value = kairos::timex::month(int(ymd.year()), int(unsigned(ymd.month())));
        break;
    case 1:
        e.value = kairos::timex::quarter(int(ymd.year()), int((unsigned(ymd.month()) + 2) / 3));
        break;
    default:
        e.value = kairos::timex::day(day);
    }
    e.subject = "subject " + std::to_string(i % 5000);
    return e;
}

const kairos::timeline& timeline_of(std::int64_t n, bool in_order) {
    static std::map<std::pair<std::int64_t, bool>, std::unique_ptr<kairos::timeline>> cache;
    auto& slot = cache[{n, in_order}];
    if (!slot) {
        slot = std::make_unique<kairos::timeline>();
        slot->reserve(static_cast<std::size_t>(n));
        std::mt19937_64 rng(42);
        const auto span = std::max<std::int64_t>(1, n / per_day);
        for (std::int64_t i = 0; i < n; ++i)
            slot->add(make_event(rng, span, static_cast<std::uint32_t>(i), in_order), "bench",
                      first_day, kairos::merge_policy::keep_apart);
        (void)slot->all().size(); // build the index outside the measurement
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
    const auto& tl = timeline_of(n, false);
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
    run_query(state, false, [](const kairos::timeline& tl, date::sys_days d) {
        return tl.active(d) | std::views::take(50);
    });
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
        for (std::int64_t i = 0; i < n; ++i)
            tl.add(make_event(rng, span, static_cast<std::uint32_t>(i)), "bench", first_day,
                   kairos::merge_policy::keep_apart);
        benchmark::DoNotOptimize(tl.all().size());
    }
    state.SetItemsProcessed(state.iterations() * n);
}
BENCHMARK(BM_timeline_build)
    ->Arg(100'000)
    ->Arg(1'000'000)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1);

} // namespace
