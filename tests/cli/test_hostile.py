"""Hostile inputs and hostile surroundings (issue 20): JSON nested 100,000 deep, values of
megabytes quoted in errors, control bytes bound for a terminal, signals the caller ignores,
inputs without end, and indented JSON. Each case: the documented exit code, one short line on
stderr, no temporary file left behind."""

import json
import os
import signal
import subprocess
import time
import unittest

from clitest import KAIROS, CliTest, DOCUMENT_FAILED, INPUT, OK, OUTPUT, USAGE, main

TOO_LARGE = 6
DEEP = 100_000
LONG = 20_000_000  # bytes of one string value
SHORT_LINE = 4096  # an error line must stay under this


def deep(n=DEEP):
    return "[" * n + "]" * n


class DeepJson(CliTest):
    """Nesting far beyond any real file is refused with a message, in every JSON input."""

    def check_refused(self, r, *fragments):
        self.assert_one_line_error(r, INPUT, "nested deeper than", *fragments)
        self.assert_no_leftovers(self.tmp)

    def test_saved_timeline(self):
        for name, text in [("d.json", deep()),
                           ("obj.json", '{"entries": %s, "kairos_timeline": 1}' % deep()),
                           ("ver.json", '{"kairos_timeline": %s}' % deep())]:
            with self.subTest(name=name):
                self.write(name, text)
                self.check_refused(self.run_kairos("timeline", name), name)
                self.check_refused(self.run_kairos("timeline", "-o", "out.json", name), name)
                self.assertFalse(os.path.exists(self.path("out.json")))

    def test_json_lines_id_and_dct(self):
        for member in ("id", "dct", "text"):
            with self.subTest(member=member):
                record = {"id": "a", "dct": "2025-01-10", "text": "On May 5."}
                line = json.dumps(record).replace(json.dumps(record[member]), deep(), 1)
                self.write("d.jsonl", line + "\n")
                self.check_refused(self.run_kairos("extract", "--format", "jsonl", "d.jsonl"),
                                   "line 1")
                self.check_refused(self.run_kairos("timeline", "d.jsonl"), "line 1")

    def test_deep_markup_in_timeml_is_text(self):
        body = "<b>" * 50_000 + "On May 5, 2001." + "</b>" * 50_000
        self.write("d.tml", '<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2001-05-01" '
                   'functionInDocument="CREATION_TIME">x</TIMEX3></DCT><TEXT>%s</TEXT></TimeML>'
                   % body)
        r = self.run_kairos("extract", "--format", "json", "d.tml")
        self.assertEqual(r.code, OK, r.err)
        self.assertEqual(r.json()["mentions"][0]["value"], "2001-05-05")


class LongValues(CliTest):
    """A value of megabytes is quoted by its start: the error line stays short."""

    def assert_short_error(self, r, code, *fragments):
        self.assert_one_line_error(r, code, *fragments)
        self.assertLess(len(r.err), SHORT_LINE)

    def test_in_a_saved_timeline(self):
        self.write("v.json", json.dumps({"kairos_timeline": "x" * LONG, "entries": []}))
        r = self.run_kairos("timeline", "v.json")
        self.assert_short_error(r, INPUT, "unsupported version", "bytes)", "v.json")

    def test_json_lines_dct_and_id(self):
        self.write("a.jsonl", json.dumps({"id": "a", "dct": "x" * LONG, "text": "t"}) + "\n" +
                   json.dumps({"id": [[1] * 1000] * 1000, "dct": "2025-01-01", "text": "t"})
                   + "\n")
        r = self.run_kairos("extract", "--format", "jsonl", "a.jsonl")
        self.assert_short_error(r, INPUT, "invalid DCT", "...")
        # --keep-going: each error record is short too, and the lines still pair up.
        r = self.run_kairos("extract", "--format", "jsonl", "--keep-going", "a.jsonl")
        self.assertEqual(r.code, DOCUMENT_FAILED, r.err)
        records = r.json_lines()
        self.assertEqual([x["id"] for x in records], ["a", ""])
        for x in records:
            self.assertLess(len(x["error"]), SHORT_LINE)
        self.assertIn("an array of 1000 items", records[1]["error"])
        self.assertLess(len(r.err), 3 * SHORT_LINE)

    def test_timeml_creation_time(self):
        self.write("long.tml", '<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="%s" '
                   'functionInDocument="CREATION_TIME">x</TIMEX3></DCT><TEXT>On May 5.</TEXT>'
                   '</TimeML>' % ("9" * LONG))
        r = self.run_kairos("extract", "long.tml")
        self.assert_short_error(r, INPUT, "bad document date", "long.tml")


class ControlBytes(CliTest):
    """NUL, ESC and other control bytes never reach the terminal raw."""

    def test_file_name_and_value_with_control_bytes(self):
        r = self.run_kairos("extract", "--dct", "2025-01-01", "red\x1b[31m.txt")
        self.assert_one_line_error(r, INPUT, "no such file", "red\\x1b[31m.txt")
        self.assertNotIn("\x1b", r.err)
        self.write("n.jsonl", '{"id": "a", "dct": "2025\\u0000\\u001b[2J", "text": "t"}\n')
        r = self.run_kairos("extract", "--format", "jsonl", "n.jsonl")
        self.assert_one_line_error(r, INPUT, "\\x00\\x1b[2J")
        self.assertNotIn("\x00", r.err)


def ignoring(*signals):
    def setup():
        for s in signals:
            signal.signal(s, signal.SIG_IGN)
    return setup


class Signals(CliTest):
    """Signals the caller ignores stay ignored; a closed stdout is exit code 4 or SIGPIPE."""

    DOC = '{"id": "a", "dct": "2025-01-10", "text": "It ends on March 3."}\n'

    def test_nohup_survives_sighup(self):
        proc = subprocess.Popen([KAIROS, "extract", "--format", "jsonl", "-o", "out.jsonl"],
                                cwd=self.tmp, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE, preexec_fn=ignoring(signal.SIGHUP))
        proc.stdin.write(self.DOC.encode())
        proc.stdin.flush()
        # A hang-up before kairos set up its handlers would find SIGHUP ignored whatever the
        # set-up then does, and the test could not fail.
        self.wait_for_signal_setup(proc.pid)
        proc.send_signal(signal.SIGHUP)
        _, err = proc.communicate(self.DOC.encode(), timeout=60)
        self.assertEqual(proc.returncode, OK, err)
        with open(self.path("out.jsonl")) as f:
            self.assertEqual(len(f.readlines()), 2)
        self.assert_no_leftovers(self.tmp)

    def wait_for_signal_setup(self, pid):
        """Until the process catches SIGINT, which kairos does once its handlers are set up."""
        bit = 1 << (signal.SIGINT - 1)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            with open(f"/proc/{pid}/status") as f:
                caught = [line for line in f if line.startswith("SigCgt:")]
            if caught and int(caught[0].split()[1], 16) & bit:
                return
            time.sleep(0.005)
        self.fail("kairos never set up its signal handlers")

    def closed_stdout_run(self, preexec):
        read_end, write_end = os.pipe()
        os.close(read_end)
        try:
            return subprocess.run([KAIROS, "extract", "--format", "jsonl"],
                                  input=(self.DOC * 100).encode(), stdout=write_end,
                                  stderr=subprocess.PIPE, preexec_fn=preexec, timeout=60)
        finally:
            os.close(write_end)

    def test_ignored_sigpipe_makes_a_closed_stdout_exit_code_4(self):
        r = self.closed_stdout_run(ignoring(signal.SIGPIPE))
        self.assertEqual(r.returncode, OUTPUT, r.stderr)
        self.assertEqual(r.stderr.decode(), "kairos: cannot write output: broken pipe: <stdout>\n")

    def test_default_sigpipe_ends_the_run_quietly_as_in_a_shell_pipeline(self):
        r = self.closed_stdout_run(ignoring())
        self.assertEqual(r.returncode, -signal.SIGPIPE)
        self.assertEqual(r.stderr, b"")


class InputLimit(CliTest):
    """--max-input caps an input file and a JSON Lines line: exit code 6, not a memory error."""

    def test_file_over_the_limit(self):
        self.write("big.txt", "On May 5, 2025. " * 200)
        r = self.run_kairos("extract", "--dct", "2025-01-01", "--max-input", "1K", "big.txt")
        self.assert_one_line_error(r, TOO_LARGE, "larger than --max-input (1024 bytes)", "big.txt")
        r = self.run_kairos("extract", "--dct", "2025-01-01", "--max-input", "4K", "big.txt")
        self.assertEqual(r.code, OK, r.err)

    def test_endless_input(self):
        r = self.run_kairos("extract", "--dct", "2025-01-01", "--max-input", "1M", "/dev/zero")
        self.assert_one_line_error(r, TOO_LARGE, "/dev/zero")
        # A file without the .jsonl extension is text, whatever --format writes.
        r = self.run_kairos("extract", "--format", "jsonl", "--max-input", "1M", "/dev/zero")
        self.assert_one_line_error(r, TOO_LARGE, "/dev/zero")
        self.write("long.jsonl", '{"id": "a", "dct": "2025-01-01", "text": "%s"}\n' % ("x" * 4096))
        r = self.run_kairos("extract", "--max-input", "1K", "long.jsonl")
        self.assert_one_line_error(r, TOO_LARGE, "line larger than --max-input", "long.jsonl")
        r = self.run_kairos("timeline", "--max-input", "1M", "/dev/zero")
        self.assert_one_line_error(r, TOO_LARGE, "/dev/zero")

    def test_long_json_lines_line(self):
        line = json.dumps({"id": "a", "dct": "2025-01-01", "text": "On May 5. " * 500})
        self.write("a.jsonl", line + "\n")
        r = self.run_kairos("extract", "--format", "jsonl", "--max-input", "2K", "a.jsonl")
        self.assert_one_line_error(r, TOO_LARGE, "line larger than", "a.jsonl")
        r = self.run_kairos("extract", "--format", "jsonl", "--max-input", "0", "a.jsonl")
        self.assertEqual(r.code, OK, r.err)

    def test_bad_size_is_a_usage_error(self):
        for bad in ("lots", "-1", "1T", "", "99999999999999999999"):
            with self.subTest(size=bad):
                r = self.run_kairos("extract", "--dct", "2025-01-01", "--max-input", bad, "x.txt")
                self.assert_one_line_error(r, USAGE, "--max-input")


@unittest.skipIf(os.environ.get("KAIROS_SANITIZED"),
                 "a sanitizer's shadow memory and quarantine are not kairos's peak memory")
class PeakMemory(CliTest):
    """Peak memory of `kairos extract` in every format stays within 40 bytes per input byte on
    text with a mention every 4 bytes ("May-May-..."): each window's mentions are written and
    dropped, and the output goes to stdout in pieces rather than being built whole. Measured as
    the process's peak resident memory (wait4), above that of a run on a tiny input."""

    # 2 MB keeps the Debug build's run near a minute; KAIROS_DENSE_BYTES=10000000 is the
    # size of docs/reliability.md.
    SIZE = int(os.environ.get("KAIROS_DENSE_BYTES", 2_000_000))
    PER_BYTE = 40

    def peak_rss(self, path, *args):
        with open(os.path.join(self.tmp, "err"), "wb") as err:
            proc = subprocess.Popen([KAIROS, "extract", "-j1", "--dct", "2025-01-01", *args, path],
                                    stdout=subprocess.DEVNULL, stderr=err, cwd=self.tmp)
            _, status, usage = os.wait4(proc.pid, 0)
            proc.returncode = os.waitstatus_to_exitcode(status)
        self.assertEqual(proc.returncode, OK, self.read("err"))
        return usage.ru_maxrss * 1024  # kilobytes on Linux

    def read(self, name):
        with open(os.path.join(self.tmp, name), encoding="utf-8", errors="replace") as f:
            return f.read()

    def test_date_dense_text_in_every_format(self):
        self.write("tiny.txt", "May-May-")
        self.write("dense.txt", ("May-" * (self.SIZE // 4 + 1))[: self.SIZE])
        for fmt in ("json", "jsonl", "timeml", "text"):
            with self.subTest(format=fmt):
                base = self.peak_rss("tiny.txt", "--format", fmt)
                peak = self.peak_rss("dense.txt", "--format", fmt)
                self.assertLessEqual((peak - base) / self.SIZE, self.PER_BYTE,
                                     f"{peak} bytes at peak for {self.SIZE} bytes of input")


class Pretty(CliTest):
    def test_pretty_is_the_same_document_indented(self):
        self.write("a.txt", "Talks resume on Monday; the truce expires on November 10.\n")
        compact = self.run_kairos("extract", "--dct", "2025-09-14", "a.txt")
        pretty = self.run_kairos("extract", "--dct", "2025-09-14", "--pretty", "a.txt")
        self.assertEqual(pretty.code, OK, pretty.err)
        self.assertEqual(len(compact.out.splitlines()), 1)
        self.assertEqual(pretty.json(), compact.json())
        self.assertEqual(pretty.out, json.dumps(compact.json(), indent=2) + "\n")

    def test_pretty_needs_json(self):
        r = self.run_kairos("extract", "--format", "jsonl", "--pretty")
        self.assert_one_line_error(r, USAGE, "--pretty")


if __name__ == "__main__":
    main()
