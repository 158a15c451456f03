"""kairos extract --format jsonl: JSON Lines in, one result per line out, in input order, on
all cores, and live (each result is written as soon as it is ready), as Hadoop Streaming and
Spark `pipe` need."""

import json
import os
import select
import subprocess
import time

from clitest import KAIROS, OK, CliTest, main

SENTENCES = [
    "The truce was extended until November 10, 2025.",
    "Talks resume on Monday; the deadline is Sept. 17.",
    "Nothing dated here at all.",
    "Revenue rose 5% in the fourth quarter of 2024, the company said on Jan. 3.",
]


def documents(n):
    """n documents of very different lengths, so that workers finish out of order."""
    lines = []
    for i in range(n):
        text = " ".join(SENTENCES[(i + k) % len(SENTENCES)] for k in range(1 + (i * 7) % 40))
        lines.append(json.dumps({"id": "doc-%d" % i, "dct": "2025-09-%02d" % (1 + i % 28),
                                 "text": text}))
    return "\n".join(lines) + "\n"


class Stream(CliTest):
    def test_results_come_out_in_input_order_on_many_threads(self):
        stdin = documents(300)
        one = self.run_kairos("extract", "--format", "jsonl", "-j", "1", stdin=stdin)
        many = self.run_kairos("extract", "--format", "jsonl", "-j", "4", stdin=stdin)
        self.assertEqual(one.code, OK, one.err)
        self.assertEqual(many.code, OK, many.err)
        self.assertEqual([x["id"] for x in many.json_lines()],
                         ["doc-%d" % i for i in range(300)])
        # Threads change nothing in the results.
        self.assertEqual(many.out, one.out)

    def test_each_result_is_one_line_with_the_extract_document(self):
        r = self.run_kairos("extract", "--format", "jsonl", stdin=documents(3))
        for x in r.json_lines():
            self.assertEqual(list(x)[:2], ["id", "dct"])
            self.assertIn("mentions", x)
            self.assertIn("events", x)

    def test_blank_lines_and_crlf_are_accepted(self):
        stdin = documents(2).replace("\n", "\r\n") + "\r\n\n"
        r = self.run_kairos("extract", "--format", "jsonl", stdin="\n" + stdin)
        self.assertEqual(r.code, OK, r.err)
        self.assertEqual([x["id"] for x in r.json_lines()], ["doc-0", "doc-1"])

    def test_a_result_is_written_before_the_input_ends(self):
        proc = subprocess.Popen([KAIROS, "extract", "--format", "jsonl", "-j", "2"],
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE)
        try:
            proc.stdin.write((documents(1)).encode())
            proc.stdin.flush()
            ready, _, _ = select.select([proc.stdout], [], [], 20)
            self.assertTrue(ready, "no result while the input stays open")
            first = json.loads(proc.stdout.readline())
            self.assertEqual(first["id"], "doc-0")
            proc.stdin.close()
            self.assertEqual(proc.wait(timeout=20), OK)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
            for pipe in (proc.stdin, proc.stdout, proc.stderr):
                pipe.close()

    def test_output_file_is_written_whole(self):
        r = self.run_kairos("extract", "--format", "jsonl", "-o", "out.jsonl",
                            stdin=documents(50))
        self.assertEqual(r.code, OK, r.err)
        self.assertEqual(r.out, "")
        with open(self.path("out.jsonl")) as f:
            self.assertEqual(len(f.read().splitlines()), 50)
        self.assert_no_leftovers(self.tmp)

    def test_a_bad_record_stops_the_stream_without_an_output_file(self):
        stdin = documents(5) + "{broken\n" + documents(5)
        r = self.run_kairos("extract", "--format", "jsonl", "-o", "out.jsonl", stdin=stdin)
        self.assert_one_line_error(r, 3, "line 6", "<stdin>")
        self.assertFalse(os.path.exists(self.path("out.jsonl")))
        self.assert_no_leftovers(self.tmp)


if __name__ == "__main__":
    main()
