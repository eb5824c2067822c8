// runtime/run/stdlib-metrics.ts — the stdlib's per-task training metrics and response-quality
// metrics (the reference trainer's definitions, the same functions `golongc stats` uses), in the
// shape the run loop's ports take: one record of the eight metrics per task.
import { metricName, responseQualityMetrics, rewardModeMetrics } from "../../stdlib/task-metrics/index.js";
import type { AdvantageInput, QualityMetricsFn, TaskMetricsFn } from "../steps/index.js";

export interface StepMetricFns { taskMetrics: TaskMetricsFn; qualityMetrics: QualityMetricsFn }

/** Per task (`labels` are the tasks' names): mean_reward, std_reward, mean_std_reward, sqrt_mean_var,
 *  rate_adv, rate_num (the reference's reward-mode metrics, labels as given) and num_queries,
 *  num_rollouts (groups and responses of the task, as its task-grouped metrics count them; counted
 *  here because those map labels through the LongBench-Pro table, and a task name is not a label). */
export const stdlibTaskMetrics: TaskMetricsFn = (b: AdvantageInput) => {
  const byLabel = rewardModeMetrics(b.scores, b.index, b.labels);
  const rollouts = new Map<string, number>();
  const queries = new Map<string, Set<string>>();
  b.labels.forEach((task, i) => {
    rollouts.set(task, (rollouts.get(task) ?? 0) + 1);
    let uids = queries.get(task);
    if (!uids) queries.set(task, (uids = new Set()));
    uids.add(b.index[i]);
  });
  const out: Record<string, Record<string, number>> = {};
  for (const task of new Set(b.labels)) {
    const name = metricName(task);
    const r = `reward_mode/${name}/`;
    out[task] = {
      mean_reward: byLabel[`${r}mean_reward`],
      std_reward: byLabel[`${r}std_reward`],
      mean_std_reward: byLabel[`${r}mean_std_reward`],
      sqrt_mean_var: byLabel[`${r}sqrt_mean_var`],
      rate_adv: byLabel[`${r}rate_adv`],
      rate_num: byLabel[`${r}rate_num`],
      num_queries: queries.get(task)!.size,
      num_rollouts: rollouts.get(task)!,
    };
  }
  return out;
};

export const stdlibQualityMetrics: QualityMetricsFn = (responses) => responseQualityMetrics(responses);

export async function stdlibStepMetrics(): Promise<StepMetricFns> {
  return { taskMetrics: stdlibTaskMetrics, qualityMetrics: stdlibQualityMetrics };
}
