#include "batch.hpp"

#include <string>

namespace kairos::cli {

bool batch::failed(failure f) {
    ++failed_;
    const bool go_on = keep_going_ && f.code != exit_code::output && f.code != exit_code::internal;
    if (go_on)
        report(f);
    else
        fatal(std::move(f));
    return go_on;
}

void batch::fatal(failure f) {
    report(f);
    if (!fatal_) fatal_ = std::move(f);
}

exit_code batch::finish(const char* unit) const {
    if (fatal_) return fatal_->code;
    if (failed_ == 0) return exit_code::ok;
    report({exit_code::document_failed,
            std::to_string(failed_) + " of " + std::to_string(failed_ + done_) + " " + unit +
                " failed",
            ""});
    return exit_code::document_failed;
}

} // namespace kairos::cli
