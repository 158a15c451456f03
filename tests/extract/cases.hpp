// The construction table shared by the tests and docs/constructions.md: each row is a sentence,
// its document date, and the one temporal expression kairos must find in it.
#pragma once

#include <string_view>

namespace kairos::test {

struct construction {
    std::string_view text;
    std::string_view dct;    ///< YYYY-MM-DD
    std::string_view extent; ///< the mention's exact text
    std::string_view type;   ///< DATE, TIME, DURATION, SET
    std::string_view value;  ///< TIMEX3 value
    std::string_view mod = {};
};

// DCT 2025-09-17 is a Wednesday.
inline constexpr construction constructions[] = {
    // explicit dates
    {"The talks resume on September 17.", "2025-09-14", "September 17", "DATE", "2025-09-17"},
    {"The talks resume on Sept. 17.", "2025-09-14", "Sept. 17", "DATE", "2025-09-17"},
    {"The talks resume on Sept 17th.", "2025-09-14", "Sept 17th", "DATE", "2025-09-17"},
    {"It was signed on 17 September 2025.", "2025-09-20", "17 September 2025", "DATE",
     "2025-09-17"},
    {"It was signed on September 17, 2025.", "2025-09-20", "September 17, 2025", "DATE",
     "2025-09-17"},
    {"The filing is dated 9/17/2025.", "2025-09-20", "9/17/2025", "DATE", "2025-09-17"},
    {"The filing is dated 2025-09-17.", "2025-09-20", "2025-09-17", "DATE", "2025-09-17"},
    {"Sales fell in September 2025.", "2025-10-20", "September 2025", "DATE", "2025-09"},
    {"Sales fell in 2024.", "2025-10-20", "2024", "DATE", "2024"},
    {"Prices peaked in mid-September.", "2025-10-20", "mid-September", "DATE", "2025-09", "MID"},
    {"Prices peaked in early September.", "2025-10-20", "early September", "DATE", "2025-09",
     "START"},
    {"Prices peaked in late September.", "2025-10-20", "late September", "DATE", "2025-09", "END"},
    {"The deal closes by the end of September.", "2025-09-02", "the end of September", "DATE",
     "2025-09", "END"},
    {"The editorial ran on Monday, Oct. 26.", "1998-10-27", "Monday, Oct. 26", "DATE",
     "1998-10-26"},
    {"Profit rose in fiscal 1989.", "1989-11-02", "fiscal 1989", "DATE", "1989"},
    {"Atlanta in nineteen ninety-six was hit.", "1998-02-27", "nineteen ninety-six", "DATE",
     "1996"},
    // underspecified dates and tense
    {"The dividend is payable Jan. 2.", "1989-11-02", "Jan. 2", "DATE", "1990-01-02"},
    {"The plant closed on March 12.", "2025-09-17", "March 12", "DATE", "2025-03-12"},
    {"The plant will close on March 12.", "2025-09-17", "March 12", "DATE", "2026-03-12"},
    {"Shipments resumed in June.", "2025-09-17", "June", "DATE", "2025-06"},
    {"The board will meet in February.", "2025-09-17", "February", "DATE", "2026-02"},
    {"The vote was held June last year.", "2025-09-17", "June last year", "DATE", "2024-06"},
    {"Elections are due this September.", "2025-03-10", "this September", "DATE", "2025-09"},
    // weekdays and days
    {"The minister resigned on Sunday.", "2025-09-17", "Sunday", "DATE", "2025-09-14"},
    {"The minister will resign on Sunday.", "2025-09-17", "Sunday", "DATE", "2025-09-21"},
    {"Officials met last Friday.", "2025-09-17", "last Friday", "DATE", "2025-09-12"},
    {"Officials meet next Tuesday.", "2025-09-17", "next Tuesday", "DATE", "2025-09-23"},
    {"The union struck this Monday.", "2025-09-17", "this Monday", "DATE", "2025-09-15"},
    {"The index fell today.", "2025-09-17", "today", "DATE", "2025-09-17"},
    {"The index fell yesterday.", "2025-09-17", "yesterday", "DATE", "2025-09-16"},
    {"The index opens tomorrow.", "2025-09-17", "tomorrow", "DATE", "2025-09-18"},
    {"The president speaks tonight.", "2025-09-17", "tonight", "TIME", "2025-09-17TNI"},
    {"Markets rallied this morning.", "2025-09-17", "this morning", "TIME", "2025-09-17TMO"},
    {"Rebels attacked Friday night.", "2025-09-17", "Friday night", "DATE", "2025-09-12TNI"},
    // relative periods
    {"Sales rose this week.", "2025-09-17", "this week", "DATE", "2025-W38"},
    {"Sales rose last week.", "2025-09-17", "last week", "DATE", "2025-W37"},
    {"Sales will rise next week.", "2025-09-17", "next week", "DATE", "2025-W39"},
    {"Sales rose last month.", "2025-09-17", "last month", "DATE", "2025-08"},
    {"Sales will rise next month.", "2025-09-17", "next month", "DATE", "2025-10"},
    {"Sales rose this quarter.", "2025-09-17", "this quarter", "DATE", "2025-Q3"},
    {"Sales rose last year.", "2025-09-17", "last year", "DATE", "2024"},
    {"Sales will rise next year.", "2025-09-17", "next year", "DATE", "2026"},
    {"The firm was sold a week ago.", "2025-09-17", "a week ago", "DATE", "2025-W37"},
    {"The firm was sold two weeks ago.", "2025-09-17", "two weeks ago", "DATE", "2025-W36"},
    {"The firm was sold three years ago.", "2025-09-17", "three years ago", "DATE", "2022"},
    {"The firm was sold 10 days ago.", "2025-09-17", "10 days ago", "DATE", "2025-09-07"},
    {"Profit was $2 million a year earlier.", "2025-09-17", "a year earlier", "DATE", "2024"},
    {"Prices will be reviewed two weeks from now.", "2025-09-17", "two weeks from now", "DATE",
     "2025-W40"},
    {"A reply is due within 30 days.", "2025-09-17", "30 days", "DURATION", "P30D"},
    {"Results are due early next year.", "2025-09-17", "early next year", "DATE", "2026", "START"},
    {"Results arrived earlier this month.", "2025-09-17", "earlier this month", "DATE", "2025-09",
     "START"},
    // quarters, halves, seasons, decades, centuries
    {"Profit will rise in the fourth quarter.", "2025-09-17", "the fourth quarter", "DATE",
     "2025-Q4"},
    {"Profit rose in the fourth quarter.", "2025-09-17", "the fourth quarter", "DATE", "2024-Q4"},
    {"Profit rose in Q3.", "2025-10-17", "Q3", "DATE", "2025-Q3"},
    {"Fourth-quarter profit rose.", "2025-11-17", "Fourth-quarter", "DATE", "2025-Q4"},
    {"Growth slows in the first half of 2026.", "2025-09-17", "the first half of 2026", "DATE",
     "2026-H1"},
    {"Second-half sales will improve.", "2025-09-17", "Second-half", "DATE", "2025-H2"},
    {"Profit fell in the year-ago quarter.", "2025-10-20", "the year-ago quarter", "DATE", "2024"},
    {"The bridge opens this summer.", "2025-03-02", "this summer", "DATE", "2025-SU"},
    {"The bridge opened last fall.", "2025-03-02", "last fall", "DATE", "2024-FA"},
    {"Rates rose in the 1990s.", "2025-09-17", "the 1990s", "DATE", "199"},
    {"Rates rose in the '80s.", "2025-09-17", "the '80s", "DATE", "198"},
    {"Rates rose in the late 1980s.", "2025-09-17", "the late 1980s", "DATE", "198", "END"},
    {"It is the defining fight of the 21st century.", "2025-09-17", "the 21st century", "DATE",
     "20"},
    // clock times and zones
    {"Trading halts at 5 p.m. ET.", "2025-09-17", "5 p.m. ET", "TIME", "2025-09-17T17:00"},
    {"Trading halts at 17:00 GMT.", "2025-09-17", "17:00 GMT", "TIME", "2025-09-17T17:00"},
    {"The ban starts at midnight Beijing time.", "2025-09-17", "midnight Beijing time", "TIME",
     "2025-09-17T24"},
    {"The rally starts at noon.", "2025-09-17", "noon", "TIME", "2025-09-17T12:00"},
    {"The blast occurred at 10:35 a.m.", "1998-08-07", "10:35 a.m.", "TIME", "1998-08-07T10:35"},
    {"The offer expires at 5 p.m. EST, Nov. 6.", "1989-10-27", "5 p.m. EST, Nov. 6", "TIME",
     "1989-11-06T17:00"},
    {"The doctor was shot on Oct. 23. He died at 10 p.m.", "1998-11-01", "10 p.m.", "TIME",
     "1998-10-23T22:00"},
    {"Shares fell at mid-afternoon yesterday.", "1989-11-02", "mid-afternoon yesterday", "TIME",
     "1989-11-01TAF", "MID"},
    // durations
    {"They lived in camps for 2 1/2 years.", "2025-09-17", "2 1/2 years", "DURATION", "P2Y6M"},
    {"The stop lasted 5 1/2 hours.", "2025-09-17", "5 1/2 hours", "DURATION", "PT5H30M"},
    {"The truce lasts 90 days.", "2025-09-17", "90 days", "DURATION", "P90D"},
    {"A 90-day pause was agreed.", "2025-09-17", "90-day", "DURATION", "P90D"},
    {"Talks went on for six months.", "2025-09-17", "six months", "DURATION", "P6M"},
    {"The feud spans two decades.", "2025-09-17", "two decades", "DURATION", "P20Y"},
    {"The contract runs a year.", "2025-09-17", "a year", "DURATION", "P1Y"},
    {"He served more than 20 years.", "2025-09-17", "more than 20 years", "DURATION", "P20Y",
     "MORE_THAN"},
    {"Sales rose over the past two years.", "2025-09-17", "the past two years", "DURATION", "P2Y"},
    {"Costs will rise in the next few days.", "2025-09-17", "the next few days", "DURATION", "PXD"},
    {"Earnings rose in the first nine months.", "2025-09-17", "the first nine months", "DURATION",
     "P9M"},
    {"The flight took 16 hours.", "2025-09-17", "16 hours", "DURATION", "PT16H"},
    {"Revenue for the year ended March 31 rose.", "2025-09-17", "the year", "DURATION", "P1Y"},
    // sets
    {"The council meets every Monday.", "2025-09-17", "every Monday", "SET", "XXXX-WXX-1"},
    {"The report is published annually.", "2025-09-17", "annually", "SET", "P1Y"},
    {"Dividends are paid each quarter.", "2025-09-17", "each quarter", "SET", "P1Q"},
    {"Prices are set weekly.", "2025-09-17", "weekly", "SET", "P1W"},
    {"Rent is $500 a month.", "2025-09-17", "a month", "SET", "P1M"},
    {"The market opens each July.", "2025-09-17", "each July", "SET", "XXXX-07"},
    // references
    {"The company is now profitable.", "2025-09-17", "now", "DATE", "PRESENT_REF"},
    {"The company is currently profitable.", "2025-09-17", "currently", "DATE", "PRESENT_REF"},
    {"The company recently merged.", "2025-09-17", "recently", "DATE", "PAST_REF"},
    {"Crises were common in the past.", "2025-09-17", "the past", "DATE", "PAST_REF"},
    {"Rates may rise in the future.", "2025-09-17", "the future", "DATE", "FUTURE_REF"},
    {"Rates rose in recent years.", "2025-09-17", "recent years", "DATE", "PAST_REF"},
    // holidays
    {"Stores close on New Year's Day.", "2025-09-17", "New Year's Day", "DATE", "2026-01-01"},
    {"Stores will close on Easter.", "2025-09-17", "Easter", "DATE", "2026-04-05"},
    {"Stores closed on Memorial Day.", "2025-09-17", "Memorial Day", "DATE", "2025-05-26"},
    {"Fireworks lit up Independence Day.", "2025-09-17", "Independence Day", "DATE", "2025-07-04"},
    {"Stores closed on Labor Day.", "2025-09-17", "Labor Day", "DATE", "2025-09-01"},
    {"Stores will close on Thanksgiving.", "2025-09-17", "Thanksgiving", "DATE", "2025-11-27"},
    {"Stores will close on Christmas.", "2025-09-17", "Christmas", "DATE", "2025-12-25"},
    {"Stores closed last Thanksgiving.", "2025-03-17", "last Thanksgiving", "DATE", "2024-11-28"},
};

/// Texts with no temporal expression at all.
inline constexpr std::string_view negatives[] = {
    "Officials may approve the plan.",
    "Protesters march on the capital.",
    "The tariffs fall under Section 301.",
    "The Boeing 737 was grounded.",
    "Turnout reached 73 percent.",
    "Unemployment is 4.2%.",
    "The company paid $1,990 per share.",
    "The company paid $2025 per share.",
    "Call 555-1990 for details.",
    "The board backed it in a 2-1 vote.",
    "The Sunday Times broke the story.",
    "Leaders of the G7 met.",
    "Comments (0)",
    "Foreign Minister Jan Kavan spoke.",
    "A 44-year-old man was arrested.",
    "They watched 60 Minutes.",
    "It was like High Noon.",
    "Some 1500 troops were sent.",
};

} // namespace kairos::test
