// test/embedded/adamw.test.ts — AdamW against properties that follow from its definition: the first
// step moves every weight by lr·sign(grad), decay is decoupled and skips biases and norms, warm-up
// is linear, clipping bounds the global norm.
import { describe, expect, test } from "vitest";
import { adamwStep, decays, globalNorm, learningRate, newAdamWState } from "../../runtime/embedded/adamw.js";

const map = (o: Record<string, number[]>): Map<string, Float32Array> => new Map(Object.entries(o).map(([k, v]) => [k, Float32Array.from(v)]));

describe("AdamW", () => {
  test("biases and LayerNorm parameters are not decayed; matrices and embeddings are", () => {
    for (const n of ["l0.bq", "l1.b2", "l0.ln1_g", "l3.ln2_b", "lnf_g", "lnf_b"]) expect(decays(n), n).toBe(false);
    for (const n of ["tok_emb", "pos_emb", "l0.wq", "l1.w2", "head"]) expect(decays(n), n).toBe(true);
  });

  test("the first step moves each weight by lr in the direction against its gradient", () => {
    const w = map({ "l0.wq": [1, -2, 0.5], "l0.bq": [0.3] });
    const g = map({ "l0.wq": [0.2, -3, 1e-3], "l0.bq": [-0.5] });
    const s = newAdamWState(w);
    const r = adamwStep(w, g, s, { lr: 0.01, warmupSteps: 0, weightDecay: 0, gradClip: null, eps: 1e-12 });
    expect(Array.from(w.get("l0.wq")!)).toEqual([1 - 0.01, -2 + 0.01, 0.5 - 0.01].map(Math.fround));
    expect(w.get("l0.bq")![0]).toBeCloseTo(0.31, 6);
    expect(r.gradNorm).toBeCloseTo(Math.sqrt(0.04 + 9 + 1e-6 + 0.25), 5);
    expect(s.step).toBe(1);
  });

  test("weight decay shrinks decayed weights by lr·wd even with a zero gradient, and leaves biases", () => {
    const w = map({ head: [2], "l0.b1": [2] });
    const g = map({ head: [0], "l0.b1": [0] });
    adamwStep(w, g, newAdamWState(w), { lr: 0.1, warmupSteps: 0, weightDecay: 0.5, gradClip: null });
    expect(w.get("head")![0]).toBeCloseTo(2 * (1 - 0.05), 6);
    expect(w.get("l0.b1")![0]).toBe(2);
  });

  test("linear warm-up, then constant", () => {
    const cfg = { lr: 1e-3, warmupSteps: 4, weightDecay: 0, gradClip: null };
    expect([1, 2, 4, 9].map((s) => learningRate(cfg, s))).toEqual([2.5e-4, 5e-4, 1e-3, 1e-3]);
    expect(learningRate({ ...cfg, warmupSteps: 0 }, 1)).toBe(1e-3);
  });

  test("after the warm-up, cosine and linear decay reach lr · min at the last step and stay there", () => {
    const base = { lr: 1e-3, warmupSteps: 10, weightDecay: 0, gradClip: null, totalSteps: 110, minLrRatio: 0.1 };
    const cos = { ...base, schedule: "cosine" as const }, lin = { ...base, schedule: "linear" as const };
    // warm-up: linear from 0; then a quarter, half and all of the 100 decay steps
    expect(learningRate(cos, 5)).toBeCloseTo(5e-4, 12);
    expect(learningRate(cos, 10)).toBeCloseTo(1e-3, 12);
    expect(learningRate(cos, 35)).toBeCloseTo(1e-3 * (0.1 + 0.9 * 0.5 * (1 + Math.SQRT1_2)), 12);
    expect(learningRate(lin, 35)).toBeCloseTo(1e-3 * (0.1 + 0.9 * 0.75), 12);
    expect(learningRate(cos, 60)).toBeCloseTo(5.5e-4, 12);
    expect(learningRate(lin, 60)).toBeCloseTo(5.5e-4, 12);
    for (const c of [cos, lin]) for (const step of [110, 500]) expect(learningRate(c, step)).toBeCloseTo(1e-4, 12);
    expect(learningRate({ ...base, schedule: "constant" }, 500)).toBe(1e-3);
  });

  test("clipping scales the gradient to the clip norm: the step equals that of the pre-scaled gradient", () => {
    const grads = map({ head: [30, 40] }); // norm 50
    const w1 = map({ head: [0, 0] }), w2 = map({ head: [0, 0] });
    const s1 = newAdamWState(w1), s2 = newAdamWState(w2);
    const cfg = { lr: 0.1, warmupSteps: 0, weightDecay: 0, gradClip: 1, eps: 1e-3 };
    for (let i = 0; i < 3; i++) {
      adamwStep(w1, grads, s1, cfg);
      adamwStep(w2, map({ head: [0.6, 0.8] }), s2, { ...cfg, gradClip: null });
    }
    expect(globalNorm(grads)).toBe(50);
    expect(w1.get("head")![0]).toBeCloseTo(w2.get("head")![0], 4);
    expect(w1.get("head")![1]).toBeCloseTo(w2.get("head")![1], 4);
  });

  test("a non-finite gradient is an error, and the weights are left alone", () => {
    const w = map({ head: [1] });
    expect(() => adamwStep(w, map({ head: [NaN] }), newAdamWState(w), { lr: 1, warmupSteps: 0, weightDecay: 0, gradClip: null })).toThrow(/gradient norm is NaN/);
    expect(w.get("head")![0]).toBe(1);
  });
});
