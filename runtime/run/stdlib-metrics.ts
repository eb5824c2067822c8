// runtime/run/stdlib-metrics.ts — the stdlib's per-task training metrics and response-quality
// metrics, in the shape the run loop's ports take (the same functions `golongc stats` uses).
import type { QualityMetricsFn, TaskMetricsFn } from "../steps/index.js";

export interface StepMetricFns { taskMetrics: TaskMetricsFn; qualityMetrics?: QualityMetricsFn }

export async function stdlibStepMetrics(): Promise<StepMetricFns> {
  const where = "../../stdlib/task-metrics/index.js";
  const mod = (await import(where).catch(() => ({}))) as Record<string, unknown>;
  const grouped = mod.computeTaskGroupedMetrics as undefined | ((i: unknown) => Record<string, Record<string, number>>);
  if (typeof grouped !== "function") throw new Error("this build's stdlib has no per-task metrics (stdlib/task-metrics computeTaskGroupedMetrics)");
  const quality = mod.computeResponseQualityMetrics as undefined | ((r: readonly string[]) => Record<string, number>);
  return {
    taskMetrics: (b) => grouped({ scores: b.scores, index: b.index, labels: b.labels }),
    ...(typeof quality === "function" ? { qualityMetrics: (r: readonly string[]) => quality(r) } : {}),
  };
}
