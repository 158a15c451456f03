#!/usr/bin/env bash
# Peak memory of `kairos extract` per input byte, in every output format, on 10 MB inputs:
# date-dense text ("May-" and "May 5, " repeated: a mention every 4 and 7 bytes), the project's
# news corpus (bench/corpus, about six times as dense in dates as TBAQ) and, when the shared
# corpora are beside the checkout, the plain text of TBAQ's articles. Each figure is the peak
# resident memory of one run (`/usr/bin/time -f %M`, -j1, output to /dev/null) divided by the
# input's size.
#
#   scripts/peak_memory.sh [KAIROS]        KAIROS defaults to build/release/cli/kairos
#
# KAIROS_MEMORY_BYTES sets the input size (default 10000000).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
kairos="${1:-$here/build/release/cli/kairos}"
size="${KAIROS_MEMORY_BYTES:-10000000}"
shared="${KAIROS_SHARED_DIR:-$here/../shared}"
if [[ ! -x "$kairos" ]]; then
    echo "peak_memory.sh: no kairos at $kairos (cmake --preset release && cmake --build --preset release --target kairos_cli)" >&2
    exit 2
fi
if [[ ! -x /usr/bin/time ]]; then
    echo "peak_memory.sh: needs GNU time (apt-get install time)" >&2
    exit 2
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

python3 - "$work" "$size" "$here/bench/corpus" "$shared/corpora/tbaq" <<'PY'
import glob, html, os, re, sys
work, size, bench, tbaq = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]

def fill(name, unit):
    with open(os.path.join(work, name), "w", encoding="utf-8") as f:
        f.write((unit * (size // len(unit) + 1))[:size])

fill("dense-may.txt", "May-")
fill("dense-may-5.txt", "May 5, ")
# each file's first line is its DCT
fill("news-bench.txt", "".join(open(p, encoding="utf-8").read().split("\n", 1)[1] + "\n\n"
                               for p in sorted(glob.glob(os.path.join(bench, "*.txt")))))
texts = []
for p in sorted(glob.glob(os.path.join(tbaq, "**", "*.tml"), recursive=True)):
    m = re.search(r"<TEXT>(.*)</TEXT>", open(p, encoding="utf-8").read(), re.S)
    if m:
        texts.append(html.unescape(re.sub(r"<[^>]+>", "", m.group(1))).strip() + "\n\n")
if texts:
    fill("news-tbaq.txt", "".join(texts))
PY

printf '%-18s %8s %8s %8s %8s   (bytes of peak RSS per input byte)\n' input json jsonl timeml text
for input in "$work"/*.txt; do
    row="$(basename "$input" .txt)"
    line="$(printf '%-18s' "$row")"
    for format in json jsonl timeml text; do
        /usr/bin/time -f %M -o "$work/rss" "$kairos" extract -j1 --dct 2025-01-01 \
            --format "$format" "$input" >/dev/null
        line+="$(awk -v n="$size" '{ printf " %8.1f", $1 * 1024 / n }' "$work/rss")"
    done
    echo "$line"
done
