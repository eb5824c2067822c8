// test/stdlib/metrics/adversarial.test.ts — hostile model outputs (megabytes of text, deep nesting,
// unbalanced \boxed{, NUL bytes, lone surrogates, regex-hostile repetitions) get a score from every
// metric and a value from every extractor, within the test's time limit (no hang, no throw).
import { describe, expect, it } from "vitest";
import { functions, goldenExtractors, goldenMetrics, golongrlReward } from "../../../stdlib/index.js";

function words(n: number, seed = 1): string {
  const vocab = ["river", "board", "audit", "3.5", "Q3", "naïve", "GPT-4", "e-mail", "[Answer]", "<think>", "</think>", "\n", ".", "张三", "数据集"];
  let x = seed;
  const out: string[] = [];
  for (let i = 0; i < n; i++) { x = (x * 1103515245 + 12345) >>> 0; out.push(vocab[x % vocab.length]); }
  return out.join(" ");
}

const HOSTILE: Record<string, string> = {
  megabytes: words(250_000),
  nestedBraces: "\\boxed{" + "{".repeat(100_000) + "x" + "}".repeat(99_999),
  nestedJson: "<answer>" + '{"data": '.repeat(50_000) + "[]" + "}".repeat(50_000) + "</answer>",
  unbalancedBoxed: "\\boxed{".repeat(50_000),
  nul: "a\u0000b\u0000[Answer]\u0000\nx\u0000",
  loneSurrogates: "\ud800 answer \udfff [Answer] \ud83d\n\ude00 </think>",
  repeatedTags: "<relevant_doc_ids>".repeat(30_000) + "<|doc_1|>".repeat(30_000) + "<continue_reasoning>".repeat(30_000),
  correctAnswer: "The correct answer is ".repeat(40_000) + "(E",
  spaces: "answer" + " ".repeat(500_000) + "is" + " ".repeat(500_000),
  punctuation: "!".repeat(1_000_000),
  chineseRun: "数据集审计河流".repeat(60_000),
  manyLines: Array.from({ length: 50_000 }, (_, i) => `line ${i % 997}`).join("\n"),
};

const refs = ["river board audit. 3.5 million", "张三 数据集 审计", "line 1\nline 2\nline 3"];

function argsFor(name: string, text: string): Record<string, unknown> {
  return {
    answers: refs, prediction: text, is_zh: name.includes("zh"), model_output: text, ground_truth: refs,
    sub_task: "T1.1 Global Cohesive Retrieval", language: "English", solution_str: text,
    answer: { golden_label: '{"data": [[1, "a"]]}' }, text, response: text, string: text,
  };
}

describe("hostile inputs", () => {
  for (const [label, text] of Object.entries(HOSTILE)) {
    it(`${label}: every golden metric scores in [0, 1] or the reference's quirk range`, () => {
      for (const m of goldenMetrics.values()) {
        if (m.name === "math_verify" || m.name === "retrieval_calculate") continue; // engineer 4's, below via mocks-free reward
        const input = m.input.parse({ ...argsFor(m.name, text), ground_truth: m.name === "longbench_pro" ? refs : { doc_ids: ["<|doc_1|>"], golden_label: "1" } });
        const s = m.score(input);
        expect(Number.isFinite(s), m.name).toBe(true);
        expect(s).toBeGreaterThanOrEqual(0);
      }
      for (const m of ["summary", "summary_max_rouge_l"]) {
        const s = goldenMetrics.get(m)!.score({ answers: refs, prediction: text, is_zh: true });
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
      }
    }, 60_000);
    it(`${label}: every extractor and language function answers`, () => {
      for (const e of goldenExtractors.values()) e.run(e.input.parse(argsFor(e.name, text)));
      for (const f of functions.values()) {
        if (f.name === "math_verify" || f.name === "retrieval_calculate") continue;
        const args = f.params.map((p) => (p.type.kind === "list" ? (p.name === "lines" ? text.split("\n") : refs) : p.type.kind === "json" ? { golden_label: "[]" } : p.name === "sub_task" ? "T2.1 Global Timeline Reconstruction" : text));
        const v = f.impl(...args);
        if (f.role === "metric") expect(Number.isFinite(v as number), f.name).toBe(true);
      }
      for (const ds of ["longbench_pro", "multitableqa_pretraining", "selection", "EM"]) {
        const r = golongrlReward(ds, text, { doc_ids: refs, summary: "Chinese", golden_label: "A" }, { reward_mode: "T4.1 Global-Coverage Constrained Summary" });
        expect(r).toBeGreaterThanOrEqual(0);
      }
    }, 60_000);
  }
});
