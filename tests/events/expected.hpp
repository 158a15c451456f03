// Test support: the JSON Lines tables of tests/events/data, and the events their rows expect.
#pragma once

#include <doctest/doctest.h>
#include <fstream>
#include <kairos/event.hpp>
#include <kairos/timex.hpp>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace kairos::test {

/// The records of a JSON Lines file, blank lines skipped; the file must open.
inline std::vector<nlohmann::json> json_lines(const std::string& path) {
    std::ifstream in(path);
    REQUIRE(in.good());
    std::vector<nlohmann::json> out;
    for (std::string line; std::getline(in, line);)
        if (!line.empty()) out.push_back(nlohmann::json::parse(line));
    return out;
}

/// The event a table row describes: kind, value, and the end, history and extension count
/// when the row gives them.
inline event expected_event(const nlohmann::json& e) {
    event ev;
    ev.kind = *parse_event_kind(e.at("kind").get<std::string>());
    ev.value = timex::parse(e.at("value").get<std::string>());
    if (e.contains("end")) ev.end = timex::parse(e.at("end").get<std::string>());
    for (const auto& h : e.value("history", nlohmann::json::array()))
        ev.history.push_back(timex::parse(h.get<std::string>()));
    if (e.contains("extensions")) ev.extensions = e.at("extensions").get<int>();
    return ev;
}

} // namespace kairos::test
