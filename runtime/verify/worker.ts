// runtime/verify/worker.ts — the verification pool's worker thread (piscina): scores one batch into
// the shared result arrays it is given. Loads the function registry once per thread.
import { performance } from "node:perf_hooks";
import { workerData } from "node:worker_threads";
import type { FunctionLookup } from "./evaluate.js";
import { loadRegistry } from "./registry.js";
import { scoreBatch, viewSlots, type BatchJob } from "./score-batch.js";

export interface WorkerTask { job: BatchJob; buffer: SharedArrayBuffer }

let lookup: Promise<FunctionLookup> | undefined;

export default async function run(task: WorkerTask): Promise<Record<number, string>> {
  lookup ??= loadRegistry((workerData as { registry?: string } | undefined)?.registry);
  const fns = await lookup;
  return scoreBatch(task.job, viewSlots(task.buffer, task.job.items.length), fns, () => performance.now());
}
