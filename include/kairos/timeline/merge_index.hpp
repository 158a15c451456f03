// kairos/timeline/merge_index.hpp — finds the entries a new report could merge with without
// comparing it to every entry (see the rule in kairos/timeline/merge.hpp).
//
// Each rule has its own lookup, keyed so that a bucket holds only entries that could pass it.
// Let A be the report's subject tokens, B an entry's, c = |A ∩ B|, J = c / |A ∪ B|:
//   * same date (J >= 0.5):  c = 1 needs |A| + |B| <= 3, else c >= 2 and, as c >= J |A|, B holds
//     at least k = ceil(J |A|) of A, so two of any |A| - k + 2 of them: entries are indexed by
//     (value, token, |B|) when |B| <= 2 and by (value, token pair) always, and the report looks
//     up its single tokens for the sizes |B| <= 3 - |A| and the pairs of its |A| - k + 2
//     rarest tokens;
//   * same thing (J >= 0.75, any date): the same with k = ceil(0.75 |A|), keyed without value;
//   * chained (J > 0): entries carrying a value of the report's history, or whose history
//     carries the reported value, under any shared token (only reports with a history ask).
//   * same parties (a deadline, expiry or start named with two of the same participants, the
//     '@' tokens of identity_tokens): entries are indexed by each pair of their participants.
// So a bucket holds entries sharing a date and two words (or a one- or two-word subject), and
// adding n reports costs about n lookups however many share a date or a common word. A bucket
// is still scanned newest first and at most `max_scan` deep.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <kairos/timeline/entry.hpp>
#include <kairos/timeline/merge.hpp>
#include <kairos/timeline/subject.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace kairos::detail {

class merge_index {
public:
    static constexpr std::size_t max_scan = 4096;

    /// Indexes entry `at` (again, after a merge changed it); `identity` are its identity tokens
    /// (subject tokens and '@' participants, kairos/timeline/subject.hpp). The keys are added
    /// on the next find(), from the entry as it is then: restoring a saved timeline that is
    /// only queried never pays for them, and the index find() sees is the same.
    void index(std::uint32_t at, std::vector<std::string> identity) {
        if (tokens_.size() <= at) tokens_.resize(at + 1);
        tokens_[at] = std::move(identity);
        pending_.push_back(at);
    }

    /// The identity tokens entry `at` was last indexed with.
    [[nodiscard]] std::vector<std::string> tokens_of(std::uint32_t at) const {
        return at < tokens_.size() ? tokens_[at] : std::vector<std::string>{};
    }

    /// Leaves room for entry `at` without indexing it (it will never be a merge target).
    void skip(std::uint32_t at) {
        if (tokens_.size() <= at) tokens_.resize(at + 1);
    }

    void reserve(std::size_t n) {
        tokens_.reserve(n);
        pending_.reserve(n);
    }

    /// The entry of `entries` report `e` from `source` merges into, if any.
    [[nodiscard]] std::optional<std::uint32_t> find(const std::vector<timeline_entry>& entries,
                                                    const event& e,
                                                    const std::vector<std::string>& e_identity,
                                                    std::string_view source) {
        add_pending(entries);
        std::optional<std::uint32_t> best;
        double best_score = 0.0;
        const auto scan = [&](const map& m, std::string_view k) {
            const auto it = m.find(k);
            if (it == m.end()) return;
            const auto& bucket = it->second;
            const auto n = std::min(bucket.size(), max_scan);
            compared_ += n;
            for (auto i = bucket.end() - static_cast<std::ptrdiff_t>(n); i != bucket.end(); ++i) {
                if (*i >= entries.size()) continue;
                const auto s = merge_score(entries[*i], tokens_[*i], e, e_identity, source);
                if (s && (*s > best_score || (*s == best_score && best && *i < *best)))
                    best = *i, best_score = *s;
            }
        };
        const auto kind = e.kind;
        const auto chars = e.value.chars(); // value views into it
        const auto value = chars.view();
        const auto parties = participants(e_identity);
        for (std::size_t i = 0; i < parties.size(); ++i)
            for (std::size_t j = i + 1; j < parties.size(); ++j)
                scan(parties_, pair_key(kind, {}, *parties[i], *parties[j]));
        const auto e_tokens = subject_part(e_identity);
        if (e_tokens.empty()) { // only the same date can match: an entry without tokens too
            scan(dated_, key(kind, value, {}));
            return best;
        }
        const auto similar = [&](const map& m, std::string_view v, double share) {
            // One shared token reaches `share` only when |A| + |B| <= 1 + 1 / share.
            const auto most = static_cast<std::size_t>(1.0 + 1.0 / share);
            for (std::size_t b = 1; e_tokens.size() + b <= most; ++b)
                for (const auto& t : e_tokens) scan(m, single_key(kind, v, t, b));
            const auto rare = rarest(kind, e_tokens, share);
            for (std::size_t i = 0; i < rare.size(); ++i)
                for (std::size_t j = i + 1; j < rare.size(); ++j)
                    scan(m, pair_key(kind, v, *rare[i], *rare[j]));
        };
        similar(dated_, value, 0.5);
        similar(words_, {}, 0.75);
        for (const auto& t : e_tokens) {
            scan(histories_, key(kind, value, t));
            for (const auto& h : e.history) scan(carried_, key(kind, h.chars().view(), t));
        }
        return best;
    }

    /// How many candidate entries find() has compared with a report so far: the cost of
    /// merging, counted rather than timed (tests/timeline/merge_scale_test.cpp).
    [[nodiscard]] std::size_t compared() const noexcept { return compared_; }

private:
    /// Adds the keys of entry `at` = `x` with identity tokens `identity` (see the file comment).
    void add_keys(std::uint32_t at, const timeline_entry& x,
                  const std::vector<std::string>& identity) {
        const auto kind = x.event.kind;
        const auto tokens = subject_part(identity);
        const auto parties = participants(identity);
        for (std::size_t i = 0; i < parties.size(); ++i)
            for (std::size_t j = i + 1; j < parties.size(); ++j)
                add(parties_, pair_key(kind, {}, *parties[i], *parties[j]), at);
        const auto keys = [&](std::string_view value, std::size_t few, auto add_key) {
            if (tokens.empty()) add_key(key(kind, value, {}));
            for (std::size_t i = 0; i < tokens.size(); ++i) {
                if (tokens.size() <= few)
                    add_key(single_key(kind, value, tokens[i], tokens.size()));
                for (std::size_t j = i + 1; j < tokens.size(); ++j)
                    add_key(pair_key(kind, value, tokens[i], tokens[j]));
            }
        };
        const auto each_value = [&](auto f) {
            f(x.event.value.chars().view());
            for (const auto& r : x.revisions) f(r.value.chars().view());
        };
        each_value([&](std::string_view v) {
            keys(v, 2, [&](std::string_view k) { add(dated_, k, at); });
            for (const auto& t : tokens) add(carried_, key(kind, v, t), at);
        });
        for (const auto& h : x.event.history)
            for (const auto& t : tokens) add(histories_, key(kind, h.chars().view(), t), at);
        keys({}, 1, [&](std::string_view k) { add(words_, k, at); });
        if (at >= counted_.size()) counted_.resize(at + 1);
        if (!counted_[at]) { // count an entry's tokens once, for the rarest-first order
            counted_[at] = true;
            for (const auto& t : tokens) ++counter(key(kind, {}, t));
        }
    }

    /// Adds the keys index() deferred, in the order it was called.
    void add_pending(const std::vector<timeline_entry>& entries) {
        for (const auto at : pending_)
            if (at < entries.size()) add_keys(at, entries[at], tokens_[at]);
        pending_.clear();
    }

    /// Looks keys up by string_view, so a lookup needs no std::string of its own.
    struct key_hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view k) const noexcept {
            return std::hash<std::string_view>{}(k);
        }
    };
    using map =
        std::unordered_map<std::string, std::vector<std::uint32_t>, key_hash, std::equal_to<>>;

    // Keys are built in one reused buffer (indexing a loaded timeline builds dozens per
    // entry); a returned view is valid until the next key is built.

    /// kind, then the TIMEX3 value, then a token; '\x1f' occurs in neither.
    std::string_view key(event_kind k, std::string_view value, std::string_view token) {
        start(k, value);
        key_ += token;
        return key_;
    }

    /// A token of a subject of `size` tokens as the key's last part; '\x1d' is never part of
    /// a token.
    std::string_view single_key(event_kind k, std::string_view value, std::string_view t,
                                std::size_t size) {
        start(k, value);
        key_ += t;
        key_ += '\x1d';
        key_ += static_cast<char>('0' + size);
        return key_;
    }

    /// Two tokens, in text order, as the key's last part; '\x1e' is never part of a token.
    std::string_view pair_key(event_kind k, std::string_view value, std::string_view a,
                              std::string_view b) {
        if (b < a) std::swap(a, b);
        start(k, value);
        key_ += a;
        key_ += '\x1e';
        key_ += b;
        return key_;
    }

    void start(event_kind k, std::string_view value) {
        key_.clear();
        key_ += static_cast<char>('0' + static_cast<int>(k));
        key_ += value;
        key_ += '\x1f';
    }

    /// The participant tokens ('@' first) among identity tokens.
    static std::vector<const std::string*> participants(const std::vector<std::string>& identity) {
        std::vector<const std::string*> out;
        for (const auto& t : identity)
            if (!t.empty() && t.front() == '@') out.push_back(&t);
        return out;
    }

    static void add(map& m, std::string_view k, std::uint32_t at) {
        auto it = m.find(k);
        if (it == m.end()) it = m.emplace(std::string(k), std::vector<std::uint32_t>{}).first;
        auto& bucket = it->second;
        if (bucket.empty() || bucket.back() != at) bucket.push_back(at);
    }

    std::size_t& counter(std::string_view k) {
        auto it = frequency_.find(k);
        if (it == frequency_.end()) it = frequency_.emplace(std::string(k), 0).first;
        return it->second;
    }

    /// The |A| - ceil(share |A|) + 2 least frequent tokens (all, when fewer): an entry whose
    /// similarity reaches `share` with two or more shared tokens holds two of them.
    std::vector<const std::string*> rarest(event_kind kind, const std::vector<std::string>& tokens,
                                           double share) {
        const auto n = tokens.size();
        const auto need =
            n - static_cast<std::size_t>(std::ceil(share * static_cast<double>(n))) + 2;
        std::vector<std::pair<std::size_t, const std::string*>> sized;
        sized.reserve(n);
        for (const auto& t : tokens) {
            const auto it = frequency_.find(key(kind, {}, t));
            sized.emplace_back(it == frequency_.end() ? 0 : it->second, &t);
        }
        std::sort(sized.begin(), sized.end(),
                  [](const auto& a, const auto& b) { return a.first < b.first; });
        std::vector<const std::string*> out;
        for (std::size_t i = 0; i < std::min(need, sized.size()); ++i)
            out.push_back(sized[i].second);
        return out;
    }

    std::vector<std::vector<std::string>> tokens_; ///< identity tokens per entry
    std::vector<bool> counted_;                    ///< entry's tokens are in frequency_
    map dated_;     ///< kind + value + token and size (<= 2) or token pair → entries
    map words_;     ///< kind + token and size (1) or token pair → entries
    map carried_;   ///< kind + value + token → entries carrying that value
    map histories_; ///< kind + value + token → entries whose history carries that value
    map parties_;   ///< kind + participant pair → entries
    std::unordered_map<std::string, std::size_t, key_hash, std::equal_to<>>
        frequency_;                      ///< kind + token → entries
    std::string key_;                    ///< the key being built
    std::vector<std::uint32_t> pending_; ///< entries index() has not added keys for yet
    std::size_t compared_ = 0;
};

} // namespace kairos::detail
