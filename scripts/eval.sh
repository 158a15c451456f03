#!/usr/bin/env bash
# Scores kairos on a TimeML corpus (TempEval-3 Task A): builds the CLI in Release in its own
# build folder, tags every .tml file of the corpus and runs the shared scorer on the output.
#
#   scripts/eval.sh [GOLD_DIR] [-- scorer options, e.g. --errors 40 or --json]
#
# GOLD_DIR defaults to ../shared/corpora/tbaq. The last line printed is the scorer's summary.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="${KAIROS_SHARED_DIR:-$here/../shared}"
gold="$shared/corpora/tbaq"
if [[ $# -gt 0 && "$1" != "--" ]]; then
    gold="$1"
    shift
fi
[[ "${1:-}" == "--" ]] && shift
build="${KAIROS_EVAL_BUILD:-$here/build/eval}"
python="${PYTHON:-python3}"

cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DKAIROS_BUILD_TESTS=OFF \
    -DKAIROS_BUILD_EXAMPLES=OFF -DKAIROS_BUILD_BENCH=OFF -DKAIROS_BUILD_CLI=ON >/dev/null
cmake --build "$build" --target kairos_cli -j2 >/dev/null

out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
mapfile -d '' files < <(find "$gold" -name '*.tml' -print0 | sort -z)
if [[ ${#files[@]} -eq 0 ]]; then
    echo "eval.sh: no .tml files under $gold" >&2
    exit 2
fi
# Keep the corpus layout so the scorer pairs files by relative path.
for f in "${files[@]}"; do
    rel="${f#"$gold"/}"
    mkdir -p "$out/$(dirname "$rel")"
done
for dir in $(cd "$gold" && find . -name '*.tml' -printf '%h\n' | sort -u); do
    "$build/cli/kairos" extract --format timeml -o "$out/$dir" "$gold/$dir"/*.tml
done
"$python" "$shared/eval/score_timex.py" "$gold" "$out" "$@"
