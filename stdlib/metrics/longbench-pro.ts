// stdlib/metrics/longbench-pro.ts — LongBench-Pro's compute_score: the sub-task picks the metric; an
// empty output or ground truth, or a score outside [0, 1], gives 0.
import { pyStrip } from "../extract/python-text.js";
import { LONGBENCH_PRO_SUBTASKS, type LongBenchMetric } from "../golongrl/sub-tasks.js";
import { lineScore } from "./line-scores.js";
import { summaryScore } from "./summary.js";

/** The sub-task is not one of the 25 (the reference raises ValueError). */
export class UnknownSubTask extends Error {}

/** One LongBench-Pro metric on the raw output and raw answers (the reference's normalisation inside). */
export function longBenchMetric(metric: LongBenchMetric, answers: readonly string[], output: string, isZh: boolean): number {
  if (metric === "Summary") return summaryScore(answers, output, isZh);
  return lineScore(metric, output, answers);
}

/** `compute_score(model_output, ground_truth, sub_task, language)`. Chinese segmentation only when
 *  `language` is exactly "Chinese". Throws UnknownSubTask for a sub-task outside the table (or not a
 *  string), but only after the empty-output and empty-answers checks, in the reference's order. */
export function longBenchPro(output: string, answers: readonly string[], subTask: unknown, language: unknown): number {
  if (output === "" || pyStrip(output) === "") return 0;
  if (answers.length === 0) return 0;
  const metric = typeof subTask === "string" ? LONGBENCH_PRO_SUBTASKS.get(subTask) : undefined;
  if (metric === undefined) throw new UnknownSubTask(`unknown LongBench-Pro sub-task ${JSON.stringify(subTask)}`);
  const score = longBenchMetric(metric, answers, output, language === "Chinese");
  return score >= 0 && score <= 1 ? score : 0;
}
