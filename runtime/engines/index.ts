// runtime/engines/index.ts — rollout engines: openai (vLLM, SGLang, any OpenAI-compatible server),
// replay (recorded responses), and the dispatcher that also loads the embedded onnx engine.
export { createEngine, type EngineDeps, type RolloutConfig } from "./create-engine.js";
export { createOpenAiEngine, EngineError, type OpenAiEngineOptions } from "./openai.js";
export { createReplayEngine, promptKey, ReplayLine, type ReplayEngineOptions } from "./replay.js";
export { Limiter } from "./limiter.js";
export { backoffDelayMs, sleep, type BackoffOptions } from "./backoff.js";
