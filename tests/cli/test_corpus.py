"""The whole TBAQ corpus through `kairos extract --format timeml`: every document gets an output
whose plain text the scorer aligns with the gold text (no missing, misaligned or unreadable
document), so the scores measure the tagger and nothing else."""

import os
import re
import subprocess
import sys

from clitest import EVAL, OK, TBAQ, CliTest, main


def gold_files():
    out = []
    for root, _, names in os.walk(TBAQ):
        out += [os.path.join(root, n) for n in sorted(names) if n.endswith(".tml")]
    return sorted(out)


class Corpus(CliTest):
    def test_every_document_is_aligned_with_the_gold_text(self):
        gold = gold_files()
        self.assertGreater(len(gold), 200)
        r = self.run_kairos("extract", "--format", "timeml", "-o", "out", *gold)
        self.assertEqual(r.code, OK, r.err)
        self.assertEqual(len(os.listdir(self.path("out"))), len(gold))
        score = subprocess.run([sys.executable, os.path.join(EVAL, "score_timex.py"), TBAQ,
                                self.path("out"), "--per-doc"],
                               capture_output=True, text=True, check=True).stdout
        status = re.search(r"docs: (\d+) \(ok (\d+), missing (\d+), misaligned (\d+), "
                           r"unreadable (\d+)\)", score)
        self.assertIsNotNone(status, score[-2000:])
        docs, ok, missing, misaligned, unreadable = map(int, status.groups())
        self.assertEqual((docs, ok), (len(gold), len(gold)), score[-2000:])
        self.assertEqual((missing, misaligned, unreadable), (0, 0, 0))
        self.assertRegex(score.splitlines()[-1], r"^strict_f1=\d\.\d+ relaxed_f1=")


if __name__ == "__main__":
    main()
