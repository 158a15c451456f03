// kairos/io/text.hpp — small UTF-8 helpers shared by the readers and writers (TimeML, JSON,
// table, iCalendar, SVG): every writer must produce valid UTF-8 whatever bytes it was given.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace kairos::io::detail {

/// Length of the valid UTF-8 sequence starting at s[i], or 0 when it is not one (overlong
/// forms, surrogates and code points above U+10FFFF are invalid, as in RFC 3629).
constexpr std::size_t utf8_sequence(std::string_view s, std::size_t i) noexcept {
    const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
    const auto cont = [&](std::size_t k) { return i + k < s.size() && (b(k) & 0xC0) == 0x80; };
    const unsigned c = b(0);
    if (c < 0x80) return 1;
    if (c >= 0xC2 && c <= 0xDF) return cont(1) ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        if (!cont(1) || !cont(2)) return 0;
        if (c == 0xE0 && b(1) < 0xA0) return 0;  // overlong
        if (c == 0xED && b(1) >= 0xA0) return 0; // surrogate
        return 3;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        if (!cont(1) || !cont(2) || !cont(3)) return 0;
        if (c == 0xF0 && b(1) < 0x90) return 0;
        if (c == 0xF4 && b(1) >= 0x90) return 0;
        return 4;
    }
    return 0;
}

/// Appends code point `cp` (at most U+10FFFF, not a surrogate) as UTF-8.
inline void append_utf8(std::string& out, char32_t cp) {
    auto put = [&](unsigned v) { out.push_back(static_cast<char>(v)); };
    const auto c = static_cast<unsigned>(cp);
    if (c < 0x80) {
        put(c);
    } else if (c < 0x800) {
        put(0xC0u | (c >> 6));
        put(0x80u | (c & 0x3Fu));
    } else if (c < 0x10000) {
        put(0xE0u | (c >> 12));
        put(0x80u | ((c >> 6) & 0x3Fu));
        put(0x80u | (c & 0x3Fu));
    } else {
        put(0xF0u | (c >> 18));
        put(0x80u | ((c >> 12) & 0x3Fu));
        put(0x80u | ((c >> 6) & 0x3Fu));
        put(0x80u | (c & 0x3Fu));
    }
}

/// `s` with every invalid byte replaced by U+FFFD and control characters other than tab and
/// newline dropped.
inline std::string clean_utf8(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        const auto n = utf8_sequence(s, i);
        if (n == 0) {
            out += "\xEF\xBF\xBD";
            ++i;
            continue;
        }
        const auto c = static_cast<unsigned char>(s[i]);
        if (n > 1 || c >= 0x20 || c == '\t' || c == '\n') out.append(s.substr(i, n));
        i += n;
    }
    return out;
}

/// Columns a valid UTF-8 string takes in a terminal, counting one per code point (wide East
/// Asian characters are counted as two).
inline std::size_t display_width(std::string_view s) noexcept {
    std::size_t w = 0;
    for (std::size_t i = 0; i < s.size();) {
        const auto n = utf8_sequence(s, i);
        if (n == 0) {
            ++w, ++i;
            continue;
        }
        const auto c = static_cast<unsigned char>(s[i]);
        // U+1100..U+115F, U+2E80..U+A4CF, U+AC00..U+D7A3, U+F900..U+FAFF, U+FF00..U+FF60: wide.
        bool wide = false;
        if (n == 3) {
            const unsigned cp = ((c & 0x0Fu) << 12) |
                                ((static_cast<unsigned char>(s[i + 1]) & 0x3Fu) << 6) |
                                (static_cast<unsigned char>(s[i + 2]) & 0x3Fu);
            wide = (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) ||
                   (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
                   (cp >= 0xFF00 && cp <= 0xFF60);
        }
        w += wide ? 2 : 1;
        i += n;
    }
    return w;
}

} // namespace kairos::io::detail
