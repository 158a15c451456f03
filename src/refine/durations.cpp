// Durations that point somewhere from the DCT: "in 2 hours", "within 30 days".
#include "lang/en/context.hpp"
#include "refine/refine.hpp"

namespace kairos::refine {

void point_durations(const lex::token_stream& ts, std::vector<grammar::match>& matches) {
    using lang::en::context::point_heads;
    using lang::en::context::span_heads;
    for (grammar::match& m : matches) {
        if (m.by->id != grammar::rule_id::duration || m.op.kind != grammar::op_kind::duration ||
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
