// test/embedded/tiny-policy.ts — fixtures for tests of the ppo training graph on a tiny policy: feeds
// of random tokens, weights and log-probs for one graph call, and random samples for a trainer update.
import * as ort from "onnxruntime-node";
import { parameterSpecs, type PolicyConfig } from "../../runtime/embedded/index.js";
import { SeededRandom } from "../../runtime/embedded/seeded-random.js";
import type { TrainSample } from "../../runtime/trainer.js";
import type { Tokenizer } from "../../runtime/tokenizer/index.js";

export const tinyConfig: PolicyConfig = { vocabSize: 11, layers: 1, width: 8, heads: 2, contextTokens: 8, seed: 0 };
export const tinyPpo = { kind: "ppo" as const, clipLow: 0.2, clipHigh: 0.28, dualClip: 3 };
export const B = 2, T = 5;

export const scalar = (t: ort.Tensor): number => (t.data as Float32Array)[0];

/** Feeds for one call of tinyConfig's ppo graph: causal rows of B × T random tokens and targets, the
 *  last 3 positions of each row the response (token-mean over 6 tokens), weights N(init, 0.4) (a zero
 *  output head when `zeroHead`), and `ref_logp` when given. */
export function tinyFeeds(rng: SeededRandom, opts: { invTemperature: number; zeroHead?: boolean; refLogp?: (i: number) => number }): Record<string, ort.Tensor> {
  const ints = (f: (i: number) => number): ort.Tensor => new ort.Tensor("int64", BigInt64Array.from({ length: B * T }, (_, i) => BigInt(f(i))), [B, T]);
  const bias = new Float32Array(B * T * T);
  for (let b = 0; b < B; b++) for (let i = 0; i < T; i++) for (let j = i + 1; j < T; j++) bias[(b * T + i) * T + j] = -1e9;
  const f: Record<string, ort.Tensor> = {
    tokens: ints(() => Math.floor(rng.next() * tinyConfig.vocabSize)), targets: ints(() => Math.floor(rng.next() * tinyConfig.vocabSize)),
    positions: ints((i) => i % T), attn_bias: new ort.Tensor("float32", bias, [B, 1, T, T]),
    inv_temperature: new ort.Tensor("float32", Float32Array.of(opts.invTemperature), []),
    token_weight: new ort.Tensor("float32", Float32Array.from({ length: B * T }, (_, i) => (i % T >= 2 ? 1 / 6 : 0)), [B, T]),
    old_logp: new ort.Tensor("float32", Float32Array.from({ length: B * T }, () => -2.4 + rng.normal() * 0.3), [B, T]),
    advantages: new ort.Tensor("float32", Float32Array.from({ length: B * T }, () => rng.normal()), [B, T]),
  };
  if (opts.refLogp) f.ref_logp = new ort.Tensor("float32", Float32Array.from({ length: B * T }, (_, i) => opts.refLogp!(i)), [B, T]);
  for (const s of parameterSpecs(tinyConfig)) {
    const n = s.shape.reduce((a, b) => a * b, 1);
    const data = s.name === "head" && opts.zeroHead ? new Float32Array(n) : Float32Array.from({ length: n }, () => (s.init === "ones" ? 1 : 0) + rng.normal() * 0.4);
    f[`w.${s.name}`] = new ort.Tensor("float32", data, s.shape);
  }
  return f;
}

/** Four samples of 6 random response tokens in two groups, advantages ±1 alternating. */
export function randomSamples(tok: Tokenizer, rng: SeededRandom, oldLogprob: number): TrainSample[] {
  return Array.from({ length: 4 }, (_, k) => ({
    uid: `u${k >> 1}`, task: "t", promptTokens: tok.encode(tok.applyChatTemplate([{ role: "user", content: `prompt ${k}` }])),
    responseTokens: Int32Array.from({ length: 6 }, () => 5 + Math.floor(rng.next() * 200)),
    oldLogprobs: new Float32Array(6).fill(oldLogprob), advantage: k % 2 ? 1 : -1, responseMask: new Uint8Array(6).fill(1), score: 0,
  }));
}
