"""kairos extract: formats, inputs, byte offsets, TimeML in and out, output folders."""

import json
import os
import random
import shutil

from clitest import DOCUMENT_FAILED, INPUT, USAGE, CliTest, OK, TBAQ, main, tml_io

# "é" is two bytes: offsets after it differ between bytes and characters.
TEXT = "Café talks: the deadline is September 17, 2025, the agency said.\n"


class ExtractFormats(CliTest):
    def test_json_document_follows_the_contract(self):
        src = self.write("a.txt", TEXT)
        r = self.run_kairos("extract", "--dct", "2025-09-14", src)
        self.assertEqual(r.code, OK, r.err)
        self.assertEqual(r.err, "")
        doc = r.json()
        self.assertEqual(doc["dct"], "2025-09-14")
        m = self.find_mention(doc, "September 17, 2025")
        self.assertEqual((m["type"], m["value"], m["mod"]), ("DATE", "2025-09-17", None))
        # begin/end are UTF-8 byte offsets into the input, end exclusive.
        self.assertEqual(TEXT.encode()[m["begin"]:m["end"]].decode(), "September 17, 2025")
        for e in doc["events"]:
            self.assertEqual(set(e), {"kind", "value", "first", "last", "instant_utc",
                                      "subject", "mentions", "history"})
            for i in e["mentions"]:
                self.assertLess(i, len(doc["mentions"]))

    def test_default_format_is_json_and_stdin_is_dash(self):
        r = self.run_kairos("extract", "--dct", "2025-09-14", "-", stdin=TEXT)
        self.assertEqual(r.code, OK, r.err)
        self.find_mention(r.json(), "September 17, 2025")
        # No input at all also reads stdin.
        r2 = self.run_kairos("extract", "--dct", "2025-09-14", stdin=TEXT)
        self.assertEqual(r2.out, r.out)

    def test_dct_with_time_and_zone(self):
        r = self.run_kairos("extract", "--dct", "2025-09-14T09:30", "--tz", "America/New_York",
                            "-", stdin=TEXT)
        self.assertEqual(r.code, OK, r.err)
        doc = r.json()
        self.assertEqual(doc["dct"], "2025-09-14T09:30")
        self.assertEqual(doc.get("tz"), "America/New_York")

    def test_text_format_is_one_tab_separated_line_per_mention(self):
        src = self.write("a.txt", TEXT)
        r = self.run_kairos("extract", "--dct", "2025-09-14", "--format", "text", src)
        self.assertEqual(r.code, OK, r.err)
        rows = [line.split("\t") for line in r.out.splitlines()]
        begin = len(TEXT[:TEXT.index("September")].encode())  # bytes, not characters
        self.assertIn([str(begin), str(begin + 18), "DATE", "2025-09-17", "-",
                       "September 17, 2025"], rows)
        for row in rows:
            self.assertEqual(len(row), 6, row)
            b, e = int(row[0]), int(row[1])
            if row[2].isupper():  # a mention; events follow with their kind in lower case
                self.assertEqual(TEXT.encode()[b:e].decode(), row[5])

    def test_text_format_lists_events_after_mentions(self):
        text = ("The truce expires on Nov. 10. The deadline to sell TikTok, originally "
                "Jan. 19, was extended to Sept. 17.\n")
        src = self.write("a.txt", text)
        r = self.run_kairos("extract", "--dct", "2025-09-14", "--format", "text", src)
        self.assertEqual(r.code, OK, r.err)
        rows = [line.split("\t") for line in r.out.splitlines()]
        kinds = [row[2] for row in rows]
        self.assertEqual(kinds[:3], ["DATE"] * 3)
        events = {row[2]: row for row in rows[3:]}
        self.assertEqual(set(events), {"expiry", "deadline"})
        self.assertEqual(events["expiry"][3:5], ["2025-11-10", "-"])
        deadline = events["deadline"]
        self.assertEqual(deadline[3:5], ["2025-09-17", "2025-01-19"])  # value, earlier values
        b, e = int(deadline[0]), int(deadline[1])
        self.assertEqual(text.encode()[b:e].decode(), "Sept. 17")  # where the value is stated

    def test_text_format_names_each_input_when_there_are_several(self):
        a = self.write("a.txt", TEXT)
        b = self.write("b.txt", "It ends in 2024.\n")
        r = self.run_kairos("extract", "--dct", "2025-09-14", "--format", "text", a, b)
        self.assertEqual(r.code, OK, r.err)
        firsts = {line.split("\t")[0] for line in r.out.splitlines()}
        self.assertEqual(firsts, {a, b})

    def test_timeml_of_plain_text_keeps_the_text_exactly(self):
        text = "Tom & Jerry <3 met on May 5, 2021.\r\nAgain in 2022 > never.\n"
        src = self.write("a.txt", text)
        r = self.run_kairos("extract", "--dct", "2023-01-01", "--format", "timeml", src)
        self.assertEqual(r.code, OK, r.err)
        dct, plain, timexes = tml_io().parse_doc(r.out)
        self.assertEqual(dct, "2023-01-01")
        # tml_io normalises line ends of the markup: our \r survives as a character reference.
        self.assertEqual(plain, text)
        self.assertIn(("May 5, 2021", "2021-05-05"),
                      [(plain[t.begin:t.end], t.value) for t in timexes])

    def test_json_lines_file_inputs_with_format_jsonl(self):
        src = self.write("docs.jsonl",
                         '{"id": "x", "dct": "2025-01-10", "text": "It ended in 2019."}\n')
        r = self.run_kairos("extract", "--format", "jsonl", src)
        self.assertEqual(r.code, OK, r.err)
        [line] = r.json_lines()
        self.assertEqual((line["id"], line["dct"]), ("x", "2025-01-10"))
        self.assertEqual(self.find_mention(line, "2019")["value"], "2019")


# Pieces of TimeML, well-formed or not, from which random documents are drawn.
ATOMS = ["<TEXT>", "</TEXT>", "< TEXT >", "</ TEXT>", '<TIMEX3 type="DATE" value="2020">',
         "</TIMEX3>", '<TIMEX3 functionInDocument="CREATION_TIME" value="1999-01-01">',
         "<TIMEX3/>", "<!-- c -->", "<!--", "-->", "<![CDATA[x]]>", "&amp;", "&lt;", "&#65;",
         "&#x42;", "&#0;", "&#1114112;", "&bogus;", "&", "\r\n", "\r", "\n", "May 5, 2001 ",
         "é", "\udcff", "\udc80", "<b>", ">", "<X a='1'>", "<TEXTS>", "in 1999 "]


class RandomTimeML(CliTest):
    """The plain text of any markup kairos accepts is the text the scorer reads from it."""

    def test_random_markup_reads_like_the_scorer(self):
        rng = random.Random(20251129)
        names = []
        for i in range(300):
            body = "".join(rng.choice(ATOMS) for _ in range(rng.randint(1, 16)))
            markup = "<TimeML><TEXT>" + body if rng.random() < 0.7 else body
            self.write("in/d%03d.tml" % i, markup.encode("utf-8", "surrogateescape"))
            names.append("in/d%03d.tml" % i)
        r = self.run_kairos("extract", "--dct", "2001-01-01", "-k", "-o", "out", *names)
        self.assertIn(r.code, (OK, 1), r.err)
        io = tml_io()
        written = 0
        for n in names:
            out = self.path("out", os.path.basename(n))
            if not os.path.exists(out):
                self.assertRegex(r.err, "malformed TimeML: [^:]*: " + n)
                continue
            written += 1
            with open(self.path(n), "rb") as f:
                _, gold_text, _ = io.parse_doc(f.read().decode("utf-8", "replace"))
            self.assertEqual(io.read_doc(out)[1], gold_text, n)
        self.assertGreater(written, 50)


class ExtractTimeML(CliTest):
    def copy_gold(self, count):
        names = sorted(n for n in os.listdir(os.path.join(TBAQ, "TimeBank")) if n.endswith(".tml"))
        paths = []
        for n in names[:count]:
            dst = self.path("gold", n)
            os.makedirs(os.path.dirname(dst), exist_ok=True)
            shutil.copy(os.path.join(TBAQ, "TimeBank", n), dst)
            paths.append(dst)
        return paths

    def setUp(self):
        super().setUp()
        if not os.path.isdir(TBAQ):
            self.skipTest("no TBAQ corpus")

    def test_each_file_gets_its_own_output_with_the_same_text_and_dct(self):
        gold = self.copy_gold(3)
        r = self.run_kairos("extract", "--format", "timeml", "-o", self.path("out"), *gold)
        self.assertEqual(r.code, OK, r.err)
        self.assertEqual(sorted(os.listdir(self.path("out"))),
                         sorted(os.path.basename(g) for g in gold))
        io = tml_io()
        for g in gold:
            gdct, gtext, _ = io.read_doc(g)
            sdct, stext, stimexes = io.read_doc(self.path("out", os.path.basename(g)))
            self.assertEqual(stext, gtext)
            self.assertEqual(sdct, gdct)
            for t in stimexes:
                self.assertTrue(t.value, "a TIMEX3 without a value in " + g)
        self.assert_no_leftovers(self.path("out"))

    def test_tml_inputs_default_to_timeml_and_a_folder(self):
        [gold] = self.copy_gold(1)
        r = self.run_kairos("extract", "-o", self.path("new", "folder"), gold)
        self.assertEqual(r.code, OK, r.err)
        out = self.path("new", "folder", os.path.basename(gold))
        self.assertEqual(tml_io().read_doc(out)[1], tml_io().read_doc(gold)[1])

    def test_rerun_replaces_outputs(self):
        [gold] = self.copy_gold(1)
        out = self.path("out", os.path.basename(gold))
        os.makedirs(self.path("out"))
        with open(out, "w") as f:
            f.write("stale")
        r = self.run_kairos("extract", "-o", self.path("out"), gold)
        self.assertEqual(r.code, OK, r.err)
        with open(out) as f:
            self.assertTrue(f.read().startswith("<?xml"))


class OutputNeverOverwritesInput(CliTest):
    """`-o` naming an input, by any path, is refused before anything is read or written."""

    def assert_refused(self, output, original):
        r = self.run_kairos("extract", "--dct", "2025-09-14", "-o", output, "a.txt")
        self.assert_one_line_error(r, USAGE, "the output would overwrite its input")
        with open(self.path("a.txt")) as f:
            self.assertEqual(f.read(), original)
        self.assert_no_leftovers(self.tmp)

    def test_same_name_dot_prefix_symlink_and_hard_link(self):
        self.write("a.txt", TEXT)
        os.symlink("a.txt", self.path("link.txt"))
        os.link(self.path("a.txt"), self.path("hard.txt"))
        for output in ("a.txt", "./a.txt", self.path("a.txt"), "link.txt", "hard.txt",
                       "../" + os.path.basename(self.tmp) + "/a.txt"):
            with self.subTest(output=output):
                self.assert_refused(output, TEXT)

    def test_json_lines_output_onto_its_input(self):
        line = json.dumps({"id": "a", "dct": "2025-09-14", "text": TEXT}) + "\n"
        self.write("docs.jsonl", line)
        r = self.run_kairos("extract", "-o", "docs.jsonl", "docs.jsonl")
        self.assert_one_line_error(r, USAGE, "the output would overwrite its input")
        with open(self.path("docs.jsonl")) as f:
            self.assertEqual(f.read(), line)


class FormatFromOutputName(CliTest):
    def setUp(self):
        super().setUp()
        self.write("a.txt", TEXT)

    def extract(self, *args):
        return self.run_kairos("extract", "--dct", "2025-09-14", *args)

    def read(self, name):
        with open(self.path(name), encoding="utf-8") as f:
            return f.read()

    def test_extension_chooses_the_format(self):
        self.assertEqual(self.extract("-o", "out.tml", "a.txt").code, OK)
        self.assertTrue(self.read("out.tml").startswith("<?xml"))
        self.assertEqual(self.extract("-o", "out.json", "a.txt").code, OK)
        self.assertEqual(json.loads(self.read("out.json"))["dct"], "2025-09-14")
        r = self.extract("-o", "out.jsonl", "a.txt")
        self.assertEqual(r.code, OK, r.err)
        [line] = self.read("out.jsonl").splitlines()
        self.assertEqual(json.loads(line)["id"], "a.txt")
        self.assertEqual(self.extract("-o", "OUT.TXT", "a.txt").code, OK)
        self.assertIn("2025-09-17", self.read("OUT.TXT").split("\t"))

    def test_explicit_format_must_agree_with_the_extension(self):
        r = self.extract("--format", "json", "-o", "out.tml", "a.txt")
        self.assert_one_line_error(r, USAGE, "contradicts the output's extension", "out.tml")
        self.assertFalse(os.path.exists(self.path("out.tml")))
        self.assertEqual(self.extract("--format", "timeml", "-o", "out.tml", "a.txt").code, OK)

    def test_timeline_formats_are_refused_with_a_pointer(self):
        for name in ("out.svg", "out.ics"):
            r = self.extract("-o", name, "a.txt")
            self.assert_one_line_error(r, USAGE, "kairos timeline", name)

    def test_json_lines_input_recognised_by_extension(self):
        self.write("docs.jsonl", json.dumps({"id": "x", "dct": "2025-09-14", "text": TEXT}) + "\n")
        r = self.run_kairos("extract", "docs.jsonl")
        self.assertEqual(r.code, OK, r.err)
        [doc] = r.json_lines()
        self.assertEqual((doc["id"], doc["dct"]), ("x", "2025-09-14"))
        r = self.run_kairos("extract", "--format", "json", "docs.jsonl")
        self.assert_one_line_error(r, USAGE, "JSON Lines inputs give JSON Lines results")
        r = self.run_kairos("extract", "-o", "out.json", "docs.jsonl")
        self.assert_one_line_error(r, USAGE, "JSON Lines inputs give JSON Lines results",
                                   "-o out.json")
        r = self.run_kairos("extract", "docs.jsonl", "a.txt")
        self.assert_one_line_error(r, USAGE, "cannot be mixed")


class ZonesAndInstants(CliTest):
    def test_clock_time_is_in_the_tz_zone(self):
        r = self.run_kairos("extract", "--dct", "2025-09-14", "--tz", "America/New_York",
                            stdin="The deadline is 5 p.m. tomorrow.")
        self.assertEqual(r.code, OK, r.err)
        [event] = r.json()["events"]
        self.assertEqual((event["kind"], event["instant_utc"]),
                         ("deadline", "2025-09-15T21:00:00Z"))
        # Winter time: the same clock time is an hour later in UTC.
        r = self.run_kairos("extract", "--dct", "2025-12-14", "--tz", "America/New_York",
                            stdin="The deadline is 5 p.m. tomorrow.")
        self.assertEqual(r.json()["events"][0]["instant_utc"], "2025-12-15T22:00:00Z")

    def test_without_a_zone_a_clock_time_has_no_instant(self):
        r = self.run_kairos("extract", "--dct", "2025-09-14",
                            stdin="The deadline is 5 p.m. tomorrow.")
        self.assertIsNone(r.json()["events"][0]["instant_utc"])

    def test_a_zone_in_the_text_wins_over_tz(self):
        r = self.run_kairos("extract", "--dct", "2025-09-14", "--tz", "America/New_York",
                            stdin="The deadline is 5 p.m. GMT tomorrow.")
        self.assertEqual(r.json()["events"][0]["instant_utc"], "2025-09-15T17:00:00Z")

    def test_dct_with_z_or_an_offset(self):
        for dct, zone, instant in (("2025-09-14T08:00Z", "Etc/UTC", "2025-09-15T17:00:00Z"),
                                   ("2025-09-14T08:00+02:00", "Etc/GMT-2",
                                    "2025-09-15T15:00:00Z"),
                                   ("2025-09-14T08:00:00-0500", "Etc/GMT+5",
                                    "2025-09-15T22:00:00Z")):
            with self.subTest(dct=dct):
                r = self.run_kairos("extract", "--dct", dct,
                                    stdin="The deadline is 5 p.m. tomorrow.")
                self.assertEqual(r.code, OK, r.err)
                doc = r.json()
                self.assertTrue(doc["dct"].startswith("2025-09-14T08:00"), doc["dct"])
                self.assertEqual(doc["tz"], zone)
                self.assertEqual(doc["events"][0]["instant_utc"], instant)

    def test_offsets_that_cannot_be_honoured_are_usage_errors(self):
        r = self.run_kairos("extract", "--dct", "2025-09-14T08:00+05:30", stdin=TEXT)
        self.assert_one_line_error(r, USAGE, "whole hours", "--dct")
        r = self.run_kairos("extract", "--dct", "2025-09-14T08:00Z", "--tz", "Europe/Paris",
                            stdin=TEXT)
        self.assert_one_line_error(r, USAGE, "own UTC offset", "--dct")


class DctFromFileName(CliTest):
    TEXT = "The vote is tomorrow.\n"

    def setUp(self):
        super().setUp()
        self.write("news/2025-09-14-vote.txt", self.TEXT)
        self.write("news/wire_20251201.txt", self.TEXT)

    def tomorrow(self, doc):
        return [m["value"] for m in doc["mentions"] if m["text"] == "tomorrow"]

    def test_each_file_its_own_date_in_either_spelling(self):
        r = self.run_kairos("extract", "--dct-from", "name", "-o", "out/",
                            "news/2025-09-14-vote.txt", "news/wire_20251201.txt")
        self.assertEqual(r.code, OK, r.err)
        with open(self.path("out", "2025-09-14-vote.json")) as f:
            self.assertEqual(self.tomorrow(json.load(f)), ["2025-09-15"])
        with open(self.path("out", "wire_20251201.json")) as f:
            self.assertEqual(self.tomorrow(json.load(f)), ["2025-12-02"])

    def test_folders_and_impossible_dates_are_not_dates(self):
        self.write("2025-01-01/story-2025-02-30-x-20250310.txt", self.TEXT)
        r = self.run_kairos("extract", "--dct-from", "name",
                            "2025-01-01/story-2025-02-30-x-20250310.txt")
        self.assertEqual(r.code, OK, r.err)
        self.assertEqual(self.tomorrow(r.json()), ["2025-03-11"])

    def test_a_file_without_a_date_is_an_error_or_skipped(self):
        self.write("news/undated.txt", self.TEXT)
        r = self.run_kairos("extract", "--dct-from", "name", "news/undated.txt")
        self.assert_one_line_error(r, INPUT, "no date (YYYY-MM-DD or YYYYMMDD) in the file name",
                                   "undated.txt")
        r = self.run_kairos("extract", "--dct-from", "name", "--keep-going", "--format", "jsonl",
                            "news/undated.txt", "news/2025-09-14-vote.txt")
        self.assertEqual(r.code, DOCUMENT_FAILED)
        self.assertIn("undated.txt", r.err)
        self.assertIn("1 of 2 documents failed", r.err)
        self.assertEqual([d["id"] for d in r.json_lines()], ["news/2025-09-14-vote.txt"])

    def test_bad_combinations_are_usage_errors(self):
        r = self.run_kairos("extract", "--dct-from", "name", "--dct", "2025-09-14", "x.txt")
        self.assert_one_line_error(r, USAGE, "--dct and --dct-from")
        r = self.run_kairos("extract", "--dct-from", "content", "x.txt")
        self.assert_one_line_error(r, USAGE, "unknown DCT source", "--dct-from content")


class DayFirst(CliTest):
    NUMERIC = "The invoice is due 10/02/2025.\n"

    def test_numeric_dates_are_month_first_by_default_and_day_first_on_request(self):
        for flags, value in (((), "2025-10-02"), (("--day-first",), "2025-02-10")):
            r = self.run_kairos("extract", "--dct", "2025-01-15", *flags, "-",
                                stdin=self.NUMERIC)
            self.assertEqual(r.code, OK, r.err)
            self.assertEqual(self.find_mention(r.json(), "10/02/2025")["value"], value)


if __name__ == "__main__":
    main()
