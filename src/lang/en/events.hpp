// The English event lexicon: every word list the event stage consults, as data.
// Adding a cue is adding a row; the matching code never names a word itself. A new list also
// gets its bit in events/roles.hpp, through which words are looked up.
#pragma once

#include "lex/token.hpp"

#include <array>
#include <cstdint>
#include <kairos/event.hpp>
#include <string_view>

namespace kairos::events::lexicon {

/// A word or phrase (words separated by single spaces, lower case) that names an event kind.
/// `noun` marks heads of a noun phrase ("summit"), whose modifiers make the subject.
struct trigger {
    std::string_view phrase;
    event_kind kind;
    bool noun;
};

// clang-format off
inline constexpr std::array triggers{
    // deadline: "a September 17 deadline", "payment is due Friday"
    trigger{"deadline", event_kind::deadline, true}, trigger{"deadlines", event_kind::deadline, true},
    trigger{"cutoff", event_kind::deadline, true}, trigger{"cut-off", event_kind::deadline, true},
    trigger{"due date", event_kind::deadline, true}, trigger{"due", event_kind::deadline, false},
    trigger{"due to be", event_kind::deadline, false},
    // expiry: "the waiver expires on", "the truce lapses", "the lease runs out"
    trigger{"expire", event_kind::expiry, false}, trigger{"expires", event_kind::expiry, false},
    trigger{"expired", event_kind::expiry, false}, trigger{"expiring", event_kind::expiry, false},
    trigger{"expiry", event_kind::expiry, true}, trigger{"expiration", event_kind::expiry, true},
    trigger{"lapse", event_kind::expiry, false}, trigger{"lapses", event_kind::expiry, false},
    trigger{"lapsed", event_kind::expiry, false}, trigger{"run out", event_kind::expiry, false},
    trigger{"runs out", event_kind::expiry, false}, trigger{"ran out", event_kind::expiry, false},
    trigger{"runs through", event_kind::expiry, false}, trigger{"run through", event_kind::expiry, false},
    trigger{"runs until", event_kind::expiry, false}, trigger{"run until", event_kind::expiry, false},
    trigger{"ends", event_kind::expiry, false}, trigger{"ended", event_kind::expiry, false},
    trigger{"will end", event_kind::expiry, false}, trigger{"to end", event_kind::expiry, false},
    trigger{"closes", event_kind::expiry, false}, trigger{"will close", event_kind::expiry, false},
    trigger{"cease", event_kind::expiry, false}, trigger{"ceases", event_kind::expiry, false},
    trigger{"sunset", event_kind::expiry, false}, trigger{"sunsets", event_kind::expiry, false},
    // effective: "takes effect", "comes into force", "the ban begins"
    trigger{"take effect", event_kind::effective, false}, trigger{"takes effect", event_kind::effective, false},
    trigger{"took effect", event_kind::effective, false}, trigger{"taken effect", event_kind::effective, false},
    trigger{"taking effect", event_kind::effective, false},
    trigger{"go into effect", event_kind::effective, false}, trigger{"goes into effect", event_kind::effective, false},
    trigger{"went into effect", event_kind::effective, false},
    trigger{"come into effect", event_kind::effective, false}, trigger{"comes into effect", event_kind::effective, false},
    trigger{"came into effect", event_kind::effective, false}, trigger{"coming into effect", event_kind::effective, false},
    trigger{"reopen", event_kind::effective, false}, trigger{"reopens", event_kind::effective, false},
    trigger{"resume", event_kind::effective, false}, trigger{"resumes", event_kind::effective, false},
    trigger{"come into force", event_kind::effective, false}, trigger{"comes into force", event_kind::effective, false},
    trigger{"came into force", event_kind::effective, false},
    trigger{"enter into force", event_kind::effective, false}, trigger{"enters into force", event_kind::effective, false},
    trigger{"entered into force", event_kind::effective, false},
    trigger{"kick in", event_kind::effective, false}, trigger{"kicks in", event_kind::effective, false},
    trigger{"kicked in", event_kind::effective, false},
    trigger{"begin", event_kind::effective, false}, trigger{"begins", event_kind::effective, false},
    trigger{"began", event_kind::effective, false}, trigger{"start", event_kind::effective, false},
    trigger{"starts", event_kind::effective, false}, trigger{"started", event_kind::effective, false},
    trigger{"commence", event_kind::effective, false}, trigger{"commences", event_kind::effective, false},
    trigger{"effective", event_kind::effective, false}, trigger{"effective date", event_kind::effective, true},
    // meeting: "talks in Madrid on Sunday", "the summit", "ministers will meet"
    trigger{"talks", event_kind::meeting, true}, trigger{"summit", event_kind::meeting, true},
    trigger{"summits", event_kind::meeting, true}, trigger{"meeting", event_kind::meeting, true},
    trigger{"meetings", event_kind::meeting, true}, trigger{"conference", event_kind::meeting, true},
    trigger{"negotiations", event_kind::meeting, true}, trigger{"round of talks", event_kind::meeting, true},
    trigger{"audience with", event_kind::meeting, true}, trigger{"meet", event_kind::meeting, false}, trigger{"meets", event_kind::meeting, false},
    trigger{"met", event_kind::meeting, false}, trigger{"gather", event_kind::meeting, false},
    trigger{"gathers", event_kind::meeting, false}, trigger{"gathered", event_kind::meeting, false},
    trigger{"reconvene", event_kind::meeting, false}, trigger{"reconvenes", event_kind::meeting, false},
    trigger{"reconvened", event_kind::meeting, false}, trigger{"convene", event_kind::meeting, false},
    trigger{"convenes", event_kind::meeting, false}, trigger{"convened", event_kind::meeting, false},
    trigger{"sit down with", event_kind::meeting, false}, trigger{"sits down with", event_kind::meeting, false},
    trigger{"sat down with", event_kind::meeting, false},
    // a sitting of a body, not a trading session: "a special session of the council"
    trigger{"special session", event_kind::meeting, true}, trigger{"emergency session", event_kind::meeting, true},
    trigger{"plenary session", event_kind::meeting, true}, trigger{"parliamentary session", event_kind::meeting, true},
    // period: "covers the period"
    trigger{"covers the period", event_kind::period, false}, trigger{"cover the period", event_kind::period, false},
    trigger{"covered the period", event_kind::period, false},
    // event: dated happenings a tracker still wants, none of the kinds above
    trigger{"election", event_kind::event, true}, trigger{"elections", event_kind::event, true},
    trigger{"vote", event_kind::event, true}, trigger{"referendum", event_kind::event, true},
    trigger{"hearing", event_kind::event, true}, trigger{"trial", event_kind::event, true},
    trigger{"ruling", event_kind::event, true}, trigger{"inauguration", event_kind::event, true},
    trigger{"auction", event_kind::event, true}, trigger{"sentencing", event_kind::event, true},
};

/// What a weak preposition needs from its sentence when no trigger stands just before it.
enum class prep_reading : std::uint8_t {
    plain,  ///< nothing more: "starting Monday", "effective April 6"
    target, ///< a target or obligation, and no forecast: "must file by Friday"
    start,  ///< a start, not a comparison or a balance date: "the fees apply as of Jan. 1"
    start_or_old, ///< as `start`; after a verb of moving, the old value: "pushed back from X"
};

/// A phrase just before a date that sets its kind. `strong` cues are not overridden by a
/// trigger word nearby ("has until Friday to" is a deadline even inside "talks").
struct preposition {
    std::string_view phrase;
    event_kind kind;
    bool strong;
    prep_reading reading = prep_reading::plain;
};

inline constexpr std::array prepositions{
    preposition{"no later than", event_kind::deadline, true},
    preposition{"not later than", event_kind::deadline, true},
    preposition{"on or before", event_kind::deadline, true},
    preposition{"by", event_kind::deadline, false, prep_reading::target},
    preposition{"starting", event_kind::effective, false},
    preposition{"starting on", event_kind::effective, false},
    preposition{"starting in", event_kind::effective, false},
    preposition{"beginning", event_kind::effective, false},
    preposition{"beginning on", event_kind::effective, false},
    preposition{"beginning in", event_kind::effective, false},
    preposition{"effective", event_kind::effective, false},
    preposition{"effective on", event_kind::effective, false},
    preposition{"effective from", event_kind::effective, false},
    preposition{"as of", event_kind::effective, false, prep_reading::start},
    preposition{"as from", event_kind::effective, false, prep_reading::start},
    preposition{"from", event_kind::effective, false, prep_reading::start_or_old},
    preposition{"commencing", event_kind::effective, false},
    preposition{"ends on", event_kind::expiry, true},
    preposition{"end on", event_kind::expiry, true},
    preposition{"end in", event_kind::expiry, true},
    preposition{"ends in", event_kind::expiry, true},
};

/// "has until Friday to": the verb before "until" that makes it a deadline, not an expiry.
inline constexpr std::array<std::string_view, 11> until_owners{
    "has", "have", "had", "having", "given", "gives", "give", "gave", "giving", "get", "gets"};

/// Words that make a following "until"/"through" an expiry: the thing continues until then.
inline constexpr std::array<std::string_view, 49> continuation{
    "extend", "extends", "extended", "extending", "extension", "run", "runs", "ran", "running",
    "last", "lasts", "lasted", "remain", "remains", "remained", "valid", "effect", "place",
    "force", "suspend", "suspends", "suspended", "pause", "paused", "pauses", "freeze", "frozen",
    "halted", "hold", "held", "continue", "continues", "continued", "stay", "stays", "open", "kept",
    "keep", "exempt", "waived", "delayed", "apply", "applies", "serve", "serves", "exercisable",
    "convertible", "effective", "lifting"};

/// Words of a right that lasts: "exercisable from May 6, 1987 until May 6, 1990", "listed for
/// subscription from March 2 to March 7" end then.
inline constexpr std::array<std::string_view, 6> lasting_rights{
    "exercisable", "convertible", "exercise", "exercised", "subscription", "subscriptions"};

/// Words that negate a following "until": "will not constitute good delivery until September
/// 1" is when the rule starts.
inline constexpr std::array<std::string_view, 3> negations{"not", "never", "no"};

/// Verbs that move a date: "pushed back from X to Y", "was extended to April 5".
inline constexpr std::array<std::string_view, 30> extension_verbs{
    "extend", "extends", "extended", "extending", "push", "pushed", "pushes", "delay", "delayed",
    "delays", "postpone", "postponed", "postpones", "move", "moved", "moves", "shift",
    "shifted", "reschedule", "rescheduled", "defer", "deferred", "bumped", "changed", "put",
    "slipped", "bring", "brings", "brought", "bringing"};

/// The ending of a regular past participle: "has been pushed back", "was extended".
inline constexpr std::string_view past_suffix = "ed";
/// Past forms of verbs of moving that do not end in "-ed": "has been put off until Oct. 16".
inline constexpr std::array<std::string_view, 2> irregular_moved{"put", "brought"};

/// Words that make a move hypothetical: "If the truce were extended to November, ..." moves
/// nothing yet.
inline constexpr std::array<std::string_view, 3> conditionals{"if", "unless", "whether"};
/// Auxiliaries that open a condition by inversion: "Had the deadline been extended to Oct. 1".
inline constexpr std::array<std::string_view, 3> inverted_conditionals{"had", "were", "should"};
/// After a verb of beginning, the word of what a work holds: "The film begins with a wedding".
inline constexpr std::string_view contents_with = "with";
/// The word that joins two consecutive days of one meeting: "meets on Sept. 16 and 17".
inline constexpr std::string_view day_pair_joiner = "and";
/// Modals of a move that may not happen: "the offer could be extended to May 1".
inline constexpr std::array<std::string_view, 4> possible_modals{"may", "might", "could", "would"};

/// Words that mark the date after them as an earlier, replaced value.
inline constexpr std::array<std::string_view, 12> earlier_cues{
    "originally", "initially", "previously", "earlier", "original", "initial", "prior",
    "old", "former", "instead", "replacing", "once"};

/// Words that make "within 30 days" and "before X" obligations rather than narration.
inline constexpr std::array<std::string_view, 23> obligation{
    "must", "shall", "should", "will", "would", "required", "requires", "require", "need",
    "needs", "ordered", "given", "has", "have", "deadline", "obliged", "told", "asked",
    "directed", "instructed", "gave", "demanded", "due"};

/// Words that make "by X" a target date rather than narration ("had filed reports by
/// Wednesday"): obligations plus plans and promises.
inline constexpr std::array<std::string_view, 24> target_words{
    "expect", "expects", "expected", "promise", "promised", "pledge", "pledged", "goal",
    "target", "aim", "aims", "plan", "plans", "vowed", "intends", "hope", "hopes", "hoping",
    "seek", "seeks", "seeking", "want", "wants", "wanted"};

/// Words that make "from X" / "as of X" a start ("the fees apply from Jan. 1") rather than a
/// comparison ("up 6% from Oct. 13") or a balance date ("assets as of Sept. 30 fell").
inline constexpr std::array<std::string_view, 16> forward_words{
    "will", "shall", "must", "would", "may", "can", "apply", "applies", "valid", "available",
    "effect", "force", "place", "begin", "begins", "open"};

/// Words just before "from X" that make it a comparison: "up from", "a 74% increase from".
inline constexpr std::array<std::string_view, 20> comparison_words{
    "up", "down", "rose", "fell", "increase", "decrease", "compared", "percent", "%", "higher",
    "lower", "gain", "drop", "dropped", "declined", "climbed", "jumped", "slipped", "rise",
    "fall"};

/// Before "to start"/"to begin", words that make the infinitive a schedule ("set to begin")
/// rather than a purpose ("orders placed to start the trading day").
inline constexpr std::array<std::string_view, 16> schedule_words{
    "set", "scheduled", "due", "expected", "planned", "slated", "going", "poised", "is", "are",
    "was", "were", "about", "likely", "plans", "plan"};

/// After "within 30 days", words that anchor it to something other than the DCT ("within
/// 30 days of the invoice"): no date can be computed.
inline constexpr std::array<std::string_view, 5> relative_anchors{"of", "after", "from",
                                                                  "following", "since"};

/// Reporting verbs: "officials said on Monday" dates the report, not an event.
inline constexpr std::array<std::string_view, 24> speech_verbs{
    "said", "says", "say", "told", "announced", "announces", "reported", "reports", "added",
    "stated", "confirmed", "wrote", "noted", "disclosed", "revealed", "warned", "claimed",
    "tweeted", "posted", "published", "argued", "insisted", "signaled", "signalled"};

/// Prepositions that make the date after them a reference point, not the event's time.
/// "on the eve of a meeting": the date is the day before it, a reference point.
inline constexpr std::array<std::string_view, 5> relative_preps{"since", "after", "following",
                                                                "amid", "eve"};

/// Adverbs that never belong to a subject noun phrase ("Originally due on March 1").
inline constexpr std::array<std::string_view, 14> adverbs{
    "originally", "initially", "previously", "earlier", "now", "also", "still", "already",
    "recently", "currently", "again", "once", "later", "then"};

/// Words that open a new clause, which a date does not reach across for its trigger.
inline constexpr std::array<std::string_view, 6> clause_words{"but", "while", "whereas",
                                                              "although", "though", "whilst"};
/// After "and", the start of a new clause's subject: "... and it closes on Oct. 27".
inline constexpr std::array<std::string_view, 13> clause_subjects{
    "it", "they", "he", "she", "we", "the", "its", "their", "this", "will", "would", "shall", "can"};

/// Adjectives of an undated future meeting: "the upcoming APEC meeting".
inline constexpr std::array<std::string_view, 6> future_adjectives{
    "upcoming", "forthcoming", "next", "future", "planned", "coming"};

/// Words that end a subject noun phrase walking away from its head.
inline constexpr std::array<std::string_view, 63> np_stops{
    "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our",
    "your", "my", "of", "on", "in", "at", "for", "to", "by", "from", "with", "under", "over",
    "and", "or", "but", "as", "than", "into", "about", "after", "before", "until", "through",
    "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would",
    "can", "could", "may", "might", "must", "should", "which", "who", "whose", "it", "they", "hold", "holds", "held", "attend"};

/// Function words skipped between a head verb and its subject: "the truce, which was set to".
inline constexpr std::array<std::string_view, 44> np_skips{
    "which", "that", "who", "is", "are", "was", "were", "be", "been", "being", "has", "have",
    "had", "will", "would", "could", "may", "might", "must", "should", "shall", "can", "set",
    "due", "to", "now", "also", "still", "already", "officially", "formally", "expected",
    "scheduled", "slated", "likely", "not", "then", "finally", "only", "just", "valid", "open", "effective", "available"};

/// Verbs that may sit between a subject and its trigger: "the rules apply from", "the pause
/// starting"; skipped when walking back to the subject.
inline constexpr std::array<std::string_view, 24> np_verbs{
    "apply", "applies", "run", "runs", "ran", "last", "lasts", "remain", "remains", "extended",
    "extends", "suspended", "paused", "delayed", "postponed", "held", "take", "takes", "took",
    "go", "goes", "come", "continue", "continues"};

/// Verbs whose action a deadline is about, and its noun: "a deadline to divest".
struct nominal {
    std::string_view verb;
    std::string_view noun;
};

inline constexpr std::array nominals{
    nominal{"divest", "divestment"}, nominal{"sell", "sale"}, nominal{"comply", "compliance"},
    nominal{"respond", "response"}, nominal{"reply", "reply"}, nominal{"file", "filing"},
    nominal{"submit", "submission"}, nominal{"pay", "payment"}, nominal{"decide", "decision"},
    nominal{"agree", "agreement"}, nominal{"approve", "approval"}, nominal{"ratify", "ratification"},
    nominal{"register", "registration"}, nominal{"complete", "completion"}, nominal{"finish", "completion"},
    nominal{"apply", "application"}, nominal{"appeal", "appeal"}, nominal{"announce", "announcement"},
    nominal{"disclose", "disclosure"}, nominal{"report", "report"}, nominal{"deliver", "delivery"},
    nominal{"implement", "implementation"}, nominal{"sign", "signing"}, nominal{"buy", "purchase"},
    nominal{"acquire", "acquisition"}, nominal{"withdraw", "withdrawal"}, nominal{"leave", "exit"},
    nominal{"exit", "exit"}, nominal{"publish", "publication"}, nominal{"remove", "removal"},
    nominal{"repay", "repayment"}, nominal{"settle", "settlement"}, nominal{"vote", "vote"},
    nominal{"review", "review"}, nominal{"release", "release"}, nominal{"present", "presentation"},
    nominal{"object", "objection"}, nominal{"comment", "comments"}, nominal{"renew", "renewal"},
    nominal{"raise", "increase"}, nominal{"resolve", "resolution"}, nominal{"reach", "agreement"},
    nominal{"close", "closing"}, nominal{"hand", "handover"}, nominal{"certify", "certification"},
    nominal{"provide", "provision"}, nominal{"produce", "production"}, nominal{"return", "return"},
};

/// Country names and demonyms, so "US and Chinese officials ... talks" reads "US–China talks".
struct country {
    std::string_view word;
    std::string_view name;
};

inline constexpr std::array countries{
    country{"us", "US"}, country{"u.s.", "US"}, country{"usa", "US"}, country{"american", "US"},
    country{"america", "US"}, country{"china", "China"}, country{"chinese", "China"},
    country{"eu", "EU"}, country{"european", "EU"}, country{"japan", "Japan"},
    country{"japanese", "Japan"}, country{"russia", "Russia"}, country{"russian", "Russia"},
    country{"ukraine", "Ukraine"}, country{"ukrainian", "Ukraine"}, country{"uk", "UK"},
    country{"britain", "UK"}, country{"british", "UK"}, country{"india", "India"},
    country{"indian", "India"}, country{"canada", "Canada"}, country{"canadian", "Canada"},
    country{"mexico", "Mexico"}, country{"mexican", "Mexico"}, country{"germany", "Germany"},
    country{"german", "Germany"}, country{"france", "France"}, country{"french", "France"},
    country{"iran", "Iran"}, country{"iranian", "Iran"}, country{"israel", "Israel"},
    country{"israeli", "Israel"}, country{"taiwan", "Taiwan"}, country{"taiwanese", "Taiwan"},
    country{"brazil", "Brazil"}, country{"brazilian", "Brazil"}, country{"korean", "Korea"},
    country{"turkey", "Turkey"}, country{"turkish", "Turkey"}, country{"saudi", "Saudi Arabia"},
};

/// Capitalized words that are not names of a subject ("President", "Monday").
inline constexpr std::array<std::string_view, 23> not_names{
    "president", "secretary", "minister", "premier", "vice", "mr", "ms", "mrs", "dr",
    "chairman", "chair", "leader", "officials", "the", "a", "an", "it", "they", "he", "she",
    "senior", "prime", "i"};

/// Counting words: "extended four times", "the fifth extension".
struct count_word {
    std::string_view word;
    int n;
};

inline constexpr std::array counts{
    count_word{"once", 1}, count_word{"twice", 2}, count_word{"thrice", 3},
    count_word{"one", 1}, count_word{"two", 2}, count_word{"three", 3}, count_word{"four", 4},
    count_word{"five", 5}, count_word{"six", 6}, count_word{"seven", 7}, count_word{"eight", 8},
    count_word{"nine", 9}, count_word{"ten", 10}, count_word{"eleven", 11}, count_word{"twelve", 12},
};

inline constexpr std::array ordinals{
    count_word{"first", 1}, count_word{"second", 2}, count_word{"third", 3},
    count_word{"fourth", 4}, count_word{"fifth", 5}, count_word{"sixth", 6},
    count_word{"seventh", 7}, count_word{"eighth", 8}, count_word{"ninth", 9},
    count_word{"tenth", 10}, count_word{"eleventh", 11}, count_word{"twelfth", 12},
    count_word{"1st", 1}, count_word{"2nd", 2}, count_word{"3rd", 3}, count_word{"4th", 4},
    count_word{"5th", 5}, count_word{"6th", 6}, count_word{"7th", 7}, count_word{"8th", 8},
    count_word{"9th", 9}, count_word{"10th", 10},
};

/// Verbs of beginning or ending that take the kind of a trigger noun just before them:
/// "talks began on Monday" is a meeting, "the truce began" stays effective.
inline constexpr std::array<std::string_view, 16> aspectual{
    "begin", "begins", "began", "start", "starts", "started", "ends", "ended", "will end",
    "to end", "commence", "commences", "resume", "resumes", "reopen", "reopens"};

/// Past verbs of beginning or ending that report a start or end only of a trigger noun before
/// them ("the talks began Monday"); alone they narrate ("strikes began on January 19", "the
/// fiscal year ended March 31", "the dollar ended the day at 1.78 marks").
inline constexpr std::array<std::string_view, 4> past_aspectual{"began", "started", "ended",
                                                                "commenced"};

/// Verbs that carry a trigger noun to its date across a longer clause: "A meeting of the
/// National Coffee Policy Council is set for Thursday".
inline constexpr std::array<std::string_view, 7> schedule_verbs{
    "set", "scheduled", "slated", "planned", "called", "due", "expected"};

/// Pronouns that open a relative clause, which a trigger does not reach across for a date.
inline constexpr std::array<std::string_view, 4> relative_pronouns{"which", "that", "who",
                                                                   "whom"};

/// Triggers that take only a date right after them: "payment is due April 15", not the
/// "Monday" of "notes due 1991 ... will be priced on Monday".
inline constexpr std::array<std::string_view, 2> forward_triggers{"due", "due to be"};

/// Adverbs of habit before a trigger: "officials normally meet in the summer" is no meeting.
inline constexpr std::array<std::string_view, 5> habitual{"normally", "usually", "often",
                                                          "typically", "generally"};

/// Words of a forecast: "by 2050" in "they estimated by 2050 ..." is no deadline.
inline constexpr std::array<std::string_view, 10> forecast_words{
    "estimate", "estimated", "estimates", "predict", "predicts", "predicted", "forecast",
    "forecasts", "projected", "projects"};

/// Words of a share that, beside a word of change, make "by X" a forecast ("would increase by
/// 49 percent by 2050").
inline constexpr std::array<std::string_view, 2> percent_words{"percent", "pct"};

/// Triggers that are also adjectives: "the effective rate", "effective control" is no start.
inline constexpr std::array<std::string_view, 1> adjective_triggers{"effective"};

/// Words of a mention that state its year or its pastness, so the tagger's year stands.
inline constexpr std::array<std::string_view, 6> stated_past{"last", "ago", "earlier",
                                                             "previous", "yesterday", "past"};

/// Past forms of triggers and the verbs around them: a date they govern may lie in the past.
inline constexpr std::array<std::string_view, 8> irregular_past{
    "met", "began", "took", "went", "came", "ran", "held", "was"};

/// Prepositions of a phrase of time or place: "before a meeting of its directors, Orion
/// Auxiliaries before a participle that make its clause passive: the thing moved is then the
/// clause's subject, however far back ("The deadline to sell the unit, first set for Jan. 19,
/// was extended to Sept. 17").
inline constexpr std::array<std::string_view, 7> passive_auxiliaries{"is", "are", "was", "were",
                                                                     "be", "been", "being"};

/// extended its offer until Sept. 30" moved the offer, not the meeting.
inline constexpr std::array<std::string_view, 4> adverbial_preps{"before", "at", "during",
                                                                 "ahead"};

/// Prepositions a subject noun phrase reaches over to its head: "tender offer for Renouf"
/// ("at"/"in" are left out: "the merger at a special meeting" is no subject).
inline constexpr std::array<std::string_view, 3> np_prepositions{"on", "of", "for"};

/// Subjects that name only a kind of event; a name from the sentence makes them readable
/// ("meeting" → "Standard Oil meeting").
inline constexpr std::array<std::string_view, 10> bare_kind_words{
    "deadline", "expiry",  "start",  "meeting",      "expiration",
    "conference", "talks", "summit", "negotiations", "meetings"};

/// Nouns of a reporting period: "the quarter ends March 31" reports figures, nothing expires.
inline constexpr std::array<std::string_view, 16> period_nouns{
    "year", "years", "quarter", "quarters", "month", "months", "week", "weeks", "period",
    "half", "full-year", "fiscal", "season", "session", "term", "day"};

/// Calendar periods: "before the next agreement year begins" starts a reporting period, not
/// something tracked ("the review period begins Oct. 1" is).
inline constexpr std::array<std::string_view, 11> calendar_periods{
    "year", "years", "quarter", "quarters", "month", "months", "week", "weeks", "half",
    "full-year", "fiscal"};

/// Nouns an ordinal counts as extensions: "the fifth extension", "a third delay".
inline constexpr std::array<std::string_view, 8> extension_nouns{
    "extension", "extensions", "delay", "delays", "postponement", "reprieve", "reprieves",
    "postponements"};

/// Words that make "before X" a deadline ("must ... before X").
inline constexpr std::array<std::string_view, 5> must_words{"must", "required", "need", "needs",
                                                            "shall"};
/// Before "the last three years": the "last" is no continuation.
inline constexpr std::array<std::string_view, 6> possessives{"the", "its", "their", "this", "his",
                                                             "her"};
/// "has ... before X": an obligation.
inline constexpr std::array<std::string_view, 2> has_have{"has", "have"};
/// Skipped before a subject noun phrase.
inline constexpr std::array<std::string_view, 8> determiners{"the",   "a",   "an",  "its",
                                                             "their", "his", "her", "our"};
/// After "and", a preposition that opens an ellipsis of the clause before: "Crushing will
/// commence at Labasa on June 23 and at Lautoka on June 30".
inline constexpr std::array<std::string_view, 4> ellipsis_preps{"at", "for", "in", "on"};
/// Modal verbs of a sentence that looks ahead: "could be jolted on Friday as the options expire".
inline constexpr std::array<std::string_view, 9> future_modals{
    "will", "would", "could", "may", "might", "shall", "should", "must", "can"};
/// Day names, which the tagger may place in the week just past.
inline constexpr std::array<std::string_view, 7> weekdays{
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
/// Whom a report is made to: "told reporters yesterday" dates the report.
inline constexpr std::array<std::string_view, 8> addressees{
    "reporters", "journalists", "newsmen", "lawmakers", "analysts", "investors", "shareholders",
    "delegates"};
/// The press, whom meeting is no meeting a tracker follows: "The minister met reporters on
/// Tuesday".
inline constexpr std::array<std::string_view, 5> press_words{"reporters", "journalists",
                                                             "newsmen", "press", "media"};
/// A determiner that denies the noun after it: "No meeting is planned for next week".
inline constexpr std::string_view denial = "no";
/// Units a definite "the end of the month" names: in news, the article's own month or week.
struct unit_word {
    std::string_view word;
    grain unit;
};
inline constexpr std::array current_units{unit_word{"month", grain::month},
                                          unit_word{"week", grain::week}};
/// The article that makes a unit definite: "the end of the month".
inline constexpr std::string_view definite = "the";
/// Words of a mention that name another month or week than the article's ("that month").
inline constexpr std::array<std::string_view, 6> other_unit_words{
    "that", "same", "following", "previous", "next", "last"};
/// Past auxiliaries of a plan that was replaced: "was scheduled to expire Feb. 28 and has been
/// extended", "which was to have expired at midnight".
inline constexpr std::array<std::string_view, 3> past_plans{"was", "were", "had"};
/// Words of a plan between its auxiliary and "to": "was scheduled to", "had been due to".
inline constexpr std::array<std::string_view, 6> plan_words{"scheduled", "due", "set", "been",
                                                            "planned", "supposed"};
/// Words after a length that count it from a date stated before: "due five weeks later".
inline constexpr std::array<std::string_view, 1> later_words{"later"};
/// Words that may state an extension count in a sentence without dates ("extended four
/// times", "delayed once").
inline constexpr std::array<std::string_view, 5> repetitions{"times", "twice", "once", "thrice",
                                                             "time"};
/// Triggers that are no trigger before "to": "due to expire" is an expiry, "due to the storm"
/// nothing.
inline constexpr std::array<std::string_view, 1> not_before_to{"due"};
/// Words between a reporting verb and the date it gives: "said late on Monday".
inline constexpr std::array<std::string_view, 4> speech_time_words{"on", "late", "early", "in"};
/// The stem of the verbs of moving that make an expiry of what they move ("the truce was
/// extended to November"); the others move a plain event ("postponed to Oct. 17").
inline constexpr std::string_view extension_stem = "extend";
/// Counts that are a repetition alone: "delayed once", "extended twice".
inline constexpr std::array<std::string_view, 3> multiplicatives{"once", "twice", "thrice"};
/// Articles skipped before the noun phrase after a trigger: "the deadline for the comments".
inline constexpr std::array<std::string_view, 5> np_articles{"the", "a", "an", "its", "their"};
/// Prepositions of a place before a capitalised word, which then names no party ("in Madrid").
inline constexpr std::array<std::string_view, 3> place_preps{"in", "at", "from"};
/// Prepositions before a country word that make it a place, not a party ("talks in China").
inline constexpr std::array<std::string_view, 2> country_place_preps{"in", "at"};
/// Prepositions after a trigger noun whose noun phrase is the subject: "the deadline for public
/// comments" is about "public comments".
inline constexpr std::array<std::string_view, 3> trigger_complement_preps{"for", "of", "on"};
/// Prepositions after a trigger noun that open its complement: "meeting of coffee producers".
inline constexpr std::array<std::string_view, 4> complement_preps{"of", "on", "with", "between"};

/// The word naming each event kind, the subject of an event nothing else names.
struct kind_word {
    event_kind kind;
    std::string_view word;
};
inline constexpr std::array kind_words{
    kind_word{event_kind::deadline, "deadline"}, kind_word{event_kind::expiry, "expiry"},
    kind_word{event_kind::effective, "start"},   kind_word{event_kind::meeting, "meeting"},
    kind_word{event_kind::period, "period"},     kind_word{event_kind::event, "event"},
};
// clang-format on

static_assert(kind_words.back().kind == event_kind::event, "the plain event's word comes last");
static_assert(
    [] {
        for (std::size_t i = 0; i < kind_words.size(); ++i)
            if (kind_words[i].kind != static_cast<event_kind>(i)) return false;
        return true;
    }(),
    "one word per event kind, in the order of event_kind");

/// The word of kind k in kind_words.
constexpr std::string_view word_of(event_kind k) noexcept {
    for (const kind_word& x : kind_words)
        if (x.kind == k) return x.word;
    return kind_words.back().word;
}

/// Word endings the readers test: a past participle ("extended"), an adverb ("normally"), a
/// negation ("don't"), a plural ("extensions").
namespace suffix {
inline constexpr std::string_view past = "ed";
inline constexpr std::string_view adverb = "ly";
inline constexpr std::string_view negation = "n't";
inline constexpr std::string_view plural = "s";
} // namespace suffix

/// A phrase split into its words once, at compile time, so matching never searches for spaces.
struct phrase {
    std::array<std::string_view, 4> words{};
    std::size_t size = 0;
};

constexpr phrase split(std::string_view s) noexcept {
    phrase p;
    while (!s.empty() && p.size < p.words.size()) {
        const std::size_t sp = s.find(' ');
        p.words[p.size++] = s.substr(0, sp);
        s = sp == std::string_view::npos ? std::string_view{} : s.substr(sp + 1);
    }
    return p;
}

template<class Table>
constexpr auto split_all(const Table& table) noexcept {
    std::array<phrase, std::tuple_size_v<Table>> out{};
    for (std::size_t i = 0; i < table.size(); ++i) out[i] = split(table[i].phrase);
    return out;
}

inline constexpr auto trigger_phrases = split_all(triggers);

/// Bucket of a word by its first letter (a..z → 0..25, anything else 26).
constexpr std::size_t letter_bucket(std::string_view w) noexcept {
    if (w.empty()) return 26;
    const char c = lex::lower(w.front());
    return c >= 'a' && c <= 'z' ? static_cast<std::size_t>(c - 'a') : 26;
}

/// The triggers grouped by the first letter of their first word: a word is compared only with
/// the triggers of its own letter.
struct letter_index {
    std::array<std::uint16_t, std::tuple_size_v<decltype(triggers)>> order{};
    std::array<std::uint16_t, 28> begin{}; ///< bucket b is order[begin[b] .. begin[b + 1])
};

constexpr letter_index index_triggers() noexcept {
    letter_index x;
    for (const auto& p : trigger_phrases) ++x.begin[letter_bucket(p.words[0]) + 1];
    for (std::size_t b = 1; b < x.begin.size(); ++b)
        x.begin[b] = static_cast<std::uint16_t>(x.begin[b] + x.begin[b - 1]);
    std::array<std::uint16_t, 28> next = x.begin;
    for (std::size_t i = 0; i < trigger_phrases.size(); ++i)
        x.order[next[letter_bucket(trigger_phrases[i].words[0])]++] = static_cast<std::uint16_t>(i);
    return x;
}

inline constexpr letter_index triggers_by_letter = index_triggers();
inline constexpr auto preposition_phrases = split_all(prepositions);

// The words the event stage reads at fixed places around a date, named once: the exact
// readers (events/sentence.cpp) and the gate that decides which sentences they read
// (events/gate.*) both take them from here, so the gate cannot miss a cue the readers know.
namespace cue {
inline constexpr std::string_view between = "between"; ///< "between X and Y"
inline constexpr std::string_view from = "from";       ///< "from X to Y", "from X"
inline constexpr std::string_view until = "until";     ///< "until X": the end of what lasts
inline constexpr std::string_view till = "till";
inline constexpr std::string_view through = "through";
inline constexpr std::string_view thru = "thru";
inline constexpr std::string_view before = "before"; ///< "must ... before X"
inline constexpr std::string_view within = "within"; ///< "within 30 days", "within the week"
inline constexpr std::string_view next = "next";     ///< "within the next 30 days"
inline constexpr std::string_view to = "to";         ///< "moved from X to Y", "60 days to comply"
inline constexpr std::string_view by = "by";         ///< "extended the deadline by 90 days"
inline constexpr std::string_view in = "in";         ///< "will meet again in two weeks"
inline constexpr std::string_view on = "on";         ///< "a meeting ... in Geneva on October 26"
inline constexpr std::string_view of = "of";         ///< "the last day of the month"
inline constexpr std::string_view for_ = "for";      ///< "suspended for 90 days from April 9"
inline constexpr std::string_view ahead = "ahead";   ///< "ahead of Friday's vote"
inline constexpr std::string_view since = "since";   ///< "since March": no new value of a plan
inline constexpr std::string_view and_ = "and";      ///< "between X and Y", "and it closes"
inline constexpr std::string_view then = "then";     ///< "Jan. 19, then April 5": one list
inline constexpr std::string_view last = "last";     ///< "will last until", not "the last years"
inline constexpr std::string_view have = "have";     ///< "was to have expired"
inline constexpr std::string_view had = "had";       ///< "had been set for": an earlier plan
inline constexpr std::string_view been = "been";
inline constexpr std::string_view must = "must";   ///< "must file ... by X": the action filed
inline constexpr std::string_view time = "time";   ///< "for the third time"
inline constexpr std::string_view times = "times"; ///< "extended four times"
} // namespace cue

/// Words that cue the date right after them without a trigger: "between X and Y", "from X",
/// "until X", "before X", "within 30 days".
inline constexpr std::array mention_cues{cue::between, cue::from, cue::until,  cue::till,
                                         cue::through, cue::thru, cue::before, cue::within};

/// Particles that end a phrasal trigger ("run out", "kick in", "runs until"): too frequent to
/// find the phrase by, so the gate looks for its verb instead.
inline constexpr std::array<std::string_view, 4> trigger_particles{"in", "out", cue::through,
                                                                   cue::until};

} // namespace kairos::events::lexicon
