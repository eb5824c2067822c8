// test/embedded/rotary.test.ts — rotary positions (`positions: rotary`): attention depends only on the
// distance between tokens, the cached decoding agrees with the trainer's forward pass, and a
// checkpoint of the other position kind is refused.
import * as ort from "onnxruntime-node";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  buildPrefillGraph, createEmbeddedTrainer, createOnnxEngine, embeddedTokenizer, initWeights, parameterSpecs, validatePolicyConfig,
  type EmbeddedTrainer, type OnnxEngine, type PolicyConfig,
} from "../../runtime/embedded/index.js";

const tok = embeddedTokenizer();
const cfg: PolicyConfig = { vocabSize: tok.vocabSize, layers: 2, width: 32, heads: 4, contextTokens: 64, seed: 3, positions: "rotary" };
const update = { lr: 1e-3, warmupSteps: 0, weightDecay: 0, gradClip: 1, clipLow: 0.2, clipHigh: 0.28, dualClip: 3, lossAgg: "token_mean" as const, ppoEpochs: 1, miniBatch: 64 };

/** Prefill logits of one sequence whose positions start at `offset`. */
async function prefillLogits(session: ort.InferenceSession, tokens: number[], offset: number, scale: number): Promise<Float32Array> {
  const P = tokens.length;
  const rngWeights = initWeights(cfg);
  const feeds: Record<string, ort.Tensor> = {
    tokens: new ort.Tensor("int64", BigInt64Array.from(tokens.map(BigInt)), [1, P]),
    positions: new ort.Tensor("int64", BigInt64Array.from(tokens.map((_, i) => BigInt(i + offset))), [1, P]),
    causal_bias: new ort.Tensor("float32", Float32Array.from({ length: P * P }, (_, k) => (k % P > Math.floor(k / P) ? -1e9 : 0)), [P, P]),
    key_bias: new ort.Tensor("float32", new Float32Array(P), [1, P]),
  };
  // Scaled-up weights, so attention is far from uniform and positions matter.
  for (const s of parameterSpecs(cfg)) feeds[`w.${s.name}`] = new ort.Tensor("float32", rngWeights.get(s.name)!.map((v) => (s.init === "normal" ? v * scale : v)), s.shape);
  return (await session.run(feeds)).logits.data as Float32Array;
}

describe("rotary positions", () => {
  let engine: OnnxEngine;
  let trainer: EmbeddedTrainer;
  let dir: string;
  beforeAll(async () => {
    engine = await createOnnxEngine({ config: cfg, weights: initWeights(cfg), tokenizer: tok });
    trainer = await createEmbeddedTrainer({ config: cfg, update, temperature: 0.7, maxResponseTokens: 10 });
    dir = await mkdtemp(join(tmpdir(), "golong-rotary-"));
  });
  afterAll(async () => {
    await engine.close();
    await trainer.close();
    await rm(dir, { recursive: true, force: true });
  });

  test("no position table; shifting every position leaves the logits unchanged, reordering the tokens does not", async () => {
    expect(parameterSpecs(cfg).map((s) => s.name)).not.toContain("pos_emb");
    expect(parameterSpecs({ ...cfg, positions: "learned" }).map((s) => s.name)).toContain("pos_emb");
    const session = await ort.InferenceSession.create(buildPrefillGraph(cfg));
    const tokens = [7, 40, 41, 99, 7, 40, 12, 3];
    const a = await prefillLogits(session, tokens, 0, 10);
    const b = await prefillLogits(session, tokens, 23, 10);
    let shift = 0, scale = 0;
    for (let i = 0; i < a.length; i++) { shift = Math.max(shift, Math.abs(a[i] - b[i])); scale = Math.max(scale, Math.abs(a[i])); }
    expect(scale).toBeGreaterThan(0.1);
    expect(shift).toBeLessThan(1e-4 * scale + 1e-5);
    // Without any position signal the last token's output would not depend on the order of the tokens
    // before it (attention over the same set); with rotary positions it does.
    const V = cfg.vocabSize;
    const ab = await prefillLogits(session, [7, 40, 99, 12], 0, 10);
    const ba = await prefillLogits(session, [40, 7, 99, 12], 0, 10);
    let diff = 0;
    for (let v = 0; v < V; v++) diff = Math.max(diff, Math.abs(ab[3 * V + v] - ba[3 * V + v]));
    expect(diff).toBeGreaterThan(1e-3);
  });

  test("cached decoding over left-padded batches gives the training graph's log-probs", async () => {
    const reqs = ["hi", "a longer prompt here", "mid prompt"].map((p, i) => ({
      uid: `r${i}`, messages: [{ role: "user" as const, content: p }],
      sampling: { n: 3, temperature: 0.7, topP: 1, topK: -1, maxResponseTokens: 10, seed: 5 },
    }));
    const res = await engine.generate(reqs);
    const samples = res.flatMap((r, i) => r.samples.map((s) => ({
      promptTokens: tok.encode(tok.applyChatTemplate(reqs[i].messages)), responseTokens: s.tokens!, logprobs: s.logprobs!,
    })));
    const recomputed = await trainer.logprobs(samples);
    let maxDiff = 0, tokens = 0;
    samples.forEach((s, k) => {
      expect(recomputed[k].length).toBe(s.responseTokens.length);
      for (let t = 0; t < s.responseTokens.length; t++, tokens++) maxDiff = Math.max(maxDiff, Math.abs(recomputed[k][t] - s.logprobs[t]));
    });
    expect(tokens).toBeGreaterThan(9);
    expect(maxDiff).toBeLessThan(1e-3);
  });

  test("a checkpoint with the other kind of positions is refused; an odd head width is refused", async () => {
    const learned = await createEmbeddedTrainer({ config: { ...cfg, positions: "learned" }, update, temperature: 1, maxResponseTokens: 10 });
    await learned.save(join(dir, "learned"));
    await learned.close();
    await expect(trainer.load(join(dir, "learned"))).rejects.toThrow(/positions learned, the recipe's model has rotary/);
    expect(() => validatePolicyConfig({ ...cfg, width: 12, heads: 4 })).toThrow(/rotary positions need an even head width, got 3/);
  });
});
