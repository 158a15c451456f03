// kairos_bench_driver — the measurements bench/compare.sh makes, one JSON object per line.
//
//   kairos_bench_driver dump DIR                 TBAQ plain texts -> DIR/NAME.txt ("DCT: " line)
//   kairos_bench_driver throughput [--reps N] [--warmup N] [--no-events] FILE...
//                                     (--no-events: temporal expressions only, chrono-node's job)
//   kairos_bench_driver linearity [--small BYTES] [--large BYTES] FILE...
//   kairos_bench_driver scaling [--threads N] [--reps N] FILE...
//   kairos_bench_driver construct [--reps N]
//   kairos_bench_driver notime                   allocations on 1 MB of text with no date
//
// Files are plain UTF-8 texts; a first line "DCT: YYYY-MM-DD" gives the document date (and is
// not part of the text). Timing is wall clock (steady_clock), median of the repetitions.
#include "alloc_counter.hpp"
#include "bench_data.hpp"
#include "extraction.hpp"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#if defined(__linux__)
#include <pthread.h>
#include <sched.h>
#endif
#include <kairos/extractor.hpp>
#include <string>
#include <thread>
#include <vector>

namespace kb = kairos::bench;
using clock_type = std::chrono::steady_clock;

namespace {

struct args {
    std::string command;
    std::vector<std::string> files;
    int reps = 7;
    int warmup = 2;
    int threads = 2;
    std::size_t small = 1'000'000;
    std::size_t large = 100'000'000;
    bool link_events = true;
};

args parse_args(int argc, char** argv) {
    args a;
    if (argc > 1) a.command = argv[1];
    for (int i = 2; i < argc; ++i) {
        const std::string s = argv[i];
        auto next = [&] { return i + 1 < argc ? std::strtoull(argv[++i], nullptr, 10) : 0ull; };
        if (s == "--reps")
            a.reps = std::max(1, static_cast<int>(next()));
        else if (s == "--warmup")
            a.warmup = static_cast<int>(next());
        else if (s == "--threads")
            a.threads = std::max(1, static_cast<int>(next()));
        else if (s == "--small")
            a.small = static_cast<std::size_t>(next());
        else if (s == "--large")
            a.large = static_cast<std::size_t>(next());
        else if (s == "--no-events")
            a.link_events = false;
        else
            a.files.push_back(s);
    }
    return a;
}

struct prepared {
    std::vector<kb::text_doc> docs;
    std::vector<kairos::extract_options> options;
};

prepared prepare(std::vector<kb::text_doc> docs) {
    prepared p{std::move(docs), {}};
    for (const auto& d : p.docs) p.options.push_back(kb::options_for(d));
    return p;
}

double seconds_of(const std::function<void()>& f) {
    const auto t0 = clock_type::now();
    f();
    return std::chrono::duration<double>(clock_type::now() - t0).count();
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    const auto n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

double median_seconds(int warmup, int reps, const std::function<void()>& f) {
    for (int i = 0; i < warmup; ++i) f();
    std::vector<double> t;
    for (int i = 0; i < reps; ++i) t.push_back(seconds_of(f));
    return median(std::move(t));
}

std::size_t extract_all(const kairos::extractor& ex, const prepared& p) {
    std::size_t mentions = 0;
    for (std::size_t i = 0; i < p.docs.size(); ++i)
        mentions += ex.extract(p.docs[i].text, p.options[i]).mentions.size();
    return mentions;
}

int dump(const args& a) {
    if (a.files.size() != 1) return std::fprintf(stderr, "dump needs one folder\n"), 2;
    const std::filesystem::path dir = a.files[0];
    std::filesystem::create_directories(dir);
    const auto docs = kb::tbaq_documents();
    for (const auto& d : docs) {
        std::ofstream out(dir / (d.name + ".txt"), std::ios::binary);
        out << "DCT: " << d.dct << '\n' << d.text;
    }
    std::printf("{\"dumped\":%zu,\"bytes\":%zu}\n", docs.size(), kb::total_bytes(docs));
    return docs.empty() ? 1 : 0;
}

int throughput(const args& a) {
    auto p = prepare(kb::read_documents(a.files));
    for (auto& o : p.options) o.link_events = a.link_events;
    const kairos::extractor ex;
    std::size_t mentions = 0;
    const double s = median_seconds(a.warmup, a.reps, [&] { mentions = extract_all(ex, p); });
    const auto before = kb::alloc_snapshot();
    extract_all(ex, p);
    const auto allocs = kb::alloc_snapshot() - before;
    std::size_t bytes = 0, chars = 0, words = 0;
    for (const auto& d : p.docs) {
        bytes += d.text.size();
        chars += kb::utf8_chars(d.text);
        words += kb::word_count(d.text);
    }
    const double mb = static_cast<double>(bytes) / 1e6;
    std::printf(
        "{\"tool\":\"kairos\",\"events\":%s,\"docs\":%zu,\"bytes\":%zu,\"chars\":%zu,\"words\":%zu,"
        "\"mentions\":%zu,\"seconds\":%.6f,\"chars_per_s\":%.0f,\"mb_per_s\":%.3f,"
        "\"allocs\":%llu,\"allocs_per_mb\":%.1f,\"allocs_per_word\":%.4f,"
        "\"alloc_bytes_per_mb\":%.0f}\n",
        a.link_events ? "true" : "false", p.docs.size(), bytes, chars, words, mentions, s,
        static_cast<double>(chars) / s, mb / s, static_cast<unsigned long long>(allocs.count),
        static_cast<double>(allocs.count) / mb,
        static_cast<double>(allocs.count) / static_cast<double>(words),
        static_cast<double>(allocs.bytes) / mb);
    return 0;
}

// One document of n bytes (the corpus repeated): the cost per byte must not grow with n.
// An archive: the documents extracted one after another until `n` bytes, each with its DCT.
double batch_per_byte(const kairos::extractor& ex, const std::vector<kb::text_doc>& docs,
                      std::size_t n, int reps) {
    const auto p = prepare(docs);
    std::size_t bytes = 0, mentions = 0;
    const double s = median_seconds(0, reps, [&] {
        bytes = mentions = 0;
        for (std::size_t i = 0; bytes < n; i = (i + 1) % p.docs.size()) {
            mentions += ex.extract(p.docs[i].text, p.options[i]).mentions.size();
            bytes += p.docs[i].text.size();
        }
    });
    std::printf("{\"batch_bytes\":%zu,\"mentions\":%zu,\"seconds\":%.4f,\"ns_per_byte\":%.3f}\n",
                bytes, mentions, s, s * 1e9 / static_cast<double>(bytes));
    return s / static_cast<double>(bytes);
}

// One document of n bytes (the files repeated), and an archive of n bytes of documents.
int linearity(const args& a) {
    const auto docs = kb::read_documents(a.files);
    const kairos::extractor ex;
    const auto opts = kb::options_for(docs.front());
    // Seconds per byte of one document of n bytes: each call returning a fresh document (what
    // the allocator and the kernel make of its memory included), and each call refilling one
    // reused document (the extraction alone, as in the CLI).
    struct cost {
        double fresh = 0;
        double reused = 0;
    };
    auto per_byte = [&](std::size_t n, int reps) {
        std::string text = kb::repeat_to(docs, n);
        text.resize(n);
        const auto before = kb::alloc_snapshot();
        const auto mentions = ex.extract(text, opts).mentions.size();
        const auto allocs = kb::alloc_snapshot() - before;
        const double s = median_seconds(0, reps, [&] { (void)ex.extract(text, opts); });
        kairos::document doc;
        const double r = median_seconds(1, reps, [&] { ex.extract(text, opts, doc); });
        std::printf("{\"bytes\":%zu,\"mentions\":%zu,\"allocs\":%llu,\"seconds\":%.4f,"
                    "\"ns_per_byte\":%.3f,\"reused_ns_per_byte\":%.3f}\n",
                    n, mentions, static_cast<unsigned long long>(allocs.count), s,
                    s * 1e9 / static_cast<double>(n), r * 1e9 / static_cast<double>(n));
        return cost{s / static_cast<double>(n), r / static_cast<double>(n)};
    };
    const cost small = per_byte(a.small, std::max(a.reps, 11));
    const cost large = per_byte(a.large, std::max(1, a.reps / 3));
    const double batch_small = batch_per_byte(ex, docs, a.small, std::max(a.reps, 11));
    const double batch_large = batch_per_byte(ex, docs, a.large, 1);
    std::printf("{\"linearity_ratio\":%.3f,\"reused_linearity_ratio\":%.3f,"
                "\"batch_linearity_ratio\":%.3f}\n",
                large.fresh / small.fresh, large.reused / small.reused, batch_large / batch_small);
    return 0;
}

// The CPUs this process may run on (Linux; elsewhere none, and threads are not pinned).
std::vector<int> allowed_cpus() {
    std::vector<int> cpus;
#if defined(__linux__)
    cpu_set_t set;
    CPU_ZERO(&set);
    if (sched_getaffinity(0, sizeof set, &set) == 0)
        for (std::size_t c = 0; c < CPU_SETSIZE; ++c)
            if (CPU_ISSET(c, &set)) cpus.push_back(static_cast<int>(c));
#endif
    return cpus;
}

void pin(std::thread& t, int cpu) {
#if defined(__linux__)
    if (cpu < 0) return;
    cpu_set_t set;
    CPU_ZERO(&set);
    CPU_SET(static_cast<std::size_t>(cpu), &set);
    (void)pthread_setaffinity_np(t.native_handle(), sizeof set, &set);
#else
    (void)t;
    (void)cpu;
#endif
}

// Documents handed out through one atomic index to n threads sharing one extractor; the set is
// gone through `passes` times, so the last document's tail (one thread busy, the other done)
// weighs on the figure no more than it would on an archive. `cpu` >= 0 pins a single thread.
double batch_seconds(const kairos::extractor& ex, const prepared& p, int nthreads, int passes,
                     int cpu = -1) {
    std::atomic<std::size_t> next{0};
    const std::size_t total = p.docs.size() * static_cast<std::size_t>(passes);
    auto work = [&] {
        for (auto i = next++; i < total; i = next++) {
            const std::size_t d = i % p.docs.size();
            (void)ex.extract(p.docs[d].text, p.options[d]);
        }
    };
    return seconds_of([&] {
        std::vector<std::thread> pool;
        for (int t = 0; t < nthreads; ++t) pool.emplace_back(work);
        if (nthreads == 1) pin(pool.front(), cpu);
        for (auto& t : pool) t.join();
    });
}

// One thread and n threads measured in turn, so a load change on the shared machine falls on
// both alike. The cores of a shared VM need not be equally fast at a given moment (the host's
// load on each moves), so one thread also runs pinned to each core in turn, and the speedup
// is also given against the average core: n threads against n average cores.
int scaling(const args& a) {
    const auto p = prepare(kb::read_documents(a.files));
    const kairos::extractor ex;
    constexpr int passes = 10;
    std::vector<int> cpus = allowed_cpus();
    if (cpus.size() > 4) cpus.resize(4);      // the first few stand for the rest
    (void)batch_seconds(ex, p, a.threads, 1); // warm-up: every thread's buffers grown
    std::vector<double> ones, manys;
    std::vector<std::vector<double>> pinned(cpus.size());
    for (int i = 0; i < a.reps; ++i) {
        ones.push_back(batch_seconds(ex, p, 1, passes));
        manys.push_back(batch_seconds(ex, p, a.threads, passes));
        for (std::size_t c = 0; c < cpus.size(); ++c)
            pinned[c].push_back(batch_seconds(ex, p, 1, passes, cpus[c]));
    }
    const double one = median(std::move(ones)) / passes;
    const double many = median(std::move(manys)) / passes;
    const double mb = static_cast<double>(kb::total_bytes(p.docs)) / 1e6;
    double rate_sum = 0; // MB/s of one thread, summed over the cores
    std::string per_core;
    for (auto& t : pinned) {
        const double rate = mb / (median(std::move(t)) / passes);
        rate_sum += rate;
        char buf[32];
        std::snprintf(buf, sizeof buf, "%s%.3f", per_core.empty() ? "" : ",", rate);
        per_core += buf;
    }
    const double average_core =
        cpus.empty() ? mb / one : rate_sum / static_cast<double>(cpus.size());
    std::printf("{\"threads\":%d,\"mb_per_s_1\":%.3f,\"mb_per_s_n\":%.3f,\"speedup\":%.3f,"
                "\"mb_per_s_1_by_core\":[%s],\"speedup_vs_average_core\":%.3f}\n",
                a.threads, mb / one, mb / many, one / many, per_core.c_str(),
                (mb / many) / average_core);
    return 0;
}

// The first extractor of a process also compiles the rule index; later ones share it.
int construct(const args& a) {
    const auto first_before = kb::alloc_snapshot();
    const double first = seconds_of([] { const kairos::extractor ex; });
    const kb::alloc_stats first_allocs = kb::alloc_snapshot() - first_before;
    std::vector<double> t;
    kb::alloc_stats allocs{};
    for (int i = 0; i < a.reps; ++i) {
        const auto before = kb::alloc_snapshot();
        t.push_back(seconds_of([] { const kairos::extractor ex; }));
        allocs = kb::alloc_snapshot() - before;
    }
    std::printf("{\"construct_first_us\":%.3f,\"construct_first_allocs\":%llu,"
                "\"construct_us\":%.3f,\"construct_allocs\":%llu,\"construct_alloc_bytes\":%llu}\n",
                first * 1e6, static_cast<unsigned long long>(first_allocs.count),
                median(std::move(t)) * 1e6, static_cast<unsigned long long>(allocs.count),
                static_cast<unsigned long long>(allocs.bytes));
    return 0;
}

// Allocations that scale with tokens show up on text where nothing matches: a tagger that
// allocates nothing per token allocates O(1) per document here.
int notime(const args&) {
    std::string text;
    while (text.size() < 1'000'000)
        text += "The committee asked the ministry to publish its findings on the harbour works, "
                "and the union said its members would vote on the offer. ";
    const kairos::extractor ex;
    const kairos::extract_options o;
    (void)ex.extract(text, o);
    const auto before = kb::alloc_snapshot();
    const auto mentions = ex.extract(text, o).mentions.size();
    const auto allocs = kb::alloc_snapshot() - before;
    const auto words = kb::word_count(text);
    std::printf("{\"notime_bytes\":%zu,\"notime_words\":%zu,\"notime_mentions\":%zu,"
                "\"notime_allocs\":%llu,\"notime_allocs_per_word\":%.6f}\n",
                text.size(), words, mentions, static_cast<unsigned long long>(allocs.count),
                static_cast<double>(allocs.count) / static_cast<double>(words));
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    const auto a = parse_args(argc, argv);
    const bool needs_files = a.command != "construct" && a.command != "notime";
    if (needs_files && a.files.empty()) {
        std::fprintf(stderr, "usage: kairos_bench_driver dump|throughput|linearity|scaling|"
                             "construct [options] FILE...\n");
        return 2;
    }
    if (a.command == "dump") return dump(a);
    if (a.command == "throughput") return throughput(a);
    if (a.command == "linearity") return linearity(a);
    if (a.command == "scaling") return scaling(a);
    if (a.command == "construct") return construct(a);
    if (a.command == "notime") return notime(a);
    std::fprintf(stderr, "unknown command %s\n", a.command.c_str());
    return 2;
}
