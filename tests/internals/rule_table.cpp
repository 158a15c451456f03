// The rule table's identities: refiners find rules by rule_id and producers read the meaning a
// word slot's list gives each word, so both must be unambiguous.
#include "lang/en/rules.hpp"

#include <doctest/doctest.h>
#include <map>
#include <set>
#include <string>

namespace {

namespace g = kairos::grammar;

} // namespace

TEST_CASE("every rule id a refiner asks for names exactly one rule") {
    std::map<g::rule_id, std::string> owner;
    for (const g::rule& r : g::en::rules()) {
        if (r.id == g::rule_id::other) continue;
        CAPTURE(r.name);
        const auto [at, fresh] = owner.emplace(r.id, std::string(r.name));
        CHECK_MESSAGE(fresh, "rule_id also set by " << at->second);
    }
    // `yesterday` is the last enumerator of rule_id: every id from `other` on is in use
    CHECK(owner.size() == static_cast<std::size_t>(g::rule_id::yesterday));
}

TEST_CASE("a word slot's named words are distinct lower-case words") {
    for (const g::rule& r : g::en::rules()) {
        CAPTURE(r.name);
        for (const g::slot& s : r.pattern) {
            std::set<std::string_view> seen;
            for (const g::named_word& n : s.named) {
                CAPTURE(n.word);
                CHECK(seen.insert(n.word).second);
                CHECK(!n.word.empty());
                for (const char c : n.word) CHECK_FALSE((c >= 'A' && c <= 'Z'));
            }
        }
    }
}
