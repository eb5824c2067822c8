// Properties every estimator must have, on random batches (fast-check): centred groups sum to 0,
// permutations and id encodings do not change the answer, the reweights touch what they should.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { computeAdvantages, internIds, type AdvantageConfig } from "../../../stdlib/advantage/index.js";
import { torchSumF32 } from "../../../stdlib/advantage/torch-sum.js";

// A batch: groups of 1..20 responses, scores in [0, 1] as float32, one task label per group.
const arbBatch = fc.array(
  fc.record({
    scores: fc.array(fc.float({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 20 }),
    task: fc.constantFrom("NDCG", "SubEM", "math_verify"),
  }),
  { minLength: 1, maxLength: 12 },
).map((groups) => {
  const scores: number[] = [];
  const index: string[] = [];
  const taskLabels: string[] = [];
  groups.forEach((grp, k) => grp.scores.forEach((s) => { scores.push(s); index.push(`uid-${k}`); taskLabels.push(grp.task); }));
  return { scores, index, taskLabels };
});

type Batch = { scores: number[]; index: string[]; taskLabels: string[] };

function sumsBy(keys: readonly string[], values: ArrayLike<number>): Map<string, { sum: number; n: number; abs: number }> {
  const out = new Map<string, { sum: number; n: number; abs: number }>();
  keys.forEach((k, i) => {
    const e = out.get(k) ?? { sum: 0, n: 0, abs: 0 };
    e.sum += values[i]; e.n++; e.abs += Math.abs(values[i]);
    out.set(k, e);
  });
  return out;
}

/** How far from 0 the sum of a centred key's advantages may be. Each advantage is (s − mean) / d in
 *  float32, as the reference computes it; a rounding of s − mean (half an ulp of the largest score)
 *  is divided by d too, so near-equal scores with a tiny d give sums far from 0 in the reference
 *  as well. d is read back from the results: Σ|s − mean| / Σ|advantage|. */
function centredTolerance(keys: readonly string[], scores: readonly number[], values: ArrayLike<number>): Map<string, number> {
  const groups = new Map<string, number[]>();
  keys.forEach((k, i) => { const g = groups.get(k) ?? []; g.push(i); groups.set(k, g); });
  const out = new Map<string, number>();
  for (const [k, rows] of groups) {
    const mean = rows.reduce((a, i) => a + scores[i], 0) / rows.length;
    const spread = rows.reduce((a, i) => a + Math.abs(scores[i] - mean), 0);
    const abs = rows.reduce((a, i) => a + Math.abs(values[i]), 0);
    const maxScore = rows.reduce((a, i) => Math.max(a, Math.abs(scores[i])), 0);
    const rounding = abs > 0 && spread > 0 ? 4 * rows.length * 2 ** -24 * maxScore * (abs / spread) : 0;
    out.set(k, 1e-5 * Math.max(1, abs) + rounding);
  }
  return out;
}

const centred: AdvantageConfig[] = [
  { estimator: "grpo", normByStd: true },
  { estimator: "grpo", normByStd: false },
  { estimator: "tmn_grpo", normByTaskScale: true },
  { estimator: "tmn_grpo", normByTaskScale: false },
];

describe("advantage estimators: properties", () => {
  test.each(centred.map((c) => [JSON.stringify(c), c] as const))("%s: a group of two or more sums to ~0", (_n, config) => {
    fc.assert(fc.property(arbBatch, (b: Batch) => {
      const { advantages } = computeAdvantages(config, b);
      const tolerance = centredTolerance(b.index, b.scores, advantages);
      for (const [k, e] of sumsBy(b.index, advantages)) {
        if (e.n > 1) expect(Math.abs(e.sum)).toBeLessThanOrEqual(tolerance.get(k)!);
      }
    }), { numRuns: 200 });
  });

  test("qwenlong_grpo: each task's advantages sum to ~0 and ignore the groups", () => {
    fc.assert(fc.property(arbBatch, (b: Batch) => {
      const { advantages } = computeAdvantages({ estimator: "qwenlong_grpo" }, b);
      const tolerance = centredTolerance(b.taskLabels, b.scores, advantages);
      for (const [k, e] of sumsBy(b.taskLabels, advantages)) expect(Math.abs(e.sum)).toBeLessThanOrEqual(tolerance.get(k)!);
      const regrouped = computeAdvantages({ estimator: "qwenlong_grpo" }, { ...b, index: b.index.map(() => "one") });
      expect(Array.from(regrouped.advantages)).toEqual(Array.from(advantages));
    }), { numRuns: 200 });
  });

  test("interned integer ids give the same advantages as string ids", () => {
    fc.assert(fc.property(arbBatch, fc.constantFrom<AdvantageConfig>(
      { estimator: "grpo", difficultyReweight: true, gamma: 2 },
      { estimator: "tmn_grpo", difficultyReweight: true, smoothAlpha: 0.8 },
      { estimator: "qwenlong_grpo" },
    ), (b: Batch, config) => {
      const asStrings = computeAdvantages(config, b);
      const asInts = computeAdvantages(config, { scores: Float64Array.from(b.scores), index: internIds(b.index).ids, taskLabels: internIds(b.taskLabels).ids });
      expect(Array.from(asInts.advantages)).toEqual(Array.from(asStrings.advantages));
      expect(asInts.metrics).toEqual(asStrings.metrics);
    }), { numRuns: 100 });
  });

  test("shuffling the responses shuffles the advantages (up to float32 rounding)", () => {
    fc.assert(fc.property(arbBatch, fc.integer(), (b: Batch, seed) => {
      const n = b.scores.length;
      const order = Array.from({ length: n }, (_, i) => i);
      let x = seed | 0;
      for (let i = n - 1; i > 0; i--) { x = (Math.imul(x, 1103515245) + 12345) | 0; const j = (x >>> 8) % (i + 1); [order[i], order[j]] = [order[j], order[i]]; }
      const pick = <T>(a: readonly T[]) => order.map((i) => a[i]);
      for (const config of [{ estimator: "grpo" }, { estimator: "tmn_grpo" }, { estimator: "qwenlong_grpo" }] as const) {
        const a = computeAdvantages(config, b).advantages;
        const s = computeAdvantages(config, { scores: pick(b.scores), index: pick(b.index), taskLabels: pick(b.taskLabels) }).advantages;
        order.forEach((from, to) => expect(Math.abs(s[to] - a[from])).toBeLessThanOrEqual(1e-4 * Math.max(1, Math.abs(a[from]))));
      }
    }), { numRuns: 100 });
  });

  test("grpo difficulty reweight scales only positive advantages, by a weight in [1, 2]", () => {
    fc.assert(fc.property(arbBatch, fc.double({ min: 0, max: 3, noNaN: true }), (b: Batch, gamma) => {
      const plain = computeAdvantages({ estimator: "grpo" }, b).advantages;
      const weighted = computeAdvantages({ estimator: "grpo", difficultyReweight: true, gamma }, b).advantages;
      plain.forEach((a, i) => {
        if (a <= 0) expect(weighted[i]).toBe(a);
        else {
          expect(weighted[i]).toBeGreaterThanOrEqual(a);
          expect(weighted[i]).toBeLessThanOrEqual(2 * a * (1 + 1e-6));
        }
      });
    }), { numRuns: 200 });
  });

  test("tmn_grpo reweight with gamma 0 leaves the advantages and reports the mean pass rate", () => {
    fc.assert(fc.property(arbBatch, fc.double({ min: 0, max: 1, noNaN: true }), (b: Batch, alpha) => {
      const plain = computeAdvantages({ estimator: "tmn_grpo" }, b);
      const flat = computeAdvantages({ estimator: "tmn_grpo", difficultyReweight: true, gamma: 0, smoothAlpha: alpha }, b);
      expect(Array.from(flat.advantages)).toEqual(Array.from(plain.advantages));
      expect(plain.metrics).toEqual({});
      const rate = flat.metrics["difficulty/mean_pass_rate"];
      expect(rate).toBeGreaterThanOrEqual(0);
      expect(rate).toBeLessThanOrEqual(1);
    }), { numRuns: 200 });
  });
});

describe("advantage estimators: worked cases", () => {
  test("grpo: a lone response gets score / (1 + eps); a constant dyadic group gets 0", () => {
    const { advantages } = computeAdvantages({ estimator: "grpo" }, { scores: [0.75, 0.5, 0.5, 0.5], index: ["a", "b", "b", "b"] });
    expect(advantages[0]).toBeCloseTo(0.75 / (1 + 1e-6), 7);
    expect(Array.from(advantages.subarray(1))).toEqual([0, 0, 0]);
  });

  test("grpo reweight quirk: scores [2, 2, 3, 2] weigh the positive by exp(0.5) (README example)", () => {
    const b = { scores: [2, 2, 3, 2], index: ["u", "u", "u", "u"] };
    const plain = computeAdvantages({ estimator: "grpo" }, b).advantages;
    const weighted = computeAdvantages({ estimator: "grpo", difficultyReweight: true, gamma: 1 }, b).advantages;
    expect(plain[2]).toBeCloseTo(1.5, 5);
    expect(weighted[2]).toBeCloseTo(plain[2] * Math.exp(0.5), 6);
    expect(weighted[0]).toBe(plain[0]);
  });

  test("tmn_grpo: a task whose groups are all constant has scale 0 and advantages 0", () => {
    const { advantages } = computeAdvantages({ estimator: "tmn_grpo" }, {
      scores: [0.25, 0.25, 1, 1, 0, 1], index: ["a", "a", "b", "b", "c", "c"], taskLabels: ["X", "X", "X", "X", "Y", "Y"],
    });
    expect(Array.from(advantages.subarray(0, 4))).toEqual([0, 0, 0, 0]);
    expect(advantages[4]).toBeCloseTo(-0.5 / Math.sqrt(0.5), 5);
  });

  test("mismatched lengths are a caller bug and throw", () => {
    expect(() => computeAdvantages({ estimator: "grpo" }, { scores: [1, 2], index: ["a"] })).toThrow(/index has 1 entries/);
    expect(() => computeAdvantages({ estimator: "tmn_grpo" }, { scores: [1], index: ["a"] })).toThrow(/task label/);
  });

  test("torch's float32 sum: exact on dyadic values, within n ulps otherwise", () => {
    fc.assert(fc.property(fc.array(fc.float({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 300 }), (xs) => {
      const a = Float32Array.from(xs);
      const exact = xs.reduce((s, v) => s + Math.fround(v), 0);
      expect(Math.abs(torchSumF32(a, 0, a.length) - exact)).toBeLessThanOrEqual(a.length * 1.2e-7 * Math.max(1, exact));
      const dyadic = Float32Array.from(xs, (v) => Math.round(v * 8) / 8);
      expect(torchSumF32(dyadic, 0, dyadic.length)).toBe(dyadic.reduce((s, v) => s + v, 0));
    }));
  });
});

describe("internIds", () => {
  test("strings and sparse integers become dense ids in order of first appearance", () => {
    expect(internIds(["b", "a", "b", "c", "a"])).toEqual({ ids: Int32Array.from([0, 1, 0, 2, 1]), count: 3, names: ["b", "a", "c"] });
    expect(internIds(Int32Array.from([7, 3, 7, -2]))).toEqual({ ids: Int32Array.from([0, 1, 0, 2]), count: 3, names: [7, 3, -2] });
    expect(internIds(Int32Array.from([5, 1_000_000_000, 5]))).toEqual({ ids: Int32Array.from([0, 1, 0]), count: 2, names: [5, 1_000_000_000] });
  });

  // The ids a Map gives, in order of first appearance: what internIds must equal on every layout.
  const byMap = (list: readonly string[]) => {
    const seen = new Map<string, number>();
    return Int32Array.from(list, (v) => { let k = seen.get(v); if (k === undefined) seen.set(v, (k = seen.size)); return k; });
  };
  // Fresh string objects of the same text (as JSON.parse gives): equality is by content, not identity.
  const fresh = (v: string) => JSON.parse(JSON.stringify(v)) as string;

  test("periodic layouts (prompts repeated as whole blocks), broken periods and shuffles give Map's ids", () => {
    const uid = (p: number) => fresh(`${(p * 2654435761 >>> 0).toString(16).padStart(8, "0")}-4f1c-${p}`);
    const periodic = Array.from({ length: 64 * 8 }, (_, i) => uid((i * 37) % 64));
    const r = internIds(periodic);
    expect(r.ids).toEqual(byMap(periodic));
    expect(r.count).toBe(64);
    // A period that holds for a while and then shifts, a second period, and rows out of any period.
    const shifted = [...periodic.slice(0, 200), ...Array.from({ length: 300 }, (_, i) => uid((i * 11) % 50)), uid(999), ...periodic.slice(7, 90)];
    expect(internIds(shifted).ids).toEqual(byMap(shifted));
    fc.assert(fc.property(fc.array(fc.nat({ max: 40 }), { maxLength: 600 }), fc.nat({ max: 50 }), (xs, period) => {
      // Random ids, then the same ids again a period later, so predictions both hit and miss.
      const list = [...xs, ...xs.slice(0, period), ...xs].map((x) => uid(x));
      expect(internIds(list).ids).toEqual(byMap(list));
    }), { numRuns: 200 });
  });

  test("an array that is already dense is used as is", () => {
    const dense = Int32Array.from([0, 1, 0, 2, 1, 3]);
    const r = internIds(dense);
    expect(r.ids).toBe(dense);
    expect(r.count).toBe(4);
    expect(internIds(Int32Array.from([1, 0])).ids).toEqual(Int32Array.from([0, 1]));
  });
});
