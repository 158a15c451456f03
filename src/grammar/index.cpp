// Building the index costs a few hundred small allocations once per process (under 1 ms);
// looking a token up costs one word_map probe and no allocation.
#include "grammar/index.hpp"

#include "lang/en/reading.hpp"

#include <algorithm>
#include <bit>
#include <cstring>
#include <stdexcept>

namespace kairos::grammar {
namespace {

constexpr std::uint32_t bit(slot_kind k) noexcept {
    return std::uint32_t{1} << static_cast<unsigned>(k);
}

void add_rule(rule_set& set, std::size_t r) noexcept {
    set[r / 64] |= std::uint64_t{1} << (r % 64);
}

void merge(rule_set& into, const rule_set& from) noexcept {
    for (std::size_t k = 0; k < into.size(); ++k) into[k] |= from[k];
}

std::uint32_t kinds_of(const word_info& w) noexcept {
    std::uint32_t k = 0;
    if (w.month) k |= bit(slot_kind::month);
    if (w.weekday) k |= bit(slot_kind::weekday);
    if (w.number) k |= bit(slot_kind::amount);
    if (w.ordinal) k |= bit(slot_kind::ordinal);
    if (w.number || w.ordinal) k |= bit(slot_kind::day_word);
    if (w.season) k |= bit(slot_kind::season);
    if (w.pod) k |= bit(slot_kind::pod);
    if (w.zone) k |= bit(slot_kind::zone);
    if (w.unit != en::unit::none) k |= bit(slot_kind::unit);
    if (w.holiday_start) k |= bit(slot_kind::holiday);
    return k;
}

constexpr std::uint32_t apostrophe_kinds =
    bit(slot_kind::year2) | bit(slot_kind::decade) | bit(slot_kind::punct);

// The slots a token of `n` bytes of a digit shape can fill, from the sizes the matcher's
// readers take (digit_sizes_of): `of` picks the shape's range.
template<class Range>
constexpr std::uint32_t sized_kinds(std::size_t n, Range of) noexcept {
    std::uint32_t k = 0;
    for (unsigned s = 0; s < 32; ++s)
        if (of(digit_sizes_of(static_cast<slot_kind>(s))).holds(n)) k |= std::uint32_t{1} << s;
    return k;
}

// A run of `n` digits ("17", "2025").
constexpr std::uint32_t number_kinds(std::size_t n) noexcept {
    return sized_kinds(n, [](const digit_sizes& d) { return d.number; });
}

// A digits-then-letters token of `n` bytes ("17th", "1990s", "5pm").
constexpr std::uint32_t alnum_kinds(std::size_t n) noexcept {
    return sized_kinds(n, [](const digit_sizes& d) { return d.alnum; });
}

// How many distinct words the index may hold: the lexicon's plus every word slot's.
std::size_t word_count(std::span<const rule> rules) {
    std::size_t n = en::all_words().size();
    for (const rule& r : rules)
        for (const slot& s : r.pattern)
            if (s.kind == slot_kind::word) for_each_word(s, [&](auto) { ++n; });
    return n;
}

} // namespace

grammar_index::grammar_index(std::span<const rule> rules,
                             std::span<const std::span<const std::string_view>> noted)
    : rules_(rules), words_(word_count(rules)) {
    if (rules.size() > max_rules) throw std::length_error("kairos: more rules than max_rules");
    need_bits_.resize(1);
    by_word_.resize(1);
    follow_word_.resize(1);
    follow_word_number_.resize(1);
    end_word_.resize(1);
    add_lexicon_words();
    if (noted.size() > 8) throw std::length_error("kairos: more than 8 lists of noted words");
    for (std::size_t list = 0; list < noted.size(); ++list)
        for (std::string_view w : noted[list])
            words_[w].notes |= static_cast<std::uint8_t>(1u << list);
    slots_.resize(rules.size());
    needs_.resize(rules.size());
    programs_.resize(rules.size());
    for (std::size_t r = 0; r < rules.size(); ++r) compile_rule(r);
    for (std::size_t r = 0; r < rules.size(); ++r) add_needs(r);
    precompute_sets();
}

// Every key a token can have, but for the rare "Q3"-shaped words, gets its answers now.
void grammar_index::precompute_sets() {
    word_sets_.push_back(sets_of(shape_word, 0));
    words_.for_each_value([this](word_info& w) {
        // A word no slot reads (noted for a later stage only) shares the unknown word's answers,
        // which stay in cache.
        if (w.kinds == 0 && w.id == 0) return;
        w.sets = static_cast<std::uint16_t>(word_sets_.size());
        word_sets_.push_back(sets_of(shape_word | w.kinds, w.id));
    });
    for (std::size_t n = 1; n < number_sets_.size(); ++n) {
        number_sets_[n] = sets_of(number_kinds(n) | shape_number, 0);
        alnum_sets_[n] = sets_of(alnum_kinds(n) | shape_alnum, 0);
    }
    // characters no slot lists share the answers of plain punctuation
    const key_sets plain = sets_of(bit(slot_kind::punct), 0);
    for (std::size_t c = 0; c < punct_sets_.size(); ++c)
        punct_sets_[c] =
            c != '\'' && punct_id_[c] == 0
                ? plain
                : sets_of(c == '\'' ? apostrophe_kinds : bit(slot_kind::punct), punct_id_[c]);
    precompute_plain_keys();
}

void grammar_index::precompute_plain_keys() {
    const auto of = [this](lex::token_kind k) -> auto& {
        return plain_[static_cast<std::size_t>(k)];
    };
    for (std::size_t x = 0; x < 128; ++x) {
        const std::size_t n = x < number_sets_.size() ? x : number_sets_.size() - 1;
        of(lex::token_kind::word)[x] = {word_sets_.data(), shape_word, 0};
        of(lex::token_kind::number)[x] = {&number_sets_[n], number_kinds(n) | shape_number, 0};
        of(lex::token_kind::alnum)[x] = {&alnum_sets_[n], alnum_kinds(n) | shape_alnum, 0};
        of(lex::token_kind::punct)[x] = {
            &punct_sets_[x], x == '\'' ? apostrophe_kinds : bit(slot_kind::punct), punct_id_[x]};
    }
}

key_sets grammar_index::sets_of(std::uint32_t kinds, std::uint16_t id) const noexcept {
    token_key k;
    k.kinds = kinds;
    k.id = id;
    k.present = true;
    return {candidates(k), ends_after(k), followed_by(k, false), followed_by(k, true)};
}

void grammar_index::add_lexicon_words() {
    for (const std::string_view key : en::all_words()) { // lower case, as the find_* expect
        word_info& info = words_[key];
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

// A new id, with an empty entry in every table indexed by id.
std::uint16_t grammar_index::new_id() {
    need_bits_.emplace_back();
    by_word_.emplace_back();
    follow_word_.emplace_back();
    follow_word_number_.emplace_back();
    end_word_.emplace_back();
    return next_id_++;
}

std::uint16_t grammar_index::intern(std::string_view lower_word) {
    word_info& info = words_[lower_word];
    if (info.id == 0) info.id = new_id();
    return info.id;
}

std::uint16_t grammar_index::intern_punct(char c) {
    std::uint16_t& id = punct_id_[static_cast<unsigned char>(c) & 127u];
    if (id == 0) id = new_id();
    return id;
}

void grammar_index::compile_rule(std::size_t r) {
    std::vector<std::uint16_t> unused;
    rule_program& program = programs_[r];
    program.range_end = rules_[r].range_end;
    program.produce = rules_[r].produce;
    for (std::size_t k = 0; k < max_slots; ++k) {
        const slot& s = rules_[r].pattern[k];
        if (s.kind == slot_kind::end) break;
        program.kinds[k] = s.kind;
        if (s.optional) program.optional |= static_cast<std::uint8_t>(1u << k);
        if (s.kind != slot_kind::word) continue;
        slots_[r][k].first = static_cast<std::uint32_t>(ids_.size());
        for_each_word(s, [&](std::string_view a) { ids_.push_back(intern(a)); });
        slots_[r][k].count = static_cast<std::uint32_t>(ids_.size()) - slots_[r][k].first;
    }
    const start_set first = starts(r, 0, unused);
    for (std::uint32_t n = 0; n < first.words.count; ++n)
        add_rule(by_word_[unused[first.words.first + n]], r);
    for (std::uint32_t kinds = first.kinds; kinds; kinds &= kinds - 1)
        add_rule(by_kind_[static_cast<std::size_t>(std::countr_zero(kinds))], r);
    add_followers(r);
}

namespace {

// What the second token of a slot that read more than one can be: a slot is sound to index by
// "the token after its first" only with these added (see the readers in matcher.cpp).
struct continuation {
    std::uint32_t kinds = 0;
    std::vector<std::string_view> words;
    std::string_view punct = {}; ///< single punctuation characters, indexed by character
};

template<std::size_t N>
std::vector<std::string_view> words(const std::array<std::string_view, N>& list) {
    return {list.begin(), list.end()};
}

continuation continuation_of(slot_kind k) {
    switch (k) {
    case slot_kind::month:
    case slot_kind::weekday: // "Sept." "Mon.": only a period (reader::optional_dot)
        return {0, {}, "."};
    case slot_kind::decade: // "' 80s" (after a number: continuation_after_number)
    case slot_kind::year2:  // "' 89"
        return {shape_number | shape_alnum, {}};
    case slot_kind::amount: // "twenty-four", "twenty four", "a few", "a couple of" ("2 1/2":
                            // continuation_after_number)
        return {bit(slot_kind::amount), words(en::amount_continuations), "-"};
    case slot_kind::day_word: // "twenty-first", "twenty one"
        return {bit(slot_kind::amount) | bit(slot_kind::ordinal), {}, "-"};
    case slot_kind::zone: // "Beijing time"
        return {0, {en::zone_time}};
    case slot_kind::clock: // "10:35", "5 p.m.", "5 pm"
        return {bit(slot_kind::punct), words(en::clock_continuations)};
    case slot_kind::holiday:
        return {bit(slot_kind::punct), en::holiday_second_words()};
    case slot_kind::iso_time: // "17T13:15"
        return {bit(slot_kind::punct), {}};
    default:
        return {};
    }
}

// The same for a slot that read a number token, which the readers continue more narrowly: an
// amount only with a number ("2 1/2"), a decimal only with its point ("1.5"), a clock only with ":"
// or a meridiem ("10:35", "5 pm", "5 a.m."), a decade only with an apostrophe ("1990 's"). "3
// million", "1998." and "5 %" then start no duration, time or decade.
continuation continuation_after_number(slot_kind k) {
    switch (k) {
    case slot_kind::amount: // "2 1/2"
        return {shape_number, {}};
    case slot_kind::decimal: // "1.5", "3-1/2"
        return {0, {}, ".-"};
    case slot_kind::clock: // "3.30pm" too
        return {0, words(en::clock_continuations), ":."};
    case slot_kind::decade:
        return {0, {}, "'"};
    default:
        return continuation_of(k);
    }
}

} // namespace

void grammar_index::add_followers(std::size_t r) {
    std::vector<std::uint16_t> ids;
    // The rules whose slot may read a token and then let the next token be one the slots after
    // it start with, or one the slot itself may continue with.
    const auto add = [&](const start_set& next, const continuation& more,
                         std::array<rule_set, 32>& by_kind, std::vector<rule_set>& by_word) {
        for (std::uint32_t kinds = next.kinds | more.kinds; kinds; kinds &= kinds - 1)
            add_rule(by_kind[static_cast<std::size_t>(std::countr_zero(kinds))], r);
        for (std::uint32_t n = 0; n < next.words.count; ++n)
            add_rule(by_word[ids[next.words.first + n]], r);
        for (std::string_view w : more.words) {
            const std::uint16_t id = intern(w); // may grow by_word: index it after
            add_rule(by_word[id], r);
        }
        for (const char c : more.punct) {
            const std::uint16_t id = intern_punct(c);
            add_rule(by_word[id], r);
        }
    };
    for (std::size_t k = 0; k < max_slots; ++k) {
        const slot& s = rules_[r].pattern[k];
        if (s.kind == slot_kind::end) break;
        const start_set next = starts(r, k + 1, ids, true);
        if (next.any) {
            add_ender(r, k);
            // ends_after leaves out the slots that never end on a number or an apostrophe
            // alone: the token after it decides for them
            add(start_set{}, continuation_of(s.kind), follow_kind_, follow_word_);
            add(start_set{}, continuation_after_number(s.kind), follow_kind_number_,
                follow_word_number_);
        } else {
            const continuation more = continuation_of(s.kind);
            add(next, more, follow_kind_, follow_word_);
            add(next, continuation_after_number(s.kind), follow_kind_number_, follow_word_number_);
        }
        if (!s.optional) break;
    }
}

// Rule r may end after its slot k: at a token that slot accepts, the next token does not matter.
void grammar_index::add_ender(std::size_t r, std::size_t k) {
    const slot_kind kind = rules_[r].pattern[k].kind;
    if (kind != slot_kind::word) {
        add_rule(end_kind_[static_cast<std::size_t>(kind)], r);
        return;
    }
    for (std::uint16_t id : alternatives(r, k)) add_rule(end_word_[id], r);
}

// The slots of rule r that are not optional each read a token of the sentence from where the
// rule starts: a token of its kind, or one of its words or marks. Each distinct set of words
// or marks gets a bit; past the 64th, sets share bits (set k has bit k % 64), so a bit says
// that a word of one of its sets is there: a weaker test for those sets, but still a test.
void grammar_index::add_needs(std::size_t r) {
    for (std::size_t k = 0; k < max_slots; ++k) {
        const slot& s = rules_[r].pattern[k];
        if (s.kind == slot_kind::end) break;
        if (s.optional) continue;
        if (s.kind != slot_kind::word && s.kind != slot_kind::punct) {
            needs_[r].kinds |= bit(s.kind);
            continue;
        }
        std::vector<std::uint16_t> ids;
        if (s.kind == slot_kind::word) {
            const auto alts = alternatives(r, k);
            ids.assign(alts.begin(), alts.end());
        } else {
            for (const char c : s.words)
                if (c != '|') ids.push_back(intern_punct(c));
        }
        std::sort(ids.begin(), ids.end());
        auto at = std::find(needed_sets_.begin(), needed_sets_.end(), ids);
        if (at == needed_sets_.end()) {
            const std::uint64_t b = std::uint64_t{1} << (needed_sets_.size() % 64);
            for (const std::uint16_t id : ids) need_bits_[id] |= b;
            at = needed_sets_.insert(at, std::move(ids));
        }
        needs_[r].words |= std::uint64_t{1} << ((at - needed_sets_.begin()) % 64);
    }
}

// With `punct_by_char`, a punctuation slot gives the ids of the characters it lists rather than
// the punctuation kind: what may follow a slot is indexed by the next token's character.
grammar_index::start_set grammar_index::starts(std::size_t r, std::size_t from,
                                               std::vector<std::uint16_t>& ids,
                                               bool punct_by_char) {
    start_set out;
    out.words.first = static_cast<std::uint32_t>(ids.size());
    for (std::size_t k = from; k < max_slots; ++k) {
        const slot& s = rules_[r].pattern[k];
        if (s.kind == slot_kind::end) break;
        if (s.kind == slot_kind::word) {
            const auto alts = alternatives(r, k);
            ids.insert(ids.end(), alts.begin(), alts.end());
        } else if (s.kind == slot_kind::punct && punct_by_char) {
            for (const char c : s.words)
                if (c != '|') ids.push_back(intern_punct(c));
        } else {
            out.kinds |= bit(s.kind);
        }
        if (!s.optional) {
            out.any = false;
            break;
        }
    }
    out.words.count = static_cast<std::uint32_t>(ids.size()) - out.words.first;
    return out;
}

const word_info* grammar_index::lookup(std::string_view word) const noexcept {
    return words_.find(word);
}

// Defined before facts(), which calls it once per token, so it is inlined there.
inline token_key grammar_index::key(const lex::token_stream& ts, std::size_t i) const noexcept {
    // Without a branch on the kind, which goes either way from token to token.
    const lex::token& t = ts.tokens[i];
    const std::size_t n = t.end - t.begin;
    const char first = ts.text[t.begin];
    const char second = t.begin + 1 < ts.text.size() ? ts.text[t.begin + 1] : '\0';
    // one ASCII byte: bytes from 0x80 on are letters to the tokenizer
    const auto c = static_cast<unsigned char>(first) & 127u;
    const bool punct = t.kind == lex::token_kind::punct;
    const plain_key& p =
        plain_[static_cast<std::size_t>(t.kind)][punct ? c : std::min<std::size_t>(n, 7)];
    // "Q3", "H1": a code the matcher reads itself
    const bool code = (t.kind == lex::token_kind::word) & (n == 2) &
                      ((first == en::quarter_code) | (first == en::half_code)) & (second >= '1') &
                      (second <= '4');
    token_key k;
    k.present = true;
    k.kinds = p.kinds | (code ? bit(slot_kind::code) : 0u);
    k.id = p.id;
    k.sets = code ? nullptr : p.sets;
    return k;
}

namespace {

// A rule may start at a token some slot kind or literal word accepts, except punctuation other
// than the apostrophe of "'89" (no rule starts with a period or comma).
bool may_start(std::uint32_t kinds, std::uint16_t id) noexcept {
    // without a branch: it would go either way from token to token
    return (kinds != bit(slot_kind::punct)) & (((kinds & slot_kinds) != 0) | (id != 0));
}

} // namespace

// Three passes: every token's key but for the dictionary, the dictionary's answers for the
// words it may hold, then the tokens a rule may start at. Whether a word may be in the
// dictionary is as good as random in text: listing the candidates without a branch and
// looking them up after costs less than the branch mispredicted on every other word.
void grammar_index::facts(const lex::token_stream& ts, token_facts& out) const {
    if (out.keys.size() < ts.size()) out.keys.resize(ts.size());
    if (out.start_buffer.size() < ts.size()) out.start_buffer.resize(ts.size());
    out.noted.clear();
    std::uint32_t* const listed = out.start_buffer.data(); // the candidates, until the starts
    std::size_t candidates = 0;
    for (std::size_t i = 0; i < ts.size(); ++i) {
        const token_key k = key(ts, i);
        token_key& d = out.keys[i]; // field by field: a copy of the whole went through the stack
        d.info = nullptr;
        d.sets = k.sets;
        d.kinds = k.kinds;
        d.id = k.id;
        d.notes = 0;
        d.present = true;
        listed[candidates] = static_cast<std::uint32_t>(i);
        // without a branch: whether a word is worth a lookup is as good as random
        candidates += static_cast<std::size_t>(ts.tokens[i].kind == lex::token_kind::word) &
                      static_cast<std::size_t>(words_.may_hold(ts, i));
    }
    for (std::size_t c = 0; c < candidates; ++c) {
        const std::uint32_t i = listed[c];
        const word_info* w = words_.find_held(ts, i);
        if (w == nullptr) continue;
        token_key& d = out.keys[i];
        d.info = w;
        d.kinds |= w->kinds;
        d.id = w->id;
        d.sets = (d.kinds & bit(slot_kind::code)) != 0 ? nullptr : &word_sets_[w->sets];
        d.notes = w->notes;
        if (w->notes != 0) out.noted.push_back(i);
    }
    // Appended without a branch: whether a token may start a rule is as good as random, and
    // the scanner then visits the few that may without testing every token again.
    std::size_t n = 0;
    for (std::size_t i = 0; i < ts.size(); ++i) {
        out.start_buffer[n] = static_cast<std::uint32_t>(i);
        n += static_cast<std::size_t>(may_start(out.keys[i].kinds, out.keys[i].id));
    }
    out.start_count = n;
}

// Each sentence with a start backwards, from its end to its first start only: a token's rest
// is its own facts and the rest after it. The tokens before a sentence's first start, and the
// sentences with none, are never read.
void grammar_index::rests_at(const lex::token_stream& ts, const token_facts& facts,
                             std::span<const std::uint32_t> starts,
                             std::vector<sentence_rest>& out) const {
    if (out.size() < ts.size()) out.resize(ts.size());
    for (std::size_t k = starts.size(); k > 0;) {
        const std::uint32_t sentence = ts.tokens[starts[k - 1]].sentence;
        while (k > 0 && ts.tokens[starts[k - 1]].sentence == sentence) --k;
        sentence_rest after;
        for (std::size_t i = ts.sentences[sentence].last; i-- > starts[k];) {
            after.kinds |= facts.keys[i].kinds; // the shape bits above the slot kinds do no harm
            after.words |= need_bits_[facts.keys[i].id];
            out[i] = after;
        }
    }
}

namespace {

// The rules a key's word id and each of its kinds are listed under in one pair of tables.
rule_set listed(const token_key& k, const std::vector<rule_set>& by_word,
                const std::array<rule_set, 32>& by_kind) noexcept {
    rule_set out{};
    if (k.id) out = by_word[k.id];
    for (std::uint32_t kinds = k.kinds; kinds; kinds &= kinds - 1)
        merge(out, by_kind[static_cast<std::size_t>(std::countr_zero(kinds))]);
    return out;
}

} // namespace

rule_set grammar_index::candidates(const token_key& k) const noexcept {
    return listed(k, by_word_, by_kind_);
}

rule_set grammar_index::ends_after(const token_key& at) const noexcept {
    // Slots that never end on this token alone: a clock on a number ("5" needs ":35" or "pm"
    // after it), a decade on a number ("1990" needs "'s") or on an apostrophe ("'" needs
    // "80s"), a two-digit year on an apostrophe. Those rules go on past the token, so the
    // token after it decides (continuation_of, continuation_after_number).
    std::uint32_t never = 0;
    if ((at.kinds & shape_number) != 0) never = bit(slot_kind::clock) | bit(slot_kind::decade);
    if (at.kinds == apostrophe_kinds) never = bit(slot_kind::decade) | bit(slot_kind::year2);
    token_key alone = at;
    alone.kinds &= ~never;
    return listed(alone, end_word_, end_kind_);
}

rule_set grammar_index::followed_by(const token_key& next, bool after_number) const noexcept {
    return after_number ? listed(next, follow_word_number_, follow_kind_number_)
                        : listed(next, follow_word_, follow_kind_);
}

rule_set grammar_index::followers(const token_key& at, const token_key& next) const noexcept {
    rule_set out = ends_after(at);
    if (next.present) merge(out, followed_by(next, (at.kinds & shape_number) != 0));
    return out;
}

rule_set grammar_index::to_try_looked_up(const token_key& at,
                                         const token_key& next) const noexcept {
    rule_set out{};
    const rule_set start = candidates(at);
    const rule_set allowed = followers(at, next);
    for (std::size_t k = 0; k < out.size(); ++k) out[k] = start[k] & allowed[k];
    return out;
}

std::span<const std::uint16_t> grammar_index::alternatives(std::size_t r,
                                                           std::size_t slot) const noexcept {
    const slot_words& s = slots_[r][slot];
    return {ids_.data() + s.first, s.count};
}

} // namespace kairos::grammar
