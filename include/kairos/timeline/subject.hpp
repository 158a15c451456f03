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
