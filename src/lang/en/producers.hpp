// Small builders shared by the rule producers.
#pragma once

#include "grammar/pattern.hpp"

namespace kairos::grammar::en {

inline operation point(field stated = field::none) noexcept {
    operation o;
    o.kind = op_kind::point;
    o.stated = stated;
    return o;
}

/// A point counted `n` units from the anchor ("yesterday": day -1).
inline operation shifted(unit u, int n, origin from = origin::dct) noexcept {
    operation o = point(field::amount);
    o.from = from;
    o.shift_unit = u;
    o.shift = n;
    return o;
}

inline operation duration_of(unit u, int amount) noexcept {
    operation o;
    o.kind = op_kind::duration;
    o.type = timex_type::duration;
    o.unit = u;
    o.amount = amount;
    o.stated = field::amount;
    return o;
}

inline operation reference_to(reference r) noexcept {
    operation o;
    o.kind = op_kind::reference;
    o.ref = r;
    return o;
}

inline operation set_of(operation inner) noexcept {
    inner.kind = op_kind::set;
    inner.type = timex_type::set;
    return inner;
}

} // namespace kairos::grammar::en
