// runtime/engines/backoff.ts — retry delays: exponential with full jitter (a random delay between
// 0 and base·2^attempt, capped), so many clients retrying at once spread out instead of in lockstep.

export interface BackoffOptions { baseMs: number; maxMs: number; random?: () => number }

export function backoffDelayMs(attempt: number, o: BackoffOptions): number {
  const ceiling = Math.min(o.maxMs, o.baseMs * 2 ** attempt);
  return Math.floor((o.random ?? Math.random)() * ceiling);
}

/** Waits `ms`, or rejects as soon as `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) { reject(signal.reason); return; }
    const timer = setTimeout(() => { signal?.removeEventListener("abort", onAbort); resolve(); }, ms);
    const onAbort = () => { clearTimeout(timer); reject(signal!.reason); };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
