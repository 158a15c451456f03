// Small builders shared by the rule producers.
#pragma once

#include "grammar/pattern.hpp"

namespace kairos::lang::en {

inline grammar::operation point(field stated = field::none) noexcept {
    grammar::operation o;
    o.kind = grammar::op_kind::point;
    o.stated = stated;
    return o;
}

/// A point counted `n` units from the anchor ("yesterday": day -1).
inline grammar::operation shifted(unit u, int n,
                                  grammar::origin from = grammar::origin::dct) noexcept {
    grammar::operation o = point(field::amount);
    o.from = from;
    o.shift_unit = u;
    o.shift = n;
    return o;
}

inline grammar::operation duration_of(unit u, int amount) noexcept {
    grammar::operation o;
    o.kind = grammar::op_kind::duration;
    o.type = timex_type::duration;
    o.unit = u;
    o.amount = amount;
    o.stated = field::amount;
    return o;
}
/// duration_of the amount the captures read, with its decimal part ("1.5 hours").
inline grammar::operation duration_of(const grammar::captures& c) noexcept {
    grammar::operation o = duration_of(c.unit, c.amount);
    o.fraction = c.fraction;
    o.scale = c.scale;
    return o;
}

inline grammar::operation reference_to(reference r) noexcept {
    grammar::operation o;
    o.kind = grammar::op_kind::reference;
    o.ref = r;
    return o;
}

inline grammar::operation set_of(grammar::operation inner) noexcept {
    inner.kind = grammar::op_kind::set;
    inner.type = timex_type::set;
    return inner;
}

} // namespace kairos::lang::en
