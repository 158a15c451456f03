// Refiners: ordered passes over the raw matches before resolution.
#pragma once

#include "grammar/pattern.hpp"

#include <vector>

namespace kairos::refine {

/// Runs every refiner in order (the list is in refine.cpp, `refine`):
/// drop matches inside numbers, money and names; drop unsupported latent words; widen by
/// modifiers ("early", "mid-", "more than", "or so"); merge a clock time with its day;
/// give year-ago comparisons the period they compare.
void refine(const lex::token_stream& ts, std::vector<grammar::match>& matches);

// The passes, exposed for tests.
void drop_non_temporal(const lex::token_stream& ts, std::vector<grammar::match>& matches);
void drop_unsupported_latent(const lex::token_stream& ts, std::vector<grammar::match>& matches);
/// "on 2/15" is a day, "1/2 cup", "since 9/11" and "24/7" are not (refine/numeric.cpp).
void drop_unsupported_numeric(const lex::token_stream& ts, std::vector<grammar::match>& matches);
void attach_modifiers(const lex::token_stream& ts, std::vector<grammar::match>& matches);
/// "will one day" is FUTURE_REF; "the then current" is PAST_REF.
void read_vague_references(const lex::token_stream& ts, std::vector<grammar::match>& matches);
/// "Monday and Tuesday nights": the first weekday shares the plural part of day, a SET.
void share_plural_day_parts(const lex::token_stream& ts, std::vector<grammar::match>& matches);
/// "April 24 and 25": a mention for the second day too.
void add_coordinated_days(const lex::token_stream& ts, std::vector<grammar::match>& matches);
void lean_possessive_days(const lex::token_stream& ts, std::vector<grammar::match>& matches);
/// "tomorrow at noon", "7:30 PM on Fri, Sep 20", "Monday morning at 9": one instant
/// (refine/clock.cpp), after dropping clocks the words around them make something else.
/// "2-4pm", "from 9 to 11 a.m.", "between 1 and 3 p.m.": a bare hour before a clock that says
/// a.m. or p.m. begins a range ending at that clock.
void join_bare_hour_ranges(const lex::token_stream& ts, std::vector<grammar::match>& matches);
void merge_time_and_day(const lex::token_stream& ts, std::vector<grammar::match>& matches);
/// Marks year-ago comparisons with the period reported before them (a quarter or a year) and
/// folds "year-ago" into the quarter after it ("the year-ago third quarter").
/// "in 2 hours" points to where the two hours end, "within 30 days" over the span to it.
void point_durations(const lex::token_stream& ts, std::vector<grammar::match>& matches);
void carry_reporting_period(const lex::token_stream& ts, std::vector<grammar::match>& matches);

} // namespace kairos::refine
