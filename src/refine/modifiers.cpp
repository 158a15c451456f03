// Modifiers around a match widen its extent and set its mod: "early", "mid-", "the end of",
// "more than", "about", "or so". TimeML puts them inside the TIMEX3.
#include "lex/word_map.hpp"
#include "refine/refine.hpp"

#include <array>
#include <bit>

namespace kairos::refine {
namespace {

using grammar::match;
using id = grammar::rule_id;
using grammar::op_kind;
using lex::iequals;

/// A run of words before a match and the mod it gives.
struct prefix {
    std::array<std::string_view, 3> words; ///< in text order; empty entries unused
    timex_mod mod;
    bool amounts_only; ///< only before durations and "N units ago"
};

// Longer phrases first: the first one that fits wins.
constexpr std::array prefixes{
    prefix{{"the", "end", "of"}, timex_mod::end, false},
    prefix{{"the", "close", "of"}, timex_mod::end, false},
    prefix{{"the", "beginning", "of"}, timex_mod::start, false},
    prefix{{"the", "start", "of"}, timex_mod::start, false},
    prefix{{"the", "middle", "of"}, timex_mod::mid, false},
    prefix{{"the", "turn", "of"}, timex_mod::start, false},
    prefix{{"no", "more", "than"}, timex_mod::equal_or_less, true},
    prefix{{"no", "less", "than"}, timex_mod::equal_or_more, true},
    prefix{{"end", "of", ""}, timex_mod::end, false},
    prefix{{"beginning", "of", ""}, timex_mod::start, false},
    prefix{{"start", "of", ""}, timex_mod::start, false},
    prefix{{"more", "than", ""}, timex_mod::more_than, true},
    prefix{{"less", "than", ""}, timex_mod::less_than, true},
    prefix{{"fewer", "than", ""}, timex_mod::less_than, true},
    prefix{{"at", "least", ""}, timex_mod::equal_or_more, true},
    prefix{{"at", "most", ""}, timex_mod::equal_or_less, true},
    prefix{{"up", "to", ""}, timex_mod::equal_or_less, true},
    prefix{{"early", "", ""}, timex_mod::start, false},
    prefix{{"earlier", "", ""}, timex_mod::start, false},
    prefix{{"mid", "", ""}, timex_mod::mid, false},
    prefix{{"late", "", ""}, timex_mod::end, false},
    prefix{{"later", "", ""}, timex_mod::end, false},
    prefix{{"around", "", ""}, timex_mod::approx, false},
    prefix{{"approximately", "", ""}, timex_mod::approx, false},
    prefix{{"roughly", "", ""}, timex_mod::approx, false},
    prefix{{"nearly", "", ""}, timex_mod::approx, true},
    prefix{{"almost", "", ""}, timex_mod::approx, true},
    prefix{{"about", "", ""}, timex_mod::approx, true},
    prefix{{"some", "", ""}, timex_mod::approx, true},
    prefix{{"under", "", ""}, timex_mod::less_than, true},
};

constexpr std::size_t length(const prefix& p) {
    std::size_t n = 0;
    for (std::string_view w : p.words) n += w.empty() ? 0u : 1u;
    return n;
}

// The word each phrase ends with, the one just before a match it fits.
constexpr auto last_words = [] {
    std::array<std::string_view, prefixes.size()> w{};
    for (std::size_t k = 0; k < prefixes.size(); ++k)
        w[k] = prefixes[k].words[length(prefixes[k]) - 1];
    return w;
}();

static_assert(prefixes.size() < 32, "widen the phrase bits");
constexpr std::uint32_t every_phrase = (std::uint32_t{1} << prefixes.size()) - 1;

// The phrases each word ends, as bits (phrase k: bit k): one lookup of the token before a
// match finds the few phrases worth reading back for.
const lex::word_map<std::uint32_t>& phrases_ending() {
    static const lex::word_map<std::uint32_t> map = [] {
        lex::word_map<std::uint32_t> m;
        for (std::size_t k = 0; k < prefixes.size(); ++k) m[last_words[k]] |= 1u << k;
        return m;
    }();
    return map;
}

bool has_amount(const match& m) {
    return m.op.kind == op_kind::duration ||
           (m.op.kind == op_kind::point && m.op.stated == field::amount &&
            m.op.shift_unit != grammar::en::unit::none && m.op.shift != 0 && m.op.shift != 1 &&
            m.op.shift != -1) ||
           m.by->id == id::ago;
}

// Tokens before `first` spell p (allowing "mid-" with its hyphen glued).
std::size_t fits(const lex::token_stream& ts, std::uint32_t first, const prefix& p) {
    const std::size_t n = length(p);
    std::size_t at = first;
    // "mid-September", "late-November": the hyphen is glued to the word
    if (p.words[1].empty() && at >= 2 && ts.str(at - 1) == "-" && !ts.tokens[at - 1].space_before &&
        iequals(ts.str(at - 2), p.words[0]))
        return 2;
    if (at < n) return 0;
    at -= n;
    for (std::size_t k = 0; k < n; ++k)
        if (!iequals(ts.str(at + k), p.words[k]) ||
            ts.tokens[at + k].sentence != ts.tokens[first].sentence)
            return 0;
    return n;
}

void widen(const lex::token_stream& ts, match& m, std::uint32_t floor) {
    if (m.first == 0) return;
    // The token just before the match ends any phrase that fits, or is the hyphen of "mid-":
    // one comparison turns away most phrases without reading further back.
    const std::string_view before = ts.str(m.first - 1);
    std::uint32_t candidates = 0;
    if (before == "-") {
        candidates = every_phrase;
    } else if (const std::uint32_t* bits = phrases_ending().find(before)) {
        candidates = *bits;
    }
    for (; candidates != 0; candidates &= candidates - 1) {
        const auto k = static_cast<std::size_t>(std::countr_zero(candidates));
        const prefix& p = prefixes[k];
        if (p.amounts_only && !has_amount(m)) continue;
        const std::size_t n = fits(ts, m.first, p);
        if (n == 0 || m.first - n < floor) continue;
        // "later" and "earlier" only edge "this/that ..." and days: "later this year"
        if ((iequals(p.words[0], "later") || iequals(p.words[0], "earlier")) &&
            !(iequals(ts.str(m.first), "this") || iequals(ts.str(m.first), "that") ||
              m.by->id == id::yesterday || m.by->id == id::today))
            continue;
        // "about two years ago" is one expression; "about five hours" a preposition's object
        // as often as not, so TimeBank leaves "about" and "almost" out of plain durations
        if ((iequals(p.words[0], "about") || iequals(p.words[0], "almost")) && m.by->id != id::ago)
            continue;
        m.first -= static_cast<std::uint32_t>(n);
        m.op.mod = p.mod;
        // "the late 1990s", "the early summer": the article joins the extent
        if (n == 1 && m.first > floor && iequals(ts.str(m.first - 1), "the") &&
            m.op.kind == op_kind::point)
            m.first -= 1;
        return;
    }
}

void suffix(const lex::token_stream& ts, match& m, std::uint32_t ceiling) {
    if (m.last + 1 >= ceiling || !iequals(ts.str(m.last), "or")) return;
    const std::string_view next = ts.str(m.last + 1);
    if (iequals(next, "so")) {
        m.op.mod = timex_mod::approx;
    } else if (iequals(next, "later") && m.op.kind == op_kind::point) {
        m.op.mod = timex_mod::on_or_after;
    } else if (iequals(next, "earlier") && m.op.kind == op_kind::point) {
        m.op.mod = timex_mod::on_or_before;
    } else if (iequals(next, "more") && m.op.kind == op_kind::duration) {
        m.op.mod = timex_mod::equal_or_more;
    } else {
        return;
    }
    m.last += 2;
}

} // namespace

void attach_modifiers(const lex::token_stream& ts, std::vector<match>& matches) {
    for (std::size_t k = 0; k < matches.size(); ++k) {
        const std::uint32_t floor = k > 0 ? matches[k - 1].last : 0;
        const std::uint32_t ceiling =
            k + 1 < matches.size() ? matches[k + 1].first : static_cast<std::uint32_t>(ts.size());
        if (matches[k].op.kind == op_kind::reference) continue;
        widen(ts, matches[k], floor);
        suffix(ts, matches[k], ceiling);
    }
}

} // namespace kairos::refine
