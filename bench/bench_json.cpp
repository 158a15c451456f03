// JSON save/load of a timeline (kairos/io/json.hpp): entries per second and MB/s of JSON text,
// for 10 k and 100 k synthetic events.
#include "alloc_counter.hpp"
#include "synthetic.hpp"

#include <benchmark/benchmark.h>
#include <kairos/io/json.hpp>
#include <map>
#include <memory>
#include <string>

namespace kb = kairos::bench;

namespace {

const kairos::timeline& timeline_of(std::int64_t n) {
    static std::map<std::int64_t, std::unique_ptr<kairos::timeline>> cache;
    auto& slot = cache[n];
    if (!slot) {
        slot = std::make_unique<kairos::timeline>();
        std::mt19937_64 rng(42);
        const auto span = std::max<std::int64_t>(1, n / kb::per_day);
        for (std::int64_t i = 0; i < n; ++i) {
            auto e = kb::make_event(rng, span, static_cast<std::uint32_t>(i));
            e.sentence = "The " + e.subject + " is due then, officials said on Monday.";
            slot->add(e, "source-" + std::to_string(i % 97) + ".txt", kb::reported_day(e),
                      kairos::merge_policy::keep_apart);
        }
    }
    return *slot;
}

void BM_json_save(benchmark::State& state) {
    const auto& tl = timeline_of(state.range(0));
    std::size_t bytes = 0;
    const auto before = kb::alloc_snapshot();
    for (auto _ : state) {
        const auto text = kairos::io::save_timeline(tl, -1);
        bytes += text.size();
        benchmark::DoNotOptimize(text.data());
    }
    const auto allocs = kb::alloc_snapshot() - before;
    state.SetBytesProcessed(static_cast<std::int64_t>(bytes));
    state.SetItemsProcessed(state.iterations() * state.range(0));
    state.counters["allocs/entry"] =
        static_cast<double>(allocs.count) /
        (static_cast<double>(state.iterations()) * static_cast<double>(state.range(0)));
}
BENCHMARK(BM_json_save)->Arg(10'000)->Arg(100'000)->Unit(benchmark::kMillisecond);

void BM_json_load(benchmark::State& state) {
    const auto text = kairos::io::save_timeline(timeline_of(state.range(0)), -1);
    const auto before = kb::alloc_snapshot();
    for (auto _ : state) {
        auto tl = kairos::io::load_timeline(text);
        if (!tl) state.SkipWithError("load failed");
        benchmark::DoNotOptimize(tl->size());
    }
    const auto allocs = kb::alloc_snapshot() - before;
    state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(text.size()));
    state.SetItemsProcessed(state.iterations() * state.range(0));
    state.counters["allocs/entry"] =
        static_cast<double>(allocs.count) /
        (static_cast<double>(state.iterations()) * static_cast<double>(state.range(0)));
}
BENCHMARK(BM_json_load)->Arg(10'000)->Arg(100'000)->Unit(benchmark::kMillisecond);

} // namespace
