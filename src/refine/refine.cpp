// The refiner order, in one place.
#include "refine/refine.hpp"

#include "lang/en/context.hpp"

namespace kairos::refine {
namespace {

using grammar::match;
using grammar::op_kind;
using lex::iequals;

bool is_clock(const match& m) {
    return m.op.kind == op_kind::point && m.op.hour >= 0 && m.op.month < 0 && m.op.weekday < 0;
}
bool is_day(const match& m) {
    const auto& o = m.op;
    if (o.kind != op_kind::point || o.hour >= 0 || o.pod >= 0) return false;
    if (o.weekday > 0 || (o.month > 0 && o.day > 0)) return true;
    return o.from == grammar::origin::dct && o.shift_unit == lang::en::unit::day;
}

/// A range of clock times keeps its end and the places of its ends' texts when its day joins it.
void carry_range(const grammar::operation& clock, grammar::operation& day) {
    if (!clock.range) return;
    day.range = true;
    day.to = clock.to;
    day.begin_token = clock.begin_token;
    day.begin_tokens = clock.begin_tokens;
    day.end_token = clock.end_token;
}

} // namespace

void merge_time_and_day(const lex::token_stream& ts, std::vector<match>& matches) {
    std::size_t kept = 0; // compacted in place: matches[kept..k) are free
    for (std::size_t k = 0; k < matches.size(); ++k) {
        const match m = matches[k];
        if (k + 1 < matches.size() && is_clock(m) && is_day(matches[k + 1])) {
            const match& d = matches[k + 1];
            std::uint32_t gap = m.last;
            while (gap < d.first &&
                   (ts.str(gap) == "," || iequals(ts.str(gap), lang::en::context::day_link)))
                ++gap;
            if (gap == d.first && d.first - m.last <= 2) {
                match merged = d;
                merged.first = m.first;
                merged.op.hour = m.op.hour;
                merged.op.minute = m.op.minute;
                merged.op.zone = m.op.zone;
                merged.op.type = timex_type::time;
                merged.op.stated |= m.op.stated;
                if (m.op.mod != timex_mod::none) merged.op.mod = m.op.mod;
                carry_range(m.op, merged.op); // "9:30 - 11:00 on Thursday"
                matches[kept++] = merged;
                ++k;
                continue;
            }
        }
        matches[kept++] = m;
    }
    matches.resize(kept);
}

void refine(const lex::token_stream& ts, std::vector<match>& matches) {
    drop_non_temporal(ts, matches);
    drop_unsupported_latent(ts, matches);
    drop_unsupported_numeric(ts, matches);
    lean_possessive_days(ts, matches);
    read_vague_references(ts, matches);
    share_plural_day_parts(ts, matches);
    add_coordinated_days(ts, matches);
    merge_time_and_day(ts, matches);
    attach_modifiers(ts, matches);
    point_durations(ts, matches);
    carry_reporting_period(ts, matches);
}

} // namespace kairos::refine
