// stdlib/task-metrics/index.ts — per-task training metrics (per reward mode / task label) and
// response-quality metrics: what `golongc stats` prints and the runtime logs each step.
export { rewardModeMetrics, taskGroupedMetrics, taskOf, metricName } from "./label-metrics.js";
export {
  responseQuality, responseQualityMetrics, EmptyBatchError, QUALITY_METRICS, type ResponseQuality,
} from "./response-quality.js";
export { pythonWords } from "./python-text.js";
