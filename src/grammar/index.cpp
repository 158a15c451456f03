// Building the index costs a few hundred small allocations once per process; looking a token
// up costs one hash of at most `longest_` bytes and no allocation.
#include "grammar/index.hpp"

#include "grammar/en/rules.hpp"

#include <bit>
#include <cstring>
#include <stdexcept>

namespace kairos::grammar {
namespace {

constexpr std::uint32_t bit(slot_kind k) noexcept {
    return std::uint32_t{1} << static_cast<unsigned>(k);
}

constexpr char lower(char c) noexcept {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

constexpr std::uint64_t fnv_basis = 14695981039346656037ull;
constexpr std::uint64_t fnv_prime = 1099511628211ull;

std::uint64_t hash_lower(std::string_view lower_word) noexcept {
    std::uint64_t h = fnv_basis;
    for (char c : lower_word) h = (h ^ static_cast<unsigned char>(c)) * fnv_prime;
    return h;
}

void add_rule(rule_set& set, std::size_t r) noexcept {
    set[r / 64] |= std::uint64_t{1} << (r % 64);
}

void merge(rule_set& into, const rule_set& from) noexcept {
    for (std::size_t k = 0; k < into.size(); ++k) into[k] |= from[k];
}

std::string to_lower(std::string_view w) {
    std::string s(w);
    for (char& c : s) c = lower(c);
    return s;
}

// Calls fn with each '|'-separated alternative of a word slot, in order.
template<class F>
void for_each_alternative(std::string_view list, F fn) {
    while (true) {
        const auto bar = list.find('|');
        fn(list.substr(0, bar));
        if (bar == std::string_view::npos) return;
        list.remove_prefix(bar + 1);
    }
}

std::uint32_t kinds_of(const word_info& w) noexcept {
    std::uint32_t k = 0;
    if (w.month) k |= bit(slot_kind::month);
    if (w.weekday) k |= bit(slot_kind::weekday);
    if (w.number) k |= bit(slot_kind::amount);
    if (w.ordinal) k |= bit(slot_kind::ordinal);
    if (w.season) k |= bit(slot_kind::season);
    if (w.pod) k |= bit(slot_kind::pod);
    if (w.zone) k |= bit(slot_kind::zone);
    if (w.unit != en::unit::none) k |= bit(slot_kind::unit);
    if (w.holiday_start) k |= bit(slot_kind::holiday);
    return k;
}

// "Q3", "H1": the shape the code slot reads.
bool code_shape(std::string_view t) noexcept {
    return t.size() == 2 && (t[0] == 'Q' || t[0] == 'H') && t[1] >= '1' && t[1] <= '4';
}

constexpr std::uint32_t number_kinds = bit(slot_kind::day) | bit(slot_kind::year) |
                                       bit(slot_kind::amount) | bit(slot_kind::clock) |
                                       bit(slot_kind::number) | bit(slot_kind::decade);
constexpr std::uint32_t alnum_kinds =
    bit(slot_kind::day) | bit(slot_kind::ordinal) | bit(slot_kind::decade) | bit(slot_kind::clock);
constexpr std::uint32_t apostrophe_kinds =
    bit(slot_kind::year2) | bit(slot_kind::decade) | bit(slot_kind::punct);

} // namespace

grammar_index::grammar_index(std::span<const rule> rules) : rules_(rules) {
    if (rules.size() > max_rules) throw std::length_error("kairos: more rules than max_rules");
    std::vector<std::string> words;
    for (std::string_view w : en::all_words()) words.push_back(to_lower(w));
    for (const rule& r : rules)
        for (const slot& s : r.pattern)
            if (s.kind == slot_kind::word)
                for_each_alternative(s.words,
                                     [&](std::string_view a) { words.push_back(to_lower(a)); });
    const std::size_t capacity = std::bit_ceil(words.size() * 2 + 16);
    keys_.resize(capacity);
    values_.resize(capacity);
    by_word_.resize(1);
    add_lexicon_words();
    slots_.resize(rules.size());
    for (std::size_t r = 0; r < rules.size(); ++r) compile_rule(r);
}

std::size_t grammar_index::find_slot(std::string_view lower_word) const noexcept {
    const std::size_t mask = keys_.size() - 1;
    std::size_t at = static_cast<std::size_t>(hash_lower(lower_word)) & mask;
    while (!keys_[at].empty() && keys_[at] != lower_word) at = (at + 1) & mask;
    return at;
}

word_info& grammar_index::entry_for(std::string_view lower_word) {
    const std::size_t at = find_slot(lower_word);
    if (keys_[at].empty()) {
        if ((used_ + 1) * 2 > keys_.size()) throw std::length_error("kairos: word index full");
        keys_[at] = std::string(lower_word);
        ++used_;
        longest_ = std::max(longest_, lower_word.size());
    }
    return values_[at];
}

void grammar_index::add_lexicon_words() {
    for (std::string_view w : en::all_words()) {
        const std::string key = to_lower(w);
        word_info& info = entry_for(key);
        info.month = en::find_month(key);
        info.weekday = en::find_weekday(key);
        info.number = en::find_number(key);
        info.ordinal = en::find_ordinal(key);
        info.season = en::find_season(key);
        info.pod = en::find_part_of_day(key);
        info.zone = en::find_zone(key);
        info.unit = en::find_unit(key, &info.plural);
        const en::holiday_table hs = en::holidays();
        for (std::size_t h = 0; h < hs.size; ++h)
            if (hs.data[h].name.substr(0, hs.data[h].name.find(' ')) == key)
                info.holiday_start = true;
        info.kinds = kinds_of(info);
    }
}

std::uint16_t grammar_index::intern(std::string_view lower_word) {
    word_info& info = entry_for(lower_word);
    if (info.id == 0) {
        info.id = next_id_++;
        by_word_.emplace_back();
    }
    return info.id;
}

void grammar_index::compile_rule(std::size_t r) {
    bool leading = true; // the slot can be the first one to read a token
    for (std::size_t k = 0; k < max_slots; ++k) {
        const slot& s = rules_[r].pattern[k];
        if (s.kind == slot_kind::end) break;
        if (s.kind == slot_kind::word) {
            slots_[r][k].first = static_cast<std::uint32_t>(ids_.size());
            for_each_alternative(s.words, [&](std::string_view a) {
                const std::uint16_t id = intern(to_lower(a));
                ids_.push_back(id);
                if (leading) add_rule(by_word_[id], r);
            });
            slots_[r][k].count = static_cast<std::uint32_t>(ids_.size()) - slots_[r][k].first;
        } else if (leading) {
            add_rule(by_kind_[static_cast<std::size_t>(s.kind)], r);
        }
        leading = leading && s.optional;
    }
}

const word_info* grammar_index::lookup(std::string_view word) const noexcept {
    if (word.empty() || word.size() > longest_) return nullptr;
    char buf[64];
    if (word.size() > sizeof buf) return nullptr;
    for (std::size_t k = 0; k < word.size(); ++k) buf[k] = lower(word[k]);
    const std::string_view key(buf, word.size());
    const std::size_t at = find_slot(key);
    return keys_[at].empty() ? nullptr : &values_[at];
}

void grammar_index::facts(const lex::token_stream& ts, token_facts& out) const {
    out.info.assign(ts.size(), nullptr);
    for (std::size_t i = 0; i < ts.size(); ++i)
        if (ts.tokens[i].kind == lex::token_kind::word) out.info[i] = lookup(ts.str(i));
}

rule_set grammar_index::candidates(const lex::token_stream& ts, const token_facts& f,
                                   std::size_t i) const noexcept {
    rule_set out{};
    std::uint32_t kinds = 0;
    switch (ts.tokens[i].kind) {
    case lex::token_kind::word:
        if (const word_info* w = f.info[i]) {
            kinds = w->kinds;
            if (w->id) merge(out, by_word_[w->id]);
        }
        if (code_shape(ts.str(i))) kinds |= bit(slot_kind::code);
        break;
    case lex::token_kind::number:
        kinds = number_kinds;
        break;
    case lex::token_kind::alnum:
        kinds = alnum_kinds;
        break;
    case lex::token_kind::punct:
        if (ts.str(i) == "'") kinds = apostrophe_kinds;
        break;
    }
    while (kinds) {
        merge(out, by_kind_[static_cast<std::size_t>(std::countr_zero(kinds))]);
        kinds &= kinds - 1;
    }
    return out;
}

std::span<const std::uint16_t> grammar_index::alternatives(std::size_t r,
                                                           std::size_t slot) const noexcept {
    const slot_words& s = slots_[r][slot];
    return {ids_.data() + s.first, s.count};
}

const grammar_index& english_index() {
    static const grammar_index index(en::rules());
    return index;
}

} // namespace kairos::grammar
