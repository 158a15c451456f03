// Many threads sharing one extractor and reading one timeline (run under TSan by `./dev test`):
// every thread must see exactly what a single thread sees.
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
                // is being extracted by several threads at once.
                got[t].resize(docs.size());
                for (std::size_t k = 0; k < docs.size(); ++k) {
                    const auto i = (k + t * 3) % docs.size();
                    got[t][i] = summarize(ex.extract(docs[i].text, docs[i].options));
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
}
