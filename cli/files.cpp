#include "files.hpp"

#include "failure.hpp"

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <charconv>
#include <csignal>
#include <cstdint>
#include <fcntl.h>
#include <filesystem>
#include <poll.h>
#include <random>
#include <sys/stat.h>
#include <system_error>
#include <unistd.h>
#include <utility>

namespace kairos::cli {
namespace {

constexpr std::size_t chunk = 1 << 16;

std::atomic<std::size_t> max_input{default_input_limit};

bool over_limit(std::size_t bytes) noexcept {
    const auto limit = max_input.load(std::memory_order_relaxed);
    return limit != 0 && bytes > limit;
}

error too_large(const char* what) {
    return {errc::too_large, std::string(what) + " larger than --max-input (" +
                                 std::to_string(max_input.load()) + " bytes)"};
}

error io_failure(int errnum) {
    return {errc::io_error, system_message(errnum)};
}

int open_input(const std::string& path, std::optional<error>& err) {
    if (path == "-") return STDIN_FILENO;
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        err = io_failure(errno);
        return -1;
    }
    struct stat st {};
    if (::fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
        ::close(fd);
        err = error{errc::io_error, "is a directory"};
        return -1;
    }
    return fd;
}

/// read() that retries on EINTR; returns bytes read, 0 at the end, -1 on error.
ssize_t read_some(int fd, char* into, std::size_t n) {
    for (;;) {
        const ssize_t got = ::read(fd, into, n);
        if (got >= 0 || errno != EINTR) return got;
    }
}

std::optional<error> write_all(int fd, std::string_view bytes) {
    while (!bytes.empty()) {
        const ssize_t put = ::write(fd, bytes.data(), bytes.size());
        if (put < 0) {
            if (errno == EINTR) continue;
            return io_failure(errno);
        }
        bytes.remove_prefix(static_cast<std::size_t>(put));
    }
    return std::nullopt;
}

mode_t new_file_mode() {
    // umask can only be read by setting it; do it once, before any worker thread exists.
    static const mode_t mask = [] {
        const mode_t m = ::umask(0);
        ::umask(m);
        return m;
    }();
    return static_cast<mode_t>(0666 & ~mask);
}

void sync_directory(const std::string& dir) {
    const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return; // durability of the rename is best effort; the data itself is synced
    ::fsync(fd);
    ::close(fd);
}

std::string parent_of(const std::string& path) {
    auto parent = std::filesystem::path(path).parent_path().string();
    return parent.empty() ? std::string(".") : parent;
}

/// Temporary files that exist right now, for the signal handler. Plain arrays and atomics only:
/// the handler may run at any instant and can use nothing else.
class temp_registry {
public:
    static constexpr std::size_t slots = 128;
    static constexpr std::size_t max_path = 4096;

    /// The slot now holding `path`, or slots when full (the file is then not cleaned up).
    std::size_t add(const std::string& path) noexcept {
        if (path.size() >= max_path) return slots;
        for (std::size_t i = 0; i < slots; ++i) {
            bool expected = false;
            if (!claimed_[i].compare_exchange_strong(expected, true)) continue;
            path.copy(paths_[i], path.size());
            paths_[i][path.size()] = '\0';
            live_[i].store(true);
            return i;
        }
        return slots;
    }

    void remove(std::size_t slot) noexcept {
        if (slot >= slots) return;
        live_[slot].store(false);
        claimed_[slot].store(false);
    }

    void unlink_all() noexcept {
        for (std::size_t i = 0; i < slots; ++i)
            if (live_[i].load()) ::unlink(paths_[i]);
    }

private:
    std::atomic<bool> claimed_[slots]{};
    std::atomic<bool> live_[slots]{};
    char paths_[slots][max_path]{};
};

static_assert(output_file::no_slot == temp_registry::slots);

temp_registry& temporaries() {
    static temp_registry r;
    return r;
}

/// Six random letters and digits for a temporary file name.
std::string random_suffix() {
    static constexpr std::string_view alphabet =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    thread_local std::mt19937_64 engine{std::random_device{}()};
    std::uniform_int_distribution<std::size_t> pick(0, alphabet.size() - 1);
    std::string s(6, 'X');
    for (char& c : s) c = alphabet[pick(engine)];
    return s;
}

extern "C" void on_fatal_signal(int sig) {
    temporaries().unlink_all();
    struct sigaction dfl {};
    dfl.sa_handler = SIG_DFL;
    ::sigaction(sig, &dfl, nullptr);
    ::raise(sig);
}

} // namespace

void set_input_limit(std::size_t bytes) noexcept {
    max_input.store(bytes);
}

std::size_t input_limit() noexcept {
    return max_input.load();
}

std::optional<std::size_t> parse_size(std::string_view s) noexcept {
    if (s.empty()) return std::nullopt;
    unsigned shift = 0;
    switch (s.back()) {
    case 'K':
    case 'k':
        shift = 10;
        break;
    case 'M':
    case 'm':
        shift = 20;
        break;
    case 'G':
    case 'g':
        shift = 30;
        break;
    default:
        break;
    }
    if (shift != 0) s.remove_suffix(1);
    std::size_t n = 0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), n);
    if (ec != std::errc{} || end != s.data() + s.size() || n > (SIZE_MAX >> shift))
        return std::nullopt;
    return n << shift;
}

void remove_temporaries_on_signals() {
    temporaries(); // construct it now, not inside a handler
    for (const int sig : {SIGINT, SIGTERM, SIGHUP, SIGPIPE}) {
        struct sigaction old {};
        if (::sigaction(sig, nullptr, &old) != 0) continue;
        // A signal the caller ignores (nohup: SIGHUP; a pipeline: SIGPIPE) stays ignored: the
        // run goes on, and a closed pipe is then a write error (exit 4) like any other.
        if (old.sa_handler == SIG_IGN) continue;
        struct sigaction act {};
        act.sa_handler = on_fatal_signal;
        ::sigemptyset(&act.sa_mask);
        ::sigaction(sig, &act, nullptr);
    }
}

expected<std::string> read_all(const std::string& path) {
    std::optional<error> err;
    const int fd = open_input(path, err);
    if (fd < 0) return *err;
    std::string data;
    for (;;) {
        const auto old = data.size();
        data.resize(old + chunk);
        const ssize_t got = read_some(fd, data.data() + old, chunk);
        if (got < 0) {
            const int saved = errno;
            if (fd != STDIN_FILENO) ::close(fd);
            return io_failure(saved);
        }
        data.resize(old + static_cast<std::size_t>(got));
        if (got == 0) break;
        if (over_limit(data.size())) {
            if (fd != STDIN_FILENO) ::close(fd);
            return too_large("input");
        }
    }
    if (fd != STDIN_FILENO) ::close(fd);
    return data;
}

// --- line_reader -------------------------------------------------------------------------------

line_reader::~line_reader() {
    if (owned_) ::close(fd_);
}

std::optional<error> line_reader::open(const std::string& path) {
    fd_ = open_input(path, error_);
    owned_ = fd_ >= 0 && fd_ != STDIN_FILENO;
    return error_;
}

bool line_reader::fill(const std::atomic<bool>& stop) {
    if (pos_ > 0 && pos_ >= buf_.size() / 2) {
        buf_.erase(0, pos_);
        pos_ = 0;
    }
    pollfd p{fd_, POLLIN, 0};
    // Wake up now and then so a stopped pipeline does not wait for a quiet pipe forever.
    while (!stop.load()) {
        const int ready = ::poll(&p, 1, 100);
        if (ready > 0) break;
        if (ready < 0 && errno != EINTR) break; // let read() report it
    }
    if (stop.load()) return false;
    const auto old = buf_.size();
    buf_.resize(old + chunk);
    const ssize_t got = read_some(fd_, buf_.data() + old, chunk);
    buf_.resize(old + static_cast<std::size_t>(got > 0 ? got : 0));
    if (got < 0) error_ = io_failure(errno);
    if (got <= 0) eof_ = true;
    return got > 0;
}

std::optional<std::string> line_reader::next(const std::atomic<bool>& stop) {
    if (fd_ < 0) return std::nullopt;
    std::size_t seen = 0; // bytes after pos_ known to hold no line break; fill() may move pos_
    for (;;) {
        const auto nl = buf_.find('\n', pos_ + seen);
        if (over_limit((nl == std::string::npos ? buf_.size() : nl) - pos_)) {
            error_ = too_large("line");
            return std::nullopt;
        }
        if (nl != std::string::npos) {
            std::string line = buf_.substr(pos_, nl - pos_);
            pos_ = nl + 1;
            if (!line.empty() && line.back() == '\r') line.pop_back();
            return line;
        }
        seen = buf_.size() - pos_;
        if (eof_ || !fill(stop)) break;
    }
    if (stop.load() || error_ || pos_ >= buf_.size()) return std::nullopt;
    std::string last = buf_.substr(pos_);
    pos_ = buf_.size();
    if (!last.empty() && last.back() == '\r') last.pop_back();
    return last;
}

// --- output_file -------------------------------------------------------------------------------

output_file::output_file(output_file&& o) noexcept
    : fd_(std::exchange(o.fd_, -1)), target_(std::move(o.target_)), temp_(std::move(o.temp_)),
      buf_(std::move(o.buf_)), committed_(std::exchange(o.committed_, true)),
      slot_(std::exchange(o.slot_, no_slot)) {}

output_file& output_file::operator=(output_file&& o) noexcept {
    if (this != &o) {
        discard();
        fd_ = std::exchange(o.fd_, -1);
        target_ = std::move(o.target_);
        temp_ = std::move(o.temp_);
        buf_ = std::move(o.buf_);
        committed_ = std::exchange(o.committed_, true);
        slot_ = std::exchange(o.slot_, no_slot);
    }
    return *this;
}

output_file::~output_file() {
    discard();
}

void output_file::discard() noexcept {
    if (fd_ >= 0 && fd_ != STDOUT_FILENO) ::close(fd_);
    fd_ = -1;
    if (!committed_ && !temp_.empty()) ::unlink(temp_.c_str());
    temporaries().remove(std::exchange(slot_, no_slot));
    temp_.clear();
}

expected<output_file> output_file::open(const std::string& path) {
    output_file out;
    out.target_ = path;
    if (path == "-") {
        out.fd_ = STDOUT_FILENO;
        return out;
    }
    struct stat st {};
    const bool exists = ::stat(path.c_str(), &st) == 0;
    if (exists && S_ISDIR(st.st_mode)) return error{errc::io_error, "is a directory"};
    if (exists && !S_ISREG(st.st_mode)) {
        // A device or FIFO (/dev/stdout, /dev/full, a named pipe): renaming over it would
        // replace the node itself, so write straight into it.
        out.fd_ = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
        if (out.fd_ < 0) return io_failure(errno);
        return out;
    }
    const auto name = std::filesystem::path(path).filename().string();
    // The name is registered for the signal handler before the file exists (mkstemp would
    // create it first, and a signal in between would leave it behind).
    std::string temp;
    for (int attempt = 0; out.fd_ < 0; ++attempt) {
        temp = parent_of(path) + "/." + name + ".kairos-" + random_suffix();
        out.slot_ = temporaries().add(temp);
        out.fd_ = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (out.fd_ >= 0) break;
        const int err = errno;
        temporaries().remove(std::exchange(out.slot_, no_slot));
        if (err != EEXIST || attempt > 100) return io_failure(err);
    }
    out.temp_ = std::move(temp);
    ::fchmod(out.fd_, exists ? (st.st_mode & 07777) : new_file_mode());
    return out;
}

std::optional<error> output_file::write(std::string_view bytes) {
    if (buf_.size() + bytes.size() >= 2 * chunk) { // large: no copy of it in the buffer
        if (auto e = flush()) return e;
        if (fd_ < 0) return error{errc::io_error, "output already closed"};
        return write_all(fd_, bytes);
    }
    buf_.append(bytes);
    if (buf_.size() >= chunk) return flush();
    return std::nullopt;
}

std::optional<error> output_file::flush() {
    if (fd_ < 0) return error{errc::io_error, "output already closed"};
    auto err = write_all(fd_, buf_);
    buf_.clear();
    return err;
}

std::optional<error> output_file::seal(bool sync) {
    auto fail = [&](error e) {
        discard();
        return std::optional<error>(std::move(e));
    };
    if (auto e = flush()) return fail(*e);
    if (temp_.empty()) { // written in place: done
        committed_ = true;
        if (fd_ != STDOUT_FILENO && ::close(fd_) != 0) return fail(io_failure(errno));
        fd_ = -1;
        return std::nullopt;
    }
    if (sync && ::fsync(fd_) != 0) return fail(io_failure(errno));
    if (::close(std::exchange(fd_, -1)) != 0) return fail(io_failure(errno));
    return std::nullopt;
}

std::optional<error> output_file::publish() {
    if (committed_) return std::nullopt;
    if (::rename(temp_.c_str(), target_.c_str()) != 0) {
        const int saved = errno;
        discard();
        return io_failure(saved);
    }
    committed_ = true;
    temporaries().remove(std::exchange(slot_, no_slot));
    return std::nullopt;
}

std::optional<error> output_file::commit() {
    const bool in_place = temp_.empty();
    if (auto e = seal(true)) return e;
    if (auto e = publish()) return e;
    if (!in_place) sync_directory(parent_of(target_));
    return std::nullopt;
}

std::optional<path_error> output_group::add(const std::string& path, std::string_view bytes) {
    auto out = output_file::open(path);
    if (!out) return path_error{path, out.err()};
    if (auto e = out->write(bytes)) return path_error{path, *e};
    if (auto e = out->seal(false)) return path_error{path, *e};
    pending_.push_back(std::move(*out));
    return std::nullopt;
}

std::optional<path_error> output_group::commit() {
    if (pending_.empty()) return std::nullopt;
    const auto folder = parent_of(pending_.front().target());
    const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    const bool synced = fd >= 0 && ::syncfs(fd) == 0;
    const int saved = errno;
    if (fd >= 0) ::close(fd);
    if (!synced) {
        pending_.clear(); // removes the temporary files
        return path_error{folder, io_failure(saved)};
    }
    std::vector<std::string> folders;
    for (auto& out : pending_) {
        if (auto e = out.publish()) {
            auto target = out.target();
            pending_.clear();
            return path_error{target, *e};
        }
        const auto parent = parent_of(out.target());
        if (std::find(folders.begin(), folders.end(), parent) == folders.end())
            folders.push_back(parent);
    }
    pending_.clear();
    for (const auto& f : folders) sync_directory(f);
    return std::nullopt;
}

std::optional<error> write_file(const std::string& path, std::string_view bytes) {
    auto out = output_file::open(path);
    if (!out) return out.err();
    if (auto e = out->write(bytes)) return e;
    return out->commit();
}

std::optional<error> ensure_directory(const std::string& path) {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) return std::nullopt;
    std::filesystem::create_directories(path, ec);
    if (ec) return error{errc::io_error, system_message(ec.value())};
    return std::nullopt;
}

} // namespace kairos::cli
