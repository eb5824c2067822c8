// stdlib/advantage/grpo.ts — GRPO: each response's score minus its group's mean, over the group's
// unbiased std, with the reference's difficulty-reweight quirk. Float32 like the reference (torch).
import { torchGroupStats } from "./group-stats.js";
import type { Interned } from "./intern-ids.js";
import type { AdvantageParams } from "./params.js";

const f32 = Math.fround;

/** `scores` are float32 values (the reference's reward tensor); `groups` the interned uids. */
export function grpoAdvantages(scores: Float32Array, groups: Interned, p: AdvantageParams): Float64Array {
  const n = scores.length;
  const g = groups.ids;
  const G = groups.count;
  // torch.mean, then torch.std (unbiased) around that float32 mean. A lone response has mean 0 and
  // std 1 (the reference's substitute for torch's NaN).
  const stats = torchGroupStats(scores, groups);
  const count = stats.count;
  const mean = new Float32Array(G);
  const denom = new Float32Array(G);
  for (let k = 0; k < G; k++) {
    const c = count[k];
    if (c === 1) { mean[k] = 0; denom[k] = f32(1 + p.epsilon); continue; }
    mean[k] = stats.mean[k];
    denom[k] = f32(f32(Math.sqrt(stats.sumSquares[k] / (c - 1))) + p.epsilon);
  }

  const adv = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const c = f32(scores[i] - mean[g[i]]);
    adv[i] = p.normByStd ? f32(c / denom[g[i]]) : c;
  }
  if (!p.difficultyReweight) return adv;

  // The reference's per-group score lists alias the tensor it just normalised in place, so its
  // "pass rate" compares each *advantage* with the group's *raw* mean (golden README, grpo).
  const above = new Int32Array(G);
  for (let i = 0; i < n; i++) if (adv[i] > mean[g[i]]) above[g[i]]++;
  const weight = new Float32Array(G);
  for (let k = 0; k < G; k++) {
    const passRate = count[k] <= 1 ? 0.5 : above[k] / count[k];
    const w = f32(Math.exp(f32(p.gamma * (0.5 - passRate))));
    weight[k] = w < 1 ? 1 : w > 2 ? 2 : w;
  }
  // Only positive advantages are weighted; negatives keep weight 1.
  for (let i = 0; i < n; i++) if (adv[i] > 0) adv[i] = f32(adv[i] * weight[g[i]]);
  return adv;
}
