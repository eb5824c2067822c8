// runtime/trainer.ts — the trainer interface behind the update node: `embedded`, `external` and
// `none` implement it. A batch in, a new weights version out.
import type { WeightsRef } from "./engine.js";

/** A trainer that cannot do what the run asks (a setting it does not implement, a protocol or
 *  process failure): the run stops with this message, as an input problem, not an internal error. */
export class TrainerError extends Error {}

export interface TrainSample {
  uid: string;
  task: string;
  promptTokens: Int32Array;
  responseTokens: Int32Array;
  /** Log-probs of the response tokens under the policy that sampled them. */
  oldLogprobs: Float32Array;
  /** One advantage per response (the same on every token), and a mask of the tokens that count. */
  advantage: number;
  responseMask: Uint8Array;
  score: number;
}

export interface TrainBatch { step: number; samples: TrainSample[] }

export interface TrainResult {
  weights: WeightsRef;
  /** Loss, clip fractions, grad norm, lr... logged under `actor/<name>` in metrics.jsonl. */
  metrics: Record<string, number>;
}

export interface Trainer {
  readonly name: string;
  update(batch: TrainBatch): Promise<TrainResult>;
  /** Writes everything needed to resume into `dir` (the runtime makes it atomic by renaming). */
  save(dir: string): Promise<void>;
  load(dir: string): Promise<void>;
  close(): Promise<void>;
}
