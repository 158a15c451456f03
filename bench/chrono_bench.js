#!/usr/bin/env node
// Runs chrono-node over the same plain texts kairos_bench_driver reads and prints one JSON line:
// cold (first pass) and warm (median of --reps passes after --warmup passes) throughput.
//   node bench/chrono_bench.js --modules DIR [--reps N] [--warmup N] FILE...
// A first line "DCT: YYYY-MM-DD" is the reference date and not part of the text, exactly as
// in the kairos driver, so both tools see identical characters.
"use strict";
const fs = require("fs");
const path = require("path");

function parseArgs(argv) {
  const a = { reps: 7, warmup: 2, modules: null, files: [] };
  for (let i = 0; i < argv.length; ++i) {
    if (argv[i] === "--reps") a.reps = Number(argv[++i]);
    else if (argv[i] === "--warmup") a.warmup = Number(argv[++i]);
    else if (argv[i] === "--modules") a.modules = argv[++i];
    else a.files.push(argv[i]);
  }
  return a;
}

function readDoc(file) {
  let text = fs.readFileSync(file, "utf8");
  let ref = new Date(Date.UTC(2025, 0, 1));
  if (text.startsWith("DCT: ")) {
    const nl = text.indexOf("\n");
    ref = new Date(text.slice(5, 15) + "T00:00:00Z");
    text = nl < 0 ? "" : text.slice(nl + 1);
  }
  return { text, ref };
}

function median(xs) {
  const s = [...xs].sort((x, y) => x - y);
  const n = s.length;
  return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
}

function main() {
  const a = parseArgs(process.argv.slice(2));
  const chrono = require(path.join(a.modules, "chrono-node"));
  const docs = a.files.map(readDoc);
  const chars = docs.reduce((n, d) => n + [...d.text].length, 0);
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text, "utf8"), 0);
  let results = 0;
  const pass = () => {
    const t0 = process.hrtime.bigint();
    results = 0;
    for (const d of docs) results += chrono.parse(d.text, d.ref).length;
    return Number(process.hrtime.bigint() - t0) / 1e9;
  };
  const cold = pass();
  for (let i = 0; i < a.warmup; ++i) pass();
  const times = [];
  for (let i = 0; i < a.reps; ++i) times.push(pass());
  const warm = median(times);
  const version = require(path.join(a.modules, "chrono-node", "package.json")).version;
  console.log(JSON.stringify({
    tool: "chrono-node", version, docs: docs.length, bytes, chars, results,
    cold_seconds: cold, seconds: warm,
    cold_chars_per_s: Math.round(chars / cold), chars_per_s: Math.round(chars / warm),
    mb_per_s: bytes / 1e6 / warm,
    peak_rss_mb: process.resourceUsage().maxRSS / 1024,
  }));
}

main();
