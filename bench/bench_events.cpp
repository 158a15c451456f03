// The cost of the event stage on the TBAQ plain texts: whole extraction with and without event
// linking (the difference is the stage, but it drowns in the noise of the rest), and the stage
// alone, run on documents whose mentions were extracted once up front.
#include "alloc_counter.hpp"
#include "bench_data.hpp"
#include "extraction.hpp"

#include <benchmark/benchmark.h>
#include <kairos/extractor.hpp>
#include <kairos/link.hpp>
#include <string>
#include <vector>

namespace kb = kairos::bench;

namespace {

struct prepared {
    std::vector<kb::text_doc> docs;
    std::vector<kairos::extract_options> options;
    std::vector<kairos::document> extracted; ///< mentions found, events not linked
    std::size_t bytes = 0;
};

const prepared& tbaq() {
    static const prepared p = [] {
        prepared x;
        x.docs = kb::tbaq_documents();
        const kairos::extractor ex;
        for (const auto& d : x.docs) {
            kairos::extract_options o = kb::options_for(d);
            x.options.push_back(o);
            o.link_events = false;
            x.extracted.push_back(ex.extract(d.text, o));
            x.bytes += d.text.size();
        }
        return x;
    }();
    return p;
}

void report(benchmark::State& state, const prepared& p, kb::alloc_stats allocs,
            std::size_t events) {
    const auto runs = static_cast<double>(state.iterations());
    const double mb = static_cast<double>(p.bytes) / 1e6 * runs;
    state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(p.bytes));
    state.counters["allocs/MB"] = static_cast<double>(allocs.count) / mb;
    state.counters["alloc_bytes/MB"] = static_cast<double>(allocs.bytes) / mb;
    state.counters["events/run"] = static_cast<double>(events) / runs;
}

void run_extract(benchmark::State& state, bool link_events) {
    const prepared& p = tbaq();
    if (p.docs.empty()) {
        state.SkipWithError("TBAQ corpus not found");
        return;
    }
    const kairos::extractor ex;
    std::size_t events = 0;
    const auto before = kb::alloc_snapshot();
    for (auto _ : state) events += kb::extract_each(ex, p.docs, p.options, link_events).events;
    report(state, p, kb::alloc_snapshot() - before, events);
}

void BM_extract_tbaq_events(benchmark::State& state) {
    run_extract(state, true);
}
BENCHMARK(BM_extract_tbaq_events)->Unit(benchmark::kMillisecond);

void BM_extract_tbaq_no_events(benchmark::State& state) {
    run_extract(state, false);
}
BENCHMARK(BM_extract_tbaq_no_events)->Unit(benchmark::kMillisecond);

// The event stage alone: link_events on copies of the extracted documents. The copies are made
// outside the timed region; allocations count only what the stage itself makes.
void BM_link_events_tbaq(benchmark::State& state) {
    const prepared& p = tbaq();
    if (p.docs.empty()) {
        state.SkipWithError("TBAQ corpus not found");
        return;
    }
    std::size_t events = 0;
    kb::alloc_stats allocs;
    for (auto _ : state) {
        state.PauseTiming();
        std::vector<kairos::document> docs = p.extracted;
        state.ResumeTiming();
        const auto before = kb::alloc_snapshot();
        for (auto& doc : docs) {
            kairos::link_events(doc);
            events += doc.events.size();
        }
        const auto spent = kb::alloc_snapshot() - before;
        allocs.count += spent.count;
        allocs.bytes += spent.bytes;
        benchmark::DoNotOptimize(docs.data());
        state.PauseTiming();
        docs.clear();
        state.ResumeTiming();
    }
    report(state, p, allocs, events);
}
BENCHMARK(BM_link_events_tbaq)->Unit(benchmark::kMicrosecond);

} // namespace
