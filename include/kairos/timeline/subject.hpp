// kairos/timeline/subject.hpp — comparing event subjects across documents.
//
// Two articles rarely name a deadline with the same words ("TikTok divestment", "the deadline
// to divest TikTok"), so subjects are compared as sets of normalized tokens: lower case,
// split on anything but letters and digits, function words and the word "deadline" dropped,
// a light suffix strip ("divestment" → "divest", "tariffs" → "tariff").
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace kairos {

namespace detail {

constexpr char ascii_lower(char c) noexcept {
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

/// Letters, digits and any byte of a multi-byte UTF-8 sequence belong to words.
constexpr bool word_byte(char c) noexcept {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           static_cast<unsigned char>(c) >= 0x80;
}

constexpr bool is_stopword(std::string_view w) noexcept {
    constexpr std::array<std::string_view, 24> words{
        "a",    "an",  "and", "as",       "at",   "by",   "for",   "from",
        "in",   "its", "of",  "on",       "or",   "the",  "their", "to",
        "with", "is",  "was", "deadline", "date", "time", "that",  "this"};
    return std::find(words.begin(), words.end(), w) != words.end();
}

/// "divestments" → "divest", "talks" → "talk"; words of four bytes or fewer are kept whole.
inline std::string stem(std::string w) {
    constexpr std::array<std::string_view, 6> suffixes{"ments", "ment", "ings", "ing", "es", "s"};
    for (auto suffix : suffixes) {
        if (w.size() > suffix.size() + 3 && w.ends_with(suffix)) {
            if (suffix == "es" && !w.ends_with("ses") && !w.ends_with("xes")) continue;
            w.resize(w.size() - suffix.size());
            break;
        }
    }
    return w;
}

} // namespace detail

/// The normalized, sorted, unique tokens of a subject.
[[nodiscard]] inline std::vector<std::string> subject_tokens(std::string_view subject) {
    std::vector<std::string> out;
    std::size_t i = 0;
    while (i < subject.size()) {
        while (i < subject.size() && !detail::word_byte(subject[i])) ++i;
        std::string word;
        while (i < subject.size() && detail::word_byte(subject[i]))
            word += detail::ascii_lower(subject[i++]);
        if (word.size() < 2 || detail::is_stopword(word)) continue;
        out.push_back(detail::stem(std::move(word)));
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

/// Jaccard similarity of two sorted token sets, in [0, 1]. Two empty sets score 0.5: nothing
/// says they differ, nothing says they agree.
[[nodiscard]] inline double token_similarity(const std::vector<std::string>& a,
                                             const std::vector<std::string>& b) noexcept {
    if (a.empty() && b.empty()) return 0.5;
    std::size_t common = 0;
    for (auto ia = a.begin(), ib = b.begin(); ia != a.end() && ib != b.end();) {
        if (*ia < *ib) {
            ++ia;
        } else if (*ib < *ia) {
            ++ib;
        } else {
            ++common, ++ia, ++ib;
        }
    }
    const auto all = a.size() + b.size() - common;
    return static_cast<double>(common) / static_cast<double>(all);
}

/// Similarity of two subjects (see subject_tokens and token_similarity).
[[nodiscard]] inline double subject_similarity(std::string_view a, std::string_view b) {
    return token_similarity(subject_tokens(a), subject_tokens(b));
}

namespace detail {

/// Words that name only the kind of an event ("summit", "talks"): a subject of these alone
/// says nothing about which event it is.
inline bool is_kind_word(std::string_view stemmed) noexcept {
    constexpr std::array<std::string_view, 14> words{
        "summit", "summits", "meet",  "talk",  "negotiation", "conference", "expiry",
        "start",  "period",  "event", "round", "session",     "expiration", "effective"};
    return std::find(words.begin(), words.end(), stemmed) != words.end();
}

/// Capitalised words that open clauses or name dates, never a participant.
inline bool is_common_capital(std::string_view w) noexcept {
    constexpr std::array<std::string_view, 44> words{
        "the",       "a",   "an",      "in",  "on",       "at",  "by",       "for", "it",
        "he",        "she", "they",    "we",  "i",        "mr",  "mrs",      "ms",  "dr",
        "president", "jan", "january", "feb", "february", "mar", "march",    "apr", "april",
        "may",       "jun", "june",    "jul", "july",     "aug", "august",   "sep", "sept",
        "september", "oct", "october", "nov", "november", "dec", "december", "but"};
    constexpr std::array<std::string_view, 7> days{"monday", "tuesday",  "wednesday", "thursday",
                                                   "friday", "saturday", "sunday"};
    return std::find(words.begin(), words.end(), w) != words.end() ||
           std::find(days.begin(), days.end(), w) != days.end();
}

} // namespace detail

/// The named participants of an event's sentence as "@name" tokens: each run of capitalised
/// words ("ByteDance", "White House" → "@bytedance", "@white_house"; the sentence's first word
/// only when a capitalised word follows it), without dates and clause openers. Sorted, unique.
[[nodiscard]] inline std::vector<std::string> participant_tokens(std::string_view sentence) {
    std::vector<std::string> out;
    std::string run;
    bool first = true;
    const auto flush = [&] {
        if (!run.empty()) out.push_back('@' + run);
        run.clear();
    };
    std::size_t i = 0;
    while (i < sentence.size()) {
        while (i < sentence.size() && !detail::word_byte(sentence[i])) {
            if (sentence[i] != ' ' && sentence[i] != '\'') flush();
            ++i;
        }
        std::string word;
        const bool capital = i < sentence.size() && sentence[i] >= 'A' && sentence[i] <= 'Z';
        while (i < sentence.size() && detail::word_byte(sentence[i]))
            word += detail::ascii_lower(sentence[i++]);
        if (word.empty()) continue;
        // The sentence's first word is capitalised anyway: a name only when another capitalised
        // word follows it ("Lumen Holdings faces", not "Regulators extended").
        std::size_t next = i;
        while (next < sentence.size() && sentence[next] == ' ') ++next;
        const bool joined =
            next < sentence.size() && sentence[next] >= 'A' && sentence[next] <= 'Z';
        const bool name = capital && (!first || joined) && !detail::is_common_capital(word);
        first = false;
        if (!name) {
            flush();
            continue;
        }
        run += (run.empty() ? "" : "_") + word;
    }
    flush();
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

/// What identifies an event for merging: its subject tokens and its participant tokens,
/// sorted together (a participant token starts with '@').
[[nodiscard]] inline std::vector<std::string> identity_tokens(std::string_view subject,
                                                              std::string_view sentence) {
    auto out = subject_tokens(subject);
    for (auto& p : participant_tokens(sentence)) out.push_back(std::move(p));
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

/// The subject tokens of identity tokens (those not naming a participant).
[[nodiscard]] inline std::vector<std::string> subject_part(const std::vector<std::string>& t) {
    std::vector<std::string> out;
    for (const auto& x : t)
        if (x.empty() || x.front() != '@') out.push_back(x);
    return out;
}

/// How many participants two sorted identity token sets share.
[[nodiscard]] inline std::size_t shared_participants(const std::vector<std::string>& a,
                                                     const std::vector<std::string>& b) {
    std::size_t n = 0;
    for (const auto& x : a)
        if (!x.empty() && x.front() == '@' && std::binary_search(b.begin(), b.end(), x)) ++n;
    return n;
}

/// Whether a subject's tokens name more than the kind of event ("climate summit", not "summit").
[[nodiscard]] inline bool identifying(const std::vector<std::string>& subject) {
    return std::any_of(subject.begin(), subject.end(),
                       [](const std::string& t) { return !detail::is_kind_word(t); });
}

/// Case-insensitive (ASCII) substring test; an empty needle matches everything.
[[nodiscard]] constexpr bool contains_icase(std::string_view hay,
                                            std::string_view needle) noexcept {
    if (needle.size() > hay.size()) return false;
    for (std::size_t i = 0; i + needle.size() <= hay.size(); ++i) {
        std::size_t j = 0;
        while (j < needle.size() &&
               detail::ascii_lower(hay[i + j]) == detail::ascii_lower(needle[j]))
            ++j;
        if (j == needle.size()) return true;
    }
    return false;
}

} // namespace kairos
