// Malformed values give !ok() with a message saying what is wrong, and never throw.
#include <cstdint>
#include <doctest/doctest.h>
#include <kairos/timex.hpp>
#include <string>
#include <string_view>

// Inside kairos: glibc declares a global ::timex (adjtimex), so no global using-declaration.
namespace kairos::test {

namespace {

struct bad_case {
    std::string_view value;
    std::string_view message_part; // a phrase the error must contain
};

constexpr bad_case bad[] = {
    {"", "empty"},
    {"2025-13", "month"},
    {"2025-00", "month"},
    {"2025-1", "month"},
    {"2025-02-30", "day"},
    {"2025-02-29", "day"},
    {"2025-04-31", "day"},
    {"2025-09-00", "day"},
    {"XXXX-02-30", "day"},
    {"2025-W54", "week"},
    {"2025-W53", "week"}, // 2025 has 52 ISO weeks
    {"2025-W00", "week"},
    {"2025-W", "week"},
    {"2025-W37-8", "week day"},
    {"2025-W37-0", "week day"},
    {"2025-Q5", "quarter"},
    {"2025-Q0", "quarter"},
    {"2025-H3", "half"},
    {"2025-XP", "month"},
    {"2025-", "after the year"},
    {"2025-Z", "after the year"},
    {"1X9X", "year"},
    {"20251", "year"},
    {"20202202025-5-Q", "year"}, // found by fuzzing: a long digit run overflowed
    {"2", "year"},
    {"199-01", "unexpected"},
    {"2025-09-17T25", "hour"},
    {"2025-09-17T24:30", "minute"},
    {"2025-09-17T17:60", "minute"},
    {"2025-09-17T17:00:61", "second"},
    {"2025-09-17T17:00+25:00", "offset"},
    {"2025-09-17T17:00-0400", "offset"},
    {"2025-09-17TXX", "time"},
    {"2025-09-17T", "time"},
    {"2025-09T17:00", "unexpected"},
    {"2025-W37-WET10", "unexpected"},
    {"2025-09-17 ", "unexpected"},
    {"P", "no components"},
    {"PT", "after T"},
    {"P3DT", "after T"},
    {"P1", "unit"},
    {"P3Z", "unit"},
    {"PY", "amount"},
    {"P01D", "amount"},
    {"P1234567890D", "9 digits"},
    {"P1M1Y", "largest first"},
    {"P1D1D", "largest first"},
    {"PT1S1H", "largest first"},
    {"P1.Y", "unit"},
    {"present_ref", "year"},
    {"garbage", "year"},
};

} // namespace

TEST_CASE("invalid values are rejected with a message") {
    for (const auto& c : bad) {
        CAPTURE(c.value);
        const auto t = timex::parse(c.value);
        CHECK_FALSE(t.ok());
        CHECK(t.kind() == kairos::timex_kind::invalid);
        CHECK(t.error().find(c.message_part) != std::string_view::npos);
        CHECK(t.str().empty());
        CHECK_FALSE(t.bounds().has_value());
        CHECK_FALSE(t.grain().has_value());
    }
}

TEST_CASE("a default-constructed timex is invalid and says so") {
    const timex t;
    CHECK_FALSE(t.ok());
    CHECK(t.error() == "empty value");
    CHECK(t == timex::parse(""));
}

TEST_CASE("very long and binary input is rejected, not read past") {
    const std::string long_value(100'000, '9');
    CHECK(timex::parse(long_value).error() == "value is too long");
    const std::string long_duration = "P" + std::string(120, '1') + "D";
    CHECK_FALSE(timex::parse(long_duration).ok());

    const std::string with_nul("2025\0-09", 8);
    CHECK_FALSE(timex::parse(with_nul).ok());
    const std::string high_bytes = "2025-\xff\xfe";
    CHECK_FALSE(timex::parse(high_bytes).ok());
}

TEST_CASE("arbitrary bytes never throw, and whatever parses round-trips") {
    // A deterministic xorshift stream over an alphabet rich in TIMEX3 characters.
    constexpr std::string_view alphabet = "0123456789XPTWQHSUFAIMOEVNDYCLRZ-:+.\x01\xff _";
    std::uint32_t state = 2463534242u;
    const auto next = [&state] {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        return state;
    };
    int accepted = 0;
    for (int n = 0; n < 200'000; ++n) {
        std::string s;
        const auto len = next() % 14;
        for (std::uint32_t k = 0; k < len; ++k) s += alphabet[next() % alphabet.size()];
        const auto t = timex::parse(s);
        if (!t.ok()) {
            REQUIRE_FALSE(t.error().empty());
            continue;
        }
        ++accepted;
        REQUIRE(t.str() == s);
        if (const auto b = t.bounds()) {
            REQUIRE(b->first_day <= b->last_day);
            REQUIRE(b->first <= b->last);
        }
    }
    CHECK(accepted > 0);
    MESSAGE("random strings accepted: " << accepted);
}

} // namespace kairos::test
