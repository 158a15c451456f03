// Test support: build kairos::documents by hand, without the tagger, and print events compactly.
#pragma once

#include <date/date.h>
#include <kairos/document.hpp>
#include <kairos/timex.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace kairos::test {

inline date::sys_days day_of(std::string_view iso) {
    auto num = [&](std::size_t at, std::size_t n) {
        int v = 0;
        for (std::size_t i = at; i < at + n; ++i) v = v * 10 + (iso[i] - '0');
        return v;
    };
    return date::sys_days{date::year{num(0, 4)} / date::month{static_cast<unsigned>(num(5, 2))} /
                          date::day{static_cast<unsigned>(num(8, 2))}};
}

/// A document from markup: "[Sept. 17|2025-09-17]" is a mention of "Sept. 17" whose value is
/// 2025-09-17; each line is a sentence. Events are not linked.
inline document markup(std::string_view src, std::string_view dct = "2025-09-14") {
    document doc;
    doc.dct.day = day_of(dct);
    std::uint32_t sentence_begin = 0;
    for (std::size_t i = 0; i < src.size(); ++i) {
        const char c = src[i];
        if (c == '[') {
            const std::size_t bar = src.find('|', i);
            const std::size_t close = src.find(']', bar);
            mention m;
            m.begin = static_cast<std::uint32_t>(doc.text.size());
            doc.text += src.substr(i + 1, bar - i - 1);
            m.end = static_cast<std::uint32_t>(doc.text.size());
            m.text = doc.text.substr(m.begin);
            m.value = timex::parse(src.substr(bar + 1, close - bar - 1));
            m.type = m.value.type();
            m.sentence = static_cast<std::uint32_t>(doc.sentences.size());
            doc.mentions.push_back(m);
            i = close;
        } else if (c == '\n') {
            doc.sentences.push_back({sentence_begin, static_cast<std::uint32_t>(doc.text.size())});
            doc.text += ' ';
            sentence_begin = static_cast<std::uint32_t>(doc.text.size());
        } else {
            doc.text += c;
        }
    }
    if (sentence_begin < doc.text.size())
        doc.sentences.push_back({sentence_begin, static_cast<std::uint32_t>(doc.text.size())});
    return doc;
}

/// "deadline 2025-09-17", then " end=..", " history=a,b", " x5" when present.
inline std::string brief(const event& e) {
    std::string s = std::string(to_string(e.kind)) + ' ' + e.value.str();
    if (e.end) s += " end=" + e.end->str();
    if (!e.history.empty()) {
        s += " history=";
        for (std::size_t i = 0; i < e.history.size(); ++i) s += (i ? "," : "") + e.history[i].str();
    }
    if (e.extensions) s += " x" + std::to_string(*e.extensions);
    return s;
}

inline std::vector<std::string> briefs(const document& doc) {
    std::vector<std::string> out;
    for (const auto& e : doc.events) out.push_back(brief(e));
    return out;
}

/// The briefs joined with "; ", so a failed CHECK prints them.
inline std::string joined(const std::vector<std::string>& v) {
    std::string s;
    for (const auto& x : v) s += (s.empty() ? "" : "; ") + x;
    return s;
}

} // namespace kairos::test
