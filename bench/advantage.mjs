// bench/advantage.mjs — the three advantage estimators on launch-shaped batches (512 and 4096
// prompts × 16 responses, 6 task labels), string ids as parsed from JSON and interned Int32Array ids,
// in two layouts, against the reference's torch timings (/work/shared/reference/perf.md).
// Run after building: npx tsc -p tsconfig.build.json. Figures are wall-clock time per call (median
// and p95), with the process's CPU time per call in brackets.
// String ids are timed twice: fresh (each call on its own copy of the batch, as a caller that reads
// a batch and computes its advantages once has them) and again (the same string objects every
// call: V8 keeps a string's hash in the string once computed, so a Map lookup gets cheaper).
import { cpus, loadavg } from "node:os";
import { computeAdvantages, internIds } from "../dist/stdlib/advantage/index.js";

const cpu = cpus();
console.log(`node ${process.version} · ${cpu[0]?.model.trim() ?? "unknown CPU"} · ${cpu.length} cores · load ${loadavg().map((l) => l.toFixed(2)).join(" ")}`);

// Layouts: "grouped" is verl's repeat(interleave=True) (and golong's own flattening): a prompt's n
// responses in a row. "interleaved" spreads them through the batch (prompt (i · 7919) mod P at row
// i), the worst case for string ids: every row's uid differs from the previous row's.
// Deterministic scores (xorshift): on a 1/3 grid or continuous, as the metrics give.
function makeBatch(prompts, n, seed, layout) {
  let x = seed >>> 0 || 1;
  const rand = () => { x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0; return x / 4294967296; };
  const labels = ["Accuracy", "IoU", "NDCG", "Pairwise_Accuracy", "SubEM", "Summary"];
  const size = prompts * n;
  const scores = new Float64Array(size);
  const index = new Array(size);
  const taskLabels = new Array(size);
  for (let i = 0; i < size; i++) {
    const p = layout === "grouped" ? Math.floor(i / n) : (i * 7919) % prompts;
    index[i] = `${(p * 2654435761 >>> 0).toString(16).padStart(8, "0")}-4f1c-9a2e-${p.toString(16).padStart(12, "0")}`;
    taskLabels[i] = labels[(p * 40503 >>> 4) % labels.length];
    scores[i] = Math.fround(p % 2 ? Math.floor(rand() * 4) / 3 : rand());
  }
  // Through JSON, as a caller reading records gets them: one string object per row.
  const json = JSON.stringify({ index, taskLabels });
  const parsed = JSON.parse(json);
  return { scores, index: parsed.index, taskLabels: parsed.taskLabels, json };
}

/** Time per call (ms) on fresh string objects: blocks of `copies` calls, each on its own copy of the
 *  batch parsed from JSON before the block. Each call is timed on the wall clock alone (the median
 *  and p95 over all calls); `cpu` is the process's CPU time per call over the blocks, which also
 *  counts V8's background threads collecting the copies this harness parsed. */
function timeFresh(fn, batch, copies, blocks = 15) {
  const fresh = () => Array.from({ length: copies }, () => ({ scores: batch.scores, ...JSON.parse(batch.json) }));
  for (let b = 0; b < 3; b++) for (const c of fresh()) fn(c); // warm-up
  const wall = [];
  let cpuMs = 0;
  for (let b = 0; b < blocks; b++) {
    const cs = fresh();
    const a = process.cpuUsage();
    for (const c of cs) {
      const t = process.hrtime.bigint();
      fn(c);
      wall.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
    const d = process.cpuUsage(a);
    cpuMs += (d.user + d.system) / 1000;
  }
  wall.sort((p, q) => p - q);
  return { median: wall[Math.floor(wall.length / 2)], p95: wall[Math.floor(wall.length * 0.95)], cpu: cpuMs / wall.length };
}

const cases = [
  { what: "grpo", config: { estimator: "grpo" }, ref: { 512: [75, 80], 4096: [680, 680] } },
  { what: "tmn_grpo (reweight, alpha 0.8)", config: { estimator: "tmn_grpo", difficultyReweight: true, smoothAlpha: 0.8 }, ref: { 512: [4.1, 4.1], 4096: [40, 40] } },
  { what: "qwenlong_grpo", config: { estimator: "qwenlong_grpo" }, ref: { 512: [1.8, 1.8], 4096: [17, 17] } },
];

// Time per call (ms): blocks of calls sized to ~20 ms, each block on the wall clock (median and p95
// over the blocks), and the process's CPU time per call over all of them.
function time(fn, minBlocks = 25, blockMs = 20) {
  for (let i = 0; i < 30; i++) fn(); // warm-up
  let per = 1;
  for (let a = performance.now(); performance.now() - a < blockMs; per++) fn();
  const t = [];
  const c = process.cpuUsage();
  for (let b = 0; b < minBlocks; b++) {
    const a = process.hrtime.bigint();
    for (let i = 0; i < per; i++) fn();
    t.push(Number(process.hrtime.bigint() - a) / 1e6 / per);
  }
  const d = process.cpuUsage(c);
  t.sort((p, q) => p - q);
  return { median: t[Math.floor(t.length / 2)], p95: t[Math.floor(t.length * 0.95)], cpu: (d.user + d.system) / 1000 / (per * minBlocks) };
}

const fmt = (ms) => (ms < 1 ? `${(ms * 1000).toFixed(1)} µs` : `${ms.toFixed(2)} ms`);
for (const prompts of [512, 4096]) {
  for (const layout of ["grouped", "interleaved"]) {
    const batch = makeBatch(prompts, 16, 42 + prompts, layout);
    const interned = { scores: batch.scores, index: internIds(batch.index).ids, taskLabels: internIds(batch.taskLabels).ids };
    const n = batch.scores.length;
    for (const c of cases) {
      for (const [ids, b] of [["string ids", batch], ["strings again", batch], ["interned ids", interned]]) {
        const r = ids === "string ids" ? timeFresh((x) => computeAdvantages(c.config, x), b, prompts > 1024 ? 4 : 16)
          : time(() => computeAdvantages(c.config, b));
        const [lo, hi] = c.ref[prompts];
        const ratio = lo === hi ? `×${(lo / r.median).toFixed(1)}` : `×${(lo / r.median).toFixed(1)}–${(hi / r.median).toFixed(1)}`;
        const cpuRatio = `×${(lo / r.cpu).toFixed(1)}`;
        console.log(`${c.what.padEnd(31)} ${layout.padEnd(11)} ${ids.padEnd(13)} n=${prompts}×16=${n}  median ${fmt(r.median)}  p95 ${fmt(r.p95)}  ${(n / r.median / 1000).toFixed(1)} M responses/s  ${ratio} vs reference (${lo === hi ? lo : `${lo}–${hi}`} ms)  [cpu ${fmt(r.cpu)}/call, ${cpuRatio}]`);
      }
    }
  }
}
console.log(`load after: ${loadavg().map((l) => l.toFixed(2)).join(" ")}`);
