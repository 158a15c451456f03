// Exactly what the headers promise about threads (kairos/extractor.hpp, kairos/timeline.hpp,
// docs/reliability.md), run under ThreadSanitizer by `./dev test`: every thread must see what a
// single thread sees.
//   * extractors: built at once by many threads (the first builds the shared rule index), and
//     one shared by many threads, each extracting into its own reused document;
//   * a timeline while queried: any number of threads, racing to rebuild its lazy index after
//     each change;
//   * timelines while built: one thread per timeline, many timelines at once (no hidden shared
//     state); one timeline changed by one thread at a time, with no reader meanwhile.
#include "invariants.hpp"

#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>
#include <kairos/timeline.hpp>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

namespace {

struct input {
    std::string name;
    std::string text;
    kairos::extract_options options;
};

// The news corpus committed for the benchmarks (bench/corpus), each with its "DCT:" line.
std::vector<input> corpus(std::size_t max_docs) {
    std::vector<std::filesystem::path> files;
    for (const auto& e : std::filesystem::directory_iterator(KAIROS_SOURCE_DIR "/bench/corpus"))
        if (e.path().extension() == ".txt") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    if (files.size() > max_docs) files.resize(max_docs);
    std::vector<input> out;
    for (const auto& f : files) {
        std::ifstream in(f, std::ios::binary);
        std::stringstream s;
        s << in.rdbuf();
        std::string text = s.str();
        const auto nl = text.find('\n');
        auto dct = kairos::parse_anchor(text.substr(5, 10));
        REQUIRE(dct.has_value());
        kairos::extract_options o;
        o.dct = *dct;
        out.push_back({f.filename().string(), text.substr(nl + 1), o});
    }
    return out;
}

struct summary {
    std::uint32_t begin, end;
    std::string value;
    friend bool operator==(const summary&, const summary&) = default;
};

std::vector<summary> summarize(const kairos::document& doc) {
    std::vector<summary> out;
    for (const auto& m : doc.mentions) out.push_back({m.begin, m.end, m.value.str()});
    return out;
}

// What a query shows a user: each entry's value and subject, in order.
template<class View>
std::vector<std::string> listing(View&& v) {
    std::vector<std::string> out;
    for (const auto& x : v) out.push_back(x.value().str() + " " + x.event.subject);
    return out;
}

} // namespace

TEST_SUITE("concurrency") {
    // First in the suite: in `--test-suite=concurrency` runs no extractor exists before it.
    TEST_CASE("extractors built by many threads at once give the same results") {
        const auto docs = corpus(4);
        REQUIRE_FALSE(docs.empty());
        constexpr std::size_t nthreads = 6;
        std::vector<std::vector<summary>> got(nthreads);
        std::vector<std::thread> pool;
        for (std::size_t t = 0; t < nthreads; ++t)
            pool.emplace_back([&, t] {
                const kairos::extractor ex;
                got[t] = summarize(ex.extract(docs[0].text, docs[0].options));
            });
        for (auto& th : pool) th.join();
        for (std::size_t t = 1; t < nthreads; ++t) CHECK(got[t] == got[0]);
        CHECK_FALSE(got[0].empty());
    }

    TEST_CASE("threads sharing one extractor get the single-threaded results") {
        const auto docs = corpus(24);
        REQUIRE_FALSE(docs.empty());
        const kairos::extractor ex;
        std::vector<std::vector<summary>> expected;
        for (const auto& d : docs) expected.push_back(summarize(ex.extract(d.text, d.options)));

        constexpr std::size_t nthreads = 8;
        std::vector<std::vector<std::vector<summary>>> got(nthreads);
        std::vector<std::thread> pool;
        for (std::size_t t = 0; t < nthreads; ++t)
            pool.emplace_back([&, t] {
                // Each thread walks the documents from a different start, so the same document
                // is being extracted by several threads at once; odd threads refill one
                // document of their own, as a long-running worker does.
                got[t].resize(docs.size());
                kairos::document mine;
                for (std::size_t k = 0; k < docs.size(); ++k) {
                    const auto i = (k + t * 3) % docs.size();
                    if (t % 2 == 1) {
                        ex.extract(docs[i].text, docs[i].options, mine);
                        got[t][i] = summarize(mine);
                    } else {
                        got[t][i] = summarize(ex.extract(docs[i].text, docs[i].options));
                    }
                }
            });
        for (auto& th : pool) th.join();
        for (std::size_t t = 0; t < nthreads; ++t) CHECK(got[t] == expected);
    }

    TEST_CASE("threads reading one timeline see the single-threaded answers") {
        const auto docs = corpus(24);
        const kairos::extractor ex;
        kairos::timeline tl;
        for (const auto& d : docs) tl.add(ex.extract(d.text, d.options), d.name);
        const kairos::timeline reference = tl; // a copy: its index is built single-threaded
        const auto day = date::sys_days{date::year{2025} / 1 / 15};
        auto queries = [day](const kairos::timeline& t) {
            return std::vector<std::vector<std::string>>{
                listing(t.all()), listing(t.upcoming(day, date::days{90})),
                listing(t.overlapping(day, day + date::days{30})), listing(t.overdue(day))};
        };
        const auto expected = queries(reference);
        REQUIRE_FALSE(expected[0].empty());

        // `tl` has not been queried yet: the threads race to build its lazy index.
        constexpr std::size_t nthreads = 8;
        std::vector<std::vector<std::vector<std::string>>> got(nthreads);
        std::vector<std::thread> pool;
        for (std::size_t t = 0; t < nthreads; ++t)
            pool.emplace_back([&, t] { got[t] = queries(tl); });
        for (auto& th : pool) th.join();
        for (std::size_t t = 0; t < nthreads; ++t) CHECK(got[t] == expected);
        CHECK(tl == reference);
    }

    TEST_CASE("a timeline changed between rounds of concurrent queries answers like a fresh one") {
        const auto docs = corpus(24);
        const kairos::extractor ex;
        kairos::timeline tl;
        const auto day = date::sys_days{date::year{2025} / 1 / 15};
        auto queries = [day](const kairos::timeline& t) {
            return std::vector<std::vector<std::string>>{
                listing(t.all()), listing(t.upcoming(day, date::days{90})), listing(t.open())};
        };
        for (std::size_t round = 0; round < 4; ++round) {
            // One thread changes it, alone (here: this one, while no reader runs) ...
            for (std::size_t i = round; i < docs.size(); i += 4)
                tl.add(ex.extract(docs[i].text, docs[i].options), docs[i].name);
            const kairos::timeline reference = tl;
            const auto expected = queries(reference);
            // ... then any number of threads query it, racing to rebuild its index.
            constexpr std::size_t nthreads = 6;
            std::vector<std::vector<std::vector<std::string>>> got(nthreads);
            std::vector<std::thread> pool;
            for (std::size_t t = 0; t < nthreads; ++t)
                pool.emplace_back([&, t] { got[t] = queries(tl); });
            for (auto& th : pool) th.join();
            for (std::size_t t = 0; t < nthreads; ++t) CHECK(got[t] == expected);
        }
    }

    TEST_CASE("timelines built on separate threads at once equal one built alone") {
        const auto docs = corpus(24);
        const kairos::extractor ex;
        std::vector<kairos::document> extracted;
        for (const auto& d : docs) extracted.push_back(ex.extract(d.text, d.options));
        kairos::timeline reference;
        for (std::size_t i = 0; i < docs.size(); ++i) reference.add(extracted[i], docs[i].name);

        constexpr std::size_t nthreads = 6;
        std::vector<kairos::timeline> built(nthreads);
        std::vector<std::thread> pool;
        for (std::size_t t = 0; t < nthreads; ++t)
            pool.emplace_back([&, t] {
                for (std::size_t i = 0; i < docs.size(); ++i)
                    built[t].add(extracted[i], docs[i].name);
                (void)built[t].all().count(); // and query it, still on this thread
            });
        for (auto& th : pool) th.join();
        for (std::size_t t = 0; t < nthreads; ++t) CHECK(built[t] == reference);
    }
}
