#!/usr/bin/env python3
"""Writes bench/corpus/news-NNN.txt: invented news-style articles for the benchmarks.

The text is generated from templates written for kairos (no sentence is taken from any
published article). It is dense in what a temporal tagger meets in news: absolute and relative
dates, deadlines, durations, clock times with zones, ranges, sets, plus the numbers that are
NOT dates (prices, percentages, counts, scores) that a tagger must skip. Deterministic: the
same seed gives the same corpus, so figures stay comparable across runs.

    python3 bench/make_corpus.py            # ~200 KB into bench/corpus/
"""
import datetime as dt
import pathlib
import random

SEED = 20251114
TARGET_BYTES = 200_000
OUT = pathlib.Path(__file__).resolve().parent / "corpus"

ORGS = ["the European Commission", "the Treasury Department", "the port authority",
        "the city council", "the central bank", "the transit agency", "the health ministry",
        "the electoral commission", "Northwind Freight", "Halvorsen Energy", "the union",
        "the regulator", "the state assembly", "the coalition government", "Meridian Telecom",
        "the Supreme Court", "the school board", "the airline", "the refinery's owners",
        "the football federation", "the water utility", "the Senate committee",
        "the Commerce Ministry", "the mining company", "the hospital trust"]
PEOPLE = ["Prime Minister Ana Varela", "Finance Minister Tomas Lindqvist", "Mayor Grace Okafor",
          "Judge Peter Almasi", "chief executive Rui Tanaka", "spokeswoman Leila Haddad",
          "Commissioner Jonas Berg", "union leader Marta Silva", "Governor Daniel Price",
          "negotiator Helen Sato", "analyst Omar Farouk", "economist Ingrid Novak",
          "Senator Carla Mendes", "coach Viktor Hale", "Ambassador Li Wen"]
PLACES = ["Madrid", "Geneva", "Nairobi", "Lisbon", "Ottawa", "Seoul", "Cape Town", "Oslo",
          "Santiago", "Warsaw", "Brussels", "Jakarta", "Dublin", "Lima", "Vienna"]
THINGS = ["the tariff truce", "the rail strike", "the merger review", "the ceasefire",
          "the budget talks", "the fishing quota deal", "the data-sharing pact",
          "the wage agreement", "the bond auction", "the bridge repairs", "the drought plan",
          "the licence renewal", "the trade accord", "the pension reform", "the vaccine rollout",
          "the stadium lease", "the debt restructuring", "the climate pledge"]
VERBS_PAST = ["announced", "confirmed", "rejected", "postponed", "approved", "extended",
              "suspended", "signed", "proposed", "delayed", "reviewed", "defended"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
ABBR = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
        "Nov.", "Dec."]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
NUMBER_WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "ten", "twelve"]
ZONES = ["ET", "GMT", "CET", "p.m. local time", "Beijing time", "UTC", "PT"]


class Article:
    def __init__(self, rng, dct):
        self.r = rng
        self.dct = dct

    def pick(self, xs):
        return self.r.choice(xs)

    def day_near(self, lo=-60, hi=120):
        return self.dct + dt.timedelta(days=self.r.randint(lo, hi))

    # --- temporal expressions -------------------------------------------------------------
    def absolute(self, day_only=False):
        d = self.day_near()
        forms = [
            f"{MONTHS[d.month - 1]} {d.day}",
            f"{ABBR[d.month - 1]} {d.day}, {d.year}",
            f"{d.day} {MONTHS[d.month - 1]}",
            f"{WEEKDAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}",
            d.isoformat(),
            f"the {self.ordinal(d.day)} of {MONTHS[d.month - 1]}",
        ]
        if not day_only:
            forms.append(f"{MONTHS[d.month - 1]} {d.year}")
        return self.pick(forms)

    @staticmethod
    def ordinal(n):
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"{n}{suffix}"

    def relative(self):
        return self.pick([
            "today", "yesterday", "tomorrow", "on Monday", f"on {self.pick(WEEKDAYS)}",
            f"next {self.pick(WEEKDAYS)}", f"last {self.pick(WEEKDAYS)}", "last week",
            "next month", "this week", "earlier this year", "later this month",
            f"{self.pick(NUMBER_WORDS)} weeks ago", f"{self.r.randint(2, 11)} days ago",
            "the day before", "the following week", "in the coming days", "this spring",
            "last summer", "next year", "early next year", "at the end of the month",
            "by the end of the year", "in the fourth quarter", "in the first half of next year",
            "this fall", "a year earlier", "in recent weeks", "on Friday night",
            "Sunday morning", "this afternoon", f"in {self.r.randint(2015, 2024)}",
            f"since {self.r.randint(2009, 2023)}", "in the 1990s", "the previous decade",
        ])

    def duration(self):
        n = self.r.randint(2, 180)
        return self.pick([
            f"{n} days", f"{self.pick(NUMBER_WORDS)} months", f"{n} straight days",
            f"{self.pick(NUMBER_WORDS)} years", "a decade", "six weeks", f"{n} hours",
            "an hour and a half", "a fortnight", f"{self.r.randint(2, 5)} quarters",
            "the next 90 days", "several weeks", "two and a half years",
        ])

    def clock(self):
        h = self.r.randint(1, 11)
        return self.pick([
            f"{h} p.m. {self.pick(ZONES[:2])}", f"{h}:30 a.m.", "noon", "midnight",
            f"{h}:{self.r.choice(['00', '15', '45'])} {self.pick(['a.m.', 'p.m.'])} {self.pick(ZONES)}",
            f"{self.r.randint(10, 23)}:{self.r.choice(['00', '30'])} GMT", "midnight Beijing time",
        ])

    def when(self):
        kind = self.r.random()
        if kind < 0.45:
            return ("on " if self.r.random() < 0.5 else "") + self.absolute(day_only=True)
        if kind < 0.85:
            return self.relative()
        return f"at {self.clock()} {self.pick(['on ' + self.pick(WEEKDAYS), 'tomorrow', 'today'])}"

    # --- numbers that are not dates -------------------------------------------------------
    def money(self):
        return self.pick([f"${self.r.randint(2, 950)} million", f"{self.r.randint(2, 90)} billion euros",
                          f"{self.r.randint(3, 40)}.{self.r.randint(0, 9)} million pounds"])

    def change(self):
        return self.pick([f"{self.r.randint(1, 12)}.{self.r.randint(0, 9)} percent",
                          f"${self.r.randint(1, 9)}.{self.r.randint(10, 99)} a share",
                          f"{self.r.randint(12, 480)} points"])

    def quantity(self):
        return self.pick([f"{self.r.randint(1, 9)},{self.r.randint(100, 999)} workers",
                          f"{self.r.randint(12, 480)} kilometres of track",
                          f"{self.r.randint(2, 60)} tonnes of grain", f"{self.r.randint(3, 40)} ships"])

    # --- sentences ------------------------------------------------------------------------
    def sentence(self):
        o, p, t, pl = self.pick(ORGS), self.pick(PEOPLE), self.pick(THINGS), self.pick(PLACES)
        v = self.pick(VERBS_PAST)
        s = self.pick([
            lambda: f"{o.capitalize()} {v} {t} {self.when()}, {p} said.",
            lambda: f"The deadline to settle {t} is {self.absolute()}, and officials said it would not be moved again.",
            lambda: f"{t.capitalize()}, extended for {self.duration()} {self.relative()}, now expires on {self.absolute()}.",
            lambda: f"Talks in {pl} will resume {self.when()}, according to {p}.",
            lambda: f"{p} told reporters {self.relative()} that {o} had until {self.absolute()} to respond.",
            lambda: f"The new rules take effect {self.when()} and apply for {self.duration()}.",
            lambda: f"Shares fell {self.change()} after {o} {v} {t}.",
            lambda: f"{o.capitalize()} expects to spend {self.money()} over {self.duration()}.",
            lambda: f"From {self.absolute()} to {self.absolute()}, inspectors will visit every site in {pl}.",
            lambda: f"The committee meets every {self.pick(WEEKDAYS)} and will report by {self.absolute()}.",
            lambda: f"Voting closes at {self.clock()} {self.pick(['on ' + self.pick(WEEKDAYS), 'tomorrow', 'on ' + self.absolute()])}.",
            lambda: f"It was the third extension since {self.absolute()}, when {t} was first agreed.",
            lambda: f"{p} said the plan had been in the works for {self.duration()}.",
            lambda: f"About {self.money()} was set aside, a figure unchanged from {self.relative()}.",
            lambda: f"Negotiators in {pl} worked through the night and into {self.pick(WEEKDAYS)} morning.",
            lambda: f"A {self.r.randint(2, 90)}-day review period begins {self.when()}.",
            lambda: f"The agency said it would publish its findings {self.pick(['within', 'in'])} {self.duration()}.",
            lambda: f"Residents of {pl} have waited {self.duration()} for {t} to be resolved.",
            lambda: f"{o.capitalize()} declined to comment on Thursday.",
            lambda: f"{p} added that nothing had been decided.",
            lambda: f"The match ended 3-1, with the winner scored in the 89th minute.",
            lambda: f"Ticket prices rose {self.r.randint(2, 19)} percent for the {self.r.randint(2025, 2027)} season.",
            lambda: f"Filings are due quarterly, and the next one is expected {self.relative()}.",
            lambda: f"In {self.pick(MONTHS)} {self.r.randint(2018, 2024)}, a similar dispute lasted {self.duration()}.",
            lambda: f"The hearing, scheduled for {self.absolute()} at {self.clock()}, was moved to the following week.",
            lambda: f"Route 9 reopened after {self.duration()} of repairs costing {self.money()}.",
            lambda: f"The strike idled {self.quantity()} and left {self.quantity()} waiting offshore.",
            lambda: f"A {self.r.randint(2, 120)}-day pause in {t} begins {self.when()}.",
        ])()
        return s[0].upper() + s[1:]

    def paragraph(self):
        return " ".join(self.sentence() for _ in range(self.r.randint(2, 4)))

    def text(self):
        head = f"{self.pick(PLACES).upper()} ({self.pick(['AP', 'Reuters', 'Wire'])}) --"
        paras = [self.paragraph() for _ in range(self.r.randint(4, 9))]
        return f"{head} {paras[0]}\n\n" + "\n\n".join(paras[1:]) + "\n"


def main():
    rng = random.Random(SEED)
    OUT.mkdir(exist_ok=True)
    for old in OUT.glob("news-*.txt"):
        old.unlink()
    total, i = 0, 0
    start = dt.date(2024, 1, 8)
    while total < TARGET_BYTES:
        dct = start + dt.timedelta(days=rng.randint(0, 700))
        body = f"DCT: {dct.isoformat()}\n" + Article(rng, dct).text()
        (OUT / f"news-{i:03d}.txt").write_text(body, encoding="utf-8")
        total += len(body.encode())
        i += 1
    print(f"{i} articles, {total} bytes in {OUT}")


if __name__ == "__main__":
    main()
