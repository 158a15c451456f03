#!/usr/bin/python3
"""One timeline from a JSON Lines archive, built by kairos on a Dask cluster.

Map: each partition of the archive (a run of consecutive lines) goes to a worker process, which
pipes it through `kairos timeline --unmerged`: the extraction, the costly part, and a partial
timeline holding every report of every event, in input order. Reduce: the client gives those
partial timelines, in archive order, to one `kairos timeline --merge-saved`, which merges the
reports exactly as one process reading the whole archive merges them: the result is the same
as `kairos timeline --format json ARCHIVE`.

    scripts/dask_timeline.py ARCHIVE.jsonl --as-of 2025-09-14 -o timeline.json
    scripts/dask_timeline.py ARCHIVE.jsonl --scheduler tcp://host:8786 --kairos /usr/bin/kairos

Without --scheduler it starts a LocalCluster of --workers separate processes on this machine.
Needs python3-distributed (Debian) and the kairos executable on every worker.
"""

import argparse
import os
import subprocess
import sys
import tempfile


def read_partitions(path, count):
    """The archive's lines in `count` runs of consecutive lines (some may be empty)."""
    with open(path, "rb") as f:
        lines = [line for line in f if line.strip()]
    size = max(1, -(-len(lines) // count))  # ceiling division
    return [b"".join(lines[i:i + size]) for i in range(0, len(lines), size)] or [b""]


def timeline_of_partition(kairos, records, as_of):
    """Runs on a worker: the partial timeline (JSON text) of one partition's records."""
    proc = subprocess.run([kairos, "timeline", "--unmerged", "--as-of", as_of, "--jobs", "1",
                           "-"], input=records, capture_output=True, check=False)
    if proc.returncode != 0:
        raise RuntimeError("kairos failed on a partition: " + proc.stderr.decode(errors="replace"))
    return proc.stdout


def merge(kairos, parts, as_of, output):
    """Merges the partitions' partial timelines, in archive order, into one."""
    with tempfile.TemporaryDirectory(prefix="kairos-dask-") as tmp:
        names = []
        for i, text in enumerate(parts):
            name = os.path.join(tmp, "part-%05d.json" % i)
            with open(name, "wb") as f:
                f.write(text)
            names.append(name)
        cmd = [kairos, "timeline", "--merge-saved", "--format", "json", "--as-of", as_of,
               *names]
        if output:
            cmd += ["-o", output]
        return subprocess.run(cmd, check=False).returncode


def run(client, kairos, archive, as_of, partitions, output=None):
    """The whole job on `client`'s cluster; returns the exit code of the merging kairos."""
    parts = read_partitions(archive, partitions)
    futures = client.map(timeline_of_partition, [kairos] * len(parts), parts,
                         [as_of] * len(parts), pure=False)
    timelines = client.gather(futures)  # in the order of `parts`
    return merge(kairos, timelines, as_of, output)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("archive", help="JSON Lines, one {\"id\", \"dct\", \"text\"} per line")
    ap.add_argument("--kairos", default="kairos", help="the kairos executable on the workers")
    ap.add_argument("--as-of", required=True, help="day the statuses are computed for")
    ap.add_argument("--scheduler", help="address of a running Dask scheduler")
    ap.add_argument("--workers", type=int, default=2, help="LocalCluster worker processes")
    ap.add_argument("--partitions", type=int, default=8)
    ap.add_argument("-o", "--output", help="output file (default stdout)")
    args = ap.parse_args()

    from distributed import Client, LocalCluster  # python3-distributed

    if args.scheduler:
        with Client(args.scheduler) as client:
            return run(client, args.kairos, args.archive, args.as_of, args.partitions,
                       args.output)
    with LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster, Client(cluster) as client:
        return run(client, args.kairos, args.archive, args.as_of, args.partitions, args.output)


if __name__ == "__main__":
    sys.exit(main())
