// The JSON schemas of kairos/io/json.hpp built a second way, as nlohmann trees member by member:
// the reference the one writer's text is compared with (compact and indented), so a change to
// the writer that nlohmann's printer would not make is caught.
#pragma once

#include <kairos/io/json.hpp>
#include <string>

namespace kairos_test::ref {

using kairos::io::json;
namespace js = kairos::io::detail::js;

inline json day(const std::optional<kairos::bounds>& b, bool first) {
    if (!b) return nullptr;
    return js::iso_day(first ? b->first_day : b->last_day);
}

inline json instant(const std::optional<date::sys_seconds>& t) {
    if (!t) return nullptr;
    return js::iso_instant(*t);
}

inline json timex_out(const kairos::timex& t) {
    if (t.mod() == kairos::timex_mod::none) return t.str();
    return json{{"value", t.str()}, {"mod", std::string(to_string(t.mod()))}};
}

inline json mention(const kairos::mention& m) {
    json j;
    j["begin"] = m.begin;
    j["end"] = m.end;
    j["text"] = m.text;
    j["type"] = std::string(to_string(m.type));
    j["value"] = m.value.str();
    const auto mod = m.value.mod();
    j["mod"] = mod == kairos::timex_mod::none ? json(nullptr) : json(std::string(to_string(mod)));
    return j;
}

inline json event(const kairos::event& e) {
    const auto b = kairos::event_bounds(e);
    json j;
    j["kind"] = std::string(to_string(e.kind));
    j["value"] = e.value.str();
    j["first"] = day(b, true);
    j["last"] = day(b, false);
    j["instant_utc"] = instant(e.instant_utc);
    j["subject"] = e.subject;
    j["mentions"] = e.mentions;
    j["history"] = json::array();
    for (const auto& h : e.history) j["history"].push_back(h.str());
    return j;
}

inline json extract(const kairos::document& doc) {
    json j;
    j["dct"] = js::dct_string(doc.dct);
    if (!doc.dct.zone.empty()) j["tz"] = doc.dct.zone;
    j["mentions"] = json::array();
    for (const auto& m : doc.mentions) {
        j["mentions"].push_back(mention(m));
        if (const kairos::reach* r = doc.reach_of(m))
            j["mentions"].back()["reach"] = json{{"begin", r->begin.str()}, {"end", r->end.str()}};
    }
    j["events"] = json::array();
    for (const auto& e : doc.events) j["events"].push_back(event(e));
    return j;
}

inline json full_event(const kairos::event& e) {
    json j;
    j["kind"] = std::string(to_string(e.kind));
    j["value"] = timex_out(e.value);
    j["end"] = e.end ? timex_out(*e.end) : json(nullptr);
    j["instant_utc"] = instant(e.instant_utc);
    j["subject"] = e.subject;
    j["sentence"] = e.sentence;
    j["mentions"] = e.mentions;
    j["history"] = json::array();
    for (const auto& h : e.history) j["history"].push_back(timex_out(h));
    j["extensions"] = e.extensions ? json(*e.extensions) : json(nullptr);
    return j;
}

inline json timeline(const kairos::timeline& tl) {
    json j;
    j["kairos_timeline"] = kairos::io::timeline_format_version;
    j["entries"] = json::array();
    for (const auto& x : tl.entries()) {
        json e;
        e["event"] = full_event(x.event);
        e["first"] = day(x.bounds, true);
        e["last"] = day(x.bounds, false);
        e["revisions"] = json::array();
        for (const auto& r : x.revisions)
            e["revisions"].push_back({{"value", timex_out(r.value)},
                                      {"source", r.source},
                                      {"reported", js::iso_day(r.reported)}});
        e["sources"] = x.sources;
        j["entries"].push_back(std::move(e));
    }
    return j;
}

/// What nlohmann prints for `j`: compact with -1, else indented.
inline std::string text(const json& j, int indent) {
    return j.dump(indent, ' ', false, json::error_handler_t::replace);
}

} // namespace kairos_test::ref
