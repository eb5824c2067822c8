// test/embedded/grad-runner.test.ts — the trainer's graph passes shared out to worker threads give
// what one in-process session gives (losses, log-probs and every gradient), the same on every run,
// and the split keeps a prompt's responses together while balancing tokens.
import { afterAll, describe, expect, test } from "vitest";
import { createGradRunner, gradWorkerFile, shareRows, type GradRunner } from "../../runtime/embedded/grad-runner.js";
import { initWeights, type PolicyConfig } from "../../runtime/embedded/index.js";
import { trainWorkersFromEnv } from "../../runtime/embedded/embedded-trainer.js";
import type { Piece } from "../../runtime/embedded/packing.js";
import { SeededRandom } from "../../runtime/embedded/seeded-random.js";

const cfg: PolicyConfig = { vocabSize: 23, layers: 2, width: 16, heads: 2, contextTokens: 48, seed: 3 };
const ppoLoss = { kind: "ppo" as const, clipLow: 0.2, clipHigh: 0.28, dualClip: 3, entropyCoef: 0.01, klCoef: 0.1 };
const limits = { microTokens: 96, maxScores: 1 << 20, contextTokens: 48 };

/** `groups` prompts of 5-30 random tokens, each with `n` responses of 1-8 tokens. */
function pieces(rng: SeededRandom, groups: number, n: number): Piece[] {
  const out: Piece[] = [];
  const int = (k: number) => Math.floor(rng.next() * k);
  for (let g = 0; g < groups; g++) {
    const prompt = Int32Array.from({ length: 5 + int(26) }, () => int(cfg.vocabSize));
    for (let k = 0; k < n; k++) {
      const R = 1 + int(8);
      out.push({
        prompt, response: Int32Array.from({ length: R }, () => int(cfg.vocabSize)), weights: Float32Array.from({ length: R }, () => rng.next() / 40),
        oldLogp: Float32Array.from({ length: R }, () => -3 + rng.normal() * 0.3), refLogp: Float32Array.from({ length: R }, () => -3 + rng.normal() * 0.3),
        advantage: rng.normal(), promptWeight: 0.01,
      });
    }
  }
  return out;
}

const runners: GradRunner[] = [];
afterAll(async () => { for (const r of runners) await r.close(); });
const runner = async (workers: number) => {
  const r = await createGradRunner({ config: cfg, ppoLoss, session: { device: "cpu" }, limits, workers });
  runners.push(r);
  return r;
};

describe("gradient passes in worker threads", () => {
  test("the worker is built (npm test builds first), so passes do run in workers", () => {
    expect(gradWorkerFile()).toMatch(/dist\/runtime\/embedded\/grad-worker\.js$/);
  });

  for (const kind of ["ppo", "supervised"] as const) {
    test(`${kind}: 2 and 3 workers agree with one in-process session, and repeat exactly`, async () => {
      const ps = pieces(new SeededRandom(11), 7, 3);
      const w = initWeights(cfg);
      const one = await runner(1);
      expect(one.workers).toBe(1);
      const base = await one.run(kind, ps, 1 / 0.9, w, true);
      for (const n of [2, 3]) {
        const pool = await runner(n);
        expect(pool.workers).toBe(n);
        const got = await pool.run(kind, ps, 1 / 0.9, w, true);
        expect(got.loss).toBeCloseTo(base.loss, 5);
        expect(got.entropy).toBeCloseTo(base.entropy, 5);
        expect(got.kl).toBeCloseTo(base.kl, 5);
        expect(got.logp).toHaveLength(ps.length);
        got.logp.forEach((l, i) => { expect(l).toHaveLength(ps[i].response.length); l.forEach((x, t) => expect(x).toBeCloseTo(base.logp[i][t], 5)); });
        let scale = 0, diff = 0;
        for (let x = 0; x < base.grads!.length; x++) { scale = Math.max(scale, Math.abs(base.grads![x])); diff = Math.max(diff, Math.abs(got.grads![x] - base.grads![x])); }
        expect(scale).toBeGreaterThan(1e-3);
        expect(diff / scale).toBeLessThan(1e-5);
        const again = await pool.run(kind, ps, 1 / 0.9, w, true);
        expect(Array.from(again.grads!)).toEqual(Array.from(got.grads!));
        expect(again.loss).toBe(got.loss);
      }
    });
  }

  test("without gradients a pass returns log-probs only", async () => {
    const ps = pieces(new SeededRandom(5), 3, 2);
    const r = await (await runner(2)).run("ppo", ps, 1, initWeights(cfg), false);
    expect(r.grads).toBeUndefined();
    expect(r.logp.every((l, i) => l.length === ps[i].response.length && l.every((x) => x < 0))).toBe(true);
  });

  test("shares keep a prompt's responses together, cover every piece once and balance tokens", () => {
    const ps = pieces(new SeededRandom(2), 12, 4);
    const shares = shareRows(ps, 3, 4096);
    expect(shares).toHaveLength(3);
    expect(shares.flat().sort((a, b) => a - b)).toEqual(ps.map((_, i) => i));
    const shareOf = new Map(shares.flatMap((s, k) => s.map((i) => [i, k] as const)));
    ps.forEach((p, i) => ps.forEach((q, j) => { if (p.prompt === q.prompt) expect(shareOf.get(i)).toBe(shareOf.get(j)); }));
    // One row per prompt (4096-token rows): its prompt less one token, then its responses.
    const rowTokens = (idx: number[]) => [...new Set(idx.map((i) => ps[i].prompt))]
      .reduce((t, p) => t + p.length - 1 + idx.filter((i) => ps[i].prompt === p).reduce((r, i) => r + ps[i].response.length, 0), 0);
    const tokens = shares.map(rowTokens);
    const longestRow = Math.max(...ps.map((_, i) => rowTokens([i, ...ps.flatMap((q, j) => (q.prompt === ps[i].prompt && j !== i ? [j] : []))])));
    expect(Math.max(...tokens) - Math.min(...tokens)).toBeLessThanOrEqual(longestRow);
    // Fewer rows than workers: no empty shares.
    expect(shareRows(ps.slice(0, 4), 3, 4096)).toHaveLength(1);
  });

  test("GOLONG_EMBEDDED_WORKERS is a whole number or an error naming it", () => {
    expect(trainWorkersFromEnv(undefined)).toBeUndefined();
    expect(trainWorkersFromEnv("")).toBeUndefined();
    expect(trainWorkersFromEnv("2")).toBe(2);
    for (const bad of ["0", "1.5", "two", "-1", "65"]) expect(() => trainWorkersFromEnv(bad)).toThrow(/GOLONG_EMBEDDED_WORKERS must be a whole number from 1 to 64, got/);
  });
});
