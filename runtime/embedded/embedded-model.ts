// runtime/embedded/embedded-model.ts — from a recipe's `model ... = embedded { ... }` to the pieces:
// golong's byte-level tokenizer (made, not downloaded), the policy config, and the adapters that the
// runtime's engine and trainer factories call with IR configs.
import type { z } from "zod";
import type { ModelSpec, RolloutConfig, UpdateConfig } from "../../compiler/ir.js";
import { makeTokenizerJson, tokenizerFromJson, type Tokenizer } from "../tokenizer/index.js";
import { TrainerError } from "../trainer.js";
import type { PolicyUpdateConfig } from "./embedded-trainer.js";
import type { PolicyConfig } from "./policy-model.js";

type ModelSpecT = z.output<typeof ModelSpec>;
export type EmbeddedModelSpec = Extract<ModelSpecT, { kind: "embedded" }>;
export type RolloutConfigT = z.output<typeof RolloutConfig>;
export type UpdateConfigT = z.output<typeof UpdateConfig>;

let tokenizer: Tokenizer | undefined;

/** The embedded model's tokenizer: golong's byte-level tokenizer.json (5 specials + 256 bytes),
 *  made deterministically in memory and read by the same loader as a real model's. */
export function embeddedTokenizer(): Tokenizer {
  tokenizer ??= tokenizerFromJson(makeTokenizerJson(), {}, "golong embedded tokenizer");
  return tokenizer;
}

export function embeddedPolicyConfig(spec: Pick<EmbeddedModelSpec, "layers" | "width" | "heads" | "contextTokens" | "seed"> & { positions?: "learned" | "rotary" }, tok: Tokenizer = embeddedTokenizer()): PolicyConfig {
  return {
    vocabSize: tok.vocabSize, layers: spec.layers, width: spec.width, heads: spec.heads, contextTokens: spec.contextTokens, seed: spec.seed,
    ...(spec.positions === "rotary" ? { positions: "rotary" as const } : {}),
  };
}

export function embeddedSpecOf(model: unknown, who: string): EmbeddedModelSpec {
  const m = model as ModelSpecT | undefined;
  if (!m || m.kind !== "embedded") {
    throw new Error(`${who} needs the recipe's model to be embedded (model policy = embedded { layers: 2, width: 128, heads: 4, context: 1k tokens, seed: 1 })`);
  }
  return m;
}

/** The embedded trainer's settings from the recipe's update block; settings it does not implement
 *  are refused rather than ignored. */
export function policyUpdateConfig(u: UpdateConfigT): PolicyUpdateConfig {
  const unsupported: string[] = [];
  if (u.kl?.inReward) unsupported.push("kl_in_reward (the KL term goes in the loss: kl_in_reward: false)");
  const is = (u as { importanceSampling?: unknown }).importanceSampling;
  if (is !== undefined && is !== null) unsupported.push("importance_sampling");
  if (unsupported.length > 0) throw new TrainerError(`update trainer embedded does not implement ${unsupported.join(", ")}`);
  return {
    lr: u.lr, warmupSteps: u.warmupSteps, weightDecay: u.weightDecay, gradClip: u.gradClip,
    clipLow: u.clipLow, clipHigh: u.clipHigh, dualClip: u.dualClip, lossAgg: u.lossAgg,
    ppoEpochs: u.ppoEpochs, miniBatch: u.miniBatch, entropyCoef: u.entropyCoef, klCoef: u.kl?.coef ?? 0,
  };
}
