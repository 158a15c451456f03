// English tense cues: the words resolve/tense.cpp reads to tell whether a sentence looks back
// or ahead. Add a verb form to its list; the cue reader and its one-lookup prefilter are both
// built from these tables.
#pragma once

#include <array>
#include <string_view>

namespace kairos::lang::en::tense {

inline constexpr std::array<std::string_view, 15> future_words{
    "will", "shall", "tomorrow",  "upcoming", "next", "expects",  "plans",    "intends",
    "won",  "would", "scheduled", "due",      "soon", "deadline", "deadlines"};

inline constexpr std::array<std::string_view, 117> past_words{
    "was",     "were",      "had",     "did",      "said",      "ago",        "yesterday",
    "earlier", "made",      "took",    "came",     "went",      "got",        "gave",
    "told",    "rose",      "fell",    "sold",     "bought",    "paid",       "left",
    "met",     "began",     "became",  "held",     "won",       "lost",       "saw",
    "thought", "found",     "brought", "kept",     "ran",       "grew",       "knew",
    "spoke",   "wrote",     "chose",   "drove",    "flew",      "fought",     "led",
    "meant",   "sent",      "spent",   "stood",    "struck",    "taught",     "threw",
    "broke",   "shot",      "sank",    "slid",     "slipped",   "dropped",    "jumped",
    "climbed", "gained",    "posted",  "reported", "ended",     "closed",     "traded",
    "last",    "rang",      "hit",     "quit",     "announced", "agreed",     "arrested",
    "killed",  "sought",    "fled",    "felt",     "heard",     "built",      "caught",
    "drew",    "withdrew",  "shook",   "swore",    "overcame",  "upheld",     "froze",
    "sat",     "laid",      "stole",   "hid",      "dealt",     "understood", "undertook",
    "oversaw", "underwent", "ate",     "blew",     "tore",      "wore",       "lent",
    "stuck",   "hung",      "swept",   "slept",    "forgot",    "shrank",     "sprang",
    "arose",   "lay",       "sang",    "rode",     "woke",      "dug",        "swung",
    "spun",    "bled",      "bent",    "withheld", "forbade"};

// Words ending in -ed that are not past-tense verbs in the usual news sense.
inline constexpr std::array<std::string_view, 13> not_past{
    "need", "speed", "seed", "feed", "bed",  "red",    "shed",
    "deed", "reed",  "heed", "weed", "sled", "hundred"};

// Present forms that announce a scheduled event: "the ceasefire expires at midnight Sunday",
// "the fiscal year ends June 30".
inline constexpr std::array<std::string_view, 10> schedule_verbs{
    "expires", "ends",    "begins",   "starts",  "opens",
    "closes",  "resumes", "convenes", "reopens", "matures"};

// Participles of planning, and the words that make them look ahead when they follow.
inline constexpr std::array<std::string_view, 6> plan_words{"expected", "scheduled",   "planned",
                                                            "slated",   "anticipated", "projected"};

inline constexpr std::array<std::string_view, 8> plan_links{"in",     "on",    "for",   "at",
                                                            "around", "later", "early", "next"};

inline constexpr std::array<std::string_view, 4> plan_verbs{"plan", "plans", "planned", "planning"};

inline constexpr std::array<std::string_view, 8> delay_verbs{
    "postponed", "delayed", "extended", "deferred", "adjourned", "put", "pushed", "moved"};

/// Words after "due to" that make it "because of": "due to the strike", "due to weak demand".
inline constexpr std::array<std::string_view, 12> cause_heads{
    "the", "a", "an", "its", "his", "her", "their", "higher", "lower", "weak", "strong", "poor"};

/// Words before "plan(s)" that make it a noun or a look back: "the plan", "as planned".
inline constexpr std::array<std::string_view, 10> plan_noun_heads{
    "the", "a", "its", "his", "her", "their", "our", "as", "previously", "originally"};

/// Words that open a noun phrase: an "-ed" word after one modifies a noun. Not "that", which
/// also opens a clause ("the deal that collapsed Friday").
inline constexpr std::array<std::string_view, 10> determiners{
    "the", "a", "an", "its", "his", "her", "their", "our", "these", "those"};

/// "forecast to hit", "could quit": a base form that spells like the past after these.
inline constexpr std::array<std::string_view, 8> before_base{"to",    "will", "would", "can",
                                                             "could", "may",  "might", "should"};

// A preposition right before a date that makes it a deadline or a start: "by Dec. 15",
// "until Nov. 20", "payable Jan. 2", "extended to Nov. 6".
inline constexpr std::array<std::string_view, 9> deadline_words{
    "by", "until", "till", "payable", "effective", "through", "to", "expires", "before"};

/// "the three months to December": spans a reporting period is stated in.
inline constexpr std::array<std::string_view, 8> report_periods{
    "year", "months", "month", "weeks", "quarter", "quarters", "period", "days"};

/// Single words the cue reader tests by their role in a construction.
inline constexpr std::string_view to = "to";
inline constexpr std::string_view since = "since"; ///< "since the Oct. 23 slaying" looks back
inline constexpr std::string_view next = "next";   ///< "next to the embassy" is a place
inline constexpr std::string_view plans = "plans"; ///< "vacation plans" is a noun
inline constexpr std::string_view due = "due";
inline constexpr std::string_view scheduled = "scheduled";
inline constexpr std::string_view won = "won";            ///< "won't", or "won the election"
inline constexpr std::string_view will_contracted = "ll"; ///< "'ll", after a glued apostrophe
inline constexpr std::string_view set = "set";            ///< "is set for Election Day"
inline constexpr std::string_view effect = "effect";      ///< "takes effect Jan. 1"
inline constexpr std::string_view said = "said";          ///< an attribution after a mention
inline constexpr std::string_view still = "still";        ///< "a still unspecified date"
/// The single words above, which the cue reader's prefilter lets through with the lists
/// before_to, past_be and present_be below: a word tested by itself is listed here too.
inline constexpr std::array tested_alone{will_contracted, since, next, plans, due,
                                         scheduled,       won,   set,  effect};
/// The suffix of "-ed" forms, in both cases, and of "-ly" adverbs.
inline constexpr std::string_view ed = "ed";
inline constexpr std::string_view ed_upper = "ED";
inline constexpr std::string_view ly = "ly";

/// "postponed until", "put off to": the preposition of the new date after a delay verb.
inline constexpr std::array<std::string_view, 3> delay_links{"until", "till", "to"};
/// After "due": a plan ("due on", "due by", "due next week"); after "scheduled": "scheduled a".
inline constexpr std::array<std::string_view, 4> due_links{"on", "by", "in", "next"};
inline constexpr std::array<std::string_view, 2> scheduled_links{"a", "an"};
/// "had been due to": a plan in the past.
inline constexpr std::array<std::string_view, 3> past_auxiliaries{"had", "was", "were"};
/// "expected to", "set to", "going to", "slated to".
inline constexpr std::array<std::string_view, 4> before_to{"expected", "set", "going", "slated"};
/// "was planning", "were preparing", "was going".
inline constexpr std::array<std::string_view, 2> past_be{"was", "were"};
inline constexpr std::array<std::string_view, 3> preparing{"planning", "preparing", "going"};
/// "is to resume", "are to vote".
inline constexpr std::array<std::string_view, 2> present_be{"is", "are"};
/// "the deadline is Friday", "the vote is on Tuesday": a present copula right before a date
/// (or before one of these and the date) states what is planned.
inline constexpr std::array<std::string_view, 3> copula_links{"on", "for", "set"};
/// "is set for", "has been set for".
inline constexpr std::array<std::string_view, 3> set_for_heads{"is", "are", "been"};
inline constexpr std::string_view set_for = "for";
/// "takes effect", "take effect".
inline constexpr std::array<std::string_view, 2> take{"takes", "take"};
/// "would be paid", "is expected": a participle after these is no past tense.
inline constexpr std::array<std::string_view, 5> be_forms{"be", "is", "are", "being", "am"};

} // namespace kairos::lang::en::tense
