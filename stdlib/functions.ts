// stdlib/functions.ts — every function a recipe can call: its signature (checked by the compiler) and
// its implementation (called by the runtime's verification pool). docs/stdlib.md describes each one.
import { answerArea, answerLines, normalizeAnswers } from "./extract/answer-area.js";
import { lastBoxed } from "./extract/boxed.js";
import { choiceLetter } from "./extract/multi-choice.js";
import { collapseSpaces, pyLower } from "./extract/python-text.js";
import { sftContent } from "./extract/sft-content.js";
import { tableAnswer } from "./extract/table-answer.js";
import { afterThink, stripThink, thinkFormat } from "./extract/think.js";
import { golongrlReward } from "./golongrl/dispatch.js";
import { taskLabel } from "./golongrl/sub-tasks.js";
import { mathVerify } from "./math-verify/index.js";
import { choiceScore, exactMatch, multiChoiceScore } from "./metrics/choice-and-match.js";
import { iouScore } from "./metrics/iou.js";
import { cutPrecise } from "./metrics/jieba.js";
import { accuracyLines, f1Lines, f1NonBlank, pairwiseAccuracyLines, pairwiseLines, subemLines } from "./metrics/line-metrics.js";
import { longBenchPro } from "./metrics/longbench-pro.js";
import { ndcgLines } from "./metrics/ndcg.js";
import { fromJs } from "./metrics/python-value.js";
import { retrievalCalculate } from "./metrics/retrieval.js";
import { rougeLTokens, rougeTokens } from "./metrics/rouge-l.js";
import { summaryMaxRougeL, summaryScore } from "./metrics/summary.js";
import { scoreSynthetic } from "./synthetic/score.js";
import { T, type Param, type StdFunction, type ValueType } from "./types.js";

const lines = T.list(T.text);

/** A verifier never throws: anything unexpected is a score of 0 (StdFunction's contract). */
function guarded(fn: (...args: any[]) => number): (...args: any[]) => number {
  return (...args) => {
    try {
      const v = fn(...args);
      return Number.isFinite(v) ? v : 0;
    } catch {
      return 0;
    }
  };
}

/** The prediction's lines as the reference compares them; idempotent on `answer_lines` output, so
 *  lines from any extractor are compared the same way. */
const normLines = (xs: readonly string[]) => xs.map((x) => collapseSpaces(pyLower(x)));

const isChinese = (language: string | undefined) =>
  language !== undefined && ["chinese", "zh", "zh-cn", "zh-hans", "中文"].includes(language.trim().toLowerCase());

const p = (name: string, type: ValueType, optional = false): Param => (optional ? { name, type, optional } : { name, type });

function metric(name: string, params: Param[], doc: string, impl: (...args: any[]) => number): StdFunction {
  return { name, role: "metric", params, returns: T.number, doc, impl: guarded(impl) };
}

const lineMetric = (name: string, doc: string, kernel: (l: readonly string[], a: readonly string[]) => number) =>
  metric(name, [p("lines", lines), p("answers", lines)], doc, (l: string[], a: string[]) => kernel(normLines(l), normalizeAnswers(a)));

const SFT = { kind: "record", name: "SftContent", fields: { doc_ids: lines, summary: T.text, continue_reasoning: T.text } } as const;

// Names: the reference's metrics keep the reference's names and values (accuracy, f1_score, subem,
// ndcg, pairwise_accuracy, summary, summary_max_rouge_l, longbench_pro, iou, retrieval_calculate,
// multi_choice, em, math_verify); golong's corrected variants have their own names (f1, pairwise,
// rouge_l, choice). The line metrics take the prediction's lines (`answer_lines(output)`) and the
// gold answers, so `ndcg(answer_lines(output), truth.doc_ids)` equals the reference's NDCG. The
// golden files' line formats (`golongc score`) are a separate table: metrics/golden-cases.ts.
const all: StdFunction[] = [
  // ---- the reference's metrics, same names, same values -------------------------------------------
  lineMetric("accuracy", "1 if the first prediction line equals the first answer (LongBench-Pro Accuracy)", accuracyLines),
  lineMetric("f1_score", "F1 of the prediction's line set against the answer set (LongBench-Pro F1_Score)", f1Lines),
  lineMetric("subem", "fraction of the answers found among the prediction lines (LongBench-Pro SubEM)", subemLines),
  lineMetric("ndcg", "NDCG@len(answers) of the prediction lines as a ranking, trec_eval ndcg_cut semantics", ndcgLines),
  lineMetric("pairwise_accuracy", "answer pairs in the right order over all pairs of prediction lines (LongBench-Pro; can exceed 1)", pairwiseAccuracyLines),
  metric("summary", [p("output", T.text), p("references", lines), p("language", T.text, true)],
    "max ROUGE-L F of the normalised output against the references (LongBench-Pro Summary); jieba when language is \"Chinese\"",
    (o: string, r: string[], lang?: string) => summaryScore(r, o, lang === "Chinese")),
  metric("summary_max_rouge_l", [p("output", T.text), p("references", lines), p("language", T.text, true)],
    "max ROUGE-L F of the raw output against the references, the rouge package's quirks included",
    (o: string, r: string[], lang?: string) => summaryMaxRougeL(r, o, lang === "Chinese")),
  metric("longbench_pro", [p("output", T.text), p("answers", lines), p("sub_task", T.text), p("language", T.text, true)],
    "LongBench-Pro compute_score: the sub-task's metric, 0 outside [0, 1]",
    (o: string, a: string[], s: string, lang?: string) => longBenchPro(o, a, s, lang ?? "English")),
  metric("iou", [p("output", T.text), p("truth", T.json)],
    "multiset IoU of the predicted table rows against the gold rows (multitableqa)",
    (o: string, t: unknown) => iouScore(o, fromJs(t))),
  metric("retrieval_calculate", [p("output", T.text), p("doc_ids", lines), p("answer", T.json)],
    "1 if the cited <|doc_N|> set equals doc_ids and math-verify accepts <continue_reasoning>",
    (o: string, ids: string[], a: string | string[]) => retrievalCalculate(o, ids, a)),
  metric("multi_choice", [p("output", T.text), p("label", T.text)],
    "1 if \"The correct answer is (X)\" names the label's letter (multi_choices)", multiChoiceScore),
  metric("em", [p("output", T.text), p("answer", T.text)], "1 if output and answer are equal after trimming (EM_judge)", exactMatch),
  metric("math_verify", [p("output", T.text), p("answer", T.json)],
    "math-verify on the last 500 characters against a gold answer or a list of alternatives (math_dapo)",
    (o: string, a: string | string[]) => mathVerify(o, a)),
  // ---- golong's corrected metrics ------------------------------------------------------------------
  metric("f1", [p("lines", lines), p("answers", lines)], "F1 of the line sets, blank lines ignored",
    (l: string[], a: string[]) => f1NonBlank(normLines(l), normalizeAnswers(a))),
  metric("pairwise", [p("lines", lines), p("answers", lines)], "fraction of answer pairs listed in the right order, in [0, 1]",
    (l: string[], a: string[]) => pairwiseLines(normLines(l), normalizeAnswers(a))),
  metric("rouge_l", [p("output", T.text), p("references", lines), p("language", T.text, true)],
    "best ROUGE-L F1 against the references, whole-text LCS, no length limit, perfect match 1",
    (o: string, r: string[], lang?: string) => {
      const tok = isChinese(lang) ? (s: string) => rougeTokens(cutPrecise(s).join(" ")) : rougeTokens;
      return rougeLTokens(tok(o), r.map(tok));
    }),
  metric("choice", [p("output", T.text), p("label", T.text)],
    "1 if the last \"answer is X\" in the output names the label's letter (any case, label \"B\", \"(B)\" or \"b\")", choiceScore),
  // ---- the GoLongRL preset -------------------------------------------------------------------------
  metric("golongrl_reward", [p("data_source", T.text), p("output", T.text), p("ground_truth", T.json), p("extra_info", T.json)],
    "the GoLongRL training reward: think gate, then the data source's metric (0 where the reference raises)",
    golongrlReward),
  { name: "task_label", role: "helper", params: [p("reward_mode", T.text)], returns: T.text,
    doc: "the TMN-GRPO task label of a reward mode: the LongBench-Pro sub-task's metric name, else the mode", impl: taskLabel },
  // ---- synthetic tasks (stdlib/synthetic, `import std.synthetic`) --------------------------------
  metric("synthetic_score", [p("record", T.json), p("output", T.text)],
    "a response to a std.synthetic record, scored by its capability's metric (em, choice, f1, iou, subem, ndcg, pairwise, rouge_l)",
    (r: unknown, o: string) => scoreSynthetic(r, o)),
  // ---- extractors ----------------------------------------------------------------------------------
  { name: "answer_area", role: "extractor", params: [p("text", T.text)], returns: T.text,
    doc: "the text after the last [Answer] (else the last [答案]), trimmed", impl: answerArea },
  { name: "answer_lines", role: "extractor", params: [p("text", T.text)], returns: lines,
    doc: "the answer area lower-cased and split into whitespace-collapsed lines", impl: answerLines },
  { name: "last_boxed", role: "extractor", params: [p("text", T.text)], returns: T.optional(T.text),
    doc: "the last \\boxed{...} with balanced braces, or nothing", impl: (t: string) => lastBoxed(t) ?? undefined },
  { name: "strip_think", role: "extractor", params: [p("text", T.text)], returns: T.text,
    doc: "the answer without its reasoning: after the last </think>, trimmed", impl: stripThink },
  { name: "after_think", role: "extractor", params: [p("text", T.text)], returns: T.text,
    doc: "the text after the last </think> as is (the whole text if there is none)", impl: afterThink },
  { name: "choice_letter", role: "extractor", params: [p("text", T.text)], returns: T.optional(T.text),
    doc: "the letter of \"The correct answer is (X)\", or nothing", impl: (t: string) => choiceLetter(t) ?? undefined },
  { name: "sft_content", role: "extractor", params: [p("text", T.text)], returns: SFT as ValueType,
    doc: "doc ids, summary and continue_reasoning of a retrieval answer", impl: sftContent },
  { name: "table_answer", role: "extractor", params: [p("text", T.text)], returns: T.text,
    doc: "the text inside the first <answer>…</answer> (else the whole text), trimmed", impl: tableAnswer },
  { name: "think_format", role: "helper", params: [p("text", T.text)], returns: T.bool,
    doc: "the think gate: one </think>, at most one <think>", impl: thinkFormat },
];

export const functions: ReadonlyMap<string, StdFunction> = new Map(all.map((f) => [f.name, f]));
