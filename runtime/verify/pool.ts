// runtime/verify/pool.ts — scores responses with each task's reward and the recipe's gates in piscina
// workers, a task's items batched per message. A verifier past the time limit scores 0 (`timeout`; its
// worker stopped, the rest of its batch sent elsewhere); one that throws scores 0 (`verifier_error`).
import { availableParallelism } from "node:os";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { Piscina } from "piscina";
import { findBuiltWorker } from "../built-worker.js";
import type { z } from "zod";
import type { VerifyConfig as VerifyConfigSchema } from "../../compiler/ir.js";
import type { FunctionLookup } from "./evaluate.js";
import { Limiter } from "../engines/index.js";
import { loadRegistry } from "./registry.js";
import { allocateSlots, DONE, GATED, MAX_GATES, scoreBatch, TIMEOUT, VERIFIER_ERROR, type BatchJob, type BatchSlots, type GateSpec } from "./score-batch.js";
import type { WorkerTask } from "./worker.js";

export type VerifyConfig = z.output<typeof VerifyConfigSchema>;

export interface VerifyItem {
  /** The task's name (TaskSpec.name). */
  task: string;
  record: Record<string, unknown>;
  output: string;
  /** The response's length in tokens: needed for the overlong penalty (VerifyConfig.overlong). */
  responseTokens?: number;
}

export type VerifyFlag = "timeout" | "verifier_error" | "gated";

export interface VerifyResult {
  /** The reward after gates and the time limit: what advantages are computed from. */
  score: number;
  /** The reward before gates (0 after an error or timeout). */
  rawScore: number;
  flags: VerifyFlag[];
  /** Names of the gates that failed (score 0 when any did). */
  gatesFailed?: string[];
  /** Why the verifier failed (with the verifier_error flag). */
  error?: string;
  /** The DAPO overlong penalty added to the score (≤ 0), when the recipe sets one. */
  overlongPenalty?: number;
}

export interface VerifierOptions {
  /** Worker threads; 0 scores inline on the calling thread (tests, tiny runs), where a verifier
   *  past the time limit still scores 0 with `timeout` once it returns, but one that never returns
   *  cannot be stopped. Default: the config's `workers`, where 0 means one per core. */
  workers?: number;
  gates?: readonly GateSpec[];
  /** Module URL of the function registry (default: the stdlib). */
  registry?: string;
  /** Items per worker call (default 64). */
  batchSize?: number;
  /** The rollout's max_response. Given, the verifier applies the recipe's overlong penalty
   *  (VerifyConfig.overlong) itself, and every item needs `responseTokens`; left out, it does not
   *  (the run loop applies it). */
  maxResponseTokens?: number;
}

/** DAPO's overlong reward shaping, as verl's DAPO reward manager computes it: 0 up to
 *  max_response - buffer tokens, then falling linearly to -penaltyFactor at max_response. */
export function overlongPenalty(responseTokens: number, maxResponseTokens: number, bufferTokens: number, penaltyFactor: number): number {
  if (bufferTokens <= 0) return 0;
  const exceed = responseTokens - (maxResponseTokens - bufferTokens);
  const penalty = Math.min((-exceed / bufferTokens) * penaltyFactor, 0);
  return penalty === 0 ? 0 : penalty;   // no -0 in metrics files
}

export interface Verifier {
  score(items: readonly VerifyItem[]): Promise<VerifyResult[]>;
  close(): Promise<void>;
}

export class VerifyError extends Error {}

function resultOf(slots: BatchSlots, i: number, gates: readonly GateSpec[], error: string | undefined): VerifyResult {
  const status = slots.status[i];
  const flags: VerifyFlag[] = [];
  if (status & TIMEOUT) flags.push("timeout");
  if (status & VERIFIER_ERROR) flags.push("verifier_error");
  const r: VerifyResult = { score: slots.score[i], rawScore: slots.raw[i], flags };
  if (status & GATED) {
    flags.push("gated");
    r.gatesFailed = gates.filter((_, g) => slots.gatesFailed[i] & (1 << g)).map((g) => g.name);
  }
  if (error !== undefined) r.error = error;
  return r;
}

const TIMED_OUT: VerifyResult = Object.freeze({ score: 0, rawScore: 0, flags: ["timeout"] }) as VerifyResult;

/** The compiled worker: next to this file when running from dist/, else the project's dist/. */
export function workerFile(): string {
  const w = findBuiltWorker(import.meta.url, "runtime/verify/worker.js");
  if (w.found) return w.file;
  if (w.expected) throw new VerifyError(`the verification worker is not built (${w.expected} is missing): run \`npm run build\` first`);
  throw new VerifyError("cannot find the verification worker (dist/runtime/verify/worker.js)");
}

export async function createVerifier(config: VerifyConfig, options: VerifierOptions = {}): Promise<Verifier> {
  const gates = options.gates ?? [];
  if (gates.length > MAX_GATES) throw new VerifyError(`at most ${MAX_GATES} gates are supported, the recipe has ${gates.length}`);
  const tasks = new Map(config.tasks.map((t) => [t.name, t]));
  const batchSize = options.batchSize ?? 64;
  const threads = options.workers ?? (config.workers === 0 ? availableParallelism() : config.workers);
  const limit = config.timeLimitMs;

  // The penalty is applied here only when the caller gives max_response: the run loop
  // (runtime/steps) applies it itself after the engine's token counts, and must not get it twice.
  // A block written with the penalty off (`enabled: false`, as the published launches do) is off.
  const configured = config.overlong as (NonNullable<VerifyConfig["overlong"]> & { enabled?: boolean }) | null;
  const overlong = options.maxResponseTokens !== undefined && configured && configured.enabled !== false ? configured : null;
  // Added to whatever the verifier gave, gated, failed or timed out alike, as verl adds it.
  const penalise = (items: readonly VerifyItem[], results: VerifyResult[]): VerifyResult[] => {
    if (!overlong) return results;
    return results.map((r, i) => {
      const n = items[i].responseTokens;
      if (n === undefined) throw new VerifyError(`the overlong penalty needs each response's length: item ${i} (task ${items[i].task}) has no responseTokens`);
      const penalty = overlongPenalty(n, options.maxResponseTokens!, overlong.bufferTokens, overlong.penaltyFactor);
      return { ...r, score: r.score + penalty, overlongPenalty: penalty };
    });
  };

  const jobsOf = (items: readonly VerifyItem[]) => {
    const byTask = new Map<string, number[]>();
    items.forEach((item, i) => {
      if (!tasks.has(item.task)) throw new VerifyError(`no task named ${item.task} in this recipe (tasks: ${[...tasks.keys()].join(", ")})`);
      const list = byTask.get(item.task);
      if (list) list.push(i); else byTask.set(item.task, [i]);
    });
    const jobs: Array<{ indices: number[]; job: BatchJob }> = [];
    for (const [name, indices] of byTask)
      for (let k = 0; k < indices.length; k += batchSize) {
        const chunk = indices.slice(k, k + batchSize);
        jobs.push({
          indices: chunk,
          job: { reward: tasks.get(name)!.reward, taskName: name, gates, timeLimitMs: limit, items: chunk.map((i) => ({ record: items[i].record, output: items[i].output })) },
        });
      }
    return jobs;
  };

  if (threads === 0) {
    const lookup: FunctionLookup = await loadRegistry(options.registry);
    return {
      async score(items) {
        const out = new Array<VerifyResult>(items.length);
        for (const { indices, job } of jobsOf(items)) {
          const { slots } = allocateSlots(job.items.length, false);
          const errors = scoreBatch(job, slots, lookup, () => performance.now());
          indices.forEach((idx, k) => { out[idx] = resultOf(slots, k, gates, errors[k]); });
        }
        return penalise(items, out);
      },
      close: async () => {},
    };
  }

  const filename = workerFile();
  // Load the registry here too: a broken one is one clear error now, not a verifier_error on every
  // sample later.
  await loadRegistry(options.registry);
  const pool = new Piscina({
    filename: pathToFileURL(filename).href,
    minThreads: threads,
    maxThreads: threads,
    maxQueue: threads * 2,
    workerData: { registry: options.registry },
  });
  // At most as many batches outstanding as the pool queues: callers' work waits here, in order,
  // never in an unbounded queue.
  const inFlight = new Limiter(threads * 2);
  const tick = Math.max(5, Math.min(50, Math.floor(limit / 4)));

  // Runs one batch; if an item runs past the limit, the worker is stopped, that item is marked
  // timed out, and the items after it run as a new batch.
  async function runJob(job: BatchJob, out: VerifyResult[], indices: readonly number[]): Promise<void> {
    const { buffer, slots } = allocateSlots(job.items.length, true);
    const abort = new AbortController();
    let seen = -1;
    let since = performance.now();
    const watchdog = setInterval(() => {
      const p = Atomics.load(slots.progress, 0);
      const now = performance.now();
      if (p !== seen) { seen = p; since = now; return; }
      // -1: still queued or starting up; the clock runs only once an item is being scored.
      if (p >= 0 && p < job.items.length && now - since > limit) abort.abort();
    }, tick);
    let errors: Record<number, string> | undefined;
    let crash: Error | undefined;
    try {
      errors = await inFlight.run(() => pool.run({ job, buffer: buffer as SharedArrayBuffer } satisfies WorkerTask, { signal: abort.signal }) as Promise<Record<number, string>>);
    } catch (e) {
      if (!abort.signal.aborted) crash = e as Error;
    } finally {
      clearInterval(watchdog);
    }
    if (errors) {
      for (let k = 0; k < job.items.length; k++) out[indices[k]] = resultOf(slots, k, gates, errors[k]);
      return;
    }
    const stuck = Atomics.load(slots.progress, 0);
    const failed: VerifyResult = crash
      ? { score: 0, rawScore: 0, flags: ["verifier_error"], error: `verification worker failed: ${crash.message}` }
      : { ...TIMED_OUT, flags: ["timeout"] };
    if (stuck < 0 || stuck >= job.items.length) {
      // The worker failed before its first item (the registry did not load) or after its last: no
      // item to blame, so every unfinished one fails, and nothing is retried (it would fail again).
      for (let k = 0; k < job.items.length; k++) out[indices[k]] = slots.status[k] & DONE ? resultOf(slots, k, gates, undefined) : { ...failed, flags: [...failed.flags] };
      return;
    }
    // The item being scored when the worker was stopped (past the limit) or died (a verifier that
    // ended its thread, ran out of memory) takes the blame; the items before it are done, the items
    // after it run again as a new batch on a healthy worker.
    for (let k = 0; k < stuck; k++) out[indices[k]] = resultOf(slots, k, gates, slots.status[k] & VERIFIER_ERROR ? "the verifier threw (its message was lost when the worker was stopped)" : undefined);
    out[indices[stuck]] = failed;
    if (stuck + 1 < job.items.length) await runJob({ ...job, items: job.items.slice(stuck + 1) }, out, indices.slice(stuck + 1));
  }

  let closed = false;
  return {
    async score(items) {
      if (closed) throw new VerifyError("the verifier is closed");
      const out = new Array<VerifyResult>(items.length);
      await Promise.all(jobsOf(items).map(({ indices, job }) => runJob(job, out, indices)));
      return penalise(items, out);
    },
    async close() {
      closed = true;
      await pool.destroy();
    },
  };
}
