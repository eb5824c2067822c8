// stdlib/golongrl/dispatch.ts — the GoLongRL training reward (the reference's default_compute_score as
// the DAPO reward manager calls it): the think gate, then the metric chosen by data_source.
import { afterThink, thinkGate } from "../extract/think.js";
import { exactMatch, multiChoiceScore } from "../metrics/choice-and-match.js";
import { iouScore } from "../metrics/iou.js";
import { longBenchPro, UnknownSubTask } from "../metrics/longbench-pro.js";
import { fromJs, type PyValue } from "../metrics/python-value.js";
import { retrievalCalculate } from "../metrics/retrieval.js";
import { mathVerify } from "../math-verify/index.js";
import { pyStrip } from "../extract/python-text.js";
import { LONGBENCH_PRO_SUBTASKS } from "./sub-tasks.js";

/** Where the reference raises instead of returning a reward (unknown data source, a remote-judge mode
 *  without an exact match, a missing field). The message says which. */
export class RewardError extends Error {}

const MODEL_VERIFY_KEYS = ["model_verify", "retrieval_summary_calculate", "model_judge", "retrieval_model_judge"];
const JUDGE_MODES = new Set(["model_judge", "model_judge_with_question", "model_compare"]);

type Json = unknown;

function isObject(v: Json): v is Record<string, Json> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** `ground_truth[-1]` for a list, the value itself otherwise. */
function lastIfList(v: Json): Json {
  if (!Array.isArray(v)) return v;
  if (v.length === 0) throw new RewardError("ground_truth is an empty list");
  return v[v.length - 1];
}

function field(obj: Json, key: string, what: string): Json {
  if (!isObject(obj)) throw new RewardError(`${what} must be an object with "${key}"`);
  if (!(key in obj)) throw new RewardError(`${what} has no "${key}"`);
  return obj[key];
}

function text(v: Json, what: string): string {
  if (typeof v !== "string") throw new RewardError(`${what} must be a string`);
  return v;
}

/** A gold answer math-verify takes: a string or a list of strings. */
function goldAnswers(v: Json, what: string): string | string[] {
  if (typeof v === "string") return v;
  if (Array.isArray(v) && v.every((x) => typeof x === "string")) return v as string[];
  throw new RewardError(`${what} must be a string or a list of strings`);
}

/** LongBench-Pro's answers as Python iterates them: a list, a string's characters, a dict's keys; a
 *  falsy value (None, "", []) is no answers. null when an item is not a string (the reference's metric
 *  then fails inside its try: score 0). */
function answerList(v: Json): string[] | null {
  if (v === null || v === false || v === 0 || v === "") return [];
  if (typeof v === "string") return [...v];
  if (isObject(v)) return Object.keys(v);
  if (!Array.isArray(v)) throw new RewardError("ground_truth.doc_ids must be a list of strings");
  return v.every((x) => typeof x === "string") ? (v as string[]) : null;
}

/** The reward of one response. Throws RewardError where the reference raises. */
export function golongrlReward(dataSource: string, solution: string, groundTruth: Json, extraInfo: Json): number {
  if (thinkGate(solution) !== "pass") return 0;
  if (dataSource.includes("math_longcot_math_verify")) {
    const gt = lastIfList(groundTruth);
    return mathVerify(solution, typeof gt === "string" ? gt : goldAnswers(field(gt, "golden_label", "ground_truth"), "ground_truth.golden_label"));
  }
  switch (dataSource) {
    case "longbench_pro": {
      const gt = lastIfList(groundTruth);
      const answers = answerList(field(gt, "doc_ids", "ground_truth"));
      const language = field(gt, "summary", "ground_truth");
      const mode = field(extraInfo, "reward_mode", "extra_info");
      if (answers === null) {
        // The reference checks the output and the sub-task first, then fails inside its try: 0.
        if (pyStrip(solution) === "") return 0;
        if (typeof mode !== "string" || !LONGBENCH_PRO_SUBTASKS.has(mode)) throw new RewardError(`unknown LongBench-Pro sub-task ${JSON.stringify(mode)}`);
        return 0;
      }
      try {
        return longBenchPro(solution, answers, mode, language);
      } catch (e) {
        if (e instanceof UnknownSubTask) throw new RewardError(e.message);
        throw e;
      }
    }
    case "multitableqa_pretraining":
      return iouScore(solution, fromJs(groundTruth) as PyValue);
    case "retrieval_calculate": {
      const gt = lastIfList(groundTruth);
      const ids = field(gt, "doc_ids", "ground_truth");
      const label = field(gt, "golden_label", "ground_truth");
      if (!Array.isArray(ids)) throw new RewardError("ground_truth.doc_ids must be a list");
      return retrievalCalculate(afterThink(solution), ids.map(String), goldAnswers(label, "ground_truth.golden_label"));
    }
    case "selection":
      return multiChoiceScore(afterThink(solution), text(field(lastIfList(groundTruth), "golden_label", "ground_truth"), "ground_truth.golden_label"));
    case "EM":
      return exactMatch(afterThink(solution), text(field(lastIfList(groundTruth), "golden_label", "ground_truth"), "ground_truth.golden_label"));
  }
  if (MODEL_VERIFY_KEYS.some((k) => dataSource.includes(k))) {
    const answer = afterThink(solution);
    const mode = field(extraInfo, "reward_mode", "extra_info");
    if (mode === "math_verify" || (typeof mode === "string" && JUDGE_MODES.has(mode))) {
      if (answer === field(extraInfo, "ground_truth", "extra_info")) return 1;
      if (mode === "math_verify") return mathVerify(answer, goldAnswers(groundTruth, "ground_truth"));
    }
    throw new RewardError(`reward mode ${JSON.stringify(mode)} of data source ${JSON.stringify(dataSource)} needs a remote judge, which golong does not implement`);
  }
  throw new RewardError(`no GoLongRL reward for data source ${JSON.stringify(dataSource)}`);
}
