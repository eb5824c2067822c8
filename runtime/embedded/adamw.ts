// runtime/embedded/adamw.ts — AdamW over the policy's Float32Array parameters (decoupled weight
// decay, linear warm-up then a constant, cosine or linear lr, global-norm gradient clipping), as
// torch.optim.AdamW with a warm-up scheduler does.
import type { Weights } from "./policy-model.js";

export interface AdamWConfig {
  lr: number;
  warmupSteps: number;
  weightDecay: number;
  /** Clip the global gradient norm to this; null: no clipping. */
  gradClip: number | null;
  beta1?: number;
  beta2?: number;
  eps?: number;
  /** After the warm-up: constant (default), or a cosine / linear decay reaching `lr · minLrRatio`
   *  at `totalSteps`. */
  schedule?: LrSchedule;
  totalSteps?: number;
  /** Final lr as a fraction of `lr` for the decaying schedules (default 0.1). */
  minLrRatio?: number;
}

export type LrSchedule = "constant" | "cosine" | "linear";

export interface AdamWState { step: number; m: Weights; v: Weights }

export function newAdamWState(weights: Weights): AdamWState {
  const zeros = (): Weights => new Map([...weights].map(([k, w]) => [k, new Float32Array(w.length)]));
  return { step: 0, m: zeros(), v: zeros() };
}

/** Parameters that get no weight decay: biases, LayerNorm gains, as is usual for transformers. */
export const decays = (name: string): boolean => !/(^|\.)(b[a-z0-9]*|ln\w*_[gb]|lnf_[gb])$/.test(name);

export function globalNorm(grads: Weights): number {
  let s = 0;
  for (const g of grads.values()) for (let i = 0; i < g.length; i++) s += g[i] * g[i];
  return Math.sqrt(s);
}

/** lr at optimizer step `step` (1-based): linear warm-up over `warmupSteps`, then constant, or
 *  decaying (cosine or linear) from `lr` to `lr · minLrRatio` at `totalSteps` and staying there. */
export function learningRate(cfg: AdamWConfig, step: number): number {
  if (cfg.warmupSteps > 0 && step < cfg.warmupSteps) return cfg.lr * (step / cfg.warmupSteps);
  const schedule = cfg.schedule ?? "constant";
  if (schedule === "constant" || cfg.totalSteps === undefined) return cfg.lr;
  const span = cfg.totalSteps - cfg.warmupSteps;
  const done = span > 0 ? Math.min(1, Math.max(0, (step - cfg.warmupSteps) / span)) : 1;
  const floor = cfg.minLrRatio ?? 0.1;
  const shape = schedule === "cosine" ? 0.5 * (1 + Math.cos(Math.PI * done)) : 1 - done;
  return cfg.lr * (floor + (1 - floor) * shape);
}

/** Applies one AdamW step in place. Returns the gradient norm before clipping and the lr used. */
export function adamwStep(weights: Weights, grads: Weights, state: AdamWState, cfg: AdamWConfig): { gradNorm: number; lr: number } {
  const b1 = cfg.beta1 ?? 0.9, b2 = cfg.beta2 ?? 0.999, eps = cfg.eps ?? 1e-8;
  const gradNorm = globalNorm(grads);
  if (!Number.isFinite(gradNorm)) throw new Error(`embedded trainer: gradient norm is ${gradNorm}; the update was skipped`);
  const scale = cfg.gradClip !== null && gradNorm > cfg.gradClip ? cfg.gradClip / (gradNorm + 1e-6) : 1;
  state.step += 1;
  const lr = learningRate(cfg, state.step);
  const c1 = 1 - Math.pow(b1, state.step), c2 = 1 - Math.pow(b2, state.step);
  for (const [name, w] of weights) {
    const g = grads.get(name);
    if (!g) throw new Error(`embedded trainer: no gradient for ${name}`);
    const m = state.m.get(name)!, v = state.v.get(name)!;
    const decay = decays(name) ? 1 - lr * cfg.weightDecay : 1;
    for (let i = 0; i < w.length; i++) {
      const gi = g[i] * scale;
      m[i] = b1 * m[i] + (1 - b1) * gi;
      v[i] = b2 * v[i] + (1 - b2) * gi * gi;
      w[i] = w[i] * decay - (lr * (m[i] / c1)) / (Math.sqrt(v[i] / c2) + eps);
    }
  }
  return { gradNorm, lr };
}
