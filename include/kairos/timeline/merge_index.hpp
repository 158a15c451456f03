// kairos/timeline/merge_index.hpp — finds the entries a new report could merge with without
// comparing it to every entry (see the rule in kairos/timeline/merge.hpp).
//
// Each rule has its own lookup:
//   * same date:  entries carrying the reported value        (index of values by kind);
//   * chained:    entries carrying a value of the report's history, or whose history carries
//                 the reported value                          (values, and histories by kind);
//   * same thing: subject similarity >= 0.75 means the entry's subject holds at least 3/4 of
//                 the report's tokens, so it holds one of any |A| - ceil(0.75 |A|) + 1 of
//                 them: the buckets of that many of the rarest tokens suffice.
// A bucket is scanned newest first and at most `max_scan` deep, so a token or date shared by a
// million entries cannot make adding quadratic.
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
#include <vector>

namespace kairos::detail {

class merge_index {
public:
    static constexpr std::size_t max_scan = 4096;

    /// Indexes entry `at` (again, after a merge changed it); `tokens` are its subject tokens.
    void index(std::uint32_t at, const timeline_entry& x, std::vector<std::string> tokens) {
        if (tokens_.size() <= at) tokens_.resize(at + 1);
        const auto kind = x.event.kind;
        add(values_, key(kind, x.event.value.str()), at);
        for (const auto& r : x.revisions) add(values_, key(kind, r.value.str()), at);
        for (const auto& h : x.event.history) add(histories_, key(kind, h.str()), at);
        for (const auto& t : tokens) add(words_, key(kind, t), at);
        tokens_[at] = std::move(tokens);
    }

    /// Leaves room for entry `at` without indexing it (it will never be a merge target).
    void skip(std::uint32_t at) {
        if (tokens_.size() <= at) tokens_.resize(at + 1);
    }

    void reserve(std::size_t n) { tokens_.reserve(n); }

    /// The entry of `entries` report `e` from `source` merges into, if any.
    [[nodiscard]] std::optional<std::uint32_t> find(const std::vector<timeline_entry>& entries,
                                                    const event& e,
                                                    const std::vector<std::string>& e_tokens,
                                                    std::string_view source) const {
        std::optional<std::uint32_t> best;
        double best_score = 0.0;
        const auto scan = [&](const map& m, const std::string& k) {
            const auto it = m.find(k);
            if (it == m.end()) return;
            const auto& bucket = it->second;
            const auto n = std::min(bucket.size(), max_scan);
            for (auto i = bucket.end() - static_cast<std::ptrdiff_t>(n); i != bucket.end(); ++i) {
                if (*i >= entries.size()) continue;
                const auto s = merge_score(entries[*i], tokens_[*i], e, e_tokens, source);
                if (s && (*s > best_score || (*s == best_score && best && *i < *best)))
                    best = *i, best_score = *s;
            }
        };
        const auto kind = e.kind;
        scan(values_, key(kind, e.value.str()));
        scan(histories_, key(kind, e.value.str()));
        for (const auto& h : e.history) scan(values_, key(kind, h.str()));
        for (const auto& t : rarest(kind, subject_part(e_tokens))) scan(words_, key(kind, t));
        for (const auto& t : e_tokens)
            if (!t.empty() && t.front() == '@') scan(words_, key(kind, t));
        return best;
    }

    /// The tokens entry `at` was last indexed with.
    [[nodiscard]] std::vector<std::string> tokens_of(std::uint32_t at) const {
        return at < tokens_.size() ? tokens_[at] : std::vector<std::string>{};
    }

private:
    using map = std::unordered_map<std::string, std::vector<std::uint32_t>>;

    static std::string key(event_kind k, std::string_view s) {
        std::string out(1, static_cast<char>('0' + static_cast<int>(k)));
        out += s;
        return out;
    }

    static void add(map& m, std::string k, std::uint32_t at) {
        auto& bucket = m[std::move(k)];
        if (bucket.empty() || bucket.back() != at) bucket.push_back(at);
    }

    /// The |A| - ceil(0.75 |A|) + 1 tokens with the smallest buckets.
    std::vector<std::string> rarest(event_kind kind, const std::vector<std::string>& tokens) const {
        const auto n = tokens.size();
        if (n == 0) return {};
        const auto need =
            n - static_cast<std::size_t>(std::ceil(0.75 * static_cast<double>(n))) + 1;
        std::vector<std::pair<std::size_t, const std::string*>> sized;
        for (const auto& t : tokens) {
            const auto it = words_.find(key(kind, t));
            sized.emplace_back(it == words_.end() ? 0 : it->second.size(), &t);
        }
        std::sort(sized.begin(), sized.end(),
                  [](const auto& a, const auto& b) { return a.first < b.first; });
        std::vector<std::string> out;
        for (std::size_t i = 0; i < std::min(need, sized.size()); ++i)
            out.push_back(*sized[i].second);
        return out;
    }

    std::vector<std::vector<std::string>> tokens_; ///< subject tokens per entry
    map values_;    ///< kind + TIMEX3 string → entries carrying that value
    map histories_; ///< kind + TIMEX3 string → entries whose history carries it
    map words_;     ///< kind + token → entries whose subject has it
};

} // namespace kairos::detail
