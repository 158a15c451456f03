// The event linker on hand-built documents: each cue, the date arithmetic and the history forms,
// independent of the tagger. Mentions are marked "[text|TIMEX3 value]"; DCT is 2025-09-14.
#include "support.hpp"

#include <doctest/doctest.h>
#include <kairos/link.hpp>
#include <string>
#include <vector>

namespace {

using kairos::test::briefs;
using kairos::test::joined;
using kairos::test::markup;
using strings = std::vector<std::string>;

std::string link(std::string_view src, std::string_view dct = "2025-09-14") {
    auto doc = markup(src, dct);
    kairos::link_events(doc);
    return joined(briefs(doc));
}

struct row {
    const char* text;
    strings expected;
};

void check_rows(const std::vector<row>& rows) {
    for (const auto& r : rows) {
        const std::string text = r.text;
        CAPTURE(text);
        CHECK(link(r.text) == joined(r.expected));
    }
}

} // namespace

TEST_CASE("deadline cues") {
    check_rows({
        {"ByteDance faces a [September 17|2025-09-17] deadline to divest TikTok.",
         {"deadline 2025-09-17"}},
        {"The report is due [Friday|2025-09-19].", {"deadline 2025-09-19"}},
        {"Lawmakers must pass a budget by [Sept. 30|2025-09-30].", {"deadline 2025-09-30"}},
        {"Bids must arrive no later than [Oct. 3|2025-10-03].", {"deadline 2025-10-03"}},
        {"The company has until [Dec. 16|2025-12-16] to find a buyer.", {"deadline 2025-12-16"}},
        {"Firms must register before [March 1|2026-03-01].", {"deadline 2026-03-01"}},
        {"Importers have [60 days|P60D] to comply with the rule.", {"deadline 2025-11-13"}},
        {"Members must respond within [30 days|P30D].", {"deadline 2025-10-14"}},
        {"The deadline for public comments is [Oct. 1|2025-10-01].", {"deadline 2025-10-01"}},
    });
}

TEST_CASE("expiry cues") {
    check_rows({
        {"The waiver expires on [Jan. 1|2026-01-01].", {"expiry 2026-01-01"}},
        {"The exemptions lapse at the end of [October|2025-10].", {"expiry 2025-10"}},
        {"The program runs through [June 2026|2026-06].", {"expiry 2026-06"}},
        {"The truce, extended until [November|2025-11], holds for now.", {"expiry 2025-11"}},
        {"The agreement ends on [Dec. 31|2025-12-31].", {"expiry 2025-12-31"}},
        {"The ceasefire is due to expire on [Friday|2025-09-19].", {"expiry 2025-09-19"}},
        {"Funding will remain in place until [Nov. 21|2025-11-21].", {"expiry 2025-11-21"}},
    });
}

TEST_CASE("effective cues") {
    check_rows({
        {"The new tariffs take effect on [Oct. 1|2025-10-01].", {"effective 2025-10-01"}},
        {"The rule takes effect [Monday|2025-09-15].", {"effective 2025-09-15"}},
        {"Starting [Jan. 1|2026-01-01], the fee doubles.", {"effective 2026-01-01"}},
        {"The levy applies from [April 1|2026-04-01].", {"effective 2026-04-01"}},
        {"Enforcement will begin in [March|2026-03].", {"effective 2026-03"}},
    });
}

TEST_CASE("meeting cues") {
    check_rows({
        {"Officials met in Madrid on [Sunday|2025-09-14] for talks.", {"meeting 2025-09-14"}},
        {"Leaders will hold a summit in [October|2025-10].", {"meeting 2025-10"}},
        {"Ministers are expected to meet on [Thursday|2025-09-18].", {"meeting 2025-09-18"}},
        {"The committee will reconvene on [Oct. 6|2025-10-06].", {"meeting 2025-10-06"}},
        {"Delegates gathered in Geneva on [Saturday|2025-09-13].", {"meeting 2025-09-13"}},
        {"Summits are expected in [the fourth quarter|2025-Q4].", {"meeting 2025-Q4"}},
        {"Talks began on [Monday|2025-09-15].", {"meeting 2025-09-15"}},
    });
}

TEST_CASE("periods") {
    check_rows({
        {"The consultation runs from [March 1|2026-03-01] to [April 30|2026-04-30].",
         {"period 2026-03-01 end=2026-04-30"}},
        {"Sales fell between [January|2025-01] and [March|2025-03].",
         {"period 2025-01 end=2025-03"}},
        {"The talks will run from [Oct. 6|2025-10-06] to [Oct. 8|2025-10-08].",
         {"meeting 2025-10-06 end=2025-10-08"}},
    });
}

TEST_CASE("date arithmetic the text implies") {
    check_rows({
        {"Both sides agreed to a [30-day|P30D] pause starting [Monday|2025-09-15].",
         {"effective 2025-09-15", "expiry 2025-10-15"}},
        {"The tariffs were suspended for [90 days|P90D] from [April 9|2025-04-09].",
         {"effective 2025-04-09", "expiry 2025-07-08"}},
        {"The president extended the deadline by [90 days|P90D], to [Sept. 17|2025-09-17].",
         {"deadline 2025-09-17"}},
        {"Both sides will meet again in [two weeks|P2W].", {"meeting 2025-09-28"}},
        {"The company grew in [two years|P2Y] to 500 staff.", {}},
        {"The order extended the [June 19|2025-06-19] deadline by [90 days|P90D].",
         {"deadline 2025-09-17 history=2025-06-19"}},
    });
}

TEST_CASE("extension history") {
    check_rows({
        {"The deadline was pushed back from [Feb. 28|2026-02-28] to [March 31|2026-03-31].",
         {"deadline 2026-03-31 history=2026-02-28"}},
        {"The deadline, originally set for [Jan. 19|2025-01-19], was extended to [April "
         "5|2025-04-05].",
         {"deadline 2025-04-05 history=2025-01-19"}},
        {"The new [Sept. 17|2025-09-17] deadline follows earlier deadlines of [Jan. "
         "19|2025-01-19], "
         "[April 5|2025-04-05] and [June 19|2025-06-19].",
         {"deadline 2025-09-17 history=2025-01-19,2025-04-05,2025-06-19"}},
        {"It is the fifth extension of the deadline, now [Dec. 16|2025-12-16].",
         {"deadline 2025-12-16 x5"}},
        {"The White House has extended the deadline four times, most recently to [Sept. "
         "17|2025-09-17].",
         {"deadline 2025-09-17 x4"}},
        // across sentences: the replaced date joins the current deadline
        {"An order moved the deadline to [Sept. 17|2025-09-17].\nThe deadline had been set for "
         "[June "
         "19|2025-06-19], and this is the third extension.",
         {"deadline 2025-09-17 history=2025-06-19 x3"}},
        {"The summit was postponed from [March 3|2026-03-03] to [April 7|2026-04-07].",
         {"meeting 2026-04-07 history=2026-03-03"}},
    });
}

TEST_CASE("undated but real; dateless deadlines make nothing") {
    check_rows({
        {"Trump and Xi are expected to meet at the upcoming APEC meeting in South Korea.",
         {"meeting FUTURE_REF"}},
        {"Officials may extend the deadline again.", {}},
        {"The next round of talks has not been scheduled.", {"meeting FUTURE_REF"}},
    });
}

TEST_CASE("conservative: no event without a clear anchor") {
    check_rows({
        {"The company reported a loss on [Monday|2025-09-15].", {}},
        {"Officials said on [Monday|2025-09-15] that talks would resume.", {}},
        {"[Last year|2024], the talks collapsed.", {}},
        {"The firm has [5,000|P5000D] employees.", {}},
        {"Prices rose for [three months|P3M].", {}},
        {"The agency was founded in [1998|1998].", {}},
        {"Shares rose [55 percent|P55D] since the meeting.", {}},
        // comparisons and balance dates are not starts
        {"Earnings were up from [last year|2024].", {}},
        {"The index was down 6.8% from [Oct. 13|2025-10-13].", {}},
        {"Assets as of [Sept. 30|2025-09-30] fell to $2 billion.", {}},
        // narration is not a target
        {"Most members had filed their reports by [Wednesday|2025-09-10].", {}},
        // a purpose infinitive is not a start
        {"Dealers placed orders in [the morning|2025-09-14TMO] to start the trading day.", {}},
        // a reference point is not the meeting's time
        {"Parliament reconvenes on [Sept. 22|2025-09-22] after [the summer|2025-SU] recess.",
         {"meeting 2025-09-22"}},
        // a new clause does not take the trigger of the next one
        {"The panel opened on [Monday|2025-09-08] and it closes on [Oct. 27|2025-10-27].",
         {"expiry 2025-10-27"}},
        // the words of a duration are not cues
        {"Sales grew every month for [the last three years|P3Y] until [this month|2025-09].", {}},
    });
}

TEST_CASE("subjects are short noun phrases") {
    auto subject = [](std::string_view src) {
        auto doc = markup(src);
        kairos::link_events(doc);
        REQUIRE(doc.events.size() >= 1);
        return doc.events.front().subject;
    };
    CHECK(subject("ByteDance faces a [September 17|2025-09-17] deadline to divest TikTok.") ==
          "TikTok divestment");
    CHECK(subject(
              "They operate under a tariff truce, which was extended until [November|2025-11].") ==
          "tariff truce");
    CHECK(subject(
              "Senior US and Chinese officials met in Madrid on [Sunday|2025-09-14] for talks.") ==
          "US\u2013China talks");
    CHECK(subject("A meeting is expected at the upcoming APEC meeting.") == "APEC meeting");
    CHECK(subject("The Madrid summit opens on [Monday|2025-09-15].") == "Madrid summit");
    CHECK(subject("New tariffs on steel take effect on [Oct. 1|2025-10-01].") ==
          "new tariffs on steel");
    CHECK(subject("The TikTok divestment deadline is [Dec. 16|2025-12-16].") ==
          "TikTok divestment");
}

TEST_CASE("events keep the sentence, the mentions and the instant") {
    auto doc =
        markup("Intro line.\nThe offer expires at [5 p.m. ET Friday|2025-09-19T17:00-04:00].");
    doc.mentions[0].instant_utc =
        date::sys_days{date::year{2025} / 9 / 19} + std::chrono::hours{21};
    kairos::link_events(doc);
    REQUIRE(doc.events.size() == 1);
    const auto& e = doc.events[0];
    CHECK(e.kind == kairos::event_kind::expiry);
    CHECK(e.sentence == "The offer expires at 5 p.m. ET Friday.");
    CHECK(e.mentions == std::vector<std::uint32_t>{0});
    CHECK(e.instant_utc == doc.mentions[0].instant_utc);
}
