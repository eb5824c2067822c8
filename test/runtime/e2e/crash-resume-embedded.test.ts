// Kill -9 a real `golongc run` of a tiny embedded model (onnx engine, embedded trainer: real
// weights that change every step) and resume it from its last checkpoint: the result equals an
// uninterrupted run (rollouts, scores, advantages, trainer metrics), so the trainer's state came back
// exactly and no update was applied twice. Needs the build. GOLONG_CRASH_ITERATIONS=N: N kills (default 1).
import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { execa } from "execa";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Graph } from "../../../compiler/ir.js";
import { Rng } from "../../../runtime/scheduler/index.js";

const BIN = resolve(import.meta.dirname, "../../../bin/golongc.mjs");
const KILLS = Math.max(1, Number(process.env.GOLONG_CRASH_ITERATIONS ?? 1));
const STEPS = 6;

let root: string;
beforeAll(async () => { root = await mkdtemp(join(tmpdir(), "golong-crash-emb-")); });
afterAll(async () => { await rm(root, { recursive: true, force: true }); });

function tinyGraph(): Graph {
  const res = { gpus: 0, cpuWorkers: 0 };
  const caps = ["precise_retrieval", "comprehension", "ranking"];
  const recordType = { kind: "record", open: true, fields: {} };
  // A reward random text earns about half the time, so groups have spread and every update moves the weights.
  const reward = { kind: "compare", op: ">", left: { kind: "output" }, right: { kind: "literal", value: "m" } };
  const tasks = caps.map((c) => ({ name: c, label: c, source: "train", reward,
    where: { kind: "compare", op: "==", left: { kind: "field", path: ["capability"] }, right: { kind: "literal", value: c } } }));
  const src = (name: string, count: number, seed: number) => ({ id: name, kind: "source", resources: res, inputs: [], outputs: [],
    config: { name, format: "synthetic", synthetic: { capabilities: caps, contextTokens: 64, count, seed }, recordType } });
  return Graph.parse({
    version: 1, recipe: "tiny", file: join(root, "tiny.golong"),
    model: { kind: "embedded", layers: 1, width: 32, heads: 2, contextTokens: 192, seed: 1 },
    train: { promptsPerStep: 6, genPromptsPerStep: 6, miniBatch: 24, epochs: null, steps: STEPS, seed: 3 },
    cluster: null, warmup: { kind: "supervised", steps: 3, lr: 1e-3 }, edges: [],
    nodes: [src("train", 120, 7), src("held_out", 6, 8),
      { id: "filter", kind: "filter", resources: res, inputs: [], outputs: [], config: { tasks } },
      { id: "rollout", kind: "rollout", resources: { gpus: 1, cpuWorkers: 0 }, inputs: [], outputs: [], config: {
        engine: "onnx", n: 4, temperature: 1, topP: 1, maxPromptTokens: 150, maxResponseTokens: 8, val: { n: 1, temperature: 1, topP: 1, topK: -1 } } },
      { id: "verify", kind: "verify", resources: res, inputs: [], outputs: [], config: { tasks, workers: 0 } },
      { id: "advantage", kind: "advantage", resources: res, inputs: [], outputs: [], config: { estimator: "grpo" } },
      { id: "update", kind: "update", resources: { gpus: 1, cpuWorkers: 0 }, inputs: [], outputs: [], config: {
        algorithm: "ppo", trainer: "embedded", lr: 1e-2, clipLow: 0.2, clipHigh: 0.28, lossAgg: "token_mean", miniBatch: 24 } },
      { id: "eval", kind: "eval", resources: res, inputs: [], outputs: [], config: { source: "held_out", everySteps: 3 } },
      { id: "checkpoint", kind: "checkpoint", resources: res, inputs: [], outputs: [], config: { everySteps: 2 } },
    ],
  });
}

const golongc = (args: string[]) => execa(process.execPath, [BIN, ...args], { reject: false, all: true, timeout: 120_000 });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const metricsLines = (dir: string) => {
  try { return readFileSync(join(dir, "metrics.jsonl"), "utf8").split("\n").filter(Boolean).length; } catch { return 0; }
};

async function snapshot(runDir: string): Promise<Record<string, unknown>> {
  const files: Record<string, unknown> = {};
  files.metrics = (await readFile(join(runDir, "metrics.jsonl"), "utf8")).split("\n").filter(Boolean).map((l) => ({ ...JSON.parse(l), timing_s: null }));
  for (const sub of ["rollouts", "eval"]) {
    for (const name of (await readdir(join(runDir, sub))).sort()) files[`${sub}/${name}`] = await readFile(join(runDir, sub, name), "utf8");
  }
  return files;
}

describe.skipIf(!existsSync(resolve(import.meta.dirname, "../../../dist/cli/main.js")))("kill -9 and --resume with a stateful trainer", () => {
  it(`an embedded run killed ${KILLS} time(s) resumes from its checkpoint and equals an uninterrupted run`, async () => {
    const graph = join(root, "tiny.json");
    await writeFile(graph, JSON.stringify(tinyGraph()));
    const straight = join(root, "straight");
    const ok = await golongc(["run", graph, "--run-dir", straight]);
    expect(ok.exitCode, ok.all).toBe(0);
    const lines = (await readFile(join(straight, "metrics.jsonl"), "utf8")).trim().split("\n").map((l) => JSON.parse(l));
    // the policy really changed during the run, so a wrongly restored trainer would show
    expect(lines.filter((l) => l.step > 0).some((l) => l.actor.grad_norm > 0)).toBe(true);
    // line 0 evaluates the initial weights, the warm-up line what the warm-up left
    expect(lines[1]).toMatchObject({ step: 0, phase: "warmup", warmup: { steps: 3 } });
    expect(typeof lines[1].val_reward_mean).toBe("number");

    const dir = join(root, "crashed");
    const rng = new Rng(7);
    let kills = 0;
    for (let attempt = 0; attempt < KILLS + 2; attempt++) {
      const child = golongc(["run", graph, "--run-dir", dir, ...(existsSync(join(dir, "state.json")) ? ["--resume"] : [])]);
      if (kills < KILLS) {
        // Kill somewhere after this process has written a step line, mid-way through a later step.
        const from = metricsLines(dir);
        while (metricsLines(dir) <= from + 1 && child.exitCode === null) await sleep(10);
        await sleep(rng.next() * 400);
        if (child.exitCode === null) { child.kill("SIGKILL"); kills++; }
      }
      const r = await child;
      if (r.exitCode === 0) break;
      expect(r.signal, r.all).toBe("SIGKILL");
    }
    expect(kills).toBeGreaterThan(0);
    expect(JSON.parse(await readFile(join(dir, "state.json"), "utf8"))).toMatchObject({ step: STEPS, finished: true });
    expect(await snapshot(dir)).toEqual(await snapshot(straight));
  });
});
