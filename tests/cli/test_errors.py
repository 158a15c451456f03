"""Every user mistake gives one line `kairos: <problem>: <input>`, a documented exit code, and
never a partial or truncated output file (issue 7, item 4)."""

import os
import signal
import subprocess
import time

from clitest import KAIROS, CliTest, DOCUMENT_FAILED, INPUT, OK, OUTPUT, USAGE, main

TEXT = "Officials set a deadline of March 3, 2025, for the sale.\n"
DOC = '{"id": "%s", "dct": "2025-01-10", "text": "It ends on March 3."}\n'


class BadArguments(CliTest):
    """Table-driven: each wrong command line, its exit code and what the message must name."""

    CASES = [
        # (arguments, exit code, fragments of the one error line)
        (["extract", "--dct", "2025-02-30", "a.txt"], USAGE, ["2025-02-30", "--dct"]),
        (["extract", "--dct", "yesterday", "a.txt"], USAGE, ["yesterday", "--dct"]),
        (["extract", "--dct", "2025-13-45", "a.txt"], USAGE, ["2025-13-45", "--dct"]),
        (["extract", "--dct", "2025-01-01", "--tz", "Mars/Olympus", "a.txt"], USAGE,
         ["unknown time zone", "--tz Mars/Olympus"]),
        (["extract", "--tz", "Nowhere/City", "a.txt"], USAGE, ["--tz Nowhere/City"]),
        (["extract", "--format", "xml", "a.txt"], USAGE, ["--format xml"]),
        (["extract", "--format", "jsonl", "--dct", "2025-01-01"], USAGE,
         ["does not apply", "--dct 2025-01-01"]),
        (["extract", "--jobs", "-3", "a.txt"], USAGE, ["--jobs"]),
        (["extract", "--no-such-option", "a.txt"], USAGE, ["--no-such-option"]),
        (["frobnicate"], USAGE, ["unknown command", "frobnicate"]),
        ([], USAGE, ["subcommand"]),
    ]

    def test_each_bad_command_line(self):
        self.write("a.txt", TEXT)
        for args, code, fragments in self.CASES:
            with self.subTest(args=args):
                r = self.run_kairos(*args)
                self.assert_one_line_error(r, code, *fragments)
                self.assertEqual(r.out, "", "no output on a usage error")
                self.assertEqual(sorted(os.listdir(self.tmp)), ["a.txt"])

    def test_help_is_not_an_error(self):
        r = self.run_kairos("extract", "--help")
        self.assertEqual(r.code, OK)
        self.assertIn("--dct", r.out)


class BadInputs(CliTest):
    def test_missing_file(self):
        r = self.run_kairos("extract", "--dct", "2025-01-01", "nosuch.txt")
        self.assert_one_line_error(r, INPUT, "no such file or directory", "nosuch.txt")

    def test_directory_given_as_a_file(self):
        os.mkdir(self.path("folder"))
        r = self.run_kairos("extract", "--dct", "2025-01-01", "folder")
        self.assert_one_line_error(r, INPUT, "is a directory", "folder")

    def test_unreadable_file(self):
        self.write("secret.txt", TEXT, mode=0o000)
        r = self.run_kairos("extract", "--dct", "2025-01-01", "secret.txt", unprivileged=True)
        self.assert_one_line_error(r, INPUT, "permission denied", "secret.txt")

    def test_plain_text_without_a_date_is_never_guessed(self):
        self.write("a.txt", TEXT)
        r = self.run_kairos("extract", "a.txt")
        self.assert_one_line_error(r, INPUT, "no document date", "--dct", "a.txt")
        self.assertEqual(r.out, "")

    def test_timeml_without_creation_time(self):
        self.write("nodct.tml", "<TimeML><TEXT>On May 5, 2001.</TEXT></TimeML>")
        r = self.run_kairos("extract", "-o", "out", "nodct.tml")
        self.assert_one_line_error(r, INPUT, "no document date", "nodct.tml")
        self.assertFalse(os.path.exists(self.path("out", "nodct.tml")))
        # ... and --dct supplies it.
        r = self.run_kairos("extract", "--dct", "2001-05-01", "-o", "out", "nodct.tml")
        self.assertEqual(r.code, OK, r.err)
        self.assertTrue(os.path.exists(self.path("out", "nodct.tml")))

    def test_malformed_timeml(self):
        cases = {
            "notext.tml": "<TimeML><DCT></DCT></TimeML>",
            "open.tml": "<TimeML><TEXT>never closed",
            "stray.tml": "<TimeML><TEXT>a < b</TEXT></TimeML>",
        }
        for name, markup in cases.items():
            with self.subTest(name=name):
                self.write(name, markup)
                r = self.run_kairos("extract", "--dct", "2025-01-01", "-o", "out", name)
                self.assert_one_line_error(r, INPUT, "malformed TimeML", name)
                self.assertFalse(os.path.exists(self.path("out", name)))

    def test_malformed_json_lines(self):
        cases = ['{"id": "a", "dct": "2025-01-01", "text": "x"',  # cut short
                 '["not", "an", "object"]',
                 '{"id": "a", "text": "no date"}',
                 '{"id": "a", "dct": "2025-02-30", "text": "impossible date"}']
        for line in cases:
            with self.subTest(line=line):
                r = self.run_kairos("extract", "--format", "jsonl", stdin=line + "\n")
                self.assert_one_line_error(r, INPUT, "line 1", "<stdin>")


class BadOutputs(CliTest):
    def setUp(self):
        super().setUp()
        self.write("a.txt", TEXT)

    def test_output_folder_under_a_file(self):
        r = self.run_kairos("extract", "--dct", "2025-01-01", "-o", "a.txt/out", "a.txt", "a.txt")
        self.assert_one_line_error(r, USAGE, "same output file")
        r = self.run_kairos("extract", "--dct", "2025-01-01", "--format", "timeml",
                            "-o", "a.txt/out/", "a.txt")
        self.assert_one_line_error(r, OUTPUT, "cannot create output folder", "not a directory",
                                   "a.txt/out")

    def test_output_folder_without_write_permission(self):
        os.mkdir(self.path("locked"), 0o555)
        r = self.run_kairos("extract", "--dct", "2025-01-01", "--format", "timeml",
                            "-o", "locked", "a.txt", unprivileged=True)
        self.assert_one_line_error(r, OUTPUT, "permission denied", "locked/a.tml")
        self.assertEqual(os.listdir(self.path("locked")), [])

    def test_full_disk_as_output_file(self):
        r = self.run_kairos("extract", "--dct", "2025-01-01", "-o", "/dev/full", "a.txt")
        self.assert_one_line_error(r, OUTPUT, "no space left on device", "/dev/full")

    def test_full_disk_as_stdout(self):
        with open("/dev/full", "wb") as full:
            r = self.run_kairos("extract", "--dct", "2025-01-01", "a.txt", stdout=full)
        self.assert_one_line_error(r, OUTPUT, "no space left on device", "<stdout>")

    def test_full_disk_in_the_middle_of_a_long_output(self):
        self.write("long.txt", "On May 5, 2020 it rained.\n" * 5000)  # 200 KB of output
        for extra in ([], ["-o", "/dev/full"]):
            with self.subTest(extra=extra):
                with open("/dev/full", "wb") as full:
                    r = self.run_kairos("extract", "--dct", "2025-01-01", "-f", "text", *extra,
                                        "long.txt", stdout=full)
                self.assert_one_line_error(r, OUTPUT, "no space left on device",
                                           extra[-1] if extra else "<stdout>")

    def test_failed_run_leaves_no_output_file_and_keeps_an_old_one(self):
        with open(self.path("result.json"), "w") as f:
            f.write("previous result\n")
        r = self.run_kairos("extract", "-o", "result.json", "a.txt")  # no --dct
        self.assertEqual(r.code, INPUT)
        with open(self.path("result.json")) as f:
            self.assertEqual(f.read(), "previous result\n")
        r = self.run_kairos("extract", "-o", "fresh.json", "a.txt")
        self.assertEqual(r.code, INPUT)
        self.assertFalse(os.path.exists(self.path("fresh.json")))
        self.assert_no_leftovers(self.tmp)

    def test_output_never_overwrites_its_input(self):
        self.write("in/a.json", TEXT)
        r = self.run_kairos("extract", "--dct", "2025-01-01", "-o", "in", "in/a.json",
                            "a.txt")
        self.assert_one_line_error(r, USAGE, "overwrite its input", "in/a.json")
        with open(self.path("in", "a.json")) as f:
            self.assertEqual(f.read(), TEXT)

    def test_written_file_is_complete_and_has_normal_permissions(self):
        r = self.run_kairos("extract", "--dct", "2025-01-01", "-o", "r.json", "a.txt")
        self.assertEqual(r.code, OK, r.err)
        umask = os.umask(0)
        os.umask(umask)
        self.assertEqual(os.stat(self.path("r.json")).st_mode & 0o777, 0o666 & ~umask)
        with open(self.path("r.json")) as f:
            self.assertTrue(f.read().endswith("}\n"))
        self.assert_no_leftovers(self.tmp)


class Interrupted(CliTest):
    """A run stopped by a signal leaves neither its output nor its temporary file."""

    def test_signal_during_a_streamed_output_file(self):
        for sig in (signal.SIGINT, signal.SIGTERM):
            with self.subTest(signal=sig):
                proc = subprocess.Popen([KAIROS, "extract", "--format", "jsonl", "-o", "out.jsonl"],
                                        cwd=self.tmp, stdin=subprocess.PIPE,
                                        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
                try:
                    proc.stdin.write((DOC % "a").encode())
                    proc.stdin.flush()
                    deadline = time.time() + 20
                    while not any(".kairos-" in n for n in os.listdir(self.tmp)):
                        self.assertLess(time.time(), deadline, "no temporary file appeared")
                        time.sleep(0.02)
                    proc.send_signal(sig)
                    self.assertEqual(proc.wait(timeout=20), -sig)
                finally:
                    if proc.poll() is None:
                        proc.kill()
                        proc.wait()
                    proc.stdin.close()
                    proc.stderr.close()
                self.assertEqual(os.listdir(self.tmp), [])


class KeepGoing(CliTest):
    def setUp(self):
        super().setUp()
        self.write("a.txt", TEXT)
        self.write("c.txt", TEXT)

    def test_without_keep_going_the_batch_stops_at_the_first_bad_document(self):
        r = self.run_kairos("extract", "--dct", "2025-01-01", "--format", "timeml",
                            "-o", "out", "a.txt", "missing.txt", "c.txt")
        self.assert_one_line_error(r, INPUT, "missing.txt")
        self.assertEqual(os.listdir(self.path("out")), ["a.tml"])

    def test_keep_going_processes_the_rest_and_reports_at_the_end(self):
        r = self.run_kairos("extract", "--dct", "2025-01-01", "--format", "timeml", "-k",
                            "-o", "out", "a.txt", "missing.txt", "c.txt")
        self.assertEqual(r.code, DOCUMENT_FAILED, r.err)
        self.assertEqual(sorted(os.listdir(self.path("out"))), ["a.tml", "c.tml"])
        lines = r.err.splitlines()
        self.assertEqual(lines, ["kairos: no such file or directory: missing.txt",
                                 "kairos: 1 of 3 documents failed"])

    def test_keep_going_json_lines_writes_an_error_line_in_place(self):
        stdin = DOC % "a" + "garbage\n" + DOC % "c"
        r = self.run_kairos("extract", "--format", "jsonl", "--keep-going", stdin=stdin)
        self.assertEqual(r.code, DOCUMENT_FAILED, r.err)
        lines = r.json_lines()
        self.assertEqual([x.get("id") for x in lines], ["a", "", "c"])
        self.assertIn("error", lines[1])
        self.assertIn("line 2", r.err)
        self.assertIn("1 of 3 documents failed", r.err.splitlines()[-1])

    def test_output_errors_stop_even_with_keep_going(self):
        r = self.run_kairos("extract", "--dct", "2025-01-01", "-k", "-o", "/dev/full", "a.txt")
        self.assertEqual(r.code, OUTPUT)


if __name__ == "__main__":
    main()
