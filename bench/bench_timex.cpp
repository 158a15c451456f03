// TIMEX3 values: parse, print and bounds, over a mix of the forms news text produces.
#include "alloc_counter.hpp"

#include <array>
#include <benchmark/benchmark.h>
#include <kairos/timex.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace {

constexpr std::array<std::string_view, 16> values = {
    "2025-09-14",    "2025-09",    "2025",        "2025-W37",
    "2025-Q4",       "P90D",       "P1Y6M",       "PT2H30M",
    "XXXX-09-17",    "XXXX-WXX-1", "PRESENT_REF", "2025-09-14T17:00-04:00",
    "2025-09-14TEV", "199",        "2025-SU",     "2025-12-31T23:59:59"};

void report_allocs(benchmark::State& state, kairos::bench::alloc_stats before) {
    const auto used = kairos::bench::alloc_snapshot() - before;
    state.counters["allocs/op"] =
        benchmark::Counter(static_cast<double>(used.count), benchmark::Counter::kAvgIterations);
}

void BM_timex_parse(benchmark::State& state) {
    std::size_t i = 0;
    const auto before = kairos::bench::alloc_snapshot();
    for (auto _ : state) {
        auto t = kairos::timex::parse(values[i++ % values.size()]);
        benchmark::DoNotOptimize(t);
    }
    report_allocs(state, before);
}
BENCHMARK(BM_timex_parse);

// chars() prints into a fixed buffer (no allocation); str() adds the std::string.
void BM_timex_print_chars(benchmark::State& state) {
    std::vector<kairos::timex> parsed;
    for (auto v : values) parsed.push_back(kairos::timex::parse(v));
    std::size_t i = 0;
    const auto before = kairos::bench::alloc_snapshot();
    for (auto _ : state) {
        auto c = parsed[i++ % parsed.size()].chars();
        benchmark::DoNotOptimize(c);
    }
    report_allocs(state, before);
}
BENCHMARK(BM_timex_print_chars);

void BM_timex_print_str(benchmark::State& state) {
    std::vector<kairos::timex> parsed;
    for (auto v : values) parsed.push_back(kairos::timex::parse(v));
    std::size_t i = 0;
    const auto before = kairos::bench::alloc_snapshot();
    for (auto _ : state) {
        auto s = parsed[i++ % parsed.size()].str();
        benchmark::DoNotOptimize(s);
    }
    report_allocs(state, before);
}
BENCHMARK(BM_timex_print_str);

void BM_timex_bounds(benchmark::State& state) {
    std::vector<kairos::timex> parsed;
    for (auto v : values) parsed.push_back(kairos::timex::parse(v));
    std::size_t i = 0;
    for (auto _ : state) {
        auto b = parsed[i++ % parsed.size()].bounds();
        benchmark::DoNotOptimize(b);
    }
}
BENCHMARK(BM_timex_bounds);

void BM_timex_round_trip(benchmark::State& state) {
    std::size_t i = 0;
    for (auto _ : state) {
        auto c = kairos::timex::parse(values[i++ % values.size()]).chars();
        benchmark::DoNotOptimize(c);
    }
}
BENCHMARK(BM_timex_round_trip);

} // namespace
