// JSON text without a document tree, for the two places where the tree costs more than the
// work: writing one compact result line per document, and reading the flat `{"id", "dct",
// "text"}` records of JSON Lines. Both are exact shortcuts of nlohmann::json and hand anything
// unusual back to it:
//   * append_string writes what nlohmann's dump(-1, ' ', false, replace) writes for a string
//     of valid UTF-8, and refuses (appending nothing) any other string;
//   * flat_object reads an object whose members are all strings or plain integers, and
//     refuses anything else, valid or not (nested values, duplicate keys, bad escapes), so
//     the caller's nlohmann parse decides it, with nlohmann's value or error.
// The fuzz_jsonl target checks both against nlohmann on arbitrary bytes.
#pragma once

#include <algorithm>
#include <charconv>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <kairos/io/text.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kairos::io::detail::js {

/// How many bytes from s[i] on, in steps of eight, are plain ASCII that JSON takes as it is
/// (no control character, '"', '\\' or byte of a multi-byte sequence): most of a news text.
[[nodiscard]] inline std::size_t plain_ascii(std::string_view s, std::size_t i) noexcept {
    constexpr std::uint64_t ones = 0x0101010101010101u;
    constexpr std::uint64_t high = ones * 0x80;
    const auto has_zero = [](std::uint64_t v) { return ((v - ones) & ~v & high) != 0; };
    const std::size_t from = i;
    while (s.size() - i >= 8) {
        std::uint64_t x = 0;
        std::memcpy(&x, s.data() + i, 8);
        const bool control = ((x - ones * 0x20) & ~x & high) != 0;
        if ((x & high) != 0 || control || has_zero(x ^ (ones * '"')) || has_zero(x ^ (ones * '\\')))
            break;
        i += 8;
    }
    return i - from;
}

/// Appends the JSON escape of an ASCII control character, '"' or '\\'.
inline void append_escape(std::string& out, unsigned char c) {
    const char* shortcut = nullptr;
    switch (c) {
    case '"':
        shortcut = "\\\"";
        break;
    case '\\':
        shortcut = "\\\\";
        break;
    case '\b':
        shortcut = "\\b";
        break;
    case '\f':
        shortcut = "\\f";
        break;
    case '\n':
        shortcut = "\\n";
        break;
    case '\r':
        shortcut = "\\r";
        break;
    case '\t':
        shortcut = "\\t";
        break;
    default:
        break;
    }
    if (shortcut != nullptr) {
        out += shortcut;
        return;
    }
    constexpr char hex[] = "0123456789abcdef"; // lower case, as nlohmann writes it
    out += "\\u00";
    out += hex[c >> 4];
    out += hex[c & 15];
}

/// Appends s as a quoted JSON string; false, with nothing appended, when s is not UTF-8.
[[nodiscard]] inline bool append_string(std::string& out, std::string_view s) {
    const std::size_t mark = out.size();
    out += '"';
    std::size_t copied = 0; // s[copied, i) is still to be copied as it is
    for (std::size_t i = 0; i < s.size();) {
        i += plain_ascii(s, i);
        if (i >= s.size()) break;
        const auto c = static_cast<unsigned char>(s[i]);
        if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
            ++i;
        } else if (c >= 0x80) {
            const std::size_t n = utf8_sequence(s, i);
            if (n == 0) {
                out.resize(mark);
                return false;
            }
            i += n;
        } else {
            out.append(s.data() + copied, i - copied);
            append_escape(out, c);
            copied = ++i;
        }
    }
    out.append(s.data() + copied, s.size() - copied);
    out += '"';
    return true;
}

inline void append_uint(std::string& out, std::uint64_t v) {
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, static_cast<std::size_t>(r.ptr - buf));
}

/// The deepest nesting of arrays and objects in a JSON text (brackets inside strings not
/// counted), read without recursion. Readers refuse texts nested deeper than
/// `max_json_depth` before handing them to nlohmann, whose copies and printing of a value
/// recurse once per level: 80,000 levels overflow the stack.
inline constexpr std::size_t max_json_depth = 256;
[[nodiscard]] inline std::size_t json_depth(std::string_view text) noexcept {
    std::size_t depth = 0, deepest = 0;
    bool in_string = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (in_string) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                in_string = false;
        } else if (c == '"') {
            in_string = true;
        } else if (c == '[' || c == '{') {
            deepest = std::max(deepest, ++depth);
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
    }
    return deepest;
}

/// A member of a flat object: its key, and its value as the string's content or, for an
/// integer, the number as nlohmann writes it back.
struct flat_member {
    std::string key;
    std::string value;
    bool is_string = true;
};

/// Reads a JSON object whose members are strings or plain integers. Refuses (nullopt) whatever
/// else, valid JSON or not; the members come in text order.
class flat_reader {
public:
    explicit flat_reader(std::string_view text) noexcept : s_(text) {}

    [[nodiscard]] std::optional<std::vector<flat_member>> object() {
        std::vector<flat_member> members;
        blanks();
        if (!eat('{')) return std::nullopt;
        blanks();
        if (!eat('}')) {
            do {
                flat_member m;
                blanks();
                if (!string(m.key)) return std::nullopt;
                blanks();
                if (!eat(':')) return std::nullopt;
                blanks();
                if (!value(m)) return std::nullopt;
                blanks();
                members.push_back(std::move(m));
            } while (eat(','));
            if (!eat('}')) return std::nullopt;
        }
        blanks();
        if (i_ != s_.size()) return std::nullopt;
        return members;
    }

private:
    std::string_view s_;
    std::size_t i_ = 0;

    bool eat(char c) noexcept {
        if (i_ >= s_.size() || s_[i_] != c) return false;
        ++i_;
        return true;
    }
    void blanks() noexcept {
        while (i_ < s_.size() &&
               (s_[i_] == ' ' || s_[i_] == '\t' || s_[i_] == '\n' || s_[i_] == '\r'))
            ++i_;
    }

    bool value(flat_member& m) {
        if (i_ < s_.size() && s_[i_] == '"') return string(m.value);
        m.is_string = false;
        return integer(m.value);
    }

    // -?(0|[1-9][0-9]*), at most 18 digits (so it fits every integer type nlohmann picks);
    // "-0" is left to nlohmann, which writes it back as "0".
    bool integer(std::string& out) {
        const std::size_t b = i_;
        eat('-');
        const std::size_t digits = i_;
        while (i_ < s_.size() && s_[i_] >= '0' && s_[i_] <= '9') ++i_;
        const std::size_t n = i_ - digits;
        if (n == 0 || n > 18 || (s_[digits] == '0' && (n > 1 || digits > b))) return false;
        if (i_ < s_.size() && (s_[i_] == '.' || s_[i_] == 'e' || s_[i_] == 'E')) return false;
        out.assign(s_.substr(b, i_ - b));
        return true;
    }

    bool hex4(std::uint32_t& v) noexcept {
        if (s_.size() - i_ < 4) return false;
        v = 0;
        for (int k = 0; k < 4; ++k, ++i_) {
            const char c = s_[i_];
            const int d = c >= '0' && c <= '9'   ? c - '0'
                          : c >= 'a' && c <= 'f' ? c - 'a' + 10
                          : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                                 : -1;
            if (d < 0) return false;
            v = v * 16 + static_cast<std::uint32_t>(d);
        }
        return true;
    }

    // After "\u": one code point, a surrogate pair taking a second "\uXXXX".
    bool code_point(std::string& out) {
        std::uint32_t cp = 0;
        if (!hex4(cp) || (cp >= 0xDC00 && cp <= 0xDFFF)) return false;
        if (cp >= 0xD800 && cp <= 0xDBFF) {
            std::uint32_t low = 0;
            if (!eat('\\') || !eat('u') || !hex4(low) || low < 0xDC00 || low > 0xDFFF) return false;
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
        }
        append_utf8(out, static_cast<char32_t>(cp));
        return true;
    }

    bool escape(std::string& out) {
        if (i_ >= s_.size()) return false;
        const char c = s_[i_++];
        switch (c) {
        case '"':
            out += '"';
            return true;
        case '\\':
            out += '\\';
            return true;
        case '/':
            out += '/';
            return true;
        case 'b':
            out += '\b';
            return true;
        case 'f':
            out += '\f';
            return true;
        case 'n':
            out += '\n';
            return true;
        case 'r':
            out += '\r';
            return true;
        case 't':
            out += '\t';
            return true;
        case 'u':
            return code_point(out);
        default:
            return false;
        }
    }

    // A string's content, unescaped: raw bytes must be well-formed UTF-8 and not controls.
    bool string(std::string& out) {
        if (!eat('"')) return false;
        out.clear();
        for (;;) {
            const std::size_t run = i_;
            while (i_ < s_.size()) {
                i_ += plain_ascii(s_, i_);
                if (i_ >= s_.size()) break;
                const auto c = static_cast<unsigned char>(s_[i_]);
                if (c == '"' || c == '\\' || c < 0x20) break;
                if (c < 0x80) {
                    ++i_;
                    continue;
                }
                const std::size_t n = utf8_sequence(s_, i_);
                if (n == 0) return false;
                i_ += n;
            }
            out.append(s_.data() + run, i_ - run);
            if (i_ >= s_.size() || static_cast<unsigned char>(s_[i_]) < 0x20) return false;
            if (s_[i_++] == '"') return true;
            if (!escape(out)) return false;
        }
    }
};

} // namespace kairos::io::detail::js
