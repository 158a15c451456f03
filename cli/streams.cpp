#include "streams.hpp"

#include <sys/stat.h>
#include <thread>
#include <unistd.h>

namespace kairos::cli {

unsigned job_count(unsigned requested) noexcept {
    if (requested != 0) return requested;
    const unsigned n = std::thread::hardware_concurrency();
    return n == 0 ? 1u : n;
}

failure output_failure(const error& e, const std::string& path) {
    return {exit_code::output, "cannot write output: " + e.message,
            path == "-" ? std::string("<stdout>") : path};
}

void finish_stream(std::optional<output_file>& stream, batch& run, const std::string& target) {
    if (!stream || (run.stopped() && target != "-")) return;
    if (auto e = stream->commit(); e && !run.stopped()) run.fatal(output_failure(*e, target));
    stream.reset();
}

bool is_regular_file(int fd) {
    struct stat st {};
    return ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode);
}

std::optional<line_item> line_source::next(const std::atomic<bool>& stop) {
    for (;;) {
        if (!reader_) {
            if (index_ >= inputs_.size()) return std::nullopt;
            reader_ = std::make_unique<line_reader>();
            line_ = 0;
            if (auto e = reader_->open(inputs_[index_])) return give_up(*e);
        }
        auto text = reader_->next(stop);
        if (!text) {
            if (reader_->failed() && !stop) return give_up(*reader_->failed());
            reader_.reset();
            ++index_;
            continue;
        }
        ++line_;
        if (text->find_first_not_of(" \t") == std::string::npos) continue;
        return line_item{display_name(inputs_[index_]), line_, std::move(*text), std::nullopt};
    }
}

std::optional<std::vector<line_item>> line_source::next_batch(const std::atomic<bool>& stop,
                                                              std::size_t max_lines,
                                                              std::size_t max_bytes) {
    auto first = next(stop);
    if (!first) return std::nullopt;
    std::vector<line_item> batch;
    std::size_t bytes = first->text.size();
    batch.push_back(std::move(*first));
    while (batch.size() < max_lines && bytes < max_bytes && reader_ && reader_->line_ready()) {
        auto more = next(stop);
        if (!more) break;
        bytes += more->text.size();
        batch.push_back(std::move(*more));
    }
    return batch;
}

line_item line_source::give_up(const error& e) {
    line_item item{display_name(inputs_[index_]),
                   0,
                   {},
                   failure{input_code(e), e.message, display_name(inputs_[index_])}};
    reader_.reset();
    ++index_;
    return item;
}

} // namespace kairos::cli
