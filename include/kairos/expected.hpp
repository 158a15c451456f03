// kairos/expected.hpp — a small result type for the API boundary (GCC 12 has no std::expected).
#pragma once

#include <string>
#include <utility>
#include <variant>

namespace kairos {

/// What went wrong, as a category a program can branch on.
enum class errc : unsigned char {
    invalid_argument, ///< a malformed value: a DCT, a TIMEX3 string, a date
    unknown_time_zone,
    io_error,
    parse_error, ///< malformed JSON, JSON Lines or TimeML
    too_large,   ///< an input beyond a configured size limit
};

/// The category's name: "invalid_argument", "unknown_time_zone", "io_error", "parse_error",
/// "too_large".
[[nodiscard]] constexpr const char* to_string(errc c) noexcept {
    switch (c) {
    case errc::invalid_argument:
        return "invalid_argument";
    case errc::unknown_time_zone:
        return "unknown_time_zone";
    case errc::io_error:
        return "io_error";
    case errc::parse_error:
        return "parse_error";
    case errc::too_large:
        return "too_large";
    }
    return "unknown";
}

/// A typed error with a message meant for people.
struct error {
    errc code = errc::invalid_argument;
    std::string message;
};

/// Either a value or an error; never both, never neither.
template<class T>
class expected {
public:
    expected(T value) : v_(std::in_place_index<0>, std::move(value)) {}
    expected(kairos::error e) : v_(std::in_place_index<1>, std::move(e)) {}

    [[nodiscard]] bool has_value() const noexcept { return v_.index() == 0; }
    explicit operator bool() const noexcept { return has_value(); }

    /// Precondition: has_value().
    [[nodiscard]] T& value() & { return std::get<0>(v_); }
    [[nodiscard]] const T& value() const& { return std::get<0>(v_); }
    [[nodiscard]] T&& value() && { return std::get<0>(std::move(v_)); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }

    /// Precondition: !has_value(). Named like std::expected::error, so code written against
    /// this type moves to the standard one unchanged.
    [[nodiscard]] const kairos::error& error() const& { return std::get<1>(v_); }
    [[nodiscard]] kairos::error&& error() && { return std::get<1>(std::move(v_)); }
    /// The same as error(), kept for existing callers.
    [[nodiscard]] const kairos::error& err() const& { return std::get<1>(v_); }

private:
    std::variant<T, kairos::error> v_;
};

} // namespace kairos
