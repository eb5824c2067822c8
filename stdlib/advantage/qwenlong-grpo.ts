// stdlib/advantage/qwenlong-grpo.ts — QwenLong-L1.5's task-level normalisation: each score minus
// its task's mean over the task's std (all responses of the task, groups ignored). Float32
// sequential sums, as the reference's torch.bincount.
import type { Interned } from "./intern-ids.js";
import type { AdvantageParams } from "./params.js";

const f32 = Math.fround;

export function qwenlongAdvantages(scores: Float32Array, tasks: Interned, p: AdvantageParams): Float64Array {
  const n = scores.length;
  const t = tasks.ids;
  const T = tasks.count;
  const count = new Int32Array(T);
  const sum = new Float32Array(T);
  const sum2 = new Float32Array(T);
  for (let i = 0; i < n; i++) {
    const s = scores[i];
    count[t[i]]++;
    sum[t[i]] = f32(sum[t[i]] + s);
    sum2[t[i]] = f32(sum2[t[i]] + f32(s * s));
  }
  const mean = new Float32Array(T);
  const denom = new Float32Array(T);
  for (let k = 0; k < T; k++) {
    const c = count[k];
    const m = f32(sum[k] / c);
    mean[k] = m;
    // A task with one response keeps std 1, so its advantage is s − mean = 0.
    let std = 1;
    if (c > 1) {
      const pop = f32(f32(sum2[k] / c) - f32(m * m));
      std = f32(Math.sqrt(f32((pop > 0 ? pop : 0) * f32(c / (c - 1)))));
    }
    denom[k] = f32(std + p.epsilon);
  }
  const adv = new Float64Array(n);
  for (let i = 0; i < n; i++) adv[i] = f32(f32(scores[i] - mean[t[i]]) / denom[t[i]]);
  return adv;
}
