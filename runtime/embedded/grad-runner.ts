// runtime/embedded/grad-runner.ts — where the trainer's graph passes run. On a CPU with several cores
// the rows of a pass are shared out to worker threads (piscina), each with its own onnxruntime
// session on one intra-op thread, and their losses and gradients summed in a fixed order; one
// session with several intra-op threads uses them poorly on a model this small (a warm-up step of
// the quickstart's model: 73 ms on two intra-op threads, 84 ms on one, 38 ms on two workers of one
// thread each). On CUDA, with one core, or when asked for one worker, the passes run in-process.
import { availableParallelism } from "node:os";
import { pathToFileURL } from "node:url";
import { Piscina } from "piscina";
import { findBuiltWorker } from "../built-worker.js";
import { runPass, flatLayout, flatten, type FlatLayout, type PassLimits, type PassResult } from "./grad-pass.js";
import { buildTrainingGraph, type LossSpec } from "./model-graphs.js";
import { packPieces, type Piece } from "./packing.js";
import { parameterSpecs, type PolicyConfig, type Weights } from "./policy-model.js";
import { createSession, type Device, type PolicySession, type SessionOptions } from "./session.js";

export type GraphKind = "supervised" | "ppo";

export interface GradRunner {
  /** The device the passes run on (CUDA only where asked for and available). */
  readonly device: Device;
  /** Worker threads the passes are shared between (1: in-process). */
  readonly workers: number;
  /** One pass of graph `kind` over `pieces` with `weights`; gradients when `grads`. */
  run(kind: GraphKind, pieces: readonly Piece[], invTemp: number, weights: Weights, grads: boolean): Promise<PassResult>;
  close(): Promise<void>;
}

export interface GradRunnerOptions {
  config: PolicyConfig;
  /** The clipped policy loss's settings (the supervised graph needs none). */
  ppoLoss: LossSpec;
  session: SessionOptions;
  limits: PassLimits;
  /** Worker threads; default: one per core, at most 8. 1: in-process. */
  workers?: number;
}

/** What a worker thread is told once (workerData) and per task. */
export interface GradWorkerData { config: PolicyConfig; ppoLoss: LossSpec; limits: PassLimits }
export interface GradTask { kind: GraphKind; pieces: Piece[]; invTemp: number; weights: Float32Array; grads: boolean }

export async function createGradRunner(opts: GradRunnerOptions): Promise<GradRunner> {
  const layout = flatLayout(parameterSpecs(opts.config));
  const workers = opts.workers ?? Math.min(availableParallelism(), 8);
  if (!Number.isInteger(workers) || workers < 1) throw new Error(`embedded trainer: workers must be a whole number >= 1, got ${workers}`);
  if (opts.session.device === "cpu" && workers > 1) {
    const file = gradWorkerFile();
    if (file) return createPoolRunner(opts, layout, workers, file);
    opts.session.onNotice?.("embedded trainer: the gradient worker is not built (dist/runtime/embedded/grad-worker.js); training in one thread");
  }
  return createLocalRunner(opts, layout);
}

/** Graph sessions built on first use, one per kind; `release` frees those that were built. */
export function sessionCache(config: PolicyConfig, ppoLoss: LossSpec, session: SessionOptions): { get(kind: GraphKind): Promise<PolicySession>; release(): Promise<void> } {
  const made = new Map<GraphKind, Promise<PolicySession>>();
  return {
    get(kind) {
      let s = made.get(kind);
      if (!s) {
        s = createSession(buildTrainingGraph(config, kind === "ppo" ? ppoLoss : { kind: "supervised" }), session);
        made.set(kind, s);
      }
      return s;
    },
    async release() {
      for (const s of made.values()) await (await s).release();
      made.clear();
    },
  };
}

/** Which inputs graph `kind` takes: the policy loss's old log-probs and advantages, and the
 *  reference log-probs when the KL loss is on. */
export const graphInputs = (kind: GraphKind, ppoLoss: LossSpec): { policy: boolean; kl: boolean } =>
  ({ policy: kind === "ppo", kl: kind === "ppo" && ppoLoss.kind === "ppo" && (ppoLoss.klCoef ?? 0) > 0 });

async function createLocalRunner(opts: GradRunnerOptions, layout: FlatLayout): Promise<GradRunner> {
  const sessions = sessionCache(opts.config, opts.ppoLoss, opts.session);
  // The policy session now: it decides the device (CUDA falls back to CPU with a notice).
  const ppo = await sessions.get("ppo");
  return {
    device: ppo.device,
    workers: 1,
    async run(kind, pieces, invTemp, weights, grads) {
      return runPass(await sessions.get(kind), layout, weights, pieces, invTemp, grads, graphInputs(kind, opts.ppoLoss), opts.limits);
    },
    close: () => sessions.release(),
  };
}

function createPoolRunner(opts: GradRunnerOptions, layout: FlatLayout, workers: number, file: string): GradRunner {
  const data: GradWorkerData = { config: opts.config, ppoLoss: opts.ppoLoss, limits: opts.limits };
  const pool = new Piscina({ filename: pathToFileURL(file).href, minThreads: workers, maxThreads: workers, idleTimeout: Infinity, workerData: data });
  return {
    device: "cpu",
    workers,
    async run(kind, pieces, invTemp, weights, grads) {
      const shares = shareRows(pieces, workers, Math.max(opts.limits.microTokens, opts.limits.contextTokens));
      const flat = flatten(layout, weights);
      const parts = await Promise.all(shares.map((idx) => pool.run({ kind, pieces: idx.map((i) => pieces[i]), invTemp, weights: flat, grads } satisfies GradTask) as Promise<PassResult>));
      // Summed in share order, whichever worker finished first: the result does not depend on timing.
      const out: PassResult = { loss: 0, entropy: 0, kl: 0, logp: new Array(pieces.length), ...(grads ? { grads: new Float32Array(layout.total) } : {}) };
      parts.forEach((p, k) => {
        out.loss += p.loss; out.entropy += p.entropy; out.kl += p.kl;
        shares[k].forEach((i, j) => { out.logp[i] = p.logp[j]; });
        if (out.grads && p.grads) for (let x = 0; x < p.grads.length; x++) out.grads[x] += p.grads[x];
      });
      return out;
    },
    async close() { await pool.destroy(); },
  };
}

/** Splits `pieces` into at most `n` shares of whole rows (responses to one prompt stay together, so
 *  they still share one pass over it), balancing tokens: longest rows first, each to the lightest
 *  share. Returns each share's piece indices, in order; empty shares are dropped. */
export function shareRows(pieces: readonly Piece[], n: number, maxRowTokens: number): number[][] {
  const rows = packPieces(pieces, maxRowTokens).sort((a, b) => b.length - a.length || a.pieces[0] - b.pieces[0]);
  const shares = Array.from({ length: n }, () => ({ tokens: 0, pieces: [] as number[] }));
  for (const r of rows) {
    let best = shares[0];
    for (const s of shares) if (s.tokens < best.tokens) best = s;
    best.tokens += r.length;
    best.pieces.push(...r.pieces);
  }
  return shares.filter((s) => s.pieces.length > 0).map((s) => s.pieces.sort((a, b) => a - b));
}

/** The built worker: beside this module (in dist/), or dist/ of the golong package when this module
 *  runs from source (tests). */
export function gradWorkerFile(): string | undefined {
  const w = findBuiltWorker(import.meta.url, "runtime/embedded/grad-worker.js");
  return w.found ? w.file : undefined;
}
