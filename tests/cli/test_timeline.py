"""kairos timeline: inputs of every kind, queries, formats, terminals, and its errors."""

import json
import os
import pty
import select
import shutil
import subprocess
from xml.etree import ElementTree

from clitest import (DOCUMENT_FAILED, INPUT, KAIROS, OK, OUTPUT, USAGE, CliTest, main)

RECORDS = [
    {"id": "jan", "dct": "2025-01-17",
     "text": "ByteDance has until Jan. 19, 2025, to divest TikTok's American operations."},
    {"id": "jun", "dct": "2025-06-19",
     "text": "The deadline for ByteDance to divest TikTok was extended to Sept. 17, 2025."},
    {"id": "sep", "dct": "2025-09-16",
     "text": "The TikTok divestment deadline was pushed back again, to Dec. 16, 2025."},
    {"id": "talks", "dct": "2025-09-10",
     "text": "Trade talks will be held in Madrid on September 14, 2025. "
             "The truce expires on November 10, 2025."},
]
ARTICLE = "The agency set a deadline of March 3, 2025, for the sale of the unit.\n"


def jsonl(records):
    return "".join(json.dumps(r) + "\n" for r in records)


class Timeline(CliTest):
    def setUp(self):
        super().setUp()
        self.write("news.jsonl", jsonl(RECORDS))

    def timeline(self, *args, **kw):
        return self.run_kairos("timeline", "--as-of", "2025-09-20", *args, **kw)

    def test_table_has_a_header_and_one_row_per_event_in_date_order(self):
        r = self.timeline("news.jsonl")
        self.assertEqual(r.code, OK, r.err)
        self.assertEqual(r.err, "")
        lines = r.out.splitlines()
        self.assertEqual(lines[0].split(),
                         ["date", "day", "kind", "subject", "status", "on", "2025-09-20"])
        dates = [line.split()[0].rstrip("*") for line in lines[1:] if line[0].isdigit()]
        self.assertIn("2025-11-10", dates)
        self.assertEqual(dates, sorted(dates))
        self.assertNotIn("\x1b[", r.out, "no colour when stdout is not a terminal")

    def test_status_follows_as_of(self):
        early = self.run_kairos("timeline", "--as-of", "2025-11-07", "news.jsonl")
        row = [line for line in early.out.splitlines() if line.startswith("2025-11-10")]
        self.assertEqual(len(row), 1, early.out)
        self.assertTrue(row[0].endswith("in 3 days"), row[0])

    def test_kind_filter_repeated_or_comma_separated(self):
        for args in (["--kind", "expiry"], ["--kind", "expiry", "--kind", "period"],
                     ["--kind", "expiry,period"]):
            with self.subTest(args=args):
                r = self.timeline(*args, "news.jsonl")
                self.assertEqual(r.code, OK, r.err)
                kinds = {line.split()[2] for line in r.out.splitlines()[1:]}
                self.assertEqual(kinds, {"expiry"})

    def test_from_and_to_keep_what_overlaps(self):
        r = self.timeline("--from", "2025-09-01", "--to", "2025-10-31", "news.jsonl")
        self.assertEqual(r.code, OK, r.err)
        dates = [line.split()[0] for line in r.out.splitlines()[1:]]
        self.assertTrue(dates, r.out)
        for d in dates:
            self.assertTrue("2025-09-01" <= d <= "2025-10-31", d)

    def test_text_and_stdin_inputs(self):
        self.write("a.txt", ARTICLE)
        r = self.timeline("--dct", "2025-02-01", "a.txt")
        self.assertEqual(r.code, OK, r.err)
        self.assertIn("2025-03-03", r.out)
        r = self.timeline(stdin=jsonl(RECORDS))  # no input: JSON Lines on stdin
        self.assertEqual(r.code, OK, r.err)
        self.assertIn("2025-11-10", r.out)

    def test_timeml_input_uses_its_own_creation_time(self):
        self.write("doc.tml", '<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2025-02-01" '
                              'functionInDocument="CREATION_TIME">2025-02-01</TIMEX3></DCT>'
                              '<TEXT>' + ARTICLE + '</TEXT></TimeML>')
        r = self.timeline("-f", "json", "doc.tml")
        self.assertEqual(r.code, OK, r.err)
        reported = {rev["reported"] for e in json.loads(r.out)["entries"]
                    for rev in e["revisions"]}
        self.assertEqual(reported, {"2025-02-01"})

    def test_json_is_a_saved_timeline_that_reads_back(self):
        r = self.timeline("-f", "json", "-o", "saved.json", "news.jsonl")
        self.assertEqual(r.code, OK, r.err)
        with open(self.path("saved.json")) as f:
            saved = json.load(f)
        self.assertEqual(saved["kairos_timeline"], 1)
        self.assertEqual({s for e in saved["entries"] for s in e["sources"]},
                         {"jan", "jun", "sep", "talks"})
        again = self.timeline("-f", "json", "saved.json")
        self.assertEqual(again.code, OK, again.err)
        self.assertEqual(json.loads(again.out), saved)
        table = self.timeline("saved.json")
        self.assertEqual(table.out, self.timeline("news.jsonl").out)

    def test_a_saved_timeline_can_be_extended_in_place(self):
        self.write("old.jsonl", jsonl(RECORDS[:2]))
        self.write("new.jsonl", jsonl(RECORDS[2:]))
        r = self.timeline("-f", "json", "-o", "t.json", "old.jsonl")
        self.assertEqual(r.code, OK, r.err)
        r = self.timeline("-f", "json", "-o", "t.json", "t.json", "new.jsonl")
        self.assertEqual(r.code, OK, r.err)
        with open(self.path("t.json")) as f:
            sources = {s for e in json.load(f)["entries"] for s in e["sources"]}
        self.assertEqual(sources, {"jan", "jun", "sep", "talks"})
        self.assert_no_leftovers(self.tmp)

    def test_output_extension_chooses_the_format(self):
        for name, start in (("t.svg", b"<?xml"), ("t.ics", b"BEGIN:VCALENDAR"),
                            ("t.json", b"{")):
            with self.subTest(name=name):
                r = self.timeline("-o", name, "news.jsonl")
                self.assertEqual(r.code, OK, r.err)
                with open(self.path(name), "rb") as f:
                    self.assertTrue(f.read().lstrip().startswith(start))
        r = self.timeline("-f", "table", "-o", "t.svg", "news.jsonl")
        self.assert_one_line_error(r, USAGE, "contradicts the output's extension", "t.svg")
        r = self.timeline("-o", "t.tml", "news.jsonl")
        self.assert_one_line_error(r, USAGE, "kairos extract", "t.tml")

    def test_plain_text_on_stdin_with_dct(self):
        r = self.timeline("--dct", "2025-02-01", "-f", "json", stdin=ARTICLE)
        self.assertEqual(r.code, OK, r.err)
        [entry] = r.json()["entries"]
        self.assertEqual(entry["event"]["value"], "2025-03-03")
        self.assertEqual(entry["sources"], ["<stdin>"])
        # Without --dct, stdin is still JSON Lines.
        r = self.timeline("-f", "json", stdin=jsonl(RECORDS[:1]))
        self.assertEqual(r.code, OK, r.err)

    def test_dct_from_file_names(self):
        self.write("a/2025-01-17_tiktok.txt", RECORDS[0]["text"])
        self.write("a/news-20250619.txt", RECORDS[1]["text"])
        self.write("a/undated.txt", RECORDS[2]["text"])
        r = self.timeline("--dct-from", "name", "-f", "json", "a/2025-01-17_tiktok.txt",
                          "a/news-20250619.txt")
        self.assertEqual(r.code, OK, r.err)
        # Dated by their names, they give what the same articles give as dated JSON Lines.
        self.assertEqual({s for e in r.json()["entries"] for s in e["sources"]},
                         {"a/2025-01-17_tiktok.txt", "a/news-20250619.txt"})
        by_name = self.timeline("--dct-from", "name", "a/2025-01-17_tiktok.txt",
                                "a/news-20250619.txt")
        self.assertEqual(by_name.out, self.timeline(stdin=jsonl(RECORDS[:2])).out)
        self.assertIn("2025-01-19", by_name.out)
        r = self.timeline("--dct-from", "name", "a/undated.txt")
        self.assert_one_line_error(r, INPUT, "no date", "undated.txt")
        r = self.timeline("--dct-from", "name", "--keep-going", "-f", "json",
                          "a/undated.txt", "a/news-20250619.txt")
        self.assertEqual(r.code, DOCUMENT_FAILED)
        self.assertIn("1 of 2 documents failed", r.err)
        self.assertEqual({s for e in r.json()["entries"] for s in e["sources"]},
                         {"a/news-20250619.txt"})

    def test_partial_timelines_merge_into_the_whole(self):
        # The map and reduce steps of a distributed run (docs/cli.md, "On a cluster").
        records = RECORDS * 3
        self.write("all.jsonl", jsonl(records))
        for i, part in enumerate((records[:5], records[5:9], records[9:])):
            self.write("p%d.jsonl" % i, jsonl(part))
            r = self.timeline("--unmerged", "-o", "p%d.json" % i, "p%d.jsonl" % i)
            self.assertEqual(r.code, OK, r.err)
        with open(self.path("p0.json")) as f:
            partial = json.load(f)["entries"]
        self.assertTrue(all(len(e["revisions"]) == 1 for e in partial))
        whole = self.timeline("-f", "json", "all.jsonl")
        merged = self.timeline("--merge-saved", "-f", "json", "p0.json", "p1.json", "p2.json")
        self.assertEqual(merged.code, OK, merged.err)
        self.assertEqual(merged.out, whole.out)
        # Taken as they are, the partial timelines keep every report apart.
        apart = self.timeline("-f", "json", "p0.json", "p1.json", "p2.json")
        self.assertGreater(len(apart.json()["entries"]), len(whole.json()["entries"]))
        r = self.timeline("--unmerged", "--kind", "deadline", "all.jsonl")
        self.assert_one_line_error(r, USAGE, "--unmerged")

    def test_ics_is_a_calendar_with_deadlines_as_events(self):
        r = self.timeline("-f", "ics", "news.jsonl")
        self.assertEqual(r.code, OK, r.err)
        self.assertTrue(r.out_bytes.startswith(b"BEGIN:VCALENDAR\r\n"))
        import icalendar  # python3-icalendar, an independent parser
        cal = icalendar.Calendar.from_ical(r.out_bytes)
        events = [c for c in cal.walk() if c.name == "VEVENT"]
        self.assertFalse([c for c in cal.walk() if c.name == "VTODO"])
        deadlines = [e for e in events if str(e["SUMMARY"]).startswith("deadline:")]
        moved = [e for e in deadlines if str(e.decoded("DTSTART")) == "2025-12-16"]
        self.assertEqual(len(moved), 1, [str(e.decoded("DTSTART")) for e in deadlines])
        self.assertIn("2025-09-17", str(moved[0]["DESCRIPTION"]))  # the date it had before
        self.assertEqual(moved[0]["SEQUENCE"], 1)

    def test_ics_todo_makes_deadlines_tasks(self):
        r = self.timeline("-f", "ics", "--ics-todo", "news.jsonl")
        self.assertEqual(r.code, OK, r.err)
        import icalendar
        cal = icalendar.Calendar.from_ical(r.out_bytes)
        todos = [c for c in cal.walk() if c.name == "VTODO"]
        self.assertIn("2025-12-16", [str(t.decoded("DUE")) for t in todos])
        self.assertTrue([c for c in cal.walk() if c.name == "VEVENT"])

    def test_ics_uid_survives_a_later_article_that_moves_the_deadline(self):
        import icalendar
        seen = []
        for n in (2, 3):  # the June article alone, then with September's that moves the date
            self.write("part.jsonl", jsonl(RECORDS[1:n]))
            r = self.timeline("-f", "ics", "part.jsonl")
            self.assertEqual(r.code, OK, r.err)
            cal = icalendar.Calendar.from_ical(r.out_bytes)
            seen.append({str(c["UID"]): str(c.decoded("DTSTART")) for c in cal.walk()
                         if c.name == "VEVENT" and str(c["SUMMARY"]).startswith("deadline")})
        self.assertEqual(list(seen[0].values()), ["2025-09-17"])
        self.assertEqual(list(seen[1].values()), ["2025-12-16"])
        self.assertEqual(seen[0].keys(), seen[1].keys())

    def test_ics_uid_survives_a_saved_timeline_extended_later(self):
        import icalendar

        def deadline_uids(*inputs):
            r = self.timeline("-f", "ics", *inputs)
            self.assertEqual(r.code, OK, r.err)
            cal = icalendar.Calendar.from_ical(r.out_bytes)
            return {str(c["UID"]) for c in cal.walk()
                    if c.name == "VEVENT" and str(c["SUMMARY"]).startswith("deadline")}
        self.write("jun.jsonl", jsonl(RECORDS[1:2]))
        self.write("sep.jsonl", jsonl(RECORDS[2:3]))
        first = deadline_uids("jun.jsonl")
        r = self.timeline("-f", "json", "-o", "saved.json", "jun.jsonl")
        self.assertEqual(r.code, OK, r.err)
        self.assertEqual(deadline_uids("saved.json", "sep.jsonl"), first)

    def test_table_source_column(self):
        r = self.timeline("--sources", "news.jsonl")
        self.assertEqual(r.code, OK, r.err)
        lines = r.out.splitlines()
        self.assertEqual(lines[0].split()[:5], ["date", "day", "kind", "subject", "source"])
        row = [line for line in lines if line.startswith("2025-12-16")]
        self.assertEqual(len(row), 1, r.out)
        self.assertIn("jun, sep", row[0])
        self.assertTrue(row[0].startswith("2025-12-16*"), row[0])
        self.assertIn("* moved: ", r.out)

    def test_svg_is_valid_xml_with_one_row_per_selected_event(self):
        r = self.timeline("-f", "svg", "-o", "t.svg", "--kind", "expiry", "news.jsonl")
        self.assertEqual(r.code, OK, r.err)
        if shutil.which("xmllint"):
            subprocess.run(["xmllint", "--noout", self.path("t.svg")], check=True)
        root = ElementTree.parse(self.path("t.svg")).getroot()
        self.assertEqual(root.tag, "{http://www.w3.org/2000/svg}svg")
        texts = [t.text for t in root.iter("{http://www.w3.org/2000/svg}text")]
        self.assertIn("expiry", texts)
        self.assertNotIn("deadline", texts)

    def test_svg_window_title_and_width(self):
        r = self.timeline("-f", "svg", "-o", "w.svg", "--from", "2025-09-01", "--to",
                          "2025-10-31", "--title", "Autumn", "--width", "1200", "news.jsonl")
        self.assertEqual(r.code, OK, r.err)
        if shutil.which("xmllint"):
            subprocess.run(["xmllint", "--noout", self.path("w.svg")], check=True)
        root = ElementTree.parse(self.path("w.svg")).getroot()
        self.assertEqual(root.get("width"), "1200")
        texts = [t.text for t in root.iter("{http://www.w3.org/2000/svg}text")]
        self.assertIn("Autumn", texts)
        self.assertIn("Sep", texts)
        self.assertIn("Oct", texts)
        self.assertNotIn("Dec", texts)  # the moved TikTok deadline (Dec 16) is not in the window

    def test_results_do_not_depend_on_threads(self):
        records = jsonl(RECORDS * 10)
        one = self.timeline("-f", "json", "-j", "1", stdin=records)
        two = self.timeline("-f", "json", "-j", "2", stdin=records)
        self.assertEqual(one.code, OK, one.err)
        self.assertEqual(one.out, two.out)


class TimelineErrors(CliTest):
    def setUp(self):
        super().setUp()
        self.write("news.jsonl", jsonl(RECORDS))
        self.write("a.txt", ARTICLE)

    CASES = [
        (["--kind", "birthday", "news.jsonl"], USAGE, ["unknown kind", "--kind birthday"]),
        (["--as-of", "2025-02-30", "news.jsonl"], USAGE, ["--as-of 2025-02-30"]),
        (["--from", "yesterday", "news.jsonl"], USAGE, ["--from yesterday"]),
        (["--from", "2025-10-01", "--to", "2025-09-01", "news.jsonl"], USAGE, ["--from"]),
        (["--format", "pdf", "news.jsonl"], USAGE, ["--format pdf"]),
        (["--tz", "Atlantis/Capital", "news.jsonl"], USAGE, ["--tz Atlantis/Capital"]),
        (["a.txt"], INPUT, ["no document date", "a.txt"]),
        (["missing.jsonl"], INPUT, ["no such file or directory", "missing.jsonl"]),
    ]

    def test_each_bad_run_says_what_and_where(self):
        for args, code, fragments in self.CASES:
            with self.subTest(args=args):
                r = self.run_kairos("timeline", *args)
                self.assert_one_line_error(r, code, *fragments)
                self.assertEqual(r.out, "")

    def test_malformed_saved_timeline(self):
        self.write("broken.json", '{"kairos_timeline": 1, "entries": [{"event": 3}]}')
        r = self.run_kairos("timeline", "broken.json")
        self.assert_one_line_error(r, INPUT, "not a kairos timeline", "broken.json")

    def test_bad_record_in_json_lines(self):
        self.write("bad.jsonl", jsonl(RECORDS[:1]) + '{"id": "x", "text": "no date"}\n')
        r = self.run_kairos("timeline", "bad.jsonl")
        self.assert_one_line_error(r, INPUT, "line 2", "bad.jsonl")

    def test_keep_going_shows_the_rest(self):
        r = self.run_kairos("timeline", "--as-of", "2025-09-20", "-k", "news.jsonl",
                            "missing.jsonl")
        self.assertEqual(r.code, DOCUMENT_FAILED)
        self.assertIn("2025-11-10", r.out)
        self.assertEqual(r.err.splitlines(), [
            "kairos: no such file or directory: missing.jsonl",
            "kairos: 1 of 5 documents failed"])

    def test_failed_run_writes_no_output_file(self):
        r = self.run_kairos("timeline", "-o", "t.txt", "news.jsonl", "a.txt")
        self.assertEqual(r.code, INPUT)
        self.assertFalse(os.path.exists(self.path("t.txt")))
        self.assert_no_leftovers(self.tmp)

    def test_full_disk(self):
        r = self.run_kairos("timeline", "-o", "/dev/full", "news.jsonl")
        self.assert_one_line_error(r, OUTPUT, "no space left on device", "/dev/full")


class Terminal(CliTest):
    """Colour and progress only for a person at a terminal (a pseudo-terminal here)."""

    def run_on_tty(self, args, env, tty_stdout=True, tty_stderr=False):
        master, slave = pty.openpty()
        full_env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
        full_env.update(env)
        proc = subprocess.run([KAIROS, *args], cwd=self.tmp, env=full_env,
                              stdin=subprocess.DEVNULL,
                              stdout=slave if tty_stdout else subprocess.PIPE,
                              stderr=slave if tty_stderr else subprocess.PIPE, timeout=120)
        os.close(slave)
        seen = b""
        try:
            while True:
                chunk = os.read(master, 65536)
                if not chunk:
                    break
                seen += chunk
        except OSError:  # EIO once the terminal has nothing more
            pass
        os.close(master)
        return proc, seen.decode("utf-8", "replace")

    def setUp(self):
        super().setUp()
        self.write("news.jsonl", jsonl(RECORDS * 8))

    def test_colour_on_a_terminal_but_never_with_no_color(self):
        args = ["timeline", "--as-of", "2025-09-20", "news.jsonl"]
        proc, seen = self.run_on_tty(args, {"TERM": "xterm"})
        self.assertEqual(proc.returncode, OK)
        self.assertIn("\x1b[", seen)
        proc, seen = self.run_on_tty(args, {"TERM": "xterm", "NO_COLOR": "1"})
        self.assertEqual(proc.returncode, OK)
        self.assertNotIn("\x1b[", seen)
        self.assertIn("2025-11-10", seen)

    def test_progress_on_a_terminal_stderr_only(self):
        args = ["timeline", "--as-of", "2025-09-20", "-o", "t.txt", "news.jsonl"]
        proc, seen = self.run_on_tty(args, {"TERM": "xterm"}, tty_stdout=False,
                                     tty_stderr=True)
        self.assertEqual(proc.returncode, OK)
        self.assertIn("documents", seen)
        r = self.run_kairos(*args)  # stderr is a pipe: nothing there
        self.assertEqual(r.err, "")

    def test_progress_counts_files_against_their_total(self):
        for i in range(25):
            self.write("f%02d.txt" % i, ARTICLE)
        names = ["f%02d.txt" % i for i in range(25)]
        args = ["timeline", "--as-of", "2025-09-20", "--dct", "2025-02-01", "-o", "t.txt", *names]
        proc, seen = self.run_on_tty(args, {"TERM": "xterm"}, tty_stdout=False,
                                     tty_stderr=True)
        self.assertEqual(proc.returncode, OK)
        self.assertIn("25/25", seen)

    def test_no_input_and_a_terminal_on_stdin_says_what_it_waits_for(self):
        master, slave = pty.openpty()
        proc = subprocess.Popen([KAIROS, "timeline", "--as-of", "2025-09-20"], cwd=self.tmp,
                                stdin=slave, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        os.close(slave)
        try:
            # A kairos that waits silently never writes: give up after a while, not never.
            ready, _, _ = select.select([proc.stderr], [], [], 30)
            self.assertTrue(ready, "nothing on stderr while waiting for the terminal")
            hint = proc.stderr.readline().decode()
            self.assertIn("reading JSON Lines documents", hint)
            self.assertIn("Ctrl-D", hint)
            os.write(master, b"\x04")  # end of input, as a person would type it
            out, err = proc.communicate(timeout=60)
        finally:
            if proc.poll() is None:
                proc.kill()
            os.close(master)
        self.assertEqual(proc.returncode, OK, err)
        # Not on a terminal: no hint, even with no input at all.
        r = self.run_kairos("timeline", "--as-of", "2025-09-20", stdin=jsonl(RECORDS[:1]))
        self.assertEqual((r.code, r.err), (OK, ""))


if __name__ == "__main__":
    main()
