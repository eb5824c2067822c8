// test/stdlib/golongrl/dispatch.test.ts — the GoLongRL dispatch on inputs the golden file does not
// cover: the reference's order of checks, what raises and what scores 0.
import { describe, expect, it } from "vitest";
import { golongrlReward, RewardError } from "../../../stdlib/index.js";

const T1 = "T1.1 Global Cohesive Retrieval";
const reward = (ds: string, out: string, gt: unknown, extra: unknown) => golongrlReward(ds, out, gt, extra);

describe("golongrl_reward", () => {
  it("applies the think gate before anything else, even to unknown data sources", () => {
    expect(reward("no_such_source", "no close tag", {}, null)).toBe(0);
    expect(reward("EM", "<think>a</think><think>b</think>x", { golden_label: "x" }, {})).toBe(0);
    expect(reward("EM", "a</think>x</think>", { golden_label: "x" }, {})).toBe(0);
  });
  it("takes the last element of a ground-truth list", () => {
    expect(reward("EM", "<think></think> x ", [{ golden_label: "y" }, { golden_label: "x" }], {})).toBe(1);
    expect(reward("selection", "</think>The correct answer is (C)", [{ golden_label: "A" }, { golden_label: "C" }], {})).toBe(1);
  });
  it("longbench_pro: empty answers score 0 before the sub-task is checked; an unknown sub-task raises", () => {
    expect(reward("longbench_pro", "</think>[Answer] a", { doc_ids: [], summary: "English" }, { reward_mode: "nope" })).toBe(0);
    expect(reward("longbench_pro", "</think>[Answer] a", { doc_ids: null, summary: "English" }, { reward_mode: "nope" })).toBe(0);
    expect(() => reward("longbench_pro", "</think>[Answer] a", { doc_ids: ["a"], summary: "English" }, { reward_mode: "nope" })).toThrow(RewardError);
    expect(() => reward("longbench_pro", "</think>[Answer] a", { doc_ids: ["a"] }, { reward_mode: T1 })).toThrow(/summary/);
    expect(reward("longbench_pro", "</think>[Answer] a", { doc_ids: ["a", 3], summary: "English" }, { reward_mode: T1 })).toBe(0);
    expect(reward("longbench_pro", "</think>\n[Answer]\na\nb", { doc_ids: ["a", "b"], summary: "English" }, { reward_mode: T1 })).toBe(1);
  });
  it("model_verify family: exact match first, remote-judge modes raise otherwise, matched by substring", () => {
    const extra = { reward_mode: "model_judge", ground_truth: "42" };
    expect(reward("my_retrieval_model_judge_set", "<think>…</think>42", "42", extra)).toBe(1);
    expect(() => reward("my_retrieval_model_judge_set", "<think>…</think> 42", "42", extra)).toThrow(/remote judge/);
    expect(() => reward("docmath_model_verify", "</think>42", "42", { reward_mode: "llm" })).toThrow(RewardError);
    expect(reward("docmath_model_verify", "</think>42", "42", { reward_mode: "math_verify", ground_truth: "42" })).toBe(1);
  });
  it("multitableqa scores the whole response, think block included", () => {
    const out = "<think><answer>{\"data\": [[1]]}</answer></think>\n<answer>{\"data\": [[2]]}</answer>";
    expect(reward("multitableqa_pretraining", out, { golden_label: "{\"data\": [[1]]}" }, {})).toBe(1);
  });
  it("an unknown data source raises", () => {
    expect(() => reward("openai/gsm8k", "</think>1", "1", {})).toThrow(/no GoLongRL reward/);
  });
});
