#include "events/gate.hpp"

#include "lex/word_map.hpp"

#include <array>
#include <bit>

namespace kairos::events {
namespace {

// What a word just before a mention can be to it, as bits: a cue alone, "to" (a cue when the
// sentence moves a date), and the last word of preposition phrases (bit k: phrase k).
constexpr std::uint32_t cue_bit = 1u << 31;
constexpr std::uint32_t to_bit = 1u << 30;
static_assert(lexicon::preposition_phrases.size() <= 30, "widen the cue bits");

const lex::word_map<std::uint32_t>& cue_words() {
    static const lex::word_map<std::uint32_t> map = [] {
        lex::word_map<std::uint32_t> m;
        for (std::string_view w : lexicon::mention_cues) m[w] |= cue_bit;
        m[lexicon::cue::next] |= cue_bit; // "within the next 30 days": "within" three words back
        m[lexicon::cue::to] |= to_bit;
        for (std::size_t k = 0; k < lexicon::preposition_phrases.size(); ++k) {
            const lexicon::phrase& p = lexicon::preposition_phrases[k];
            m[p.words[p.size - 1]] |= std::uint32_t{1} << k;
        }
        return m;
    }();
    return map;
}

constexpr std::size_t longest_phrase = 3;
static_assert(std::all_of(lexicon::preposition_phrases.begin(), lexicon::preposition_phrases.end(),
                          [](const lexicon::phrase& p) { return p.size <= longest_phrase; }));

// Whether one of the phrases `ends` (bits of cue_words) ends with the words `back` reads after
// their last word, which it has read; true when the tokens are not plain enough to tell.
bool phrase_ends(std::uint32_t ends, words_back& back) noexcept {
    std::array<std::string_view, longest_phrase - 1> more{}; // read only when a phrase needs it
    std::size_t have = 0;
    int state = 1;
    const auto word = [&](std::size_t j) { // 1 when more[j] is read, else what back said
        while (have <= j && state == 1)
            if ((state = back.next(more[have])) == 1) ++have;
        return have > j ? 1 : state;
    };
    for (; ends != 0; ends &= ends - 1) {
        const auto k = static_cast<std::size_t>(std::countr_zero(ends));
        const lexicon::phrase& p = lexicon::preposition_phrases[k];
        bool ends_here = true;
        for (std::size_t j = 1; j < p.size && ends_here; ++j) {
            const int got = word(j - 1);
            if (got < 0) return true;
            ends_here = got == 1 && is(more[j - 1], p.words[p.size - 1 - j]);
        }
        if (ends_here) return true;
    }
    return false;
}

// The words a reader (words_fwd or words_back) gives, read once and kept for every phrase
// compared with them: the phrases of one key share their neighbours.
template<class Reader>
class read_once {
public:
    explicit read_once(Reader r) noexcept : reader_(r) {}
    /// What the reader's call number k (from 0) gives: 1 with the word in w, else 0 or -1.
    int at(std::size_t k, std::string_view& w) noexcept {
        for (; read_ <= k; ++read_) got_[read_] = reader_.next(words_[read_]);
        w = words_[k];
        return got_[k];
    }

private:
    static constexpr std::size_t most = std::tuple_size_v<decltype(lexicon::phrase::words)>;
    Reader reader_;
    std::array<std::string_view, most> words_{};
    std::array<int, most> got_{};
    std::size_t read_ = 0;
};

// Whether the words around the phrase's word j (whose first token the readers start at) are
// the phrase's.
bool phrase_around(read_once<words_fwd>& fwd, read_once<words_back>& back,
                   const lexicon::phrase& ph, std::size_t j) noexcept {
    std::string_view w;
    for (std::size_t i = j; i < ph.size; ++i) {
        const int got = fwd.at(i - j, w);
        if (got < 0) return true;
        if (got == 0 || !is(w, ph.words[i])) return false;
    }
    for (std::size_t i = j; i > 0; --i) {
        const int got = back.at(j - i, w);
        if (got < 0) return true;
        if (got == 0 || !is(w, ph.words[i - 1])) return false;
    }
    return true;
}

// Where each trigger phrase's key stands in it, worked out once.
constexpr auto key_places = [] {
    std::array<std::uint8_t, lexicon::trigger_phrases.size()> out{};
    for (std::size_t k = 0; k < out.size(); ++k)
        out[k] = static_cast<std::uint8_t>(detail::key_place(lexicon::trigger_phrases[k]));
    return out;
}();

// The trigger phrases of each key, as bits (phrase k: bit k % 64 of word k / 64).
using phrase_bits = std::array<std::uint64_t, 2>;
static_assert(lexicon::trigger_phrases.size() <= 128, "widen phrase_bits");

const lex::word_map<phrase_bits>& phrases_by_key() {
    static const lex::word_map<phrase_bits> map = [] {
        lex::word_map<phrase_bits> m;
        for (std::size_t k = 0; k < lexicon::trigger_phrases.size(); ++k)
            m[detail::trigger_key_list[k]][k / 64] |= std::uint64_t{1} << (k % 64);
        return m;
    }();
    return map;
}

// Whether a range mention may open with the word that makes it an event alone ("from May 1 to
// June 30", "between May 1 and June 30"); a range without it needs a trigger near it, which
// may_link tests apart. True when the tokens are not plain enough to tell.
bool may_lead_range(std::string_view text, const token_view& tokens, span s,
                    std::size_t first) noexcept {
    if (!may_start_word(text, tokens, s, first)) return true;
    words_fwd fwd(text, tokens, s, first);
    std::string_view w;
    const int got = fwd.next(w);
    return got < 0 || (got == 1 && (is(w, lexicon::cue::from) || is(w, lexicon::cue::between)));
}

// Whether the mention's first token is "within" (its word, or the start of one: then the
// answer errs towards reading).
bool starts_with_within(std::string_view text, const token_view& tokens, token_range at) noexcept {
    if (at.first >= at.last) return false;
    const lex::token& t = tokens.ts->tokens[at.first];
    return is(text.substr(tokens.offset + t.begin, t.end - t.begin), lexicon::cue::within);
}

// The noted lists' bits of each of their words, for the few tokens whose words the dictionary
// did not see (those with non-ASCII bytes).
const lex::word_map<std::uint8_t>& note_bits() {
    static const lex::word_map<std::uint8_t> map = [] {
        lex::word_map<std::uint8_t> m;
        const auto lists = noted_lists();
        for (std::size_t i = 0; i < lists.size(); ++i)
            for (std::string_view w : lists[i]) m[w] |= static_cast<std::uint8_t>(1u << i);
        return m;
    }();
    return map;
}

// The bits of every maximal run of ASCII letters in the bytes `where` (the event stage splits
// words at the dashes and curly quotes inside such a token; a noted word is one such run).
std::uint8_t notes_in(std::string_view text, span where) noexcept {
    const auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
    std::uint8_t bits = 0;
    for (std::size_t i = where.begin; i < where.end;) {
        if (!letter(text[i])) {
            ++i;
            continue;
        }
        std::size_t e = i;
        while (e < where.end && letter(text[e])) ++e;
        if (const std::uint8_t* b = note_bits().find(text.substr(i, e - i))) bits |= *b;
        i = e;
    }
    return bits;
}

} // namespace

bool may_cue(std::string_view text, const token_view& tokens, span s, const mention& m,
             token_range at, bool moving) noexcept {
    if (!at.exact || tokens.ts == nullptr) return true; // a mention that cuts a token
    words_back back(text, tokens, s, at.first);
    std::string_view w;
    const int got = back.next(w);
    if (got < 0) return true;
    if (got > 0) {
        if (const std::uint32_t* bits = cue_words().find(w)) {
            if ((*bits & cue_bit) != 0 || (moving && (*bits & to_bit) != 0)) return true;
            if (phrase_ends(*bits & ~(cue_bit | to_bit), back)) return true;
        }
    }
    if (starts_with_within(text, tokens, at)) return true;
    if (m.reach != no_reach && may_lead_range(text, tokens, s, at.first)) return true;
    return m.value.kind() == timex_kind::duration &&
           may_be_word_after(text, tokens, s, at.last, lexicon::cue::to);
}

std::uint32_t prepositions_ending(std::string_view w) noexcept {
    const std::uint32_t* bits = cue_words().find(w);
    return bits != nullptr ? *bits & ~(cue_bit | to_bit) : 0;
}

bool may_be_trigger(std::string_view text, const token_view& tokens, span s,
                    std::size_t key) noexcept {
    if (tokens.ts == nullptr || key >= tokens.ts->tokens.size()) return true;
    if (!may_start_word(text, tokens, s, key)) return false; // "pre-deadline": no trigger
    const lex::token& t = tokens.ts->tokens[key];
    const phrase_bits* phrases =
        phrases_by_key().find(text.substr(tokens.offset + t.begin, t.end - t.begin));
    if (phrases == nullptr) return true; // not a key the dictionary noted: cannot tell
    read_once fwd(words_fwd(text, tokens, s, key));
    read_once back(words_back(text, tokens, s, key));
    for (std::size_t half = 0; half < phrases->size(); ++half)
        for (std::uint64_t b = (*phrases)[half]; b != 0; b &= b - 1) {
            const std::size_t k = 64 * half + static_cast<std::size_t>(std::countr_zero(b));
            if (phrase_around(fwd, back, lexicon::trigger_phrases[k], key_places[k])) return true;
        }
    return false;
}

bool near_mention(const token_view& tokens, std::uint32_t p, std::size_t key,
                  const std::vector<mention>& ms, std::size_t first, std::uint32_t end,
                  const mention_tokens& where) noexcept {
    constexpr std::size_t none = ~std::size_t{0};
    std::size_t before = none;
    for (std::size_t k = first; k < ms.size() && ms[k].begin < end; ++k) {
        const mention& m = ms[k];
        if (m.end <= p) {
            before = k;
            continue;
        }
        if (m.begin <= p) return false;
        const token_range r = where.of(tokens, ms, k);
        if (!r.exact || runs_between(tokens, key, r.first, near_reach) <= near_reach) return true;
        break;
    }
    if (before == none) return false;
    const token_range r = where.of(tokens, ms, before);
    return !r.exact || r.last == 0 ||
           runs_between(tokens, r.last - 1, key, near_reach) <= near_reach;
}

gate_reader::held gate_reader::read(span s) noexcept {
    held h;
    const auto& words = gate_->words;
    while (next_word_ < words.size() && words[next_word_].at < s.begin) ++next_word_;
    h.first = h.end = next_word_;
    for (; h.end < words.size() && words[h.end].at < s.end; ++h.end) h.notes |= words[h.end].notes;
    const auto& wide = gate_->wide;
    while (next_wide_ < wide.size() && wide[next_wide_].end <= s.begin) ++next_wide_;
    std::uint8_t bits = 0;
    for (std::size_t k = next_wide_; k < wide.size() && wide[k].begin < s.end; ++k)
        bits |= notes_in(text_, wide[k]);
    h.wide_trigger = (bits & note_trigger) != 0;
    h.notes |= static_cast<std::uint8_t>(bits & ~note_trigger);
    return h;
}

bool gate_reader::may_link(span s, const token_view& tokens) {
    if (gate_ == nullptr) return may_have_role(text_, tokens, s, standalone);
    const held h = read(s);
    // Without a mention: an extension count ("the fifth extension", "extended four times") or
    // an undated meeting ("the upcoming summit").
    return h.has(note_noun) || h.stands_alone();
}

bool gate_reader::may_link(span s, const token_view& tokens, const std::vector<mention>& ms,
                           std::size_t first) {
    if (gate_ == nullptr) return true;
    const held h = read(s);
    if (h.has(note_noun) || h.wide_trigger || h.stands_alone()) return true;
    const mention_tokens where{gate_->mentions, gate_->mention_base};
    if (h.has(note_trigger))
        for (std::size_t k = h.first; k < h.end; ++k) {
            const sentence_gate::noted& w = gate_->words[k];
            if ((w.notes & note_trigger) != 0 &&
                near_mention(tokens, w.at, w.token, ms, first, s.end, where) &&
                may_be_trigger(text_, tokens, s, w.token))
                return true;
        }
    for (std::size_t k = first; k < ms.size() && ms[k].begin < s.end; ++k)
        if (may_cue(text_, tokens, s, ms[k], where.of(tokens, ms, k), h.has(note_verb)))
            return true;
    return false;
}

} // namespace kairos::events
