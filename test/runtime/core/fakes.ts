// Fakes for the run loop's ports: an in-memory source, a deterministic engine (a sample depends only
// on its request's seed and prompt), a verifier, a stateful trainer that saves/loads its state.
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { Graph } from "../../../compiler/ir.js";
import type { RolloutEngine, RolloutRequest, RolloutResult, WeightsRef } from "../../../runtime/engine.js";
import type { Trainer, TrainBatch, TrainResult } from "../../../runtime/trainer.js";
import { Rng } from "../../../runtime/scheduler/index.js";
import type { PromptSource, TaskRecord, Verifier, VerifyItem, VerifyResult } from "../../../runtime/steps/index.js";

export const TASKS = ["retrieval", "math", "summary"] as const;

export function memoryRecords(count: number): TaskRecord[] {
  return Array.from({ length: count }, (_, i) => {
    const task = TASKS[i % TASKS.length];
    return {
      uid: `train:${i}`, task, label: `${task}_label`, record: { id: i, answer: String(i % 7) },
      messages: [{ role: "user" as const, content: `question ${i}` }], ref: { source: "train", row: i },
    };
  });
}

/** Epoch e: the records in a seeded order (a fresh shuffle per epoch), like runtime/data. */
export function memorySource(records: TaskRecord[], name = "train", opened: { count: number } = { count: 0 }): PromptSource {
  return {
    name,
    async open(cursor) {
      opened.count++;
      const order = records.map((_, i) => i);
      const rng = new Rng(1000 + cursor.epoch);
      for (let i = order.length - 1; i > 0; i--) {
        const j = rng.int(i + 1);
        [order[i], order[j]] = [order[j], order[i]];
      }
      let k = cursor.offset;
      return { next: async () => (k < order.length ? records[order[k++]] : undefined), close: async () => undefined };
    },
  };
}

/** A sample is the answer digit or a wrong digit, chosen by the request's seed (so the same seed
 *  gives the same text, whatever the timing). Calls and weight versions are recorded. */
export class FakeEngine implements RolloutEngine {
  readonly name = "fake";
  calls = 0;
  inFlight = 0;
  maxInFlight = 0;
  synced: number[] = [];
  constructor(private readonly delayMs = 0, private readonly failOnCall = -1) {}
  async generate(requests: readonly RolloutRequest[]): Promise<RolloutResult[]> {
    const call = this.calls++;
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    try {
      if (this.delayMs) await new Promise((r) => setTimeout(r, this.delayMs * (1 + (call % 3))));
      if (call === this.failOnCall) throw new Error("server exploded");
      return requests.map((r) => {
        const rng = new Rng(r.sampling.seed);
        const id = Number(/question (\d+)/.exec(r.messages[0].content)?.[1] ?? 0);
        return {
          uid: r.uid,
          samples: Array.from({ length: r.sampling.n }, () => {
            const right = rng.next() < 0.5;
            return { text: right ? `answer ${id % 7}` : `answer ${(id + 1 + rng.int(5)) % 7}`, finishReason: "stop" as const };
          }),
        };
      });
    } finally {
      this.inFlight--;
    }
  }
  async syncWeights(w: WeightsRef): Promise<void> { this.synced.push(w.version); }
  async close(): Promise<void> {}
}

export const fakeVerifier: Verifier = {
  async verify(items: readonly VerifyItem[]): Promise<VerifyResult[]> {
    return items.map((it) => ({ score: it.output === `answer ${(it.record as { answer: string }).answer}` ? 1 : 0, flags: [] }));
  },
  async close() {},
};

/** A trainer whose "weights" are a running sum of the advantages it was given, saved as JSON. */
export class SumTrainer implements Trainer {
  readonly name = "sum";
  version = 0;
  total = 0;
  updates: number[] = [];
  constructor(private readonly failAtStep = -1) {}
  async update(batch: TrainBatch): Promise<TrainResult> {
    if (batch.step === this.failAtStep) throw new Error(`trainer died at step ${batch.step}`);
    this.updates.push(batch.step);
    for (const s of batch.samples) this.total += s.advantage * (s.score + 1);
    this.version++;
    return { weights: { version: this.version }, metrics: { total: this.total, samples: batch.samples.length } };
  }
  async save(dir: string): Promise<void> { await writeFile(join(dir, "sum.json"), JSON.stringify({ version: this.version, total: this.total })); }
  async load(dir: string): Promise<void> {
    const s = JSON.parse(await readFile(join(dir, "sum.json"), "utf8")) as { version: number; total: number };
    this.version = s.version;
    this.total = s.total;
  }
  async close(): Promise<void> {}
}

export interface GraphOptions {
  steps?: number | null;
  epochs?: number | null;
  promptsPerStep?: number;
  genPromptsPerStep?: number;
  n?: number;
  dynamic?: number | null;
  estimator?: "grpo" | "tmn_grpo" | "qwenlong_grpo";
  evalEvery?: number | null;
  checkpointEvery?: number | null;
  overlap?: boolean;
  trainer?: "none" | "external" | "embedded";
  seed?: number;
  endpoint?: string;
  logGenerations?: number;
  engine?: "openai" | "onnx";
}

const task = (name: string, metric: string) => ({
  name, label: name, source: "train",
  where: { kind: "compare", op: "==", left: { kind: "field", path: ["task"] }, right: { kind: "literal", value: name } },
  reward: { kind: "call", fn: metric, args: [{ kind: "output" }, { kind: "field", path: ["answer"] }] },
});

/** A training graph as the compiler lowers one: source → filter → rollout → verify → gate →
 *  advantage → (dynamic sampling) → update → sync → eval → checkpoint. */
export function buildGraph(o: GraphOptions = {}): Graph {
  const res = { gpus: 0, cpuWorkers: 0 };
  const recordType = { kind: "record", fields: { prompt: { kind: "text" }, task: { kind: "text" }, answer: { kind: "text" } }, open: true };
  const tasks = [task("retrieval", "em"), task("math", "em"), task("summary", "em")];
  const nodes: unknown[] = [
    { id: "train", kind: "source", resources: res, inputs: [], outputs: [{ name: "records", type: "records" }],
      config: { name: "train", format: "jsonl", path: "train.jsonl", recordType } },
    { id: "held_out", kind: "source", resources: res, inputs: [], outputs: [{ name: "records", type: "records" }],
      config: { name: "held_out", format: "jsonl", path: "held_out.jsonl", recordType } },
    { id: "filter", kind: "filter", resources: res, inputs: [], outputs: [], config: { tasks } },
    { id: "rollout", kind: "rollout", resources: { gpus: 1, cpuWorkers: 0 }, inputs: [], outputs: [], config: {
      engine: o.engine ?? "openai", n: o.n ?? 4, temperature: 1, topP: 1, maxPromptTokens: 512, maxResponseTokens: 64,
      endpoint: o.endpoint ?? "http://127.0.0.1:9/v1", modelName: "fake", concurrency: 4, timeoutMs: 2000, retries: 1,
      val: { n: 2, temperature: 0.6, topP: 0.95, topK: -1 } } },
    { id: "verify", kind: "verify", resources: { gpus: 0, cpuWorkers: 2 }, inputs: [], outputs: [], config: { tasks, workers: 2 } },
    { id: "advantage", kind: "advantage", resources: res, inputs: [], outputs: [], config: { estimator: o.estimator ?? "tmn_grpo", difficultyReweight: true, smoothAlpha: 0.8 } },
    ...(o.dynamic ? [{ id: "dynamic", kind: "dynamic_sampling", resources: res, inputs: [], outputs: [], config: { metric: "score", keep: "nonzero_std", maxGenBatches: o.dynamic } }] : []),
    { id: "update", kind: "update", resources: { gpus: 1, cpuWorkers: 0 }, inputs: [], outputs: [], config: {
      algorithm: "ppo", trainer: o.trainer ?? "none", lr: 1e-6, clipLow: 0.2, clipHigh: 0.28, lossAgg: "token_mean", miniBatch: 4 } },
    { id: "sync", kind: "sync_weights", resources: res, inputs: [], outputs: [], config: {} },
    ...(o.evalEvery !== null ? [{ id: "eval", kind: "eval", resources: res, inputs: [], outputs: [], config: { source: "held_out", everySteps: o.evalEvery ?? 2, logGenerations: o.logGenerations ?? 0 } }] : []),
    ...(o.checkpointEvery !== null ? [{ id: "checkpoint", kind: "checkpoint", resources: res, inputs: [], outputs: [], config: { everySteps: o.checkpointEvery ?? 2 } }] : []),
  ];
  return Graph.parse({
    version: 1, recipe: "core_test", file: "core_test.golong",
    model: { kind: "path", path: "fake", maxContextTokens: 4096 },
    train: { promptsPerStep: o.promptsPerStep ?? 6, genPromptsPerStep: o.genPromptsPerStep ?? 9, miniBatch: 4,
      epochs: o.epochs === undefined ? null : o.epochs, steps: o.steps === undefined ? 5 : o.steps, seed: o.seed ?? 42, overlap: o.overlap ?? false },
    cluster: null, nodes, edges: [],
  });
}
