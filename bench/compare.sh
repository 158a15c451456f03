#!/usr/bin/env bash
# Side-by-side performance run: kairos and chrono-node on the same plain texts, in one run.
#
#   bench/compare.sh            # all measurements; prints a table and checks the issue-6 targets
#
# Environment: KAIROS_BENCH_REPS (default 7), KAIROS_BENCH_ROUNDS (default 3: each tool's best
# round counts), KAIROS_BENCH_LARGE (bytes, default 100000000),
#              KAIROS_BENCH_BUILD (default build/perf). Exit status 0 even when a target is
#              missed: this is a measurement, read the table (targets are marked ok / MISSED).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cache="$root/bench/.cache"
build=${KAIROS_BENCH_BUILD:-$root/build/perf}
reps=${KAIROS_BENCH_REPS:-7}
rounds=${KAIROS_BENCH_ROUNDS:-3}
large=${KAIROS_BENCH_LARGE:-100000000}
shared="$root/../shared/corpora/tbaq"

say() { printf '%s\n' "$*" >&2; }

install_chrono() {
    [ -f "$cache/node_modules/chrono-node/package.json" ] && return 0
    say "compare: installing chrono-node into $cache"
    mkdir -p "$cache"
    npm install --prefix "$cache" --no-audit --no-fund --silent chrono-node >/dev/null
}

build_kairos() {
    local with_cli=OFF
    [ -f "$root/cli/CMakeLists.txt" ] && with_cli=ON
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DKAIROS_WERROR=ON \
        -DKAIROS_BUILD_TESTS=OFF -DKAIROS_BUILD_EXAMPLES=OFF -DKAIROS_BUILD_CLI=$with_cli >/dev/null
    cmake --build "$build" --target kairos_bench_driver -j "${KAIROS_JOBS:-2}" >/dev/null
    if [ "$with_cli" = ON ] &&
        ! cmake --build "$build" --target kairos_cli -j "${KAIROS_JOBS:-2}" >"$cache/cli-build.log" 2>&1; then
        say "compare: the kairos CLI does not build (see $cache/cli-build.log); CLI figures skipped"
        rm -f "$build/cli/kairos"
    fi
}

# json FILE KEY: one field of the last JSON line holding KEY.
json() { node -e '
    const [file, key] = process.argv.slice(1);
    const lines = require("fs").readFileSync(file, "utf8").trim().split("\n").map(JSON.parse);
    const hit = lines.filter(l => key in l).pop();
    console.log(hit ? hit[key] : "n/a");' "$1" "$2"; }

calc() { node -e "const v = $1; console.log(Number.isFinite(v) ? v.toFixed(${2:-2}) : 'n/a')"; }

verdict() { node -e "console.log(($1) ? 'ok' : 'MISSED')"; }

# best_of PREFIX: the result line of PREFIX.<round>.json with the highest chars_per_s.
best_of() { node -e '
    const fs = require("fs"), path = require("path"), prefix = process.argv[1];
    const dir = path.dirname(prefix), base = path.basename(prefix) + ".";
    const runs = fs.readdirSync(dir).filter(f => f.startsWith(base) && /^\d+\.json$/.test(f.slice(base.length)))
        .map(f => fs.readFileSync(path.join(dir, f), "utf8").trim().split("\n").map(JSON.parse).pop());
    runs.sort((a, b) => b.chars_per_s - a.chars_per_s);
    console.log(JSON.stringify(runs[0]));' "$1"; }

# The CLI's speedup from --jobs 1 to --jobs 2 over the JSON Lines file $2 (seven runs of each,
# medians): against the average core, then, after a slash, against one unpinned --jobs 1.
cli_scaling() {
    node -e '
        const {execFileSync} = require("child_process");
        const fs = require("fs");
        const [cli, input, ncores] = process.argv.slice(1);
        let taskset = true;
        try { execFileSync("taskset", ["-c", "0", "true"]); } catch (e) { taskset = false; }
        const cores = taskset ? [...Array(Number(ncores)).keys()] : [];
        const run = (jobs, core) => { // input from the file, output to /dev/null
            const stdin = fs.openSync(input, "r");
            const args = ["extract", "--format", "jsonl", "--jobs", String(jobs)];
            const t0 = process.hrtime.bigint();
            if (core === undefined) execFileSync(cli, args, {stdio: [stdin, "ignore", "inherit"]});
            else execFileSync("taskset", ["-c", String(core), cli, ...args],
                              {stdio: [stdin, "ignore", "inherit"]});
            const s = Number(process.hrtime.bigint() - t0) / 1e9;
            fs.closeSync(stdin);
            return s;
        };
        const t = {one: [], two: [], pinned: cores.map(() => [])};
        for (let i = 0; i < 7; ++i) {
            t.one.push(run(1));
            t.two.push(run(2));
            cores.forEach((c, k) => t.pinned[k].push(run(1, c)));
        }
        const med = xs => xs.sort((a, b) => a - b)[3];
        const unpinned = med(t.one) / med(t.two);
        const avgRate = cores.length
            ? t.pinned.reduce((sum, xs) => sum + 1 / med(xs), 0) / cores.length : 1 / med(t.one);
        console.log(((1 / med(t.two)) / avgRate).toFixed(2) + " / " + unpinned.toFixed(2));' \
        "$1" "$2" "$3"
}

main() {
    install_chrono
    build_kairos
    local drv="$build/bench/kairos_bench_driver" out="$cache/run" cli=""
    [ -x "$build/cli/kairos" ] && cli="$build/cli/kairos"
    rm -rf "$out" && mkdir -p "$out/tbaq"
    local sets=(corpus)
    if [ -d "$shared" ]; then
        "$drv" dump "$out/tbaq" >/dev/null
        sets=(tbaq corpus)
    fi
    local chrono_mods="$cache/node_modules"
    say "compare: reps=$reps (median), warm-up 2, best of $rounds rounds; $(nproc) cores; $(date -u +%FT%TZ)"
    printf '%-8s %-12s %14s %10s %14s %9s\n' set tool chars/s MB/s "cold chars/s" ratio
    for s in "${sets[@]}"; do
        local files=("$out/tbaq"/*.txt)
        [ "$s" = corpus ] && files=("$root/bench/corpus"/*.txt)
        # Three rounds of the three runs in turn; each tool keeps its best round. The VM's cores
        # change speed with the host's load, and chrono-node runs in one of two speeds per
        # process (6.5-7 or 10-10.5 M chars/s here): best against best is fair to both.
        for round in $(seq "$rounds"); do
            node "$root/bench/chrono_bench.js" --modules "$chrono_mods" --reps "$reps" \
                "${files[@]}" >"$out/$s.chrono.$round.json"
            "$drv" throughput --reps "$reps" "${files[@]}" >"$out/$s.kairos.$round.json"
            "$drv" throughput --reps "$reps" --no-events "${files[@]}" \
                >"$out/$s.timexes.$round.json"
        done
        for tool in chrono kairos timexes; do
            best_of "$out/$s.$tool" >"$out/$s.$tool.json"
        done
        local kc cc tc
        kc=$(json "$out/$s.kairos.json" chars_per_s)
        tc=$(json "$out/$s.timexes.json" chars_per_s)
        cc=$(json "$out/$s.chrono.json" chars_per_s)
        printf '%-8s %-12s %14s %10s %14s %9s\n' "$s" chrono-node "$cc" \
            "$(calc "$(json "$out/$s.chrono.json" mb_per_s)")" \
            "$(json "$out/$s.chrono.json" cold_chars_per_s)" 1.00
        printf '%-8s %-12s %14s %10s %14s %9s\n' "$s" kairos "$kc" \
            "$(calc "$(json "$out/$s.kairos.json" mb_per_s)")" - "$(calc "$kc / $cc")"
        printf '%-8s %-12s %14s %10s %14s %9s\n' "$s" "  no events" "$tc" \
            "$(calc "$(json "$out/$s.timexes.json" mb_per_s)")" - "$(calc "$tc / $cc")"
    done
    local main_set=${sets[0]} files
    if [ "$main_set" = tbaq ]; then files=("$out/tbaq"/*.txt); else files=("$root/bench/corpus"/*.txt); fi

    # The CLI over the whole set as JSON Lines (each record with its own DCT): peak RSS with
    # one worker, and batch scaling from 1 to 2 workers (median of 3 runs each).
    local rss_tool=driver cli_speed=n/a cli_speed30=n/a ncores
    ncores=$(($(nproc) < 4 ? $(nproc) : 4)) # cores measured one by one
    node -e '
        const fs = require("fs");
        for (const f of process.argv.slice(1)) {
            let text = fs.readFileSync(f, "utf8"), dct = "2025-01-01";
            if (text.startsWith("DCT: ")) { dct = text.slice(5, 15); text = text.slice(text.indexOf("\n") + 1); }
            console.log(JSON.stringify({id: require("path").basename(f), dct, text}));
        }' "${files[@]}" >"$out/set.jsonl"
    if [ -n "$cli" ] && "$cli" extract --format jsonl --jobs 1 <"$out/set.jsonl" >/dev/null 2>"$out/cli.err"; then
        rss_tool=cli
        /usr/bin/time -f '%M' -o "$out/rss" "$cli" extract --format jsonl --jobs 1 \
            <"$out/set.jsonl" >/dev/null
        # Batch scaling over 120 copies of the set (30,720 documents, 64 MB), so that what a
        # process pays once (its start: about 15 ms of wall time here, 12 of them what this VM
        # takes to start any process, /bin/true included) stays near 2 % of a --jobs 1 run; over
        # 30 copies (the batch of sessions 4-7, when extraction was 2.5 times slower) it is 8 %
        # and caps the ratio near 1.85 before a second worker does anything. Both are printed,
        # the verdict on the archive-sized batch. --jobs 1 and --jobs 2 in turn, seven times, so
        # a load change falls on both alike; --jobs 1 also pinned to each core in turn
        # (taskset), as the driver does: the speedup against the average core, and, after a
        # slash, against an unpinned --jobs 1.
        for _ in $(seq 30); do cat "$out/set.jsonl"; done >"$out/set30.jsonl"
        for _ in $(seq 4); do cat "$out/set30.jsonl"; done >"$out/set120.jsonl"
        cli_speed=$(cli_scaling "$cli" "$out/set120.jsonl" "$ncores")
        cli_speed30=$(cli_scaling "$cli" "$out/set30.jsonl" "$ncores")
        rm -f "$out/set120.jsonl"
    else
        /usr/bin/time -f '%M' -o "$out/rss" "$drv" throughput --reps 1 --warmup 0 "${files[@]}" \
            >/dev/null
    fi
    local rss_mb
    rss_mb=$(calc "$(tail -n 1 "$out/rss") / 1024" 1)

    # Both sizes on one core: the ratio must not depend on which of two unequal cores each
    # size happened to run on.
    local pin=()
    if command -v taskset >/dev/null; then
        pin=(taskset -c "$(taskset -pc $$ | sed 's/.*: //; s/[-,].*//')")
    fi
    "${pin[@]}" "$drv" linearity --large "$large" "$root/bench/corpus"/*.txt >"$out/linearity.json"
    "$drv" scaling --threads 2 --reps "$reps" "${files[@]}" >"$out/scaling.json"
    "$drv" construct --reps 51 >"$out/construct.json"
    "$drv" notime >"$out/notime.json"

    # This VM's two cores are not always equally fast (the host's load on each moves): the
    # extraction speed pinned to each core, so a scaling figure can be read against it.
    local cores=""
    if command -v taskset >/dev/null; then
        for c in $(seq 0 $((ncores - 1))); do
            taskset -c "$c" "$drv" throughput --reps 3 "${files[@]}" >"$out/core$c.json"
            cores+="$(calc "$(json "$out/core$c.json" chars_per_s) / 1000000" 1) "
        done
    fi

    local ratio tratio lin rlin blin speed apw cms
    ratio=$(calc "$(json "$out/$main_set.kairos.json" chars_per_s) / $(json "$out/$main_set.chrono.json" chars_per_s)")
    tratio=$(calc "$(json "$out/$main_set.timexes.json" chars_per_s) / $(json "$out/$main_set.chrono.json" chars_per_s)")
    lin=$(json "$out/linearity.json" linearity_ratio)
    rlin=$(json "$out/linearity.json" reused_linearity_ratio)
    blin=$(json "$out/linearity.json" batch_linearity_ratio)
    speed=$(json "$out/scaling.json" speedup_vs_average_core)
    local speed_unpinned
    speed_unpinned=$(json "$out/scaling.json" speedup)
    apw=$(json "$out/notime.json" notime_allocs_per_word)
    cms=$(calc "$(json "$out/construct.json" construct_first_us) / 1000" 4)
    echo
    printf '%-44s %12s %8s\n' "target ($main_set)" measured verdict
    printf '%-44s %12s %8s\n' "single thread vs chrono-node warm >= 10x" "${ratio}x" "$(verdict "$ratio >= 10")"
    printf '%-44s %12s %8s\n' "  the same without events (chrono's job)" "${tratio}x" "$(verdict "$tratio >= 10")"
    printf '%-44s %12s %8s\n' "peak RSS ($rss_tool) <= 20 MB" "$rss_mb MB" "$(verdict "$rss_mb <= 20")"
    printf '%-44s %12s %8s\n' "per byte $((large / 1000000)) MB / 1 MB, one doc <= 1.1" "$lin" "$(verdict "$lin <= 1.1")"
    printf '%-44s %12s %8s\n' "  the same into one reused document" "$rlin" "$(verdict "$rlin <= 1.1")"
    printf '%-44s %12s %8s\n' "per byte $((large / 1000000)) MB / 1 MB, archive <= 1.1" "$blin" "$(verdict "$blin <= 1.1")"
    printf '%-44s %12s %8s\n' "2 threads, one shared extractor >= 1.8x" "${speed}x" "$(verdict "$speed >= 1.8")"
    printf '%-44s %12s\n' "  (against one unpinned thread)" "${speed_unpinned}x"
    printf '%-44s %12s %8s\n' "CLI --jobs 2 vs --jobs 1 (set x120) >= 1.8x" "${cli_speed%% *}x" "$(verdict "'${cli_speed%% *}' >= 1.8")"
    printf '%-44s %12s\n' "  (against one unpinned --jobs 1)" "${cli_speed##* }x"
    printf '%-44s %12s\n' "  the same over set x30 (start-up 8 %)" "${cli_speed30%% *} / ${cli_speed30##* }x"
    [ -n "$cores" ] && printf '%-44s %12s\n' "  M chars/s on each core, pinned" "$cores"
    printf '%-44s %12s %8s\n' "allocs per word, date-free text (per token: 1)" "$apw" "$(verdict "$apw < 0.01")"
    printf '%-44s %12s %8s\n' "engine construction (first, cold) < 5 ms" "$cms ms" "$(verdict "$cms < 5")"
    printf '%-44s %12s\n' "allocations per MB / per word ($main_set)" \
        "$(json "$out/$main_set.kairos.json" allocs_per_mb) / $(json "$out/$main_set.kairos.json" allocs_per_word)"
    printf '%-44s %12s\n' "mentions found (kairos / chrono results)" \
        "$(json "$out/$main_set.kairos.json" mentions) / $(json "$out/$main_set.chrono.json" results)"
    say "compare: raw JSON in $out"
}

main "$@"
