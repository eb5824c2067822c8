// stdlib/metrics/golden-cases.ts — the metric names and input fields of golden/metrics.jsonl, as
// `golongc score` reads them: each is the reference function with the reference's parameter names.
// The language's functions (functions.ts) reuse the same kernels with cleaner signatures.
import { z } from "zod";
import { mathVerify } from "../math-verify/index.js";
import { exactMatch, multiChoiceScore } from "./choice-and-match.js";
import { iouScore } from "./iou.js";
import { lineScore, type LineMetric } from "./line-scores.js";
import { longBenchPro } from "./longbench-pro.js";
import { fromJs, PyDict, PyJsonError, pyJsonLoads, type PyValue } from "./python-value.js";
import { retrievalCalculate } from "./retrieval.js";
import { summaryMaxRougeL, summaryScore } from "./summary.js";

export interface GoldenMetric {
  readonly name: string;
  /** The line's input fields (extra fields are ignored). */
  readonly input: z.ZodTypeAny;
  /** Scores one parsed input. `rawLine`, when given, is the line's JSON text: metrics whose result
   *  depends on Python's int/float distinction (iou) re-read their field from it. */
  score(input: any, rawLine?: string): number;
  /** The input as the reference function receives it (Python's view of the JSON values), for
   *  callers that score the same line many times (benchmarks): `score(prepare(i, raw))` equals
   *  `score(i, raw)`. Absent where the parsed input already is that view. */
  prepare?(input: any, rawLine?: string): unknown;
}

/** An iou input already converted to Python values (see GoldenMetric.prepare). */
class PreparedIou {
  constructor(readonly solution: string, readonly answer: PyValue) {}
}

const iouAnswer = (i: { answer: unknown }, raw: string | undefined): PyValue =>
  hasGoldenLabel(i.answer) ? fromJs(i.answer) : pythonField(raw, "answer", i.answer);

const text = z.string();
const texts = z.array(z.string());
const answersPrediction = z.object({ answers: texts, prediction: text });
const summaryInput = answersPrediction.extend({ is_zh: z.boolean() });
const goldAnswer = z.union([z.string(), z.array(z.string())]);

/** Whether a parsed JSON value holds a number (the only thing JSON.parse reads ambiguously). */
function hasNumber(v: unknown): boolean {
  if (typeof v === "number") return true;
  if (Array.isArray(v)) return v.some(hasNumber);
  return typeof v === "object" && v !== null && Object.values(v).some(hasNumber);
}

function hasGoldenLabel(v: unknown): boolean {
  return typeof v === "object" && v !== null && !Array.isArray(v) && typeof (v as Record<string, unknown>).golden_label === "string";
}

/** The value of `field` in the raw line as Python's json reads it (ints and floats kept apart). */
function pythonField(rawLine: string | undefined, field: string, fallback: unknown): PyValue {
  if (rawLine !== undefined && hasNumber(fallback)) {
    try {
      const v = pyJsonLoads(rawLine);
      if (v instanceof PyDict && v.entries.has(field)) return v.entries.get(field)!;
    } catch (e) {
      if (!(e instanceof PyJsonError)) throw e; // too deep for Python: fall back to the parsed value
    }
  }
  return fromJs(fallback);
}

/** The reference's metric on normalize_prediction(prediction) and normalize_answers(answers). */
const lineMetric = (name: string, metric: LineMetric): GoldenMetric => ({
  name,
  input: answersPrediction,
  score: (i: z.infer<typeof answersPrediction>) => lineScore(metric, i.prediction, i.answers),
});

const all: GoldenMetric[] = [
  lineMetric("accuracy", "Accuracy"),
  lineMetric("f1_score", "F1_Score"),
  lineMetric("subem", "SubEM"),
  lineMetric("ndcg", "NDCG"),
  lineMetric("pairwise_accuracy", "Pairwise_Accuracy"),
  { name: "summary", input: summaryInput, score: (i: z.infer<typeof summaryInput>) => summaryScore(i.answers, i.prediction, i.is_zh) },
  { name: "summary_max_rouge_l", input: summaryInput,
    score: (i: z.infer<typeof summaryInput>) => summaryMaxRougeL(i.answers, i.prediction, i.is_zh) },
  { name: "longbench_pro",
    input: z.object({ model_output: text, ground_truth: texts, sub_task: text, language: text.default("English") }),
    score: (i) => longBenchPro(i.model_output, i.ground_truth, i.sub_task, i.language) },
  // With a `golden_label` the gold is that JSON string, read with Python's rules anyway; only a gold
  // object given inline needs the raw line.
  { name: "iou", input: z.object({ solution_str: text, answer: z.unknown() }),
    prepare: (i, raw) => new PreparedIou(i.solution_str, iouAnswer(i, raw)),
    score: (i, raw) => (i instanceof PreparedIou ? iouScore(i.solution, i.answer) : iouScore(i.solution_str, iouAnswer(i, raw))) },
  { name: "retrieval_calculate",
    input: z.object({ solution_str: text, ground_truth: z.object({ doc_ids: texts, golden_label: goldAnswer }) }),
    score: (i) => retrievalCalculate(i.solution_str, i.ground_truth.doc_ids, i.ground_truth.golden_label) },
  { name: "multi_choice", input: z.object({ solution_str: text, ground_truth: z.object({ golden_label: text }) }),
    score: (i) => multiChoiceScore(i.solution_str, i.ground_truth.golden_label) },
  { name: "em", input: z.object({ solution_str: text, ground_truth: z.object({ golden_label: text }) }),
    score: (i) => exactMatch(i.solution_str, i.ground_truth.golden_label) },
  { name: "math_verify", input: z.object({ solution_str: text, ground_truth: goldAnswer }),
    score: (i) => mathVerify(i.solution_str, i.ground_truth) },
];

export const goldenMetrics: ReadonlyMap<string, GoldenMetric> = new Map(all.map((m) => [m.name, m]));
