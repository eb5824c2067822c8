// stdlib/advantage/tmn-grpo.ts — TMN-GRPO: group-centred scores over a per-task scale (the root of
// the mean group variance of the task), with smoothed-pass-rate difficulty weights. The reference
// sums with torch.bincount (sequential float32), which Math.fround reproduces exactly.
import { isInterleaved, type Interned } from "./intern-ids.js";
import type { AdvantageParams } from "./params.js";
import { Scratch } from "./scratch.js";

const f32 = Math.fround;

export interface EstimatorResult {
  readonly advantages: Float64Array;
  readonly metrics: Record<string, number>;
}

export function tmnGrpoAdvantages(scores: Float32Array, groups: Interned, tasks: Interned, p: AdvantageParams): EstimatorResult {
  const n = scores.length;
  const g = groups.ids;
  const G = groups.count;
  const T = tasks.count;
  const scratch = new Scratch(10 * G + 5 * T);
  const count = scratch.i32(G);
  const sum = scratch.f32(G);
  const sum2 = scratch.f32(G);
  const groupTask = scratch.i32(G);
  const t = tasks.ids;
  // Each group's sums run in batch order. While a run of rows shares a group (a prompt's n
  // responses in a row, as batches come) the sums stay in locals and are stored once at the run's
  // end: the same additions, without a store and reload per row. Row n closes the last run inside
  // the loop (code after a hot loop runs without type feedback when V8 compiles the loop early).
  // When groups are interleaved (judged on the first 256 rows: either loop gives the same sums),
  // every row is its own run and a plain scatter is cheaper.
  const interleaved = isInterleaved(g);
  let run = -1;
  let runs = 0;
  let runCount = 0;
  let runSum = 0;
  let runSum2 = 0;
  if (interleaved) {
    for (let i = 0; i < n; i++) {
      const u = g[i];
      const s = scores[i];
      count[u]++;
      sum[u] = f32(sum[u] + s);
      sum2[u] = f32(sum2[u] + f32(s * s));
      groupTask[u] = t[i]; // the reference scatters, so the group's last response's task wins
      if (u !== run) { runs++; run = u; }
    }
  } else {
    for (let i = 0; i <= n; i++) {
      const u = i < n ? g[i] : -1;
      if (u !== run) {
        if (run >= 0) {
          count[run] = runCount; sum[run] = runSum; sum2[run] = runSum2;
          groupTask[run] = t[i - 1];
        }
        if (u < 0) break;
        run = u; runCount = count[u]; runSum = sum[u]; runSum2 = sum2[u]; runs++;
      }
      const s = scores[i];
      runCount++;
      runSum = f32(runSum + s);
      runSum2 = f32(runSum2 + f32(s * s));
    }
  }

  // Variance as E[s²] − mean² (not two-pass), clamped at 0, Bessel-corrected; lone: mean 0, var 1.
  const mean = scratch.f32(G);
  const variance = scratch.f32(G);
  for (let k = 0; k < G; k++) {
    const c = count[k];
    if (c <= 1) { mean[k] = 0; variance[k] = 1; continue; }
    const m = f32(sum[k] / c);
    const pop = f32(f32(sum2[k] / c) - f32(m * m));
    mean[k] = m;
    variance[k] = f32((pop > 0 ? pop : 0) * f32(c / (c - 1)));
  }

  const taskGroups = scratch.f32(T);
  const taskVarSum = scratch.f32(T);
  for (let k = 0; k < G; k++) {
    const u = groupTask[k];
    taskGroups[u]++;
    taskVarSum[u] = f32(taskVarSum[u] + variance[k]);
  }
  const denom = scratch.f32(T);
  for (let u = 0; u < T; u++) {
    const v = f32(taskVarSum[u] / (taskGroups[u] || 1));
    denom[u] = f32(f32(Math.sqrt(v > 0 ? v : 0)) + p.epsilon);
  }

  const adv = new Float64Array(n);
  const norm = p.normByTaskScale;
  // Over each run of rows sharing a group and a task, its mean and scale (and weights) are loaded
  // once; short runs (groups interleaved) go row by row, free of a hard-to-predict loop exit.
  const byRun = 4 * runs <= n;
  if (!p.difficultyReweight) {
    if (!byRun) {
      for (let i = 0; i < n; i++) {
        const c = f32(scores[i] - mean[g[i]]);
        adv[i] = norm ? f32(c / denom[t[i]]) : c;
      }
      return { advantages: adv, metrics: {} };
    }
    for (let i = 0; i < n;) {
      const u = g[i];
      const task = t[i];
      const m = mean[u];
      const d = norm ? denom[task] : 1;
      let j = i;
      do adv[j] = f32(f32(scores[j] - m) / d); while (++j < n && g[j] === u && t[j] === task);
      i = j;
    }
    return { advantages: adv, metrics: {} };
  }

  // Task mean = mean of its groups' means (a lone response's zeroed mean included).
  const taskMeanSum = scratch.f32(T);
  for (let k = 0; k < G; k++) taskMeanSum[groupTask[k]] = f32(taskMeanSum[groupTask[k]] + mean[k]);
  const taskMean = scratch.f32(T);
  for (let u = 0; u < T; u++) taskMean[u] = f32(taskMeanSum[u] / (taskGroups[u] || 1));

  const alpha = f32(p.smoothAlpha);
  const beta = f32(1 - p.smoothAlpha);
  const threshold = scratch.f32(G);
  for (let k = 0; k < G; k++) {
    const tm = taskMean[groupTask[k]];
    threshold[k] = count[k] <= 1 ? tm : f32(f32(alpha * mean[k]) + f32(beta * tm));
  }
  const weights = new DifficultyWeights(f32(p.gamma), G && count[0] <= 1024 ? count[0] : -1);
  const denomOrNone = norm ? denom : undefined;
  // Each group one run of rows (as batches come): run k is group k, so its pass count, weights and
  // advantages are done in one visit while its rows are in the cache.
  if (!interleaved && runs === G) {
    const passRate = weighGroups(scores, t, count, mean, threshold, denomOrNone, weights, adv);
    return { advantages: adv, metrics: { "difficulty/mean_pass_rate": G ? passRate : NaN } };
  }
  const passed = scratch.i32(G);
  if (interleaved) {
    for (let i = 0; i < n; i++) if (scores[i] > threshold[g[i]]) passed[g[i]]++;
  } else {
    run = -1;
    let above = 0;
    let bar = 0;
    for (let i = 0; i <= n; i++) {
      const u = i < n ? g[i] : -1;
      if (u !== run) {
        if (run >= 0) passed[run] = above;
        if (u < 0) break;
        run = u; above = passed[u]; bar = threshold[u];
      }
      above += scores[i] > bar ? 1 : 0;
    }
  }

  // weight[2k] applies at or below the group's raw mean, weight[2k + 1] above it (the reference
  // splits on the raw mean, not the smoothed threshold); no clamp.
  const weight = scratch.f32(2 * G);
  let passSum = 0;
  for (let k = 0; k < G; k++) {
    const c = count[k];
    const a = passed[k];
    passSum += weights.put(a, c, weight, 2 * k);
  }
  const metrics = { "difficulty/mean_pass_rate": G ? f32(passSum / G) : NaN };
  if (byRun) weighRuns(scores, g, t, mean, denomOrNone, weight, adv);
  else weighRows(scores, g, t, mean, denomOrNone, weight, adv);
  return { advantages: adv, metrics };
}

/** A group's difficulty weights from its pass count `a` of `c` responses: exp(γ(rate − ½)) at or
 *  below its raw mean, exp(γ(½ − rate)) above, rate = a / c in float32. They depend only on (a, c):
 *  groups of the usual size (the first group's: usually every group, n responses per prompt) share
 *  at most n + 1 pairs, each exp computed once. */
class DifficultyWeights {
  private readonly memo: Float32Array;

  constructor(private readonly gamma: number, private readonly usual: number) {
    this.memo = new Float32Array(2 * (usual + 1)).fill(NaN);
  }

  /** Writes the low and high weight at out[at] and out[at + 1]; returns the pass rate. */
  put(a: number, c: number, out: Float32Array, at: number): number {
    const rate = f32(a / c);
    const memo = this.memo;
    if (c === this.usual && memo[2 * a] === memo[2 * a]) {
      out[at] = memo[2 * a];
      out[at + 1] = memo[2 * a + 1];
      return rate;
    }
    const low = (out[at] = f32(Math.exp(f32(this.gamma * f32(rate - 0.5)))));
    const high = (out[at + 1] = f32(Math.exp(f32(this.gamma * f32(0.5 - rate)))));
    if (c === this.usual) { memo[2 * a] = low; memo[2 * a + 1] = high; }
    return rate;
  }
}

/** The difficulty weights and the last pass when group k is exactly rows [start_k, start_k +
 *  count[k]) in order: per group, its pass count against the threshold, its weights (from the memo
 *  for the usual size) and its rows' advantages. Returns the mean pass rate, summed in group order. */
function weighGroups(scores: Float32Array, t: Int32Array, count: Int32Array, mean: Float32Array, threshold: Float32Array,
  denom: Float32Array | undefined, weights: DifficultyWeights, adv: Float64Array): number {
  const G = count.length;
  const w = new Float32Array(2);
  let passSum = 0;
  let i = 0;
  for (let k = 0; k < G; k++) {
    const c = count[k];
    const end = i + c;
    const bar = threshold[k];
    let a = 0;
    for (let r = i; r < end; r++) a += scores[r] > bar ? 1 : 0;
    passSum += weights.put(a, c, w, 0);
    const low = w[0];
    const high = w[1];
    const m = mean[k];
    if (denom) {
      for (let r = i; r < end; r++) {
        const s = scores[r];
        adv[r] = f32(f32(f32(s - m) / denom[t[r]]) * (s > m ? high : low));
      }
    } else {
      for (let r = i; r < end; r++) {
        const s = scores[r];
        adv[r] = f32(f32(s - m) * (s > m ? high : low));
      }
    }
    i = end;
  }
  return f32(passSum / G);
}

// The last pass: a response above its group's raw mean takes weight[2k + 1], any other
// weight[2k]; `denom` is absent without task-scale normalisation.
function weighRows(scores: Float32Array, g: Int32Array, t: Int32Array, mean: Float32Array, denom: Float32Array | undefined, weight: Float32Array, adv: Float64Array): void {
  for (let i = 0; i < scores.length; i++) {
    const u = g[i];
    const s = scores[i];
    const m = mean[u];
    const d = f32(s - m);
    const a = denom ? f32(d / denom[t[i]]) : d;
    adv[i] = f32(a * weight[2 * u + (s > m ? 1 : 0)]);
  }
}

// Over each run of rows sharing a group and a task, its mean, scale and weights are loaded once.
function weighRuns(scores: Float32Array, g: Int32Array, t: Int32Array, mean: Float32Array, denom: Float32Array | undefined, weight: Float32Array, adv: Float64Array): void {
  const n = scores.length;
  for (let i = 0; i < n;) {
    const u = g[i];
    const task = t[i];
    const m = mean[u];
    const d = denom ? denom[task] : 1;
    const low = weight[2 * u];
    const high = weight[2 * u + 1];
    let j = i;
    do {
      const s = scores[j];
      adv[j] = f32(f32(f32(s - m) / d) * (s > m ? high : low));
    } while (++j < n && g[j] === u && t[j] === task);
    i = j;
  }
}
