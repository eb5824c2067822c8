// runtime/steps/index.ts — the step dataflow's parts: ports, generation, gathering, update, eval.
export * from "./ports.js";
export { generateGroups, keepGroup, hasSpread, RolloutError, type ScoredGroup, type ScoredSample, type GenerateOptions } from "./generate.js";
export { CursorStream, readAll } from "./cursor-stream.js";
export { gatherBatch, type GatheredBatch, type GeneratedGroup, type GatherContext } from "./gather.js";
export { flatten, computeAdvantages, buildTrainBatch, summarize, type FlatBatch } from "./update.js";
export { evaluate, sortKeys, type EvalResult, type EvalContext } from "./evaluate.js";
export { generateOptions, type StepContext, type GenerateCall } from "./step-context.js";
