// stdlib/advantage/qwenlong-grpo.ts — QwenLong-L1.5's task-level normalisation: each score minus
// its task's mean over the task's std (all responses of the task, groups ignored). Float32
// sequential sums, as the reference's torch.bincount.
import { isInterleaved, type Interned } from "./intern-ids.js";
import type { AdvantageParams } from "./params.js";
import { Scratch } from "./scratch.js";

const f32 = Math.fround;

export function qwenlongAdvantages(scores: Float32Array, tasks: Interned, p: AdvantageParams): Float64Array {
  const n = scores.length;
  const t = tasks.ids;
  const T = tasks.count;
  const scratch = new Scratch(5 * T);
  const count = scratch.i32(T);
  const sum = scratch.f32(T);
  const sum2 = scratch.f32(T);
  // Each task's sums run in batch order. While a run of rows shares a task the sums stay in
  // locals and are stored once at the run's end: the same additions, without a store and reload
  // per row. Row n closes the last run inside the loop (see tmn-grpo.ts).
  let run = -1;
  let runs = 0;
  let runCount = 0;
  let runSum = 0;
  let runSum2 = 0;
  if (isInterleaved(t)) runs = scatterSums(scores, t, count, sum, sum2);
  else for (let i = 0; i <= n; i++) {
    const u = i < n ? t[i] : -1;
    if (u !== run) {
      if (run >= 0) { count[run] = runCount; sum[run] = runSum; sum2[run] = runSum2; }
      if (u < 0) break;
      run = u; runCount = count[u]; runSum = sum[u]; runSum2 = sum2[u]; runs++;
    }
    const s = scores[i];
    runCount++;
    runSum = f32(runSum + s);
    runSum2 = f32(runSum2 + f32(s * s));
  }
  const mean = scratch.f32(T);
  const denom = scratch.f32(T);
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
  if (4 * runs > n) {
    // Short runs (tasks interleaved): row by row, which keeps the loop free of a hard-to-predict exit.
    for (let i = 0; i < n; i++) adv[i] = f32(f32(scores[i] - mean[t[i]]) / denom[t[i]]);
    return adv;
  }
  // Over each run of rows sharing a task, its mean and scale are loaded once.
  for (let i = 0; i < n;) {
    const u = t[i];
    const m = mean[u];
    const d = denom[u];
    let j = i;
    do adv[j] = f32(f32(scores[j] - m) / d); while (++j < n && t[j] === u);
    i = j;
  }
  return adv;
}

/** The per-task sums when tasks are interleaved (every row would open a run): scattered row by row,
 *  free of the run loop's hard-to-predict branch; the same additions in the same order. Returns the
 *  number of runs. A function of its own, so that the run loop's code stays as it was. */
function scatterSums(scores: Float32Array, t: Int32Array, count: Int32Array, sum: Float32Array, sum2: Float32Array): number {
  let runs = 0;
  let last = -1;
  for (let i = 0; i < scores.length; i++) {
    const u = t[i];
    const s = scores[i];
    count[u]++;
    sum[u] = f32(sum[u] + s);
    sum2[u] = f32(sum2[u] + f32(s * s));
    if (u !== last) { runs++; last = u; }
  }
  return runs;
}
