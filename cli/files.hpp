// cli/files.hpp — reading inputs and writing outputs so that no output is ever left half-written.
#pragma once

#include <atomic>
#include <kairos/expected.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kairos::cli {

/// The most bytes one input, or one line of a JSON Lines input, may hold (`--max-input`;
/// default 256 MiB, 0 = no limit). Set it before any input is read; a read beyond it fails
/// with errc::too_large (exit code 6) instead of exhausting memory (`/dev/zero` as input).
inline constexpr std::size_t default_input_limit = std::size_t{256} << 20;
void set_input_limit(std::size_t bytes) noexcept;
[[nodiscard]] std::size_t input_limit() noexcept;

/// "1048576", "64K", "256M", "2G" (powers of 1024) as bytes; nullopt for anything else.
[[nodiscard]] std::optional<std::size_t> parse_size(std::string_view s) noexcept;

/// Reads a whole file, or standard input for "-". Errors carry the system's reason
/// ("no such file or directory", "is a directory", "permission denied").
[[nodiscard]] expected<std::string> read_all(const std::string& path);

/// Reads one line at a time from a file or standard input ("-"), without the line break
/// ("\n" or "\r\n"). `next` returns nullopt at the end of the input, when `stop` becomes
/// true (checked while waiting for a pipe), or on a read error (then error() is set).
class line_reader {
public:
    line_reader() = default;
    line_reader(const line_reader&) = delete;
    line_reader& operator=(const line_reader&) = delete;
    ~line_reader();

    [[nodiscard]] std::optional<error> open(const std::string& path);
    [[nodiscard]] std::optional<std::string> next(const std::atomic<bool>& stop);
    [[nodiscard]] const std::optional<error>& failed() const noexcept { return error_; }
    /// True when the next line is already read in full, so next() will not wait for input.
    [[nodiscard]] bool line_ready() const noexcept {
        return buf_.find('\n', pos_) != std::string::npos;
    }

private:
    bool fill(const std::atomic<bool>& stop);

    int fd_ = -1;
    bool owned_ = false;
    bool eof_ = false;
    std::string buf_;
    std::size_t pos_ = 0;
    std::optional<error> error_;
};

/// An output that appears complete or not at all.
///
/// A regular file (new or existing) is written to a temporary file in the same folder, which
/// commit() flushes, fsyncs and renames over the target; destroying an uncommitted output
/// removes the temporary file and leaves any earlier file untouched. Standard output ("-"),
/// devices and FIFOs are written directly, and every write error (a full disk, a closed pipe)
/// is reported.
class output_file {
public:
    output_file() = default;
    output_file(const output_file&) = delete;
    output_file& operator=(const output_file&) = delete;
    output_file(output_file&& o) noexcept;
    output_file& operator=(output_file&& o) noexcept;
    ~output_file();

    [[nodiscard]] static expected<output_file> open(const std::string& path);
    [[nodiscard]] std::optional<error> write(std::string_view bytes);
    /// Writes what is buffered; for standard output, lets a reader see a streamed line now.
    [[nodiscard]] std::optional<error> flush();
    [[nodiscard]] std::optional<error> commit();

    /// commit() in two steps, for output_group: seal(sync) flushes and closes (fsyncing first
    /// when `sync`), publish() renames the sealed temporary file over the target.
    [[nodiscard]] std::optional<error> seal(bool sync);
    [[nodiscard]] std::optional<error> publish();
    [[nodiscard]] const std::string& target() const noexcept { return target_; }

private:
    void discard() noexcept;

    int fd_ = -1;
    std::string target_;
    std::string temp_; ///< empty when writing directly
    std::string buf_;
    bool committed_ = false;
    std::size_t slot_ = no_slot; ///< this temporary file's signal-cleanup slot

public:
    static constexpr std::size_t no_slot = 128; ///< not registered (the registry's size)
};

/// An error about one path.
struct path_error {
    std::string path;
    error err;
};

/// Many output files made durable together: each is written to its temporary file at once,
/// and commit() syncs them all with one syncfs() (instead of one fsync per file, which costs
/// milliseconds each) before renaming each into place. Uncommitted files never appear.
class output_group {
public:
    static constexpr std::size_t capacity = 64; ///< commit when this many are pending

    [[nodiscard]] std::optional<path_error> add(const std::string& path, std::string_view bytes);
    [[nodiscard]] std::optional<path_error> commit();
    [[nodiscard]] bool full() const noexcept { return pending_.size() >= capacity; }

private:
    std::vector<output_file> pending_;
};

/// Makes SIGINT, SIGTERM, SIGHUP and SIGPIPE remove every temporary file an output_file still
/// holds before the process dies of the signal, so an interrupted run leaves nothing behind.
/// A signal ignored when the process started (under `nohup`, or SIGPIPE in a pipeline that
/// ignores it) is left ignored.
void remove_temporaries_on_signals();

/// Writes `bytes` to `path` through output_file.
[[nodiscard]] std::optional<error> write_file(const std::string& path, std::string_view bytes);

/// Creates the folder (and its parents) when missing; an error names the reason.
[[nodiscard]] std::optional<error> ensure_directory(const std::string& path);

} // namespace kairos::cli
