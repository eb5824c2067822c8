// stdlib/index.ts — the standard library's public API; other folders import only from here.
export * from "./types.js";
export { functions } from "./functions.js";
export { goldenMetrics, type GoldenMetric } from "./metrics/golden-cases.js";
export { UnknownSubTask } from "./metrics/longbench-pro.js";
export { goldenExtractors, type GoldenExtractor } from "./extract/golden-cases.js";
export { golongrlReward, RewardError } from "./golongrl/dispatch.js";
export { LONGBENCH_PRO_SUBTASKS, taskLabel, type LongBenchMetric } from "./golongrl/sub-tasks.js";
export { thinkGate, thinkFormat, afterThink, stripThink, type ThinkGate } from "./extract/think.js";
export { answerArea, answerLines, normalizeAnswers } from "./extract/answer-area.js";
export { lastBoxed } from "./extract/boxed.js";
export { pySplit, pyStrip, pyLower } from "./extract/python-text.js";
export { pyJsonLoads, fromJs, pyStr, pyRepr, PyJsonError, type PyValue } from "./metrics/python-value.js";
export * from "./advantage/index.js";
export * from "./task-metrics/index.js";
export * from "./synthetic/index.js";
