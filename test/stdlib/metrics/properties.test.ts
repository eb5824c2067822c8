// test/stdlib/metrics/properties.test.ts — properties that hold for every input: golong's own metrics
// stay in [0, 1], F1 and single-reference ROUGE-L are symmetric, a perfect ranking has NDCG 1.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { functions } from "../../../stdlib/index.js";
import { ndcgLines } from "../../../stdlib/metrics/ndcg.js";
import { pairwiseAccuracyLines } from "../../../stdlib/metrics/line-metrics.js";

const call = (name: string, ...args: unknown[]) => functions.get(name)!.impl(...args) as number;
const item = fc.oneof(fc.constantFrom("a", "b", "c", "Doc 1", "[2]", "", " x  y ", "İ", "3.5"), fc.string({ maxLength: 6 }));
const list = fc.array(item, { maxLength: 12 });
const text = fc.array(fc.oneof(item, fc.constantFrom(".", "\n", " ", "。", "张三")), { maxLength: 40 }).map((xs) => xs.join(" "));

const inUnit = (x: number) => x >= 0 && x <= 1;

describe("golong's own metrics", () => {
  it("f1, pairwise, accuracy, subem, ndcg stay in [0, 1]", () => {
    fc.assert(fc.property(list, list, (l, a) => {
      for (const m of ["f1", "pairwise", "accuracy", "subem", "ndcg", "f1_score"]) expect(inUnit(call(m, l, a)), m).toBe(true);
    }));
  });
  it("rouge_l and choice stay in [0, 1]; rouge_l of a non-empty text with itself is 1", () => {
    fc.assert(fc.property(text, fc.array(text, { maxLength: 3 }), (o, r) => {
      expect(inUnit(call("rouge_l", o, r))).toBe(true);
      expect(inUnit(call("choice", o, "B"))).toBe(true);
      if (/[\p{L}\p{N}]/u.test(o)) expect(call("rouge_l", o, [o])).toBe(1);
    }));
  });
  it("f1 and single-reference rouge_l are symmetric", () => {
    fc.assert(fc.property(list, list, text, text, (l, a, x, y) => {
      expect(call("f1", l, a)).toBe(call("f1", a, l));
      expect(call("f1_score", l, a)).toBe(call("f1_score", a, l));
      expect(call("rouge_l", x, [y])).toBeCloseTo(call("rouge_l", y, [x]), 12);
    }));
  });
  it("a perfect ranking has NDCG 1 and pairwise order 1", () => {
    fc.assert(fc.property(fc.uniqueArray(fc.stringMatching(/^[a-z0-9\[\]<>|_]{1,6}$/), { minLength: 2, maxLength: 30 }), (xs) => {
      expect(ndcgLines(xs, xs)).toBeCloseTo(1, 12);
      expect(pairwiseAccuracyLines(xs, xs)).toBe(1);
      expect(call("pairwise", xs, xs)).toBe(1);
    }));
  });
  it("pairwise stays at most 1 where the reference's pairwise_accuracy exceeds it", () => {
    const answers = ["x", "y", "x", "y"];
    expect(call("pairwise_accuracy", ["x", "y"], answers)).toBe(3);
    expect(call("pairwise", ["x", "y"], answers)).toBe(1);
  });
});
