// iCalendar: the file is parsed by an independent parser (python3-icalendar) and what a calendar
// app would show is checked (dates, UIDs across re-imports, SEQUENCE, the history in the
// description); the octet-level rules (CRLF, folding, escaping) are checked directly.
#include "tools.hpp"

#include <algorithm>
#include <doctest/doctest.h>
#include <kairos/io/ics.hpp>
#include <set>
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

/// What an independent parser reads: one line per component, "NAME|summary|prop=date ...",
/// then "|NAME=value" for each of `extra` the component has.
std::string parsed_by_icalendar(const std::string& ics, const std::string& extra = "") {
    const auto in = kairos_test::temp_file("timeline.ics", ics);
    const auto out = in.string() + ".txt";
    const std::string script =
        "import sys, icalendar\n"
        "cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())\n"
        "for c in cal.walk():\n"
        "    if c.name not in ('VEVENT', 'VTODO'): continue\n"
        "    props = ' '.join(p + '=' + c.get(p).dt.isoformat() for p in ('DTSTART', 'DTEND', "
        "'DUE') if c.get(p) is not None)\n"
        "    more = ''.join('|' + p + '=' + str(c.get(p)) for p in sys.argv[2].split(',') "
        "if p and c.get(p) is not None)\n"
        "    print(c.name + '|' + str(c.get('SUMMARY')) + '|' + props + more)\n";
    const auto py = kairos_test::temp_file("parse_ics.py", script);
    const int rc = kairos_test::run("/usr/bin/python3 " + py.string() + " " + in.string() + " '" +
                                    extra + "' > " + out + " 2>&1");
    const auto text = kairos_test::read_file(out);
    REQUIRE_MESSAGE(rc == 0, text);
    return text;
}

} // namespace

TEST_CASE("an independent iCalendar parser reads every entry as an event with its dates") {
    if (!kairos_test::python_has("icalendar")) {
        WARN_MESSAGE(false, "python3-icalendar not installed: parser check skipped");
        return;
    }
    const auto ics = kairos::io::to_ics(sample(), {.as_of = day("2025-09-14")});
    // A day is all-day; a Q4 deadline falls on the last day it can be met; a clock time with
    // a known zone is its UTC instant.
    CHECK(parsed_by_icalendar(ics) ==
          "VEVENT|meeting: US-China talks|DTSTART=2025-09-14 DTEND=2025-09-15\n"
          "VEVENT|deadline: TikTok divestment|DTSTART=2025-09-17 DTEND=2025-09-18\n"
          "VEVENT|meeting: trade ministers|DTSTART=2025-09-20T13:00:00+00:00 "
          "DTEND=2025-09-20T13:00:00+00:00\n"
          "VEVENT|deadline: chip export rules|DTSTART=2025-12-31 DTEND=2026-01-01\n"
          "VEVENT|expiry: tariff truce|DTSTART=2025-11-01 DTEND=2025-12-01\n");
    CHECK(ics.find("Due by the end of 2025-Q4.") != std::string::npos);
}

TEST_CASE("with the todo option deadlines are tasks with DUE, everything else stays an event") {
    if (!kairos_test::python_has("icalendar")) {
        WARN_MESSAGE(false, "python3-icalendar not installed: parser check skipped");
        return;
    }
    const auto ics = kairos::io::to_ics(sample(), {.as_of = day("2025-09-14"), .todo = true});
    CHECK(parsed_by_icalendar(ics) ==
          "VEVENT|meeting: US-China talks|DTSTART=2025-09-14 DTEND=2025-09-15\n"
          "VTODO|deadline: TikTok divestment|DUE=2025-09-17\n"
          "VEVENT|meeting: trade ministers|DTSTART=2025-09-20T13:00:00+00:00 "
          "DTEND=2025-09-20T13:00:00+00:00\n"
          "VTODO|deadline: chip export rules|DTSTART=2025-10-01 DUE=2025-12-31\n"
          "VEVENT|expiry: tariff truce|DTSTART=2025-11-01 DTEND=2025-12-01\n");
}

namespace {

/// The TikTok deadline as three articles report it: set for Jan. 19, extended to Sept. 17,
/// pushed to Dec. 16 (each later article also names the date it replaces).
kairos::event report(std::string_view value, std::string subject,
                     std::vector<std::string_view> earlier) {
    auto e = make(event_kind::deadline, value, std::move(subject));
    for (auto v : earlier) e.history.push_back(kairos::timex::parse(v));
    return e;
}

void add_report(kairos::timeline& tl, int n) {
    if (n == 0) tl.add(report("2025-01-19", "TikTok divestment", {}), "jan.txt", day("2025-01-17"));
    if (n == 1)
        tl.add(report("2025-09-17", "TikTok divestment", {"2025-01-19"}), "jun.txt",
               day("2025-06-19"));
    if (n == 2)
        tl.add(report("2025-12-16", "TikTok sale", {"2025-09-17"}), "sep.txt", day("2025-09-16"));
}

} // namespace

TEST_CASE("a moved deadline keeps its UID; SEQUENCE, LAST-MODIFIED and DESCRIPTION follow it") {
    if (!kairos_test::python_has("icalendar")) {
        WARN_MESSAGE(false, "python3-icalendar not installed: parser check skipped");
        return;
    }
    const kairos::io::ics_options opt{.as_of = day("2025-09-20")};
    kairos::timeline tl;
    std::vector<std::string> seen; // what a calendar app reads after each article
    for (int n = 0; n < 3; ++n) {
        add_report(tl, n);
        REQUIRE(tl.size() == 1);
        seen.push_back(parsed_by_icalendar(kairos::io::to_ics(tl, opt), "UID,SEQUENCE"));
    }
    const auto uid = [](const std::string& s) { return s.substr(s.find("|UID=")); };
    INFO(seen[0] << seen[1] << seen[2]);
    CHECK(uid(seen[0]).substr(0, 22) == uid(seen[1]).substr(0, 22));
    CHECK(uid(seen[1]).substr(0, 22) == uid(seen[2]).substr(0, 22));
    CHECK(seen[0].find("DTSTART=2025-01-19 DTEND=2025-01-20|UID=") != std::string::npos);
    CHECK(seen[0].ends_with("|SEQUENCE=0\n"));
    CHECK(seen[1].find("DTSTART=2025-09-17") != std::string::npos);
    CHECK(seen[1].ends_with("|SEQUENCE=1\n"));
    CHECK(seen[2].find("deadline: TikTok sale|DTSTART=2025-12-16") != std::string::npos);
    CHECK(seen[2].ends_with("|SEQUENCE=2\n"));

    const auto ics = kairos::io::to_ics(tl, opt);
    std::string unfolded;
    for (auto l : physical_lines(ics))
        unfolded += l.starts_with(' ') ? l.substr(1) : "\n" + std::string(l);
    CHECK(unfolded.find("\nCREATED:20250117T000000Z\n") != std::string::npos);
    CHECK(unfolded.find("\nLAST-MODIFIED:20250916T000000Z\n") != std::string::npos);
    CHECK(unfolded.find("Earlier dates: 2025-01-19 2025-09-17 (now 2025-12-16)") !=
          std::string::npos);
    CHECK(unfolded.find("Reports:\\n2025-01-17 jan.txt: 2025-01-19\\n2025-06-19 jun.txt: "
                        "2025-09-17\\n2025-09-16 sep.txt: 2025-12-16") != std::string::npos);
}

TEST_CASE("SEQUENCE grows with every move, also a move back to an earlier date") {
    const kairos::io::ics_options opt{.as_of = day("2025-09-20")};
    kairos::timeline tl;
    const auto sequence = [&] {
        const auto ics = kairos::io::to_ics(tl, opt);
        const auto at = ics.find("SEQUENCE:") + 9;
        return ics.substr(at, ics.find("\r\n", at) - at);
    };
    tl.add(make(event_kind::deadline, "2025-09-17", "TikTok divestment"), "a", day("2025-06-19"));
    CHECK(sequence() == "0");
    tl.add(make(event_kind::deadline, "2025-09-17", "TikTok divestment"), "b", day("2025-06-20"));
    CHECK(sequence() == "0"); // another report of the same date changes nothing
    tl.add(make(event_kind::deadline, "2025-12-16", "TikTok divestment"), "c", day("2025-09-16"));
    CHECK(sequence() == "1");
    tl.add(make(event_kind::deadline, "2025-09-17", "TikTok divestment"), "d", day("2025-09-18"));
    REQUIRE(tl.size() == 1);
    CHECK(sequence() == "2");
}

TEST_CASE("UIDs: same input same bytes; entries of one article stay apart when one moves") {
    const auto opt = kairos::io::ics_options{.as_of = day("2025-09-14")};
    const auto a = kairos::io::to_ics(sample(), opt);
    CHECK(a == kairos::io::to_ics(sample(), opt));
    CHECK(a.find("DTSTAMP:20250914T000000Z\r\n") != std::string::npos);

    const auto uids = [&](const kairos::timeline& tl) {
        std::vector<std::string> out;
        const auto ics = kairos::io::to_ics(tl, opt);
        for (auto l : physical_lines(ics))
            if (l.starts_with("UID:")) out.emplace_back(l.substr(4));
        std::sort(out.begin(), out.end());
        return out;
    };
    kairos::timeline tl;
    tl.add(make(event_kind::deadline, "2025-10-01", "bank filing"), "a", day("2025-09-01"));
    tl.add(make(event_kind::deadline, "2025-11-01", "merger review"), "a", day("2025-09-01"));
    const auto before = uids(tl);
    REQUIRE(before.size() == 2);
    CHECK(before[0] != before[1]);
    // A later article moves the first deadline past the second: no UID changes hands.
    auto moved = make(event_kind::deadline, "2025-12-15", "bank filing");
    moved.history.push_back(kairos::timex::parse("2025-10-01"));
    tl.add(moved, "b", day("2025-09-20"));
    REQUIRE(tl.size() == 2);
    CHECK(uids(tl) == before);
    // An unrelated deadline from another article gets a UID of its own.
    tl.add(make(event_kind::deadline, "2025-10-01", "bond sale"), "c", day("2025-09-02"));
    const auto after = uids(tl);
    CHECK(std::set<std::string>(after.begin(), after.end()).size() == 3);
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
    CHECK(parsed_by_icalendar(ics) ==
          "VEVENT|deadline: " + subject + "|DTSTART=2025-09-17 DTEND=2025-09-18\n");
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

TEST_CASE("entries without a date stay out of the calendar") {
    const auto ics = kairos::io::to_ics(sample(), {.as_of = day("2025-09-14")});
    CHECK(ics.find("APEC") == std::string::npos);
    std::size_t components = 0;
    for (auto l : physical_lines(ics))
        components += l.starts_with("BEGIN:V") && l != "BEGIN:VCALENDAR";
    CHECK(components == 5);
}
