// The synthetic task generator: deterministic per seed, every capability, prompts near the asked
// length, the answer carried by the context, perfect answers score 1 and wrong ones low.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  CAPABILITY_NAMES, generateSynthetic, scoreSynthetic, SyntheticOptionsError, type SyntheticRecord,
} from "../../../stdlib/synthetic/index.js";

const take = (o: Parameters<typeof generateSynthetic>[0]) => [...generateSynthetic(o)];
const content = (r: SyntheticRecord) => r.prompt[0].content;

describe("generateSynthetic", () => {
  test("the same seed gives the same records; another seed different ones", () => {
    const a = take({ capabilities: "all", contextTokens: 400, count: 27, seed: 11 });
    const b = take({ capabilities: "all", contextTokens: 400, count: 27, seed: 11 });
    const c = take({ capabilities: "all", contextTokens: 400, count: 27, seed: 12 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(a.filter((r, i) => content(r) === content(c[i])).length).toBeLessThan(3);
  });

  test("a shorter stream is a prefix of a longer one", () => {
    const short = take({ capabilities: "all", contextTokens: 300, count: 5, seed: 3 });
    const long = take({ capabilities: "all", contextTokens: 300, count: 20, seed: 3 });
    expect(long.slice(0, 5)).toEqual(short);
  });

  test("every capability is generated, in the record shape the std.synthetic type declares", () => {
    const records = take({ capabilities: "all", contextTokens: 300, count: 18, seed: 1 });
    expect(new Set(records.map((r) => r.capability))).toEqual(new Set(CAPABILITY_NAMES));
    expect(CAPABILITY_NAMES).toHaveLength(9);
    records.forEach((r, i) => {
      expect(r.data_source).toBe("synthetic");
      expect(r.prompt).toEqual([{ role: "user", content: expect.any(String) }]);
      expect(typeof r.reward_model.ground_truth.answer).toBe("string");
      expect(r.extra_info.index).toBe(i);
      expect(typeof r.extra_info.reward_mode).toBe("string");
      expect(content(r)).toMatch(/^[\x20-\x7e\n]+$/); // ASCII: one byte-level token per character
    });
  });

  test("a chosen subset only", () => {
    const records = take({ capabilities: ["ranking", "ordering"], contextTokens: 300, count: 6, seed: 2 });
    expect(records.map((r) => r.capability)).toEqual(["ranking", "ordering", "ranking", "ordering", "ranking", "ordering"]);
  });

  test.each([200, 400, 800, 1600])("prompts come close to contextTokens = %i without a large overshoot", (n) => {
    for (const difficulty of ["easy", "medium", "hard"] as const) {
      for (const r of take({ capabilities: "all", contextTokens: n, count: 18, seed: n, difficulty })) {
        const len = content(r).length;
        // Below ~400 characters the answer-carrying lines of the hard setting alone may not fit.
        if (n >= 400 || difficulty !== "hard") expect(len, `${r.capability} ${difficulty}`).toBeLessThanOrEqual(n * 1.15);
        expect(len, `${r.capability} ${difficulty}`).toBeGreaterThanOrEqual(n * 0.7);
      }
    }
  });

  test("harder settings draw from a larger vocabulary and give longer list answers", () => {
    const words = (d: "easy" | "hard") => new Set(take({ capabilities: ["precise_retrieval"], contextTokens: 800, count: 30, seed: 5, difficulty: d })
      .flatMap((r) => content(r).match(/^[a-z]{3}(?==)/gm) ?? []));
    expect(words("easy").size).toBeLessThanOrEqual(40);
    expect(words("hard").size).toBeGreaterThan(100);
    const items = (d: "easy" | "hard") => take({ capabilities: ["exhaustive_retrieval"], contextTokens: 600, count: 5, seed: 5, difficulty: d })
      .map((r) => (r.reward_model.ground_truth.answers as string[]).length);
    expect(Math.max(...items("easy"))).toBe(2);
    expect(Math.min(...items("hard"))).toBe(4);
  });

  test("bad options are rejected with a clear message", () => {
    expect(() => take({ capabilities: ["rankin"], contextTokens: 300, count: 1, seed: 0 })).toThrow(/unknown capability 'rankin'/);
    expect(() => take({ capabilities: [], contextTokens: 300, count: 1, seed: 0 })).toThrow(SyntheticOptionsError);
    expect(() => take({ capabilities: "all", contextTokens: 0, count: 1, seed: 0 })).toThrow(/contextTokens/);
    expect(() => take({ capabilities: "all", contextTokens: 100, count: 1.5, seed: 0 })).toThrow(/count/);
    expect(() => take({ capabilities: "all", contextTokens: 100, count: 1, seed: 0, difficulty: "extreme" as never })).toThrow(/difficulty/);
  });
});

describe("scoreSynthetic", () => {
  const records = take({ capabilities: "all", contextTokens: 500, count: 90, seed: 99, difficulty: "medium" });

  test.each(CAPABILITY_NAMES.map((c) => [c]))("%s: the perfect answer scores 1, with or without reasoning before it", (cap) => {
    for (const r of records.filter((x) => x.capability === cap)) {
      const answer = r.reward_model.ground_truth.answer;
      expect(scoreSynthetic(r, answer)).toBeCloseTo(1, 12);
      expect(scoreSynthetic(r, `<think>reading the lines</think>${answer}`)).toBeCloseTo(1, 12);
    }
  });

  test.each(CAPABILITY_NAMES.map((c) => [c]))("%s: an unrelated or empty answer scores low", (cap) => {
    for (const r of records.filter((x) => x.capability === cap)) {
      expect(scoreSynthetic(r, "")).toBe(0);
      expect(scoreSynthetic(r, "zzz\nqqq")).toBeLessThanOrEqual(0.2);
    }
  });

  test("the answer depends on the context: another record's answer scores low", () => {
    let high = 0;
    let pairs = 0;
    for (let i = 0; i + 9 < records.length; i++) {
      pairs++;
      if (scoreSynthetic(records[i], records[i + 9].reward_model.ground_truth.answer) >= 0.99) high++;
    }
    // Multiple choice (1 in 4) and small counts can coincide; most must not.
    expect(high / pairs).toBeLessThan(0.2);
  });

  test("ordered answers lose score when the order is wrong", () => {
    for (const r of records.filter((x) => x.capability === "ordering" || x.capability === "ranking")) {
      const reversed = [...(r.reward_model.ground_truth.answers as string[])].reverse().join("\n");
      expect(scoreSynthetic(r, reversed)).toBeLessThan(0.95);
    }
  });

  test("a malformed record or output scores 0 and never throws", () => {
    fc.assert(fc.property(fc.anything(), fc.string(), (rec, out) => {
      const s = scoreSynthetic(rec, out);
      expect(s).toBeGreaterThanOrEqual(0);
      expect(s).toBeLessThanOrEqual(1);
    }));
    expect(scoreSynthetic({ capability: "ranking" }, "x")).toBe(0);
    expect(scoreSynthetic(null, "x")).toBe(0);
  });
});
