// runtime/embedded/sequence-layout.ts — how sequences are laid out for the graphs, shared by the
// rollout engine and the trainer so both see the same positions: prompts truncated on the left to
// leave room for the response, positions counted from a sequence's first real token, padding masked.
import { MASKED } from "./policy-model.js";

/** The prompt tokens the model sees: the last `contextTokens - maxResponseTokens` of them. */
export function fitPrompt(prompt: Int32Array, contextTokens: number, maxResponseTokens: number): Int32Array {
  const room = contextTokens - maxResponseTokens;
  if (room < 1) throw new Error(`embedded model: max_response ${maxResponseTokens} tokens leaves no room for a prompt in a context of ${contextTokens} tokens`);
  return prompt.length > room ? prompt.subarray(prompt.length - room) : prompt;
}

/** [T, S] additive causal bias for T queries whose first one sits at key index `offset`. */
export function causalBias(T: number, S: number, offset: number): Float32Array {
  const b = new Float32Array(T * S);
  for (let i = 0; i < T; i++) for (let j = offset + i + 1; j < S; j++) b[i * S + j] = MASKED;
  return b;
}
