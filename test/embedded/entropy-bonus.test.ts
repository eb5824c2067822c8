// test/embedded/entropy-bonus.test.ts — the ppo graph's `entropy` output and its bonus in the loss:
// a known entropy (uniform next-token distribution), and loss(coef) = loss(0) − coef · entropy.
import * as ort from "onnxruntime-node";
import { describe, expect, test } from "vitest";
import { UpdateConfig } from "../../compiler/ir.js";
import { buildTrainingGraph, createEmbeddedTrainer, embeddedTokenizer } from "../../runtime/embedded/index.js";
import { SeededRandom } from "../../runtime/embedded/seeded-random.js";
import { randomSamples, scalar, tinyConfig, tinyFeeds, tinyPpo } from "./tiny-policy.js";

const cfg = tinyConfig;
const ppo = tinyPpo;
const feeds = (rng: SeededRandom, zeroHead: boolean) => tinyFeeds(rng, { invTemperature: 1 / 0.7, zeroHead });

describe("entropy bonus", () => {
  test("a zero output head gives the uniform distribution: entropy ln(V) per token, summed with token_weight", async () => {
    const session = await ort.InferenceSession.create(buildTrainingGraph(cfg, ppo));
    const out = await session.run(feeds(new SeededRandom(1), true));
    // token_weight sums to 1 (6 response tokens at 1/6).
    expect(scalar(out.entropy)).toBeCloseTo(Math.log(cfg.vocabSize), 5);
  });

  test("loss with coefficient c is the policy loss less c times the aggregated entropy; gradients change", async () => {
    const plain = await ort.InferenceSession.create(buildTrainingGraph(cfg, ppo));
    const bonus = await ort.InferenceSession.create(buildTrainingGraph(cfg, { ...ppo, entropyCoef: 0.3 }));
    const f = feeds(new SeededRandom(2), false);
    const a = await plain.run(f), b = await bonus.run(f);
    const h = scalar(a.entropy);
    expect(h).toBeGreaterThan(0);
    expect(h).toBeLessThan(Math.log(cfg.vocabSize));
    expect(scalar(b.entropy)).toBeCloseTo(h, 6);
    expect(scalar(b.loss)).toBeCloseTo(scalar(a.loss) - 0.3 * h, 5);
    expect(Array.from(b.logp.data as Float32Array)).toEqual(Array.from(a.logp.data as Float32Array));
    const ga = a["grad.head"].data as Float32Array, gb = b["grad.head"].data as Float32Array;
    expect(ga.some((v, i) => Math.abs(v - gb[i]) > 1e-5)).toBe(true);
  });

  test("a negative or non-finite coefficient is refused", () => {
    expect(() => buildTrainingGraph(cfg, { ...ppo, entropyCoef: -0.1 })).toThrow(/entropy coefficient must be a finite number >= 0/);
    expect(() => buildTrainingGraph(cfg, { ...ppo, entropyCoef: Number.NaN })).toThrow(/entropy coefficient/);
  });

  test("the recipe's entropy_coef reaches the trainer, and each update reports the aggregated entropy", async () => {
    const tok = embeddedTokenizer();
    const model = { kind: "embedded" as const, layers: 1, width: 16, heads: 2, contextTokens: 64, seed: 9, device: "cpu" as const };
    const rollout = { temperature: 1, maxResponseTokens: 8 };
    const base = { algorithm: "ppo", trainer: "embedded", lr: 1e-3, clipLow: 0.2, clipHigh: 0.2, lossAgg: "token_mean", miniBatch: 4 };
    const rng = new SeededRandom(3);
    const samples = randomSamples(tok, rng, -5.5);
    const metrics: Record<string, number>[] = [];
    for (const entropyCoef of [0, 0.01]) {
      const t = await createEmbeddedTrainer(UpdateConfig.parse({ ...base, entropyCoef }), { model, rollout });
      metrics.push((await t.update({ step: 1, samples })).metrics);
      await t.close();
    }
    // Fresh weights (N(0, 0.02)) are near uniform over the 261 tokens: entropy just under ln(261).
    for (const m of metrics) {
      expect(m.entropy).toBeGreaterThan(Math.log(tok.vocabSize) - 0.05);
      expect(m.entropy).toBeLessThanOrEqual(Math.log(tok.vocabSize) + 1e-4);
    }
    // Same weights before the step: same entropy and the same policy loss (pg_loss leaves the bonus out).
    expect(metrics[1].entropy).toBeCloseTo(metrics[0].entropy, 5);
    expect(metrics[1].pg_loss).toBeCloseTo(metrics[0].pg_loss, 5);
  });
});
