// test/stdlib/metrics/registry.test.ts — the language's functions (stdlib/functions.ts): recipe-style
// calls give the golden values, golong's own metrics fix the documented quirks, signatures are sane.
import { describe, expect, it } from "vitest";
import { functions, showType } from "../../../stdlib/index.js";
import { readGolden } from "./golden-files.js";

const call = (name: string, ...args: unknown[]) => functions.get(name)!.impl(...args);
const rows = readGolden("metrics.jsonl");

describe("recipe calls equal the golden values", () => {
  it("line metrics through answer_lines(output)", () => {
    const bad: string[] = [];
    for (const r of rows.filter((r) => ["accuracy", "f1_score", "subem", "ndcg", "pairwise_accuracy"].includes(r.metric as string))) {
      const got = call(r.metric as string, call("answer_lines", r.prediction), r.answers) as number;
      if (Math.abs(got - (r.expected as number)) > 1e-9) bad.push(`${r.id}: ${got}`);
    }
    expect(bad).toEqual([]);
  });
  it("summary, summary_max_rouge_l, longbench_pro, em, multi_choice, iou, retrieval_calculate, math_verify", () => {
    const bad: string[] = [];
    for (const r of rows) {
      const gt = r.ground_truth as any;
      let got: unknown;
      switch (r.metric) {
        case "summary": case "summary_max_rouge_l":
          got = call(r.metric, r.prediction, r.answers, r.is_zh ? "Chinese" : "English"); break;
        case "longbench_pro": got = call("longbench_pro", r.model_output, gt, r.sub_task, r.language); break;
        case "em": case "multi_choice": got = call(r.metric, r.solution_str, gt.golden_label); break;
        case "iou": if (!(r.answer as any).golden_label) continue; got = call("iou", r.solution_str, r.answer); break;
        case "retrieval_calculate": got = call("retrieval_calculate", r.solution_str, gt.doc_ids, gt.golden_label); break;
        case "math_verify": got = call("math_verify", r.solution_str, gt); break;
        default: continue;
      }
      if (Math.abs((got as number) - (r.expected as number)) > 1e-9) bad.push(`${r.id}: ${got}`);
    }
    expect(bad).toEqual([]);
  }, 60_000);
});

describe("golong's own metrics fix the reference's quirks (docs/stdlib.md)", () => {
  it("pairwise stays at most 1 with duplicated answers", () => {
    expect(call("pairwise_accuracy", ["x", "y"], ["x", "y", "x", "y"])).toBe(3);
    expect(call("pairwise", ["x", "y"], ["x", "y", "x", "y"])).toBe(1);
    expect(call("pairwise", ["b", "a", "c"], ["a", "b", "c"])).toBeCloseTo(2 / 3, 12);
  });
  it("f1 ignores blank lines", () => {
    expect(call("f1_score", ["paris", ""], ["paris"])).toBeCloseTo(2 / 3, 12);
    expect(call("f1", ["paris", ""], ["paris"])).toBe(1);
  });
  it("rouge_l: 3.5 is one token, a perfect match is 1, an empty reference is skipped", () => {
    expect(call("summary_max_rouge_l", "growth was 3.5 percent", ["growth was 3.5 percent"])).toBe(0.999999995);
    expect(call("rouge_l", "growth was 3.5 percent", ["growth was 3.5 percent"])).toBe(1);
    expect(call("summary_max_rouge_l", "a b c", ["a b c", ""])).toBe(0);
    expect(call("rouge_l", "a b c", ["a b c", ""])).toBe(1);
    // LCS "the cat the mat" (4) of 6 and 6 words: F = 4/6.
    expect(call("rouge_l", "The cat sat on the mat.", ["the cat lay near the mat"])).toBeCloseTo(4 / 6, 12);
  });
  it("rouge_l scores a long Chinese summary the reference zeroes", () => {
    const zh = "数据审计河流董事会收购合同增长报告服务器季度证人上诉目前表明我们因此推迟项目部署拒绝数值平均下降城市研究";
    const out = Array.from({ length: 60 }, (_, i) => zh.slice(i % 7) + zh.slice(0, i % 7)).join("");
    const ref = zh.repeat(12);
    expect(call("summary", out, [ref], "Chinese")).toBe(0);
    expect(call("rouge_l", out, [ref], "Chinese")).toBeGreaterThan(0.1);
  });
  it("choice accepts lower-case letters and parenthesised labels", () => {
    expect(call("multi_choice", "The answer is (b)", "B")).toBe(0);
    expect(call("choice", "The answer is (b)", "B")).toBe(1);
    expect(call("multi_choice", "The correct answer is (B)", "(B)")).toBe(0);
    expect(call("choice", "The correct answer is (B)", "(B)")).toBe(1);
    expect(call("choice", "answer: A ... no wait, the answer is C", "C")).toBe(1);
    expect(call("choice", "The answer is Cat", "C")).toBe(0);
  });
});

describe("registry", () => {
  it("has every function the language promises, each documented and typed", () => {
    for (const name of ["accuracy", "f1_score", "subem", "ndcg", "pairwise_accuracy", "summary", "summary_max_rouge_l", "longbench_pro",
      "iou", "retrieval_calculate", "multi_choice", "em", "math_verify", "f1", "pairwise", "rouge_l", "choice", "answer_area",
      "answer_lines", "last_boxed", "strip_think", "after_think", "think_format", "golongrl_reward"]) {
      const f = functions.get(name);
      expect(f, name).toBeDefined();
      expect(f!.doc.length).toBeGreaterThan(10);
      expect(f!.name).toBe(name);
    }
    expect(showType(functions.get("ndcg")!.params[0].type)).toBe("list<text>");
    expect(showType(functions.get("em")!.returns)).toBe("number");
    expect(showType(functions.get("think_format")!.returns)).toBe("bool");
  });
  it("metrics return 0 instead of throwing on a reference error", () => {
    expect(call("longbench_pro", "x", ["x"], "T99 No Such Task")).toBe(0);
    expect(call("golongrl_reward", "unknown_source", "</think>x", "x", {})).toBe(0);
  });
  it("extractors", () => {
    expect(call("answer_lines", "<think>…</think>\n[Answer]\n  Doc 3 \n\nDoc  1")).toEqual(["doc 3", "", "doc 1"]);
    expect(call("strip_think", "<think>a</think>\n B ")).toBe("B");
    expect(call("strip_think", "x <think> unfinished")).toBe("x");
    expect(call("after_think", "a</think>b</think> c")).toBe(" c");
    expect(call("last_boxed", "\\boxed{1} \\boxed{2")).toBeUndefined();
    expect(call("think_format", "<think>a</think>b")).toBe(true);
    expect(call("think_format", "a</think>b")).toBe(true);
    expect(call("think_format", "<think>a</think><think>b</think>")).toBe(false);
    expect(call("think_format", "<think>a</THINK>")).toBe(false);
    expect(call("task_label", "T3.2 Single-Hop Fact QA")).toBe("Accuracy");
    expect(call("task_label", "math_verify")).toBe("math_verify");
  });
});
