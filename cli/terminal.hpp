// cli/terminal.hpp — what the user's terminal can show: colour, a progress bar.
#pragma once

#include <chrono>
#include <cstddef>
#include <string>

namespace kairos::cli {

/// True when `fd` is a terminal.
[[nodiscard]] bool is_terminal(int fd) noexcept;

/// Colour on `fd`: only on a terminal, never when NO_COLOR is set (https://no-color.org)
/// or TERM is "dumb".
[[nodiscard]] bool use_colour(int fd) noexcept;

/// A one-line progress bar on stderr, shown only when stderr is a terminal and the batch has
/// at least `min_items` items; redrawn at most ten times a second, erased by finish().
/// With total 0 (unknown, e.g. JSON Lines on stdin) it counts instead, once `min_items` are done.
class progress_bar {
public:
    progress_bar(std::string label, std::size_t total, std::size_t min_items = 20);
    progress_bar(const progress_bar&) = delete;
    progress_bar& operator=(const progress_bar&) = delete;
    ~progress_bar() { finish(); }

    void tick();
    void finish();

private:
    void draw();

    std::string label_;
    std::size_t total_;
    std::size_t done_ = 0;
    std::size_t min_items_;
    bool shown_ = false;
    bool enabled_;
    std::chrono::steady_clock::time_point last_{};
};

} // namespace kairos::cli
