// The run loop with fake engines and trainers: metrics lines match the trained batch, dynamic
// sampling keeps only groups with spread, a run interrupted at any step and resumed equals an
// uninterrupted one, overlap gives the same results as sequential steps for a fixed policy.
import { mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { computeAdvantages } from "../../../stdlib/advantage/index.js";
import { planRun, runTraining, RunDir, type ProgressEvent, type ProgressSink, type StepLine } from "../../../runtime/index.js";
import type { StepPorts } from "../../../runtime/steps/index.js";
import type { Trainer } from "../../../runtime/trainer.js";
import { FakeEngine, SumTrainer, buildGraph, fakeVerifier, memoryRecords, memorySource, type GraphOptions } from "./fakes.js";
import { referenceTaskMetrics } from "./reference-metrics.js";

const dirs: string[] = [];
async function tempDir(): Promise<string> {
  const d = await mkdtemp(join(tmpdir(), "golong-loop-"));
  dirs.push(d);
  return join(d, "run");
}
afterAll(async () => { for (const d of dirs) await rm(d, { recursive: true, force: true }); });

const noneTrainer = (failAtStep = -1): Trainer => {
  let v = 0;
  return {
    name: "none",
    async update(b) { if (b.step === failAtStep) throw new Error(`killed at step ${b.step}`); return { weights: { version: ++v }, metrics: {} }; },
    async save() {}, async load() {}, async close() {},
  };
};

function ports(g: ReturnType<typeof buildGraph>, over: Partial<StepPorts> = {}): StepPorts {
  const adv = planRun(g).advantage;
  return {
    train: memorySource(memoryRecords(40)),
    eval: memorySource(memoryRecords(9).map((r) => ({ ...r, ref: { source: "held_out", row: r.ref.row } })), "held_out"),
    engine: new FakeEngine(),
    verifier: fakeVerifier,
    advantage: (b) => {
      const r = computeAdvantages(adv, { scores: b.scores, index: b.index, taskLabels: b.labels });
      return { advantages: Array.from(r.advantages), metrics: r.metrics };
    },
    taskMetrics: (b) => referenceTaskMetrics(b.scores, b.index, b.labels),
    trainer: noneTrainer(),
    ...over,
  };
}

async function run(o: GraphOptions, runDir: string, over: Partial<StepPorts> = {}, resume = false, steps?: number, progress?: ProgressSink) {
  const graph = buildGraph(o);
  const plan = planRun(graph, steps !== undefined ? { steps } : {});
  return runTraining({ graph, plan, ports: ports(graph, over), runDir, resume, chunkPrompts: 2, queueCapacity: 2, ...(progress ? { progress } : {}) });
}

async function rollouts(runDir: string): Promise<Record<string, unknown>[]> {
  const names = (await readdir(join(runDir, "rollouts"))).sort();
  const out: Record<string, unknown>[] = [];
  for (const n of names) for (const l of (await readFile(join(runDir, "rollouts", n), "utf8")).split("\n")) if (l) out.push(JSON.parse(l));
  return out;
}

const withoutTiming = (lines: unknown[]) => lines.map((l) => ({ ...(l as object), timing_s: undefined }));

describe("run loop", () => {
  it("writes one metrics line a step that matches the trained rollouts", async () => {
    const dir = await tempDir();
    const summary = await run({ steps: 4, dynamic: null, evalEvery: 2 }, dir);
    expect(summary.steps).toBe(4);
    expect(summary.finished).toBe(true);
    const lines = await new RunDir(dir).readMetrics();
    expect(lines.map((l) => l.step)).toEqual([0, 1, 2, 3, 4]);
    const all = await rollouts(dir);
    for (const line of lines.slice(1) as StepLine[]) {
      const used = all.filter((r) => r.step === line.step && r.used);
      expect(used.length).toBe(6 * 4);
      const scores = used.map((r) => r.score as number);
      expect(line.reward_mean).toBeCloseTo(scores.reduce((a, b) => a + b, 0) / scores.length, 12);
      const expected = referenceTaskMetrics(scores, used.map((r) => r.uid as string), used.map((r) => r.task as string));
      expect(Object.keys(line.tasks).sort()).toEqual(["math", "retrieval", "summary"]);
      for (const [task, m] of Object.entries(expected)) for (const [k, v] of Object.entries(m)) expect(line.tasks[task][k as keyof StepLine["tasks"][string]]).toBeCloseTo(v, 9);
      // the advantages written are the estimator's on exactly these responses
      const adv = computeAdvantages({ estimator: "tmn_grpo", difficultyReweight: true, smoothAlpha: 0.8 },
        { scores, index: used.map((r) => r.uid as string), taskLabels: used.map((r) => r.label as string) });
      used.forEach((r, i) => expect(r.advantage as number).toBeCloseTo(adv.advantages[i], 6));
      expect(line["difficulty/mean_pass_rate"]).toBeCloseTo(adv.metrics["difficulty/mean_pass_rate"], 6);
      expect(line.dynamic_sampling).toMatchObject({ gen_batches: 1, groups_generated: 6, groups_used: 6, groups_dropped: 0 });
    }
    expect(lines[2].val_reward_mean).toBeTypeOf("number");
    expect(lines[4].val_reward_mean).toBeTypeOf("number");
    expect(lines[1].val_reward_mean).toBeUndefined();
    expect(summary.evalBefore).not.toBeNull();
    expect(summary.evalAfter).not.toBeNull();
    const state = await new RunDir(dir).readState();
    expect(state).toMatchObject({ step: 4, finished: true, metricsLines: 5, cursor: { epoch: 0, offset: 24 } });
  });

  it("shows log_generations held-out samples after each evaluation", async () => {
    const events: ProgressEvent[] = [];
    await run({ steps: 2, dynamic: null, evalEvery: 2, logGenerations: 2 }, await tempDir(), {}, false, undefined, (e) => events.push(e));
    const notes = events.filter((e): e is Extract<ProgressEvent, { type: "note" }> => e.type === "note").map((e) => e.text);
    expect(notes.length).toBe(4); // before training and after step 2, two each
    expect(notes[0]).toMatch(/^ {2}\[(retrieval|math|summary)\] score [01]\.000 {2}prompt …question \d+\n {4}response: answer \d$/);
  });

  it("keeps a remote server busy with several calls, and a local engine to its GPU slots", async () => {
    const remote = new FakeEngine(3);
    await run({ steps: 1, dynamic: null, evalEvery: null, promptsPerStep: 12 }, await tempDir(), { engine: remote });
    // concurrency 4 requests in chunks of 2 prompts: 2 calls busy + 1 queued
    expect(remote.maxInFlight).toBe(3);
    const local = new FakeEngine(3);
    await run({ steps: 1, dynamic: null, evalEvery: null, promptsPerStep: 12, engine: "onnx" }, await tempDir(), { engine: local });
    expect(local.maxInFlight).toBe(1); // the rollout node holds the one GPU slot
  });

  it("dynamic sampling drops groups without spread, generates more batches, cuts to prompts_per_step", async () => {
    const dir = await tempDir();
    await run({ steps: 3, dynamic: 4, promptsPerStep: 6, genPromptsPerStep: 8, n: 3, evalEvery: null }, dir);
    const lines = (await new RunDir(dir).readMetrics()) as StepLine[];
    const all = await rollouts(dir);
    for (const line of lines) {
      const groups = new Map<string, { kept: boolean; used: boolean; scores: number[] }>();
      for (const r of all.filter((x) => x.step === line.step)) {
        const g = groups.get(r.uid as string) ?? { kept: r.kept as boolean, used: r.used as boolean, scores: [] };
        g.scores.push(r.score as number);
        groups.set(r.uid as string, g);
      }
      for (const g of groups.values()) expect(g.kept).toBe(new Set(g.scores).size > 1);
      const kept = [...groups.values()].filter((g) => g.kept).length;
      expect(line.dynamic_sampling.groups_generated).toBe(groups.size);
      expect(line.dynamic_sampling.groups_kept).toBe(kept);
      expect(line.dynamic_sampling.groups_used).toBe(Math.min(6, kept));
      expect(line.dynamic_sampling.gen_batches).toBe(Math.ceil(groups.size / 8));
      expect(line.dynamic_sampling.groups_kept >= 6 || line.dynamic_sampling.gen_batches === 4).toBe(true);
      expect([...groups.values()].filter((g) => g.used).length).toBe(line.dynamic_sampling.groups_used);
    }
  });

  it("stops at the end of the last epoch and reshuffles between epochs", async () => {
    const dir = await tempDir();
    const summary = await run({ steps: null, epochs: 2, promptsPerStep: 16, dynamic: null, evalEvery: null }, dir);
    // 40 records × 2 epochs / 16 = 5 steps (the last one short)
    expect(summary.steps).toBe(5);
    const all = await rollouts(dir);
    const rows = (epoch: number) => [...new Set(all.filter((r) => (r.uid as string).startsWith(`e${epoch}-`)).map((r) => (r.prompt as { row: number }).row))];
    expect(rows(0).sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, i) => i));
    expect(rows(1).length).toBe(40);
    expect(rows(1)).not.toEqual(rows(0));
  });

  it("warns when a resumed run's recipe changed", async () => {
    const dir = await tempDir();
    await run({ steps: 1, evalEvery: null }, dir);
    const same: ProgressEvent[] = [], changed: ProgressEvent[] = [];
    await run({ steps: 1, evalEvery: null }, dir, {}, true, undefined, (e) => same.push(e));
    await run({ steps: 2, evalEvery: null }, dir, {}, true, undefined, (e) => changed.push(e));
    const warned = (es: ProgressEvent[]) => es.some((e) => e.type === "note" && /graph differs/.test(e.text));
    expect(warned(same)).toBe(false);
    expect(warned(changed)).toBe(true);
  });

  it("refuses a non-empty run directory without --resume, and a resume of another recipe's seed", async () => {
    const dir = await tempDir();
    await run({ steps: 1, evalEvery: null }, dir);
    await expect(run({ steps: 1, evalEvery: null }, dir)).rejects.toThrow(/not empty; pass --resume/);
    await expect(run({ steps: 2, evalEvery: null, seed: 7 }, dir, {}, true)).rejects.toThrow(/seed 42/);
  });

  it("an engine failure stops the run with what failed, and state stays at the last good step", async () => {
    const dir = await tempDir();
    await expect(run({ steps: 4, evalEvery: null, dynamic: null }, dir, { engine: new FakeEngine(0, 7) })).rejects.toThrow(/rollout engine 'fake' failed: server exploded/);
    const state = await new RunDir(dir).readState();
    expect(state.step).toBeLessThan(3);
    expect(state.finished).toBe(false);
  });

  for (const crashAt of [1, 2, 3, 5]) {
    it(`a stateful trainer killed at step ${crashAt} resumes from its checkpoint and ends like an uninterrupted run`, async () => {
      const opts: GraphOptions = { steps: 5, dynamic: 3, checkpointEvery: 2, evalEvery: 2, trainer: "external" };
      const straightDir = await tempDir();
      const straight = new SumTrainer();
      await run(opts, straightDir, { trainer: straight });

      const dir = await tempDir();
      await expect(run(opts, dir, { trainer: new SumTrainer(crashAt) })).rejects.toThrow(/trainer died/);
      const resumed = new SumTrainer();
      const engine = new FakeEngine();
      const summary = await run(opts, dir, { trainer: resumed, engine }, true);
      expect(summary.finished).toBe(true);
      expect(resumed.total).toBeCloseTo(straight.total, 9);
      expect(resumed.version).toBe(straight.version);
      // steps after the checkpoint ran again from its weights; none before it
      const lastCkpt = Math.floor((crashAt - 1) / 2) * 2;
      expect(resumed.updates).toEqual([1, 2, 3, 4, 5].filter((s) => s > lastCkpt));
      if (lastCkpt > 0) expect(engine.synced[0]).toBe(lastCkpt);
      expect(withoutTiming(await new RunDir(dir).readMetrics())).toEqual(withoutTiming(await new RunDir(straightDir).readMetrics()));
      expect(await rollouts(dir)).toEqual(await rollouts(straightDir));
      expect((await readdir(join(dir, "checkpoints"))).sort()).toEqual(["step-000002", "step-000004", "step-000005"]);
    });
  }

  it("a dry run (stateless trainer) resumes from the last written step", async () => {
    const opts: GraphOptions = { steps: 6, dynamic: null, evalEvery: 3, checkpointEvery: null };
    const straightDir = await tempDir();
    await run(opts, straightDir);
    const dir = await tempDir();
    await expect(run(opts, dir, { trainer: noneTrainer(5) })).rejects.toThrow(/killed at step 5/);
    const engine = new FakeEngine();
    await run(opts, dir, { engine }, true);
    expect(engine.calls).toBe(2 * 3 + 5);          // steps 5 and 6 (3 calls each) and the eval after step 6
    expect(withoutTiming(await new RunDir(dir).readMetrics())).toEqual(withoutTiming(await new RunDir(straightDir).readMetrics()));
    expect(await rollouts(dir)).toEqual(await rollouts(straightDir));
  });

  it("overlap runs the next rollout during the update and gives the same batches for a fixed policy", async () => {
    const slowTrainer = (): Trainer => {
      let v = 0;
      return { name: "none", async update() { await new Promise((r) => setTimeout(r, 30)); return { weights: { version: ++v }, metrics: {} }; }, async save() {}, async load() {}, async close() {} };
    };
    const seqDir = await tempDir();
    await run({ steps: 4, dynamic: 3, evalEvery: null }, seqDir, { trainer: slowTrainer(), engine: new FakeEngine(5) });
    const ovDir = await tempDir();
    const engine = new FakeEngine(5);
    await run({ steps: 4, dynamic: 3, evalEvery: null, overlap: true }, ovDir, { trainer: slowTrainer(), engine });
    expect(withoutTiming(await new RunDir(ovDir).readMetrics())).toEqual(withoutTiming(await new RunDir(seqDir).readMetrics()));
    expect(await rollouts(ovDir)).toEqual(await rollouts(seqDir));
    expect(engine.synced).toEqual([1, 2, 3, 4]);
  });
});
