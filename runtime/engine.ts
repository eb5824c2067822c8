// runtime/engine.ts — the rollout engine interface: `onnx` (embedded), `openai`, `replay` all
// implement it, so the scheduler never knows which one it drives.

export interface ChatMessage { role: "system" | "user" | "assistant"; content: string }

export interface SamplingParams {
  n: number;
  temperature: number;
  topP: number;
  topK: number;                 // -1: off
  maxResponseTokens: number;
  seed: number;
}

export interface RolloutRequest {
  /** Stable id of the prompt (the group's uid). */
  uid: string;
  messages: readonly ChatMessage[];
  /** Prompt token ids when the engine shares golong's tokenizer (onnx); otherwise undefined. */
  promptTokens?: Int32Array;
  sampling: SamplingParams;
}

export interface Sample {
  text: string;
  /** Response token ids and their log-probs under the policy that sampled them (when known). */
  tokens?: Int32Array;
  logprobs?: Float32Array;
  finishReason: "stop" | "length" | "error";
}

export interface RolloutResult { uid: string; samples: Sample[] }

export interface RolloutEngine {
  readonly name: string;
  /** Generates `sampling.n` samples for each request. Rejects only after retries are spent, with
   *  an error that says which request failed and why. */
  generate(requests: readonly RolloutRequest[], signal?: AbortSignal): Promise<RolloutResult[]>;
  /** Loads new policy weights (after an update). Engines that cannot (replay, openai) ignore it. */
  syncWeights?(weights: WeightsRef): Promise<void>;
  close(): Promise<void>;
}

/** Where a trainer's new weights are: a version number and, for file-based sync, a path. */
export interface WeightsRef { version: number; path?: string; data?: unknown }
