// The Python `re` / str behaviours the quality metrics rely on, with the golden README's examples,
// and properties of the per-label metrics.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { pythonWords, responseQuality, rewardModeMetrics, taskGroupedMetrics } from "../../../stdlib/task-metrics/index.js";

describe("Python word tokens (\\b\\w+\\b on text.lower())", () => {
  test.each([
    ["根据文档内容", ["根据文档内容"]],
    ["cafe\u0301", ["cafe"]],
    ["İ", ["i"]],
    ["don't", ["don", "t"]],
    ["state-of-the-art", ["state", "of", "the", "art"]],
    ["snake_case", ["snake_case"]],
    ["١٢٣ x² ½ Ⅻ ＡＢ", ["١٢٣", "x²", "½", "ⅻ", "ａｂ"]],
    ["<think>hmm</think>C", ["think", "hmm", "think", "c"]],
    ["😀 a😀b", ["a", "b"]],
    // Kawi (Unicode 15) is a script Python 3.11 does not know: not a word character there.
    ["a\u{11F12}b \u{10D4A}", ["a", "b"]],
  ])("%j", (text, want) => {
    expect(pythonWords(text)).toEqual(want);
  });
});

describe("single response quality", () => {
  test.each([
    ["ab".repeat(100), 0.5],
    ["abc".repeat(100), 0.25],
    ["😀".repeat(250), 2 / 3],
    ["x".repeat(199), 0],
  ])("repetition_loop_score of %#", (text, want) => {
    expect(responseQuality(text).repetition_loop_score).toBeCloseTo(want, 12);
  });

  test.each([
    ["</think> A.B", 1], ["</think>(A)", 1], ["</think> a", 0], ["</think> A_B", 0], ["</think> ÀB", 0],
    ["</think>答案是B", 0], ["</think> 𝐀", 0], ["A </think> none", 0], ["no tag: A", 0],
    ["</THINK> C", 1], ["</thınk> D", 1], ["</think> x </think> B", 1],
  ])("answer_in_output(%j) = %i", (text, want) => {
    expect(responseQuality(text).answer_in_output).toBe(want);
  });

  test("unclosed_think_tag counts tags case-insensitively, Kelvin sign and dotted İ included", () => {
    expect(responseQuality("<think> a").unclosed_think_tag).toBe(1);
    expect(responseQuality("<THINK> a </think>").unclosed_think_tag).toBe(0);
    expect(responseQuality("<thin\u212A> a <tH\u0130nk>b</think>").unclosed_think_tag).toBe(1);
    expect(responseQuality("<think><think></think></think>").unclosed_think_tag).toBe(0);
  });

  test("4-gram repetition and type/token ratio", () => {
    const q = responseQuality("a b c d a b c d");
    expect(q.word_count).toBe(8);
    expect(q.repeated_4gram_ratio).toBeCloseTo(1 - 4 / 5, 12); // 5 four-grams, 4 distinct
    expect(q.type_token_ratio).toBe(0.5);
    expect(responseQuality("").type_token_ratio).toBe(0);
  });
});

const arbBatch = fc.array(fc.record({
  scores: fc.array(fc.constantFrom(0, 0.25, 0.5, 1, 0.3333333432674408), { minLength: 1, maxLength: 8 }),
  mode: fc.constantFrom("T1.1 Global Cohesive Retrieval", "T1.2 Key-Snippet Retrieval", "EM", "NDCG", "math.verify"),
}), { minLength: 1, maxLength: 10 }).map((groups) => {
  const scores: number[] = []; const uids: string[] = []; const modes: string[] = [];
  groups.forEach((g, k) => g.scores.forEach((s) => { scores.push(s); uids.push(`q${k}`); modes.push(g.mode); }));
  return { scores, uids, modes };
});

describe("per-label metrics: properties", () => {
  test("rate_num sums to 1 and rate_adv to 1 (or all 0) when each group has one label", () => {
    fc.assert(fc.property(arbBatch, ({ scores, uids, modes }) => {
      const m = rewardModeMetrics(scores, uids, modes);
      const sum = (suffix: string) => Object.entries(m).filter(([k]) => k.endsWith(suffix)).reduce((s, [, v]) => s + v, 0);
      expect(sum("/rate_num")).toBeCloseTo(1, 9);
      const adv = sum("/rate_adv");
      expect(Math.abs(adv - 1) < 1e-9 || adv === 0).toBe(true);
    }));
  });

  test("task grouping maps the two retrieval sub-tasks and NDCG onto one task", () => {
    fc.assert(fc.property(arbBatch, ({ scores, uids, modes }) => {
      const m = taskGroupedMetrics(scores, uids, modes);
      const ndcg = modes.filter((x) => x.startsWith("T1.") || x === "NDCG").length;
      if (ndcg) expect(m["task_metrics/NDCG/num_rollouts"]).toBe(ndcg);
      expect(Object.keys(m).some((k) => k.includes("T1-1"))).toBe(false);
      if (modes.includes("math.verify")) expect(m).toHaveProperty(["task_metrics/math-verify/num_queries"]);
    }));
  });
});
