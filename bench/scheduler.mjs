// bench/scheduler.mjs — the run loop's own cost, two bounded stages, and the gain from overlapping
// rollout and update (build first: npx tsc -p tsconfig.build.json). No reference figure exists for
// these: verl's trainer loop is not timed in reference/perf.md.
import { cpus, tmpdir } from "node:os";
import { mkdtemp, rm } from "node:fs/promises";
import { join } from "node:path";
import { Graph } from "../dist/compiler/ir.js";
import { planRun, runTraining, scheduler } from "../dist/runtime/index.js";
import { stdlibStepMetrics } from "../dist/runtime/run/stdlib-metrics.js";
import { computeAdvantages } from "../dist/stdlib/advantage/index.js";

const cpu = cpus();
console.log(`node ${process.version} · ${cpu[0]?.model.trim() ?? "unknown CPU"} · ${cpu.length} cores`);

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)], p95: s[Math.min(s.length - 1, Math.floor(s.length * 0.95))] };
};
const fmtMs = (ms) => (ms >= 100 ? `${ms.toFixed(0)} ms` : ms >= 1 ? `${ms.toFixed(2)} ms` : `${(ms * 1000).toFixed(1)} µs`);

function graph({ prompts, n, overlap, steps }) {
  const res = { gpus: 0, cpuWorkers: 0 };
  const recordType = { kind: "record", fields: {}, open: true };
  const task = (name) => ({ name, label: name, source: "train", where: null, reward: { kind: "output" } });
  const tasks = ["a", "b", "c"].map(task);
  return Graph.parse({
    version: 1, recipe: "bench", file: "bench.golong", model: { kind: "path", path: "m", maxContextTokens: 4096 },
    train: { promptsPerStep: prompts, genPromptsPerStep: prompts, miniBatch: prompts, epochs: null, steps, seed: 1, overlap },
    cluster: null, edges: [],
    nodes: [
      { id: "train", kind: "source", resources: res, inputs: [], outputs: [], config: { name: "train", format: "jsonl", path: "x", recordType } },
      { id: "filter", kind: "filter", resources: res, inputs: [], outputs: [], config: { tasks } },
      { id: "rollout", kind: "rollout", resources: { gpus: 1, cpuWorkers: 0 }, inputs: [], outputs: [], config: {
        engine: "onnx", n, temperature: 1, topP: 1, maxPromptTokens: 100, maxResponseTokens: 100, concurrency: 4, val: { n: 1, temperature: 0, topP: 1, topK: -1 } } },
      { id: "verify", kind: "verify", resources: { gpus: 0, cpuWorkers: 2 }, inputs: [], outputs: [], config: { tasks, workers: 2 } },
      { id: "advantage", kind: "advantage", resources: res, inputs: [], outputs: [], config: { estimator: "tmn_grpo", difficultyReweight: true, smoothAlpha: 0.8 } },
      { id: "update", kind: "update", resources: { gpus: 1, cpuWorkers: 0 }, inputs: [], outputs: [], config: { algorithm: "ppo", trainer: "none", lr: 1e-6, clipLow: 0.2, clipHigh: 0.28, lossAgg: "token_mean", miniBatch: prompts } },
    ],
  });
}

function ports(g, { rolloutMsPerCall = 0, updateMs = 0, verifyMsPerCall = 0 }) {
  const plan = planRun(g);
  const size = 1_000_000;
  const tasks = ["a", "b", "c"];
  let version = 0;
  return {
    train: {
      name: "train",
      async open(cursor) {
        let k = cursor.offset;
        return {
          next: async () => (k < size ? { uid: `r${k}`, task: tasks[k % 3], label: tasks[k % 3], record: { k }, messages: [{ role: "user", content: `q${k++}` }], ref: { source: "train", row: k } } : undefined),
          close: async () => {},
        };
      },
    },
    engine: {
      name: "sim",
      async generate(reqs) {
        if (rolloutMsPerCall) await sleep(rolloutMsPerCall);
        return reqs.map((r) => ({ uid: r.uid, samples: Array.from({ length: r.sampling.n }, (_, i) => ({ text: `answer ${(r.sampling.seed + i) % 3}`, finishReason: "stop" })) }));
      },
      async close() {},
    },
    verifier: {
      async verify(items) {
        if (verifyMsPerCall) await sleep(verifyMsPerCall);
        return items.map((it) => ({ score: it.output.endsWith("0") ? 1 : 0, flags: [] }));
      },
      async close() {},
    },
    advantage: (b) => {
      const r = computeAdvantages(plan.advantage, { scores: b.scores, index: b.index, taskLabels: b.labels });
      return { advantages: Array.from(r.advantages), metrics: r.metrics };
    },
    ...(stdlibMetrics),
    trainer: { name: "none", async update() { if (updateMs) await sleep(updateMs); return { weights: { version: ++version }, metrics: {} }; }, async save() {}, async load() {}, async close() {} },
  };
}

const stdlibMetrics = await stdlibStepMetrics();

async function timedRun(g, p, opts = {}) {
  const base = await mkdtemp(join(tmpdir(), "golong-bench-"));
  const stepMs = [];
  let last = performance.now();
  const t0 = last;
  try {
    await runTraining({
      graph: g, plan: planRun(g), ports: p, runDir: join(base, "run"), resume: false, chunkPrompts: 8, queueCapacity: 4, ...opts,
      progress: (e) => { if (e.type === "step-end") { const now = performance.now(); stepMs.push(now - last); last = now; } },
    });
  } finally {
    await rm(base, { recursive: true, force: true });
  }
  return { stepMs, totalMs: performance.now() - t0 };
}

// (1) overhead per step: whole steps with an engine, verifier and trainer that take no time (128
// prompts × 16 responses, tmn_grpo, metrics, rollout file and state written), so what is measured is
// the scheduler, queues, advantage/metrics bookkeeping and the run directory's writes.
{
  const prompts = 128, n = 16, steps = 12;
  const g = graph({ prompts, n, overlap: false, steps });
  await timedRun(graph({ prompts, n, overlap: false, steps: 2 }), ports(graph({ prompts, n, overlap: false, steps: 2 }), {})); // warm-up
  const { stepMs } = await timedRun(g, ports(g, {}));
  const s = stats(stepMs.slice(1));
  console.log(`loop overhead  ${prompts}×${n} responses/step, zero-latency engine/verifier/trainer  n=${steps - 1} steps  median ${fmtMs(s.median)}  p95 ${fmtMs(s.p95)}  ${((prompts * n) / (s.median / 1000)).toFixed(0)} responses/s  (no reference figure)`);
}

// (2) pipeline stages: items through two bounded stages, per item.
{
  const items = 200_000;
  const runs = [];
  for (let r = 0; r < 6; r++) {
    async function* src() { for (let i = 0; i < items; i++) yield i; }
    const t0 = performance.now();
    const a = scheduler.stage(src(), async (x) => x + 1, { concurrency: 4, capacity: 64 });
    const b = scheduler.stage(a, async (x) => x * 2, { concurrency: 4, capacity: 64 });
    let sum = 0;
    for await (const x of b) sum += x;
    if (sum === 0) throw new Error("unreachable");
    runs.push((performance.now() - t0) / items);
  }
  const s = stats(runs.slice(1));
  console.log(`two stages     bounded queues (64), concurrency 4  n=${items} items × 5 runs  median ${fmtMs(s.median)}/item  p95 ${fmtMs(s.p95)}/item  ${(1000 / s.median / 1e6).toFixed(2)} M items/s  (no reference figure)`);
}

// (3) overlap vs sequential: a simulated engine (rollout) and trainer (update) of known latency,
// steps sequential vs one-step overlapped; the ideal speed-up is (rollout + update) / max(rollout, update).
for (const [rolloutMs, updateMs] of [[40, 120], [60, 60], [120, 40]]) {
  const prompts = 32, n = 4, steps = 6;
  // 32 prompts in chunks of 8: 4 engine calls a step, serialised by the one GPU slot, so the
  // rollout takes 4 × callMs = rolloutMs.
  const callMs = rolloutMs / 4;
  const res = {};
  for (const overlap of [false, true]) {
    const g = graph({ prompts, n, overlap, steps });
    const p = ports(g, { rolloutMsPerCall: callMs, updateMs });
    const { stepMs, totalMs } = await timedRun(g, p, { gpus: 1 });
    res[overlap ? "ov" : "seq"] = { s: stats(stepMs.slice(1)), totalMs };
  }
  const ideal = (rolloutMs + updateMs) / Math.max(rolloutMs, updateMs);
  const got = res.seq.totalMs / res.ov.totalMs;
  console.log(`overlap        rollout ${rolloutMs} ms + update ${updateMs} ms a step  n=${steps} steps  sequential median ${fmtMs(res.seq.s.median)} p95 ${fmtMs(res.seq.s.p95)}  overlapped median ${fmtMs(res.ov.s.median)} p95 ${fmtMs(res.ov.s.p95)}  speed-up ×${got.toFixed(2)} (ideal ×${ideal.toFixed(2)})`);
}
