// Durations that point somewhere from the DCT: "in 2 hours", "within 30 days".
#include "lang/en/context.hpp"
#include "refine/refine.hpp"

namespace kairos::refine {

namespace {

// "2 hours", "an hour and a half", "half an hour": an amount of a unit, which can point
bool counted(grammar::rule_id id) noexcept {
    using grammar::rule_id;
    return id == rule_id::duration || id == rule_id::duration_decimal ||
           id == rule_id::duration_and_a_half || id == rule_id::duration_half ||
           id == rule_id::duration_a_half_hour;
}

} // namespace

void point_durations(const lex::token_stream& ts, std::vector<grammar::match>& matches) {
    using lang::en::context::point_heads;
    using lang::en::context::span_heads;
    for (grammar::match& m : matches) {
        if (!counted(m.by->id) || m.op.kind != grammar::op_kind::duration ||
            m.op.points != grammar::pointing::none || m.first == 0)
            continue;
        const std::string_view head = ts.str(m.first - 1);
        if (lex::iequals_any(head, point_heads))
            m.op.points = grammar::pointing::point_on;
        else if (lex::iequals_any(head, span_heads))
            m.op.points = grammar::pointing::span_on;
        else
            continue;
        m.op.points_unless_past = true; // "was put out in 2 hours" took two hours
    }
}

} // namespace kairos::refine
