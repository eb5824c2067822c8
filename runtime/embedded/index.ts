// runtime/embedded/index.ts — the embedded policy: ONNX model builder, `onnx` rollout engine,
// `embedded` trainer (ONNX autodiff + AdamW), checkpoints and supervised warm-up.
export { createOnnxEngine, type OnnxEngine, type OnnxEngineOptions } from "./onnx-engine.js";
export {
  createEmbeddedTrainer, type EmbeddedTrainer, type EmbeddedTrainerOptions, type PolicyUpdateConfig, type LossAgg,
  type WarmupExample, type WarmupOptions,
} from "./embedded-trainer.js";
export { initWeights, parameterCount, parameterSpecs, validatePolicyConfig, type PolicyConfig, type Weights } from "./policy-model.js";
export { buildPrefillGraph, buildTrainingGraph, type LossSpec } from "./model-graphs.js";
export { buildDecodeGraph } from "./decode-graph.js";
export { loadCheckpoint, saveCheckpoint, type Checkpoint } from "./checkpoint.js";
export { embeddedTokenizer, embeddedPolicyConfig } from "./embedded-model.js";
export type { Device } from "./session.js";
export { runSupervisedWarmup, warmupExamples, referenceAnswer, type WarmupRecord, type SupervisedWarmupOptions } from "./supervised-warmup.js";
