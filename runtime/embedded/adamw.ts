// runtime/embedded/adamw.ts — AdamW over the policy's Float32Array parameters (decoupled weight
// decay, linear warm-up then constant lr, global-norm gradient clipping), as torch.optim.AdamW does.
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
}

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

/** lr at optimizer step `step` (1-based): linear warm-up over `warmupSteps`, then constant. */
export function learningRate(cfg: AdamWConfig, step: number): number {
  return cfg.warmupSteps > 0 ? cfg.lr * Math.min(1, step / cfg.warmupSteps) : cfg.lr;
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
