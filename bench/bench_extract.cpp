// Extraction throughput (bytes/s) on the TBAQ plain texts and on the committed news corpus, with
// allocations per MB and per word, and the cost of building the engine.
#include "alloc_counter.hpp"
#include "bench_data.hpp"
#include "extraction.hpp"

#include <benchmark/benchmark.h>
#include <kairos/extractor.hpp>
#include <string>
#include <vector>

namespace kb = kairos::bench;

namespace {

struct prepared {
    std::vector<kb::text_doc> docs;
    std::vector<kairos::extract_options> options;
    std::size_t bytes = 0;
    std::size_t words = 0;
};

prepared prepare(std::vector<kb::text_doc> docs) {
    prepared p;
    for (auto& d : docs) {
        p.options.push_back(kb::options_for(d));
        p.bytes += d.text.size();
        p.words += kb::word_count(d.text);
    }
    p.docs = std::move(docs);
    return p;
}

const prepared& tbaq() {
    static const prepared p = prepare(kb::tbaq_documents());
    return p;
}

const prepared& corpus() {
    static const prepared p = prepare(kb::project_corpus());
    return p;
}

void run_extract(benchmark::State& state, const prepared& p, bool link_events) {
    if (p.docs.empty()) {
        state.SkipWithError("corpus not found");
        return;
    }
    const kairos::extractor ex;
    std::size_t mentions = 0;
    const auto before = kb::alloc_snapshot();
    for (auto _ : state) mentions += kb::extract_each(ex, p.docs, p.options, link_events).mentions;
    const auto allocs = kb::alloc_snapshot() - before;
    const auto runs = static_cast<double>(state.iterations());
    const double mb = static_cast<double>(p.bytes) / 1e6 * runs;
    state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(p.bytes));
    state.counters["allocs/MB"] = static_cast<double>(allocs.count) / mb;
    state.counters["alloc_bytes/MB"] = static_cast<double>(allocs.bytes) / mb;
    state.counters["allocs/word"] =
        static_cast<double>(allocs.count) / (static_cast<double>(p.words) * runs);
    state.counters["mentions/run"] = static_cast<double>(mentions) / runs;
}

void BM_extract_tbaq(benchmark::State& state) {
    run_extract(state, tbaq(), true);
}
BENCHMARK(BM_extract_tbaq)->Unit(benchmark::kMillisecond);

void BM_extract_tbaq_no_events(benchmark::State& state) {
    run_extract(state, tbaq(), false);
}
BENCHMARK(BM_extract_tbaq_no_events)->Unit(benchmark::kMillisecond);

void BM_extract_corpus(benchmark::State& state) {
    run_extract(state, corpus(), true);
}
BENCHMARK(BM_extract_corpus)->Unit(benchmark::kMillisecond);

// Text with no temporal expression at all: the cost of the tokenizer and the rule scan alone.
void BM_extract_no_dates(benchmark::State& state) {
    std::string text;
    while (text.size() < 1'000'000)
        text += "The committee asked the ministry to publish its findings on the harbour "
                "works, and the union said its members would vote on the offer. ";
    const kairos::extractor ex;
    kairos::extract_options o;
    const auto before = kb::alloc_snapshot();
    for (auto _ : state) benchmark::DoNotOptimize(ex.extract(text, o).mentions.size());
    const auto allocs = kb::alloc_snapshot() - before;
    state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(text.size()));
    state.counters["allocs/MB"] =
        static_cast<double>(allocs.count) /
        (static_cast<double>(text.size()) / 1e6 * static_cast<double>(state.iterations()));
}
BENCHMARK(BM_extract_no_dates)->Unit(benchmark::kMillisecond);

void BM_extractor_construct(benchmark::State& state) {
    const auto before = kb::alloc_snapshot();
    for (auto _ : state) {
        const kairos::extractor ex;
        benchmark::DoNotOptimize(&ex);
    }
    const auto allocs = kb::alloc_snapshot() - before;
    state.counters["allocs"] =
        benchmark::Counter(static_cast<double>(allocs.count), benchmark::Counter::kAvgIterations);
}
BENCHMARK(BM_extractor_construct)->Unit(benchmark::kMicrosecond);

} // namespace
