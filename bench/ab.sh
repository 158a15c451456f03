#!/usr/bin/env bash
# bench/ab.sh A B [ROUNDS] [DRIVER ARGS...]: the speed of two builds of kairos_bench_driver,
# side by side. This VM's cores run at different speeds from minute to minute, so a change is
# measured by running both builds in turn on one pinned core, several rounds, and comparing
# their best and their spread (docs/performance.md, every step's "pinned A/B").
#
#   cp build/perf/bench/kairos_bench_driver /tmp/before   # then change, rebuild
#   bench/ab.sh /tmp/before build/perf/bench/kairos_bench_driver 5
#   bench/ab.sh /tmp/before build/perf/bench/kairos_bench_driver 5 --no-events
#
# The texts are the TBAQ plain texts bench/compare.sh writes to bench/.cache/run/tbaq (run it
# once first), or those in $KAIROS_AB_FILES (a glob). Core: $KAIROS_AB_CORE (default 1).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
[ $# -ge 2 ] || { sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }
a=$1 b=$2 rounds=${3:-5}
shift $(($# >= 3 ? 3 : 2))
core=${KAIROS_AB_CORE:-1}
# shellcheck disable=SC2206 # the glob is meant to expand
files=(${KAIROS_AB_FILES:-$root/bench/.cache/run/tbaq/*.txt})
[ -e "${files[0]}" ] || { echo "ab.sh: no texts (run bench/compare.sh once)" >&2; exit 2; }
for bin in "$a" "$b"; do [ -x "$bin" ] || { echo "ab.sh: not a program: $bin" >&2; exit 2; }; done
pin=()
command -v taskset >/dev/null && pin=(taskset -c "$core")
speed() { # speed BIN [ARGS...]: chars/s of one run
    local bin=$1
    shift
    "${pin[@]}" "$bin" throughput --reps 9 "$@" "${files[@]}" | sed 's/.*"chars_per_s":\([0-9]*\).*/\1/'
}
for _ in $(seq "$rounds"); do
    echo "A $(speed "$a" "$@")"
    echo "B $(speed "$b" "$@")"
done | awk '{ all[$1] = all[$1] " " $2; if ($2 > best[$1]) best[$1] = $2 }
    END { for (k in all) printf "%s best %.1f M chars/s, all%s\n", k, best[k] / 1e6, all[k] }' | sort
