// stdlib/advantage/tmn-grpo.ts — TMN-GRPO: group-centred scores over a per-task scale (the root of
// the mean group variance of the task), with smoothed-pass-rate difficulty weights. The reference
// sums with torch.bincount (sequential float32), which Math.fround reproduces exactly.
import type { Interned } from "./intern-ids.js";
import type { AdvantageParams } from "./params.js";

const f32 = Math.fround;

export interface EstimatorResult {
  readonly advantages: Float64Array;
  readonly metrics: Record<string, number>;
}

export function tmnGrpoAdvantages(scores: Float32Array, groups: Interned, tasks: Interned, p: AdvantageParams): EstimatorResult {
  const n = scores.length;
  const g = groups.ids;
  const G = groups.count;
  const count = new Int32Array(G);
  const sum = new Float32Array(G);
  const sum2 = new Float32Array(G);
  const groupTask = new Int32Array(G);
  for (let i = 0; i < n; i++) {
    const k = g[i];
    const s = scores[i];
    count[k]++;
    sum[k] = f32(sum[k] + s);
    sum2[k] = f32(sum2[k] + f32(s * s));
    groupTask[k] = tasks.ids[i]; // the reference scatters, so the last response's task wins
  }

  // Variance as E[s²] − mean² (not two-pass), clamped at 0, Bessel-corrected; lone: mean 0, var 1.
  const mean = new Float32Array(G);
  const variance = new Float32Array(G);
  for (let k = 0; k < G; k++) {
    const c = count[k];
    if (c <= 1) { mean[k] = 0; variance[k] = 1; continue; }
    const m = f32(sum[k] / c);
    const pop = f32(f32(sum2[k] / c) - f32(m * m));
    mean[k] = m;
    variance[k] = f32((pop > 0 ? pop : 0) * f32(c / (c - 1)));
  }

  const T = tasks.count;
  const taskGroups = new Float32Array(T);
  const taskVarSum = new Float32Array(T);
  for (let k = 0; k < G; k++) {
    const t = groupTask[k];
    taskGroups[t]++;
    taskVarSum[t] = f32(taskVarSum[t] + variance[k]);
  }
  const denom = new Float32Array(T);
  for (let t = 0; t < T; t++) {
    const v = f32(taskVarSum[t] / (taskGroups[t] || 1));
    denom[t] = f32(f32(Math.sqrt(v > 0 ? v : 0)) + p.epsilon);
  }

  const t = tasks.ids;
  const adv = new Float64Array(n);
  const norm = p.normByTaskScale;
  if (!p.difficultyReweight) {
    for (let i = 0; i < n; i++) {
      const c = f32(scores[i] - mean[g[i]]);
      adv[i] = norm ? f32(c / denom[t[i]]) : c;
    }
    return { advantages: adv, metrics: {} };
  }

  // Task mean = mean of its groups' means (a lone response's zeroed mean included).
  const taskMeanSum = new Float32Array(T);
  for (let k = 0; k < G; k++) taskMeanSum[groupTask[k]] = f32(taskMeanSum[groupTask[k]] + mean[k]);
  const taskMean = new Float32Array(T);
  for (let u = 0; u < T; u++) taskMean[u] = f32(taskMeanSum[u] / (taskGroups[u] || 1));

  const alpha = f32(p.smoothAlpha);
  const beta = f32(1 - p.smoothAlpha);
  const threshold = new Float32Array(G);
  for (let k = 0; k < G; k++) {
    const tm = taskMean[groupTask[k]];
    threshold[k] = count[k] <= 1 ? tm : f32(f32(alpha * mean[k]) + f32(beta * tm));
  }
  const passed = new Int32Array(G);
  for (let i = 0; i < n; i++) passed[g[i]] += scores[i] > threshold[g[i]] ? 1 : 0;

  // weight[2k] applies at or below the group's raw mean, weight[2k + 1] above it (the reference
  // splits on the raw mean, not the smoothed threshold); no clamp.
  const gamma = f32(p.gamma);
  const weight = new Float32Array(2 * G);
  let passSum = 0;
  for (let k = 0; k < G; k++) {
    const rate = f32(passed[k] / count[k]);
    passSum += rate;
    weight[2 * k] = f32(Math.exp(f32(gamma * f32(rate - 0.5))));
    weight[2 * k + 1] = f32(Math.exp(f32(gamma * f32(0.5 - rate))));
  }
  for (let i = 0; i < n; i++) {
    const k = g[i];
    const s = scores[i];
    const c = f32(s - mean[k]);
    const a = norm ? f32(c / denom[t[i]]) : c;
    adv[i] = f32(a * weight[2 * k + (s > mean[k] ? 1 : 0)]);
  }
  return { advantages: adv, metrics: { "difficulty/mean_pass_rate": G ? f32(passSum / G) : NaN } };
}
