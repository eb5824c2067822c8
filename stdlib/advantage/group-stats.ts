// stdlib/advantage/group-stats.ts — each group's float32 mean and sum of squared deviations as torch
// computes them for torch.mean / torch.std / torch.var: shared by GRPO and the per-label metrics.
import type { Interned } from "./intern-ids.js";
import { torchSumF32 } from "./torch-sum.js";

const f32 = Math.fround;

export interface TorchGroupStats {
  /** Responses per group. */
  readonly count: Int32Array;
  /** torch.mean of the group's float32 scores: torch's cascade sum (torch-sum.ts) over the group,
   *  divided by its size, in float32. A lone response's mean is its score. */
  readonly mean: Float32Array;
  /** Σ (score − mean)² over the group, in double around the float32 mean, as torch.std and
   *  torch.var sum it; they then divide by n or n − 1 and round to float32. 0 for a lone response. */
  readonly sumSquares: Float64Array;
}

/** `scores` are float32 values; `groups` the interned uids. Each group's scores are gathered in batch
 *  order into a contiguous tensor (what the reference stacks) before summing, since torch's sum
 *  depends on the layout. A constant group of a non-dyadic score so gets a mean one ulp off and a
 *  sum of squares ≈ 1e-14 instead of 0, as in the reference. */
export function torchGroupStats(scores: Float32Array, groups: Interned): TorchGroupStats {
  const n = scores.length;
  const g = groups.ids;
  const G = groups.count;
  const start = new Int32Array(G + 1);
  for (let i = 0; i < n; i++) start[g[i] + 1]++;
  for (let k = 0; k < G; k++) start[k + 1] += start[k];
  const fill = start.slice(0, G);
  const grouped = new Float32Array(n);
  for (let i = 0; i < n; i++) grouped[fill[g[i]]++] = scores[i];

  const count = new Int32Array(G);
  const mean = new Float32Array(G);
  const sumSquares = new Float64Array(G);
  for (let k = 0; k < G; k++) {
    const a = start[k];
    const b = start[k + 1];
    const c = (count[k] = b - a);
    const m = (mean[k] = f32(torchSumF32(grouped, a, b) / c));
    let ss = 0;
    for (let i = a; i < b; i++) { const d = grouped[i] - m; ss += d * d; }
    sumSquares[k] = ss;
  }
  return { count, mean, sumSquares };
}
