// bench/lib/timing.mjs — the timing loop and quantiles every benchmark shares: wall time per case of
// each repetition, and the process's CPU time per case (the steadier figure on a shared machine).

/** The q-quantile of `xs` (nearest rank, no interpolation). */
export const quantile = (xs, q) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(q * s.length))]; };

/** µs as "12 ns", "3.40 µs" or "1.20 ms". */
export const fmtUs = (us) => (us >= 1000 ? `${(us / 1000).toFixed(2)} ms` : us >= 1 ? `${us.toFixed(2)} µs` : `${(us * 1000).toFixed(0)} ns`);

/** Runs `fn` (which does `n` cases) until `budgetMs` has passed and at least `minReps` times, after a
 *  warm-up of `warmupCalls` calls and then `warmupMs` of calls (optimised code can arrive in the
 *  middle of a short run). Returns the wall µs per case of each repetition, with `cpuUs`: the
 *  process's CPU µs per case over all repetitions (every thread of the process). */
export function measure(fn, n, { budgetMs = 400, warmupCalls = 0, warmupMs = budgetMs / 4, minReps = 3 } = {}) {
  for (let i = 0; i < warmupCalls; i++) fn();
  for (const until = performance.now() + warmupMs; performance.now() < until;) fn();
  const per = [];
  const until = performance.now() + budgetMs;
  const cpu0 = process.cpuUsage();
  do {
    const t = process.hrtime.bigint();
    fn();
    per.push(Number(process.hrtime.bigint() - t) / 1000 / n);
  } while (performance.now() < until || per.length < minReps);
  const cpu = process.cpuUsage(cpu0);
  per.cpuUs = (cpu.user + cpu.system) / (per.length * n);
  return per;
}
