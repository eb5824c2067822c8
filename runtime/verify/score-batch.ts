// runtime/verify/score-batch.ts — scores a batch of responses of one task: the reward expression,
// then the gates. Writes each result into shared typed arrays as it goes, so if a verifier hangs and
// its worker is stopped, the results before it survive. Runs in a worker thread or inline.
import type { Expr } from "../../compiler/ir.js";
import { evaluateExpr, toBool, toScore, type FunctionLookup } from "./evaluate.js";

export interface GateSpec { name: string; expr: Expr }

export interface BatchItem { record: Record<string, unknown>; output: string }

/** Status bits per item. */
export const DONE = 1, TIMEOUT = 2, VERIFIER_ERROR = 4, GATED = 8;

/** Shared layout of one batch's results: scores, raw scores (before gates), status bits, failed
 *  gates as a bit set, and the index of the item being scored (-1 before the first). */
export interface BatchSlots {
  score: Float64Array;
  raw: Float64Array;
  status: Int32Array;
  gatesFailed: Int32Array;
  progress: Int32Array;
}

export const MAX_GATES = 31;

export function allocateSlots(n: number, shared: boolean): { buffer: ArrayBufferLike; slots: BatchSlots } {
  const bytes = n * 8 * 2 + n * 4 * 2 + 4;
  const buffer = shared ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes);
  const slots = viewSlots(buffer, n);
  slots.progress[0] = -1;
  return { buffer, slots };
}

export function viewSlots(buffer: ArrayBufferLike, n: number): BatchSlots {
  return {
    score: new Float64Array(buffer, 0, n),
    raw: new Float64Array(buffer, n * 8, n),
    status: new Int32Array(buffer, n * 16, n),
    gatesFailed: new Int32Array(buffer, n * 20, n),
    progress: new Int32Array(buffer, n * 24, 1),
  };
}

export interface BatchJob {
  reward: Expr;
  taskName: string;
  gates: readonly GateSpec[];
  items: readonly BatchItem[];
  timeLimitMs: number;
}

/** Scores every item; returns the error text of items whose verifier failed (index -> message). */
export function scoreBatch(job: BatchJob, slots: BatchSlots, lookup: FunctionLookup, now: () => number): Record<number, string> {
  const errors: Record<number, string> = {};
  for (let i = 0; i < job.items.length; i++) {
    Atomics.store(slots.progress, 0, i);
    const { record, output } = job.items[i];
    const started = now();
    let status = DONE;
    let score = 0;
    let raw = 0;
    let failed = 0;
    try {
      raw = toScore(evaluateExpr(job.reward, { record, output }, lookup), `the reward of task ${job.taskName}`);
      score = raw;
      for (let g = 0; g < job.gates.length; g++) {
        if (!toBool(evaluateExpr(job.gates[g].expr, { record, output }, lookup), `gate ${job.gates[g].name}`)) failed |= 1 << g;
      }
      if (failed) { score = 0; status |= GATED; }
    } catch (e) {
      status |= VERIFIER_ERROR;
      score = 0;
      raw = 0;
      errors[i] = (e as Error)?.message ?? String(e);
    }
    // A verifier that finished but took longer than the limit scores 0 too: the limit means the
    // same thing whether or not the worker had to be stopped.
    if (now() - started > job.timeLimitMs) { status |= TIMEOUT; score = 0; }
    slots.score[i] = score;
    slots.raw[i] = raw;
    slots.gatesFailed[i] = failed;
    Atomics.store(slots.status, i, status);
  }
  Atomics.store(slots.progress, 0, job.items.length);
  return errors;
}
