// test/embedded/engine.test.ts — the onnx rollout engine: KV-cache decoding agrees with the trainer's
// full forward pass, sampling is seeded and independent of batching, weights sync and checkpoints.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { UpdateConfig } from "../../compiler/ir.js";
import type { RolloutRequest } from "../../runtime/engine.js";
import {
  createEmbeddedTrainer, createOnnxEngine, embeddedTokenizer, initWeights, type EmbeddedTrainer, type OnnxEngine, type PolicyConfig,
} from "../../runtime/embedded/index.js";

const tok = embeddedTokenizer();
const cfg: PolicyConfig = { vocabSize: tok.vocabSize, layers: 2, width: 32, heads: 4, contextTokens: 64, seed: 3 };
const update = { lr: 1e-3, warmupSteps: 0, weightDecay: 0, gradClip: 1, clipLow: 0.2, clipHigh: 0.28, dualClip: 3, lossAgg: "token_mean" as const, ppoEpochs: 1, miniBatch: 64 };

function requests(temperature: number, topP = 1): RolloutRequest[] {
  return ["hi", "a longer prompt here", "mid prompt"].map((p, i) => ({
    uid: `r${i}`, messages: [{ role: "user" as const, content: p }],
    sampling: { n: 3, temperature, topP, topK: -1, maxResponseTokens: 10, seed: 5 },
  }));
}

describe("onnx engine", () => {
  let engine: OnnxEngine;
  let trainer: EmbeddedTrainer;
  let dir: string;
  beforeAll(async () => {
    engine = await createOnnxEngine({ config: cfg, weights: initWeights(cfg), tokenizer: tok }); // one batch: left padding in play
    trainer = await createEmbeddedTrainer({ config: cfg, update, temperature: 0.7, maxResponseTokens: 10 });
    dir = await mkdtemp(join(tmpdir(), "golong-embedded-"));
  });
  afterAll(async () => {
    await engine.close();
    await trainer.close();
    await rm(dir, { recursive: true, force: true });
  });

  test("log-probs from cached decoding over left-padded batches equal the training graph's", async () => {
    const reqs = requests(0.7);
    const res = await engine.generate(reqs);
    const samples = res.flatMap((r, i) => r.samples.map((s) => ({
      promptTokens: tok.encode(tok.applyChatTemplate(reqs[i].messages)), responseTokens: s.tokens!, logprobs: s.logprobs!,
    })));
    expect(samples).toHaveLength(9);
    const recomputed = await trainer.logprobs(samples);
    let maxDiff = 0;
    samples.forEach((s, k) => {
      expect(s.responseTokens.length).toBeGreaterThan(0);
      expect(recomputed[k].length).toBe(s.responseTokens.length);
      for (let t = 0; t < s.responseTokens.length; t++) maxDiff = Math.max(maxDiff, Math.abs(recomputed[k][t] - s.logprobs[t]));
    });
    expect(maxDiff).toBeLessThan(1e-3);
  });

  test("sampling is reproducible and does not depend on how sequences are batched", async () => {
    const one = await createOnnxEngine({ config: cfg, weights: initWeights(cfg), tokenizer: tok, maxBatch: 1 });
    const a = await engine.generate(requests(1.0));
    const b = await one.generate(requests(1.0));
    await one.close();
    expect(a.map((r) => r.samples.map((s) => s.text))).toEqual(b.map((r) => r.samples.map((s) => s.text)));
    const texts = a.flatMap((r) => r.samples.map((s) => s.text));
    expect(new Set(texts).size).toBeGreaterThan(1);
  });

  test("a tiny top_p keeps only the most likely token: all n samples agree with greedy", async () => {
    const nucleus = await engine.generate(requests(1.0, 1e-6));
    const greedy = await engine.generate(requests(0));
    nucleus.forEach((r, i) => {
      for (const s of r.samples) expect(s.text).toBe(greedy[i].samples[0].text);
    });
  });

  test("syncWeights changes what the engine samples; a checkpoint restores weights and optimizer", async () => {
    const before = await engine.generate(requests(0));
    const samples = before.flatMap((r, i) => r.samples.map((s, k) => ({
      uid: r.uid, task: "t", promptTokens: tok.encode(tok.applyChatTemplate(requests(0)[i].messages)), responseTokens: s.tokens!,
      oldLogprobs: s.logprobs!, advantage: k === 0 ? 1 : -0.5, responseMask: new Uint8Array(s.tokens!.length).fill(1), score: 0,
    })));
    await trainer.save(join(dir, "ck0"));
    const res = await trainer.update({ step: 1, samples });
    expect(res.weights.version).toBe(1);
    expect(res.metrics.optimizer_steps).toBe(1);
    expect(Number.isFinite(res.metrics.pg_loss)).toBe(true);
    await engine.syncWeights(res.weights);
    expect(engine.weightsVersion).toBe(1);
    const after = await engine.generate(requests(0));
    expect(after.flatMap((r) => r.samples[0].logprobs![0])).not.toEqual(before.flatMap((r) => r.samples[0].logprobs![0]));

    await trainer.save(join(dir, "ck1"));
    const other = await createEmbeddedTrainer({ config: cfg, update, temperature: 0.7, maxResponseTokens: 10 });
    await other.load(join(dir, "ck1"));
    for (const [k, w] of trainer.weights) expect(Array.from(other.weights.get(k)!)).toEqual(Array.from(w));
    expect(other.weightsVersion).toBe(1);
    // Same state in, same update out: the optimizer moments came back too.
    const r1 = await trainer.update({ step: 2, samples });
    const r2 = await other.update({ step: 2, samples });
    for (const [k, w] of trainer.weights) expect(Array.from(other.weights.get(k)!)).toEqual(Array.from(w));
    expect(r2.metrics.pg_loss).toBeCloseTo(r1.metrics.pg_loss, 6);
    await other.load(join(dir, "ck0"));
    expect(other.weightsVersion).toBe(0);
    await other.close();
  });

  test("a checkpoint of another shape is refused with a clear message", async () => {
    const small = await createEmbeddedTrainer({ config: { ...cfg, width: 16 }, update, temperature: 1, maxResponseTokens: 10 });
    await small.save(join(dir, "small"));
    await small.close();
    await expect(trainer.load(join(dir, "small"))).rejects.toThrow(/width 16, the recipe's model has 32/);
    await expect(trainer.load(join(dir, "missing"))).rejects.toThrow(/cannot read embedded checkpoint/);
  });
});

describe("device", () => {
  test("device cuda runs on cuda where this onnxruntime build has it, else on cpu with one clear notice", async () => {
    const notices: string[] = [];
    const e = await createOnnxEngine({ config: cfg, weights: initWeights(cfg), tokenizer: tok, device: "cuda", onNotice: (m) => notices.push(m) });
    if (e.device === "cuda") expect(notices).toEqual([]);
    else {
      expect(notices).toHaveLength(1);
      expect(notices[0]).toMatch(/asks for device cuda, but this onnxruntime-node build cannot use it .*; running on cpu/);
    }
    const res = await e.generate(requests(0));
    expect(res[0].samples[0].tokens!.length).toBeGreaterThan(0);
    await e.close();
  });

  test("IR form: the engine and trainer are built from the recipe's model, rollout and update configs", async () => {
    const model = { kind: "embedded" as const, layers: 1, width: 16, heads: 2, contextTokens: 64, seed: 9, device: "cpu" as const };
    const rollout = {
      engine: "onnx" as const, mode: "sync" as const, n: 2, temperature: 1, topP: 1, topK: -1, maxPromptTokens: 48, maxResponseTokens: 8,
      truncation: "left" as const, filterOverlongPrompts: false, tp: 1, concurrency: 1, timeoutMs: 1000, retries: 0,
      val: { n: 1, temperature: 0, topP: 1, topK: -1 },
    };
    const e = await createOnnxEngine(rollout, { model });
    const update = UpdateConfig.parse({ algorithm: "ppo", trainer: "embedded", lr: 1e-3, clipLow: 0.2, clipHigh: 0.2, lossAgg: "token_mean", miniBatch: 4 });
    const t = await createEmbeddedTrainer(update, { model, rollout });
    const res = await e.generate(requests(1));
    const samples = res.flatMap((r, i) => r.samples.map((s) => ({ promptTokens: tok.encode(tok.applyChatTemplate(requests(1)[i].messages)), responseTokens: s.tokens! })));
    const lp = await t.logprobs(samples);
    expect(Math.abs(lp[0][0] - res[0].samples[0].logprobs![0])).toBeLessThan(1e-3);
    await expect(createOnnxEngine(rollout, { model: { kind: "path", path: "x", maxContextTokens: 8 } })).rejects.toThrow(/needs the recipe's model to be embedded/);
    await expect(createEmbeddedTrainer(update, { model })).rejects.toThrow(/needs the rollout config/);
    await expect(createEmbeddedTrainer({ ...update, kl: { coef: 0.1, inReward: true } }, { model, rollout })).rejects.toThrow(/does not implement kl_in_reward/);
    await e.close();
    await t.close();
  });
});
