// The refiner order, in one place.
#include "refine/refine.hpp"

namespace kairos::refine {

void refine(const lex::token_stream& ts, std::vector<grammar::match>& matches) {
    drop_non_temporal(ts, matches);
    drop_unsupported_latent(ts, matches);
    drop_unsupported_numeric(ts, matches);
    lean_possessive_days(ts, matches);
    read_vague_references(ts, matches);
    share_plural_day_parts(ts, matches);
    add_coordinated_days(ts, matches);
    join_bare_hour_ranges(ts, matches);
    merge_time_and_day(ts, matches);
    attach_modifiers(ts, matches);
    point_durations(ts, matches);
    carry_reporting_period(ts, matches);
}

} // namespace kairos::refine
