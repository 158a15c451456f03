#include "terminal.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <unistd.h>

namespace kairos::cli {

bool is_terminal(int fd) noexcept {
    return ::isatty(fd) == 1;
}

bool use_colour(int fd) noexcept {
    const char* no_colour = std::getenv("NO_COLOR");
    if (no_colour != nullptr && *no_colour != '\0') return false;
    const char* term = std::getenv("TERM");
    if (term != nullptr && std::strcmp(term, "dumb") == 0) return false;
    return is_terminal(fd);
}

progress_bar::progress_bar(std::string label, std::size_t total, std::size_t min_items)
    : label_(std::move(label)), total_(total), min_items_(min_items),
      enabled_(is_terminal(STDERR_FILENO)) {}

void progress_bar::tick() {
    ++done_;
    // Few items finish before a bar would help; never flash one for them.
    if (!enabled_ || (total_ != 0 ? total_ : done_) < min_items_) return;
    const auto now = std::chrono::steady_clock::now();
    if (shown_ && done_ < total_ && now - last_ < std::chrono::milliseconds(100)) return;
    last_ = now;
    draw();
}

void progress_bar::draw() {
    constexpr std::size_t width = 30;
    if (total_ == 0) {
        const auto line = "\r" + label_ + ": " + std::to_string(done_) + " documents";
        std::fputs(line.c_str(), stderr);
        std::fflush(stderr);
        shown_ = true;
        return;
    }
    const std::size_t filled = std::min(width, done_ * width / total_);
    std::string line = "\r" + label_ + " [";
    line.append(filled, '#');
    line.append(width - filled, ' ');
    line += "] " + std::to_string(done_) + "/" + std::to_string(total_);
    std::fputs(line.c_str(), stderr);
    std::fflush(stderr);
    shown_ = true;
}

void progress_bar::finish() {
    if (!shown_) return;
    // Erase the bar so the next message starts on a clean line.
    std::fputs("\r\033[K", stderr);
    std::fflush(stderr);
    shown_ = false;
}

} // namespace kairos::cli
