"""The Dask recipe of docs/cli.md: kairos over partitions of a JSON Lines archive on a
LocalCluster of separate worker processes gives the same timeline as one kairos process."""

import json
import os
import sys

from clitest import KAIROS, OK, CliTest, main

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "scripts"))
import dask_timeline  # noqa: E402  (scripts/dask_timeline.py, the recipe itself)

try:
    from distributed import Client, LocalCluster
except ImportError as e:  # ./dev installs it; a missing package must not pass silently
    sys.exit("the Dask test needs python3-distributed (Debian): %s" % e)

# Deadlines that move from article to article (merged across partitions into one entry with
# its history), events that stand alone, and articles whose dates are out of order.
STORIES = [
    ("2025-01-17", "ByteDance has until Jan. 19, 2025, to divest TikTok's American operations."),
    ("2025-03-02", "The truce expires on March 31, 2025, officials said."),
    ("2025-06-19", "The deadline for ByteDance to divest TikTok was extended to Sept. 17, 2025."),
    ("2025-03-30", "The truce was extended to June 30, 2025."),
    ("2025-09-10", "Trade talks will be held in Madrid on September 14, 2025."),
    ("2025-09-16", "The TikTok divestment deadline was pushed back again, to Dec. 16, 2025."),
    ("2025-02-01", "The agency set a deadline of March 3, 2025, for the sale of the unit."),
    ("2025-07-01", "The new rules take effect on Jan. 1, 2026."),
]
AS_OF = "2025-09-20"


class DaskRecipe(CliTest):
    def setUp(self):
        super().setUp()
        records = [{"id": "r%03d" % i, "dct": dct, "text": text}
                   for i, (dct, text) in enumerate(STORIES * 5)]
        self.archive = self.write("archive.jsonl",
                                  "".join(json.dumps(r) + "\n" for r in records))

    def test_cluster_result_is_the_single_process_result(self):
        single = self.run_kairos("timeline", "--format", "json", "--as-of", AS_OF, self.archive)
        self.assertEqual(single.code, OK, single.err)
        self.assertGreater(len(single.json()["entries"]), 3)
        with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                          dashboard_address=None) as cluster, Client(cluster) as client:
            pids = set(client.run(os.getpid).values())
            self.assertEqual(len(pids), 2)  # two worker processes, neither of them this one
            self.assertNotIn(os.getpid(), pids)
            out = self.path("cluster.json")
            code = dask_timeline.run(client, KAIROS, self.archive, AS_OF, partitions=5,
                                     output=out)
        self.assertEqual(code, OK)
        with open(out, "rb") as f:
            self.assertEqual(f.read(), single.out_bytes)

    def test_a_failing_partition_stops_the_job(self):
        with open(self.archive, "a") as f:
            f.write('{"id": "bad", "dct": "2025-02-30", "text": "x"}\n')
        with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                          dashboard_address=None) as cluster, Client(cluster) as client:
            with self.assertRaisesRegex(RuntimeError, "bad document date|no such day"):
                dask_timeline.run(client, KAIROS, self.archive, AS_OF, partitions=3,
                                  output=self.path("never.json"))
        self.assertFalse(os.path.exists(self.path("never.json")))


if __name__ == "__main__":
    main()
