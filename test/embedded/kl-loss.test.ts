// test/embedded/kl-loss.test.ts — the KL loss to a reference policy (`update ppo { kl: c }`): the
// graph's `kl` output is verl's low_var_kl aggregated with the token weights, the loss gains c times
// it, the trainer keeps the policy of its first update as the reference (in checkpoints too), and a
// large coefficient keeps the policy near the reference where no coefficient lets it move.
import * as ort from "onnxruntime-node";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { UpdateConfig } from "../../compiler/ir.js";
import { buildTrainingGraph, createEmbeddedTrainer, embeddedTokenizer } from "../../runtime/embedded/index.js";
import { SeededRandom } from "../../runtime/embedded/seeded-random.js";
import { B, T, randomSamples, scalar, tinyConfig, tinyFeeds, tinyPpo } from "./tiny-policy.js";

const cfg = tinyConfig;
const ppo = tinyPpo;
// Some reference log-probs far above the policy's (exp(d) − d − 1 clamps at 10) and some close.
const feeds = (rng: SeededRandom) => tinyFeeds(rng, { invTemperature: 1, refLogp: (i) => (i === 3 ? 20 : -2.4 + rng.normal()) });

describe("KL loss", () => {
  test("kl is Σ weight · clamp(exp(ref − logp) − (ref − logp) − 1, −10, 10); the loss adds coef × kl", async () => {
    const plain = await ort.InferenceSession.create(buildTrainingGraph(cfg, ppo));
    const withKl = await ort.InferenceSession.create(buildTrainingGraph(cfg, { ...ppo, klCoef: 0.5 }));
    const f = feeds(new SeededRandom(4));
    const a = await plain.run(f), b = await withKl.run(f);
    const logp = b.logp.data as Float32Array, ref = f.ref_logp.data as Float32Array, w = f.token_weight.data as Float32Array;
    let expected = 0;
    for (let i = 0; i < B * T; i++) {
      const d = ref[i] - logp[i];
      expected += w[i] * Math.min(10, Math.max(-10, Math.exp(d) - d - 1));
    }
    expect(expected).toBeGreaterThan(10 / 6 - 1e-6); // the clamped token is in
    expect(scalar(b.kl)).toBeCloseTo(expected, 4);
    expect(scalar(b.loss)).toBeCloseTo(scalar(a.loss) + 0.5 * expected, 4);
    expect(a.kl).toBeUndefined();
  });

  test("a negative or non-finite coefficient is refused", () => {
    expect(() => buildTrainingGraph(cfg, { ...ppo, klCoef: -1 })).toThrow(/KL coefficient must be a finite number >= 0/);
    expect(() => buildTrainingGraph(cfg, { ...ppo, klCoef: Number.POSITIVE_INFINITY })).toThrow(/KL coefficient/);
  });

  test("the trainer keeps its first update's policy as the reference, checkpoints it, and a large kl holds the policy near it", async () => {
    const tok = embeddedTokenizer();
    const model = { kind: "embedded" as const, layers: 1, width: 16, heads: 2, contextTokens: 64, seed: 9, positions: "learned" as const, device: "cpu" as const };
    const rollout = { temperature: 1, maxResponseTokens: 8 };
    const base = { algorithm: "ppo", trainer: "embedded", lr: 3e-3, clipLow: 0.2, clipHigh: 0.2, lossAgg: "token_mean", miniBatch: 4 };
    const rng = new SeededRandom(3);
    const samples = randomSamples(tok, rng, 0);
    const dir = await mkdtemp(join(tmpdir(), "golong-kl-"));
    try {
      const drift: number[] = [];
      for (const coef of [0, 10]) {
        const t = await createEmbeddedTrainer(UpdateConfig.parse({ ...base, kl: coef > 0 ? { coef, inReward: false } : null }), { model, rollout });
        const start = await t.logprobs(samples);
        if (coef > 0) await expect(t.logprobs(samples, "reference")).rejects.toThrow(/no reference policy yet/);
        const klLoss: number[] = [];
        for (let step = 1; step <= 8; step++) {
          const now = await t.logprobs(samples);
          samples.forEach((s, k) => s.oldLogprobs.set(now[k]));
          const m = (await t.update({ step, samples })).metrics;
          if (coef > 0) klLoss.push(m.kl_loss);
          else expect(m.kl_loss).toBeUndefined();
        }
        const end = await t.logprobs(samples);
        const moved = end.flatMap((e, k) => Array.from(e, (v, i) => Math.abs(v - start[k][i])));
        drift.push(moved.reduce((a, b) => a + b, 0) / moved.length);
        if (coef > 0) {
          // The reference is the policy before the first update; the first update's KL is 0.
          const ref = await t.logprobs(samples, "reference");
          ref.forEach((r, k) => r.forEach((v, i) => expect(v).toBeCloseTo(start[k][i], 5)));
          expect(klLoss[0]).toBeCloseTo(0, 6);
          expect(klLoss[7]).toBeGreaterThan(0);
          // A checkpoint carries the reference: another trainer loaded from it has the same one.
          await t.save(join(dir, "ck"));
          const other = await createEmbeddedTrainer(UpdateConfig.parse({ ...base, kl: { coef, inReward: false } }), { model, rollout });
          await other.load(join(dir, "ck"));
          const ref2 = await other.logprobs(samples, "reference");
          ref2.forEach((r, k) => expect(Array.from(r)).toEqual(Array.from(ref[k])));
          await other.close();
        }
        await t.close();
      }
      // Both move; with kl 10 the policy stays much closer to where it started (mean |Δ log-prob|).
      expect(drift[0]).toBeGreaterThan(0.05);
      expect(drift[1]).toBeLessThan(drift[0] / 2);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
