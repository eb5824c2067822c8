// test/embedded/toy-task.ts — a toy task and a minimal RL loop for the embedded tests: the prompt
// names a letter, the reward is the fraction of the response's first tokens that repeat it.
import type { RolloutEngine, RolloutRequest } from "../../runtime/engine.js";
import type { EmbeddedTrainer } from "../../runtime/embedded/index.js";
import type { TrainSample } from "../../runtime/trainer.js";
import type { Tokenizer } from "../../runtime/tokenizer/index.js";

export const LETTERS = "abcdefgh";
export const RESPONSE_TOKENS = 4;

export function toyPrompt(tok: Tokenizer, letter: string): Int32Array {
  return tok.encode(tok.applyChatTemplate([{ role: "user", content: `say ${letter}` }]));
}

export function toyReward(letter: string, text: string): number {
  let hits = 0;
  for (let i = 0; i < RESPONSE_TOKENS; i++) if (text[i] === letter) hits++;
  return hits / RESPONSE_TOKENS;
}

/** Mean reward with greedy decoding over every letter. */
export async function evaluate(engine: RolloutEngine, tok: Tokenizer): Promise<number> {
  const reqs: RolloutRequest[] = [...LETTERS].map((l) => ({
    uid: `eval-${l}`, messages: [], promptTokens: toyPrompt(tok, l),
    sampling: { n: 1, temperature: 0, topP: 1, topK: -1, maxResponseTokens: RESPONSE_TOKENS, seed: 0 },
  }));
  const res = await engine.generate(reqs);
  return res.reduce((s, r, i) => s + toyReward(LETTERS[i], r.samples[0].text), 0) / LETTERS.length;
}

/** One GRPO step: sample n per prompt, advantages = (r - mean) / (std + eps) within a group. */
export async function rlStep(engine: RolloutEngine, trainer: EmbeddedTrainer, tok: Tokenizer, step: number, n: number, temperature: number): Promise<number> {
  const reqs: RolloutRequest[] = [...LETTERS].map((l) => ({
    uid: `s${step}-${l}`, messages: [], promptTokens: toyPrompt(tok, l),
    sampling: { n, temperature, topP: 1, topK: -1, maxResponseTokens: RESPONSE_TOKENS, seed: step },
  }));
  const res = await engine.generate(reqs);
  const samples: TrainSample[] = [];
  let total = 0;
  res.forEach((r, i) => {
    const rewards = r.samples.map((s) => toyReward(LETTERS[i], s.text));
    const mean = rewards.reduce((a, b) => a + b, 0) / n;
    const std = Math.sqrt(rewards.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(n - 1, 1));
    r.samples.forEach((s, k) => {
      total += rewards[k];
      samples.push({
        uid: r.uid, task: "toy", promptTokens: reqs[i].promptTokens!, responseTokens: s.tokens!, oldLogprobs: s.logprobs!,
        advantage: (rewards[k] - mean) / (std + 1e-6), responseMask: new Uint8Array(s.tokens!.length).fill(1), score: rewards[k],
      });
    });
  });
  const result = await trainer.update({ step, samples });
  await engine.syncWeights!(result.weights);
  return total / samples.length;
}
