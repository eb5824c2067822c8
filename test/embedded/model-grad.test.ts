// test/embedded/model-grad.test.ts — the whole policy's training graphs (clipped policy loss with dual
// clip, with and without an entropy bonus or a KL loss; supervised cross-entropy; learned and rotary
// positions) against finite differences on every parameter tensor.
import * as ort from "onnxruntime-node";
import { describe, expect, test } from "vitest";
import { buildTrainingGraph, parameterSpecs, type LossSpec, type PolicyConfig } from "../../runtime/embedded/index.js";
import { SeededRandom } from "../../runtime/embedded/seeded-random.js";

const learned: PolicyConfig = { vocabSize: 11, layers: 2, width: 8, heads: 2, contextTokens: 8, seed: 0 };
const rotary: PolicyConfig = { ...learned, positions: "rotary" };
const B = 2, T = 6;

async function checkModel(loss: LossSpec, seed: number, cfg: PolicyConfig = learned): Promise<void> {
  const rng = new SeededRandom(seed);
  const session = await ort.InferenceSession.create(buildTrainingGraph(cfg, loss));
  const specs = parameterSpecs(cfg);
  // Larger-than-init weights so every path carries a gradient well above float32 noise.
  const weights = specs.map((s) => Float32Array.from({ length: s.shape.reduce((a, b) => a * b, 1) }, () =>
    (s.init === "ones" ? 1 : 0) + rng.normal() * 0.4));
  const ints = (f: () => number): BigInt64Array => BigInt64Array.from({ length: B * T }, () => BigInt(f()));
  const tokens = ints(() => Math.floor(rng.next() * cfg.vocabSize));
  const targets = ints(() => Math.floor(rng.next() * cfg.vocabSize));
  const positions = BigInt64Array.from({ length: B * T }, (_, i) => BigInt(i % T));
  const weight = Float32Array.from({ length: B * T }, (_, i) => (i % T >= 2 ? 1 / 8 : 0));
  // Causal, and in the second row a prompt of 2 shared by two 2-token segments that cannot see each other.
  const bias = new Float32Array(B * T * T);
  for (let b = 0; b < B; b++) for (let i = 0; i < T; i++) for (let j = 0; j < T; j++) {
    const segmented = b === 1 && i >= 4 && j >= 2 && j < 4;
    if (j > i || segmented) bias[(b * T + i) * T + j] = -1e9;
  }
  const feeds = (ws: Float32Array[]): Record<string, ort.Tensor> => {
    const f: Record<string, ort.Tensor> = {
      tokens: new ort.Tensor("int64", tokens, [B, T]), targets: new ort.Tensor("int64", targets, [B, T]),
      positions: new ort.Tensor("int64", positions, [B, T]),
      attn_bias: new ort.Tensor("float32", bias, [B, 1, T, T]),
      inv_temperature: new ort.Tensor("float32", Float32Array.of(1 / 0.8), []), token_weight: new ort.Tensor("float32", weight, [B, T]),
    };
    specs.forEach((s, i) => { f[`w.${s.name}`] = new ort.Tensor("float32", ws[i], s.shape); });
    return f;
  };
  if (loss.kind === "ppo") {
    // Old log-probs around the current ones, so some ratios fall outside the clip range.
    const zeros = new ort.Tensor("float32", new Float32Array(B * T), [B, T]);
    const cur = (await session.run({ ...feeds(weights), old_logp: zeros, advantages: zeros, ...(loss.klCoef ? { ref_logp: zeros } : {}) })).logp.data as Float32Array;
    const old = Float32Array.from(cur, (v) => v + (rng.next() - 0.5) * 1.2);
    const adv = Float32Array.from({ length: B * T }, () => rng.normal());
    const base = feeds;
    const ref = Float32Array.from(cur, (v) => v + rng.normal() * 0.5);
    const withPpo = (ws: Float32Array[]): Record<string, ort.Tensor> => ({
      ...base(ws), old_logp: new ort.Tensor("float32", old, [B, T]), advantages: new ort.Tensor("float32", adv, [B, T]),
      ...(loss.klCoef ? { ref_logp: new ort.Tensor("float32", ref, [B, T]) } : {}),
    });
    return compare(session, specs.map((s) => s.name), weights, withPpo);
  }
  return compare(session, specs.map((s) => s.name), weights, feeds);
}

async function compare(session: ort.InferenceSession, names: string[], weights: Float32Array[], feeds: (ws: Float32Array[]) => Record<string, ort.Tensor>): Promise<void> {
  const out = await session.run(feeds(weights));
  const eps = 2e-3;
  let checked = 0, nonzero = 0;
  for (let p = 0; p < names.length; p++) {
    const analytic = out[`grad.${names[p]}`].data as Float32Array;
    for (const j of [0, Math.floor(weights[p].length / 2), weights[p].length - 1]) {
      const plus = weights.map((w) => w.slice()), minus = weights.map((w) => w.slice());
      plus[p][j] += eps;
      minus[p][j] -= eps;
      const lp = ((await session.run(feeds(plus))).loss.data as Float32Array)[0];
      const lm = ((await session.run(feeds(minus))).loss.data as Float32Array)[0];
      const fd = (lp - lm) / (2 * eps);
      expect(Math.abs(fd - analytic[j]), `${names[p]}[${j}]: fd ${fd} vs analytic ${analytic[j]}`).toBeLessThan(2e-3 + 3e-2 * Math.abs(fd));
      checked++;
      if (Math.abs(analytic[j]) > 1e-4) nonzero++;
    }
  }
  expect(checked).toBe(names.length * 3);
  expect(nonzero).toBeGreaterThan(checked / 2);
}

describe("training graphs match finite differences on every parameter", () => {
  test("clipped policy loss with dual clip", () => checkModel({ kind: "ppo", clipLow: 0.2, clipHigh: 0.28, dualClip: 3 }, 11));
  test("clipped policy loss without dual clip", () => checkModel({ kind: "ppo", clipLow: 0.2, clipHigh: 0.2, dualClip: null }, 12));
  test("clipped policy loss with an entropy bonus", () => checkModel({ kind: "ppo", clipLow: 0.2, clipHigh: 0.28, dualClip: 3, entropyCoef: 0.5 }, 14));
  test("supervised cross-entropy", () => checkModel({ kind: "supervised" }, 13));
  test("clipped policy loss with a KL loss", () => checkModel({ kind: "ppo", clipLow: 0.2, clipHigh: 0.28, dualClip: 3, klCoef: 0.7 }, 17));
  test("clipped policy loss, rotary positions", () => checkModel({ kind: "ppo", clipLow: 0.2, clipHigh: 0.28, dualClip: 3 }, 15, rotary));
  test("supervised cross-entropy, rotary positions", () => checkModel({ kind: "supervised" }, 16, rotary));
});
