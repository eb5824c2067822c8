// runtime/embedded/grad-pass.ts — one pass of a training graph over a set of responses: packs them
// (responses to one prompt share a row), cuts the rows into graph calls, runs each call and sums the
// loss, entropy, KL and every parameter's gradient. The trainer runs it in-process or, on a CPU with
// several cores, in worker threads (grad-runner.ts), each on its share of the rows.
import type * as ort from "onnxruntime-node";
import { gradOutput } from "./model-graphs.js";
import { fillBatch, microBatches, packPieces, type Piece } from "./packing.js";
import { weightInput, type ParamSpec } from "./policy-model.js";
import { floatTensor, int64Tensor, tensorData, type PolicySession } from "./session.js";

/** Where each parameter sits in one flat Float32Array (parameterSpecs order). */
export interface FlatLayout { specs: readonly ParamSpec[]; offsets: number[]; total: number }

export function flatLayout(specs: readonly ParamSpec[]): FlatLayout {
  const offsets: number[] = [];
  let total = 0;
  for (const s of specs) { offsets.push(total); total += s.shape.reduce((a, b) => a * b, 1); }
  return { specs, offsets, total };
}

/** Views of each parameter inside `flat` (no copy). */
export function unflatten(layout: FlatLayout, flat: Float32Array): Map<string, Float32Array> {
  return new Map(layout.specs.map((s, i) => [s.name, flat.subarray(layout.offsets[i], layout.offsets[i + 1] ?? layout.total)]));
}

export function flatten(layout: FlatLayout, weights: ReadonlyMap<string, Float32Array>): Float32Array {
  const flat = new Float32Array(layout.total);
  layout.specs.forEach((s, i) => flat.set(weights.get(s.name)!, layout.offsets[i]));
  return flat;
}

export interface PassLimits {
  /** Padded tokens per graph call (bounds peak memory). */
  microTokens: number;
  /** Attention scores per head per call (B·T·T): bounds the [B,H,T,T] activations kept for backward. */
  maxScores: number;
  /** The model's context: a row may always be this long. */
  contextTokens: number;
}

export interface PassResult {
  /** Summed over the graph calls: the loss, and for the policy loss the weighted entropy and KL. */
  loss: number; entropy: number; kl: number;
  /** Each piece's response log-probs (at the given temperature). */
  logp: Float32Array[];
  /** Every parameter's gradient, flat in the layout's order; absent when not asked for. */
  grads?: Float32Array;
}

/** Runs `session` (a training graph; `policy`: the clipped-loss one, which takes old log-probs and
 *  advantages, and reference log-probs when `kl`) over `pieces` with the weights in `weights`. */
export async function runPass(
  session: PolicySession, layout: FlatLayout, weights: ReadonlyMap<string, Float32Array>,
  pieces: readonly Piece[], invTemp: number, wantGrads: boolean, graph: { policy: boolean; kl: boolean }, limits: PassLimits,
): Promise<PassResult> {
  const logp: Float32Array[] = new Array(pieces.length);
  let loss = 0, entropy = 0, kl = 0;
  const grads = wantGrads ? new Float32Array(layout.total) : undefined;
  const weightFeeds = Object.fromEntries(layout.specs.map((s) => [weightInput(s.name), floatTensor(weights.get(s.name)!, s.shape)]));
  const rows = packPieces(pieces, Math.max(limits.microTokens, limits.contextTokens));
  for (const group of microBatches(rows, limits.microTokens, limits.maxScores)) {
    const a = fillBatch(group, pieces);
    const { B, T } = a;
    const feeds: Record<string, ort.Tensor> = {
      ...weightFeeds,
      tokens: int64Tensor(a.tokens, [B, T]), targets: int64Tensor(a.targets, [B, T]), positions: int64Tensor(a.positions, [B, T]),
      attn_bias: floatTensor(a.bias, [B, 1, T, T]),
      inv_temperature: floatTensor(Float32Array.of(invTemp), []), token_weight: floatTensor(a.weight, [B, T]),
    };
    if (graph.policy) {
      feeds.old_logp = floatTensor(a.oldLogp, [B, T]);
      feeds.advantages = floatTensor(a.advantages, [B, T]);
      if (graph.kl) feeds.ref_logp = floatTensor(a.refLogp, [B, T]);
    }
    const out = await session.run(feeds);
    loss += tensorData(out.loss, "loss")[0];
    if (out.entropy) entropy += tensorData(out.entropy, "entropy")[0];
    if (out.kl) kl += tensorData(out.kl, "kl")[0];
    const lp = tensorData(out.logp, "logp");
    for (const w of a.where) logp[w.piece] = lp.slice(w.offset, w.offset + w.length);
    if (grads) {
      layout.specs.forEach((s, i) => {
        const gr = tensorData(out[gradOutput(s.name)], gradOutput(s.name));
        const off = layout.offsets[i];
        for (let x = 0; x < gr.length; x++) grads[off + x] += gr[x];
      });
    }
  }
  return { loss, entropy, kl, logp, ...(grads ? { grads } : {}) };
}
