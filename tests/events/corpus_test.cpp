// The sentence corpus end to end: tagger + event stage on news-style sentences written for the
// project (tests/events/data/sentences.jsonl), each with its DCT and the events a deadline
// tracker expects, negatives included. Every failure is printed with its sentence; the pass
// rate is printed and must stay above a floor. No sentence is excluded.
#include "expected.hpp"
#include "support.hpp"

#include <algorithm>
#include <doctest/doctest.h>
#include <iostream>
#include <kairos/extractor.hpp>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace {

struct sample {
    std::string dct;
    std::string text;
    std::vector<std::string> expected; ///< kairos::test::brief form, sorted
    std::vector<std::string> stated;   ///< values the text states (value, end, history)
};

std::vector<sample> load_corpus() {
    std::vector<sample> out;
    for (const auto& j :
         kairos::test::json_lines(KAIROS_SOURCE_DIR "/tests/events/data/sentences.jsonl")) {
        sample s{j.at("dct").get<std::string>(), j.at("text").get<std::string>(), {}, {}};
        for (const auto& e : j.at("events")) {
            const kairos::event ev = kairos::test::expected_event(e);
            s.expected.push_back(kairos::test::brief(ev));
            // "implied": the value is computed ("within 30 days"), the text does not state it.
            if (!e.value("implied", false) && !ev.value.is_reference())
                s.stated.push_back(ev.value.str());
            if (ev.end) s.stated.push_back(ev.end->str());
            for (const auto& h : ev.history) s.stated.push_back(h.str());
        }
        std::sort(s.expected.begin(), s.expected.end());
        out.push_back(std::move(s));
    }
    return out;
}

std::string joined(const std::vector<std::string>& v) {
    return v.empty() ? "(none)" : kairos::test::joined(v);
}

// True when every value the expected events need is among the tagger's mentions: then a
// failure is the event stage's own.
bool tagger_gave_values(const kairos::document& doc,
                        const std::vector<std::string>& expected_values) {
    return std::all_of(expected_values.begin(), expected_values.end(), [&](const std::string& v) {
        return std::any_of(doc.mentions.begin(), doc.mentions.end(),
                           [&](const kairos::mention& m) { return m.value.str() == v; });
    });
}

} // namespace

TEST_CASE("sentence corpus end to end") {
    const auto corpus = load_corpus();
    REQUIRE(corpus.size() >= 150);
    const kairos::extractor ex;
    std::size_t passed = 0, negatives = 0, negatives_passed = 0, tagger_ok = 0,
                tagger_ok_passed = 0;
    for (const auto& s : corpus) {
        const auto doc = ex.extract(s.text, {.dct = *kairos::parse_anchor(s.dct)});
        auto got = kairos::test::briefs(doc);
        std::sort(got.begin(), got.end());
        const bool ok = got == s.expected;
        passed += ok;
        if (s.expected.empty()) negatives += 1, negatives_passed += ok;
        if (tagger_gave_values(doc, s.stated)) tagger_ok += 1, tagger_ok_passed += ok;
        if (!ok) {
            std::string mentions;
            for (const auto& m : doc.mentions)
                mentions += " [" + m.text + "=" + m.value.str() + "]";
            std::cout << "corpus miss (DCT " << s.dct << "): " << s.text
                      << "\n  expected: " << joined(s.expected) << "\n  got:      " << joined(got)
                      << "\n  mentions:" << mentions << "\n";
        }
    }
    const double rate = 100.0 * static_cast<double>(passed) / static_cast<double>(corpus.size());
    std::cout << "events corpus: " << passed << "/" << corpus.size() << " sentences pass (" << rate
              << "%); negatives " << negatives_passed << "/" << negatives
              << "; where the tagger gave the expected values: " << tagger_ok_passed << "/"
              << tagger_ok << "\n";
    // Negatives must hold: spurious events are worse than none for a deadline tracker.
    CHECK(negatives_passed == negatives);
    // Where the tagger found the right dates, the event stage must get nearly all right.
    CHECK(static_cast<double>(tagger_ok_passed) >= 0.9 * static_cast<double>(tagger_ok));
}
