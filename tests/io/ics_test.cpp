// iCalendar: the file is parsed by an independent parser (python3-icalendar) and its dates are
// checked; the octet-level rules (CRLF, folding, escaping, stable UIDs) are checked directly.
#include "tools.hpp"

#include <doctest/doctest.h>
#include <kairos/io/ics.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace {

using kairos::event_kind;

using kairos_test::day;
using kairos_test::make;

kairos::timeline sample() {
    kairos::timeline tl;
    const auto as_of = day("2025-09-14");
    tl.add(make(event_kind::meeting, "2025-09-14", "US-China talks"), "madrid.txt", as_of);
    tl.add(make(event_kind::deadline, "2025-09-17", "TikTok divestment"), "madrid.txt", as_of);
    tl.add(make(event_kind::expiry, "2025-11", "tariff truce"), "madrid.txt", as_of);
    tl.add(make(event_kind::deadline, "2025-Q4", "chip export rules"), "madrid.txt", as_of);
    tl.add(make(event_kind::meeting, "FUTURE_REF", "APEC meeting"), "madrid.txt", as_of);
    auto timed = make(event_kind::meeting, "2025-09-20T09:00", "trade ministers");
    timed.instant_utc = date::sys_seconds{day("2025-09-20")} + std::chrono::hours{13};
    tl.add(timed, "madrid.txt", as_of);
    return tl;
}

std::vector<std::string_view> physical_lines(std::string_view ics) {
    std::vector<std::string_view> out;
    while (!ics.empty()) {
        const auto end = ics.find("\r\n");
        REQUIRE(end != std::string_view::npos); // every line ends in CRLF
        out.push_back(ics.substr(0, end));
        ics.remove_prefix(end + 2);
    }
    return out;
}

/// What an independent parser reads: one line per component, "NAME|summary|prop=date ...".
std::string parsed_by_icalendar(const std::string& ics) {
    const auto in = kairos_test::temp_file("timeline.ics", ics);
    const auto out = in.string() + ".txt";
    const std::string script =
        "import sys, icalendar\n"
        "cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())\n"
        "for c in cal.walk():\n"
        "    if c.name not in ('VEVENT', 'VTODO'): continue\n"
        "    props = ' '.join(p + '=' + c.get(p).dt.isoformat() for p in ('DTSTART', 'DTEND', "
        "'DUE') if c.get(p) is not None)\n"
        "    print(c.name + '|' + str(c.get('SUMMARY')) + '|' + props)\n";
    const auto py = kairos_test::temp_file("parse_ics.py", script);
    const int rc = kairos_test::run("/usr/bin/python3 " + py.string() + " " + in.string() + " > " +
                                    out + " 2>&1");
    const auto text = kairos_test::read_file(out);
    REQUIRE_MESSAGE(rc == 0, text);
    return text;
}

} // namespace

TEST_CASE("an independent iCalendar parser reads the dates back") {
    if (!kairos_test::python_has("icalendar")) {
        WARN_MESSAGE(false, "python3-icalendar not installed: parser check skipped");
        return;
    }
    const auto ics = kairos::io::to_ics(sample(), {.as_of = day("2025-09-14")});
    CHECK(parsed_by_icalendar(ics) ==
          "VEVENT|meeting: US-China talks|DTSTART=2025-09-14 DTEND=2025-09-15\n"
          "VTODO|deadline: TikTok divestment|DUE=2025-09-17\n"
          "VEVENT|meeting: trade ministers|DTSTART=2025-09-20T13:00:00+00:00\n"
          "VTODO|deadline: chip export rules|DTSTART=2025-10-01 DUE=2025-12-31\n"
          "VEVENT|expiry: tariff truce|DTSTART=2025-11-01 DTEND=2025-12-01\n");
}

TEST_CASE("escaping and folding survive a real parser") {
    if (!kairos_test::python_has("icalendar")) {
        WARN_MESSAGE(false, "python3-icalendar not installed: parser check skipped");
        return;
    }
    kairos::timeline tl;
    const std::string subject = "tariffs, quotas; and \\ \"duties\"\nsecond line — Zürich 日本 " +
                                std::string(40, 'x') + " é";
    tl.add(make(event_kind::deadline, "2025-09-17", subject), "a.txt", day("2025-09-01"));
    const auto ics = kairos::io::to_ics(tl, {.as_of = day("2025-09-01")});
    CHECK(parsed_by_icalendar(ics) == "VTODO|deadline: " + subject + "|DUE=2025-09-17\n");
}

TEST_CASE("lines end in CRLF, fold at 75 octets and never split a UTF-8 sequence") {
    kairos::timeline tl;
    std::string subject;
    for (int i = 0; i < 60; ++i) subject += "é日"; // 2- and 3-byte sequences at every offset
    tl.add(make(event_kind::deadline, "2025-09-17", subject), "a.txt", day("2025-09-01"));
    const auto ics = kairos::io::to_ics(tl, {.as_of = day("2025-09-01")});
    CHECK(ics.find("\n") == ics.find("\r\n") + 1); // no bare LF before the first CRLF
    std::string unfolded;
    for (auto l : physical_lines(ics)) {
        CHECK(l.size() <= 75);
        CHECK(kairos::io::detail::clean_utf8(l) == l); // each physical line is whole UTF-8
        if (l.starts_with(' ')) {
            unfolded += l.substr(1);
        } else {
            unfolded += "\n";
            unfolded += l;
        }
    }
    CHECK(unfolded.find("SUMMARY:deadline: " + subject + "\n") != std::string::npos);
}

TEST_CASE("text values escape backslash, semicolon, comma and newline") {
    kairos::timeline tl;
    tl.add(make(event_kind::meeting, "2025-09-17", "a,b;c\\d\ne"), "s", day("2025-09-01"));
    const auto ics = kairos::io::to_ics(tl, {.as_of = day("2025-09-01")});
    CHECK(ics.find("SUMMARY:meeting: a\\,b\\;c\\\\d\\ne\r\n") != std::string::npos);
}

TEST_CASE("the same timeline gives the same bytes; UIDs follow kind, subject and sources") {
    const auto opt = kairos::io::ics_options{.as_of = day("2025-09-14")};
    const auto a = kairos::io::to_ics(sample(), opt);
    CHECK(a == kairos::io::to_ics(sample(), opt));
    CHECK(a.find("DTSTAMP:20250914T000000Z\r\n") != std::string::npos);

    // A revised date keeps the UID; another source changes it.
    kairos::timeline one;
    one.add(make(event_kind::deadline, "2025-09-17", "TikTok divestment"), "a", day("2025-06-19"));
    kairos::timeline moved;
    moved.add(make(event_kind::deadline, "2025-12-16", "TikTok divestment"), "a",
              day("2025-06-19"));
    const auto uid = [&](const kairos::timeline& tl) {
        const auto ics = kairos::io::to_ics(tl, opt);
        const auto at = ics.find("UID:");
        return ics.substr(at, ics.find("\r\n", at) - at);
    };
    CHECK(uid(one) == uid(moved));
    one.add(make(event_kind::deadline, "2025-12-16", "TikTok divestment"), "b", day("2025-09-16"));
    REQUIRE(one.size() == 1);
    CHECK(uid(one) != uid(moved));

    // Two entries with the same kind, subject and sources still get distinct UIDs.
    kairos::timeline twins;
    twins.add(make(event_kind::deadline, "2025-10-01", "filing"), "a", day("2025-09-01"));
    twins.add(make(event_kind::deadline, "2025-11-01", "filing"), "a", day("2025-09-01"));
    const auto ics = kairos::io::to_ics(twins, opt);
    const auto first = ics.find("UID:");
    const auto second = ics.find("UID:", first + 1);
    REQUIRE(second != std::string::npos);
    CHECK(ics.substr(first, ics.find("\r\n", first) - first) + "-2" !=
          ics.substr(second, ics.find("\r\n", second) - second));
    CHECK(ics.substr(second, ics.find("\r\n", second) - second).find("-2@kairos") !=
          std::string::npos);
}

TEST_CASE("entries without a date stay out of the calendar") {
    const auto ics = kairos::io::to_ics(sample(), {.as_of = day("2025-09-14")});
    CHECK(ics.find("APEC") == std::string::npos);
    std::size_t components = 0;
    for (auto l : physical_lines(ics))
        components += l.starts_with("BEGIN:V") && l != "BEGIN:VCALENDAR";
    CHECK(components == 5);
}
