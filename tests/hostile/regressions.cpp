// Every input a fuzz target ever failed on (fuzz/regressions/<target>/) is replayed here with
// the invariants of that target, so a fixed crash stays fixed in every build, sanitized or not.
#include "invariants.hpp"

#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>
#include <functional>
#include <kairos/io/json.hpp>
#include <kairos/io/timeml.hpp>
#include <kairos/timex.hpp>
#include <map>
#include <sstream>
#include <string>
#include <string_view>

namespace fs = std::filesystem;

namespace {

void replay_extract(std::string_view bytes) {
    static const kairos::extractor ex;
    kairos::test::check_document(ex.extract(bytes, kairos::test::dct(2025, 9, 14)), bytes);
}

void replay_timex(std::string_view bytes) {
    const auto t = kairos::timex::parse(bytes);
    if (!t.ok()) {
        CHECK_FALSE(t.error().empty());
        return;
    }
    const auto again = kairos::timex::parse(t.str());
    CHECK(again == t);
}

void replay_timeml(std::string_view bytes) {
    const auto doc = kairos::io::parse_timeml(bytes);
    if (!doc) return;
    for (const auto& x : doc->timexes) CHECK((x.begin <= x.end && x.end <= doc->text.size()));
}

void replay_json(std::string_view bytes) {
    const auto tl = kairos::io::load_timeline(bytes);
    if (!tl) return;
    const auto again = kairos::io::load_timeline(kairos::io::save_timeline(*tl, -1));
    REQUIRE(again.has_value());
    CHECK(*again == *tl);
}

void replay_jsonl(std::string_view bytes) {
    const auto r = kairos::io::read_jsonl_record(bytes, 1);
    if (!r) CHECK_FALSE(r.err().message.empty());
}

const std::map<std::string, std::function<void(std::string_view)>> replayers = {
    {"extract", replay_extract},
    {"timex", replay_timex},
    {"timeml", replay_timeml},
    {"json", replay_json},
    {"jsonl", replay_jsonl}};

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

} // namespace

TEST_CASE("every kept fuzz finding replays cleanly") {
    const fs::path root = KAIROS_SOURCE_DIR "/fuzz/regressions";
    std::size_t replayed = 0;
    for (const auto& [target, replay] : replayers) {
        if (!fs::is_directory(root / target)) continue;
        for (const auto& f : fs::directory_iterator(root / target)) {
            CAPTURE(f.path().string());
            replay(slurp(f.path()));
            ++replayed;
        }
    }
    MESSAGE(replayed << " regression inputs replayed");
    CHECK(fs::is_directory(root));
}

TEST_CASE("the timex year-overflow input found by fuzz_timex is rejected, not overflowed") {
    const std::string input("199999999999\x01\x00\x07\xe9"
                            "9",
                            17);
    const auto t = kairos::timex::parse(input);
    CHECK_FALSE(t.ok());
}
