// bench/advantage.mjs — the three advantage estimators on launch-shaped batches (512 and 4096
// prompts × 16 responses, 6 task labels, string uids), against the reference's torch timings
// (/work/shared/reference/perf.md). Run after building: npx tsc -p tsconfig.build.json.
import { cpus } from "node:os";
import { computeAdvantages, internIds } from "../dist/stdlib/advantage/index.js";

const cpu = cpus();
console.log(`node ${process.version} · ${cpu[0]?.model.trim() ?? "unknown CPU"} · ${cpu.length} cores`);

// Deterministic batch: xorshift PRNG, scores on a 1/3 grid or continuous (as the metrics give),
// responses of a prompt interleaved the way balance_batch leaves them.
function makeBatch(prompts, n, seed) {
  let x = seed >>> 0 || 1;
  const rand = () => { x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0; return x / 4294967296; };
  const labels = ["Accuracy", "IoU", "NDCG", "Pairwise_Accuracy", "SubEM", "Summary"];
  const size = prompts * n;
  const scores = new Float64Array(size);
  const index = new Array(size);
  const taskLabels = new Array(size);
  for (let i = 0; i < size; i++) {
    const p = (i * 7919) % prompts;
    index[i] = `${(p * 2654435761 >>> 0).toString(16).padStart(8, "0")}-uid`;
    taskLabels[i] = labels[p % labels.length];
    scores[i] = Math.fround(p % 2 ? Math.floor(rand() * 4) / 3 : rand());
  }
  return { scores, index, taskLabels };
}

const cases = [
  { what: "grpo", config: { estimator: "grpo" }, ref: { 512: [75, 80], 4096: [680, 680] } },
  { what: "tmn_grpo (reweight, alpha 0.8)", config: { estimator: "tmn_grpo", difficultyReweight: true, smoothAlpha: 0.8 }, ref: { 512: [4.1, 4.1], 4096: [40, 40] } },
  { what: "qwenlong_grpo", config: { estimator: "qwenlong_grpo" }, ref: { 512: [1.8, 1.8], 4096: [17, 17] } },
];

function time(fn, minMs = 400, minRuns = 30) {
  for (let i = 0; i < 20; i++) fn(); // warm-up
  const t = [];
  const start = performance.now();
  while (t.length < minRuns || performance.now() - start < minMs) {
    const a = performance.now();
    fn();
    t.push(performance.now() - a);
  }
  t.sort((p, q) => p - q);
  return { median: t[Math.floor(t.length / 2)], p95: t[Math.floor(t.length * 0.95)], runs: t.length };
}

const fmt = (ms) => (ms < 1 ? `${(ms * 1000).toFixed(1)} µs` : `${ms.toFixed(2)} ms`);
for (const prompts of [512, 4096]) {
  const batch = makeBatch(prompts, 16, 42 + prompts);
  const interned = { scores: batch.scores, index: internIds(batch.index).ids, taskLabels: internIds(batch.taskLabels).ids };
  const n = batch.scores.length;
  for (const c of cases) {
    for (const [label, b] of [["string ids", batch], ["interned ids", interned]]) {
      const r = time(() => computeAdvantages(c.config, b));
      const [lo, hi] = c.ref[prompts];
      const ratio = lo === hi ? `×${(lo / r.median).toFixed(1)}` : `×${(lo / r.median).toFixed(1)}–${(hi / r.median).toFixed(1)}`;
      console.log(`${c.what.padEnd(31)} ${label.padEnd(12)} n=${prompts}×16=${n}  median ${fmt(r.median)}  p95 ${fmt(r.p95)}  ${(n / r.median / 1000).toFixed(1)} M responses/s  ${ratio} vs reference (${lo === hi ? lo : `${lo}–${hi}`} ms)`);
    }
  }
}
