// The reference trainer's per-task metrics, recomputed here from their written definitions
// (golden/README.md) so tests can check what the runtime logged without using the runtime's code.

export function referenceTaskMetrics(scores: readonly number[], uids: readonly string[], tasks: readonly string[]): Record<string, Record<string, number>> {
  const byUid = new Map<string, number[]>();
  scores.forEach((s, i) => { const l = byUid.get(uids[i]) ?? []; l.push(s); byUid.set(uids[i], l); });
  const popStd = (xs: number[]) => {
    const m = xs.reduce((a, b) => a + b, 0) / xs.length;
    return Math.sqrt(xs.reduce((a, b) => a + (b - m) ** 2, 0) / xs.length);
  };
  const sampleVar = (xs: number[]) => {
    if (xs.length < 2) return 1;
    const m = xs.reduce((a, b) => a + b, 0) / xs.length;
    return xs.reduce((a, b) => a + (b - m) ** 2, 0) / (xs.length - 1);
  };
  let sigmaAll = 0;
  for (const xs of byUid.values()) sigmaAll += xs.length > 1 ? popStd(xs) : 0;
  const out: Record<string, Record<string, number>> = {};
  for (const task of new Set(tasks)) {
    const idx = scores.map((_, i) => i).filter((i) => tasks[i] === task);
    const xs = idx.map((i) => scores[i]);
    const taskUids = [...new Set(idx.map((i) => uids[i]))];
    const sigmas = taskUids.map((u) => (byUid.get(u)!.length > 1 ? popStd(byUid.get(u)!) : 0));
    const meanVar = taskUids.map((u) => sampleVar(byUid.get(u)!)).reduce((a, b) => a + b, 0) / taskUids.length;
    const sigmaTask = sigmas.reduce((a, b) => a + b, 0);
    out[task] = {
      mean_reward: xs.reduce((a, b) => a + b, 0) / xs.length,
      std_reward: popStd(xs),
      mean_std_reward: sigmaTask / taskUids.length,
      sqrt_mean_var: meanVar > 0 ? Math.sqrt(meanVar) : 0,
      rate_adv: sigmaAll > 0 ? sigmaTask / sigmaAll : 0,
      rate_num: taskUids.length / byUid.size,
      num_queries: taskUids.length,
      num_rollouts: xs.length,
    };
  }
  return out;
}
