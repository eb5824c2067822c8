// runtime/index.ts — the runtime's API: plan a graph, run it (fresh or resumed) into a run
// directory, and the parts (scheduler, steps, progress) other folders and tests build on.
export { planRun, PlanError, type RunPlan } from "./run/plan.js";
export { runTraining, type RunOptions } from "./run/train-loop.js";
export { RunDir, RunDirError, RunState, stepName } from "./run/run-dir.js";
export { MetricsLine, StepLine, InitialEvalLine, WarmupLine, TaskStepMetrics, metricsLineJson } from "./run/metrics-line.js";
export { writeFileAtomic, writeDirAtomic } from "./run/atomic.js";
export { runStats, statsOfRun, type RunStepStats } from "./run/run-stats.js";
export { wirePorts, promptSource, type WireOptions, type Wired } from "./run/wire.js";
export { stdlibTaskMetrics, stdlibQualityMetrics, stdlibStepMetrics } from "./run/stdlib-metrics.js";
export { createProgress, summaryText, type ProgressEvent, type ProgressSink, type RunSummary, type Phase, type ProgressOptions } from "./progress/index.js";
export * as scheduler from "./scheduler/index.js";
export * as steps from "./steps/index.js";
export type { RolloutEngine, RolloutRequest, RolloutResult, Sample, SamplingParams, ChatMessage, WeightsRef } from "./engine.js";
export type { Trainer, TrainBatch, TrainSample, TrainResult } from "./trainer.js";
