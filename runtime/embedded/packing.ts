// runtime/embedded/packing.ts — lays out training rows so that the n responses of a group share one
// pass over their prompt. A row is the prompt minus its last token, then one segment per response:
// [last prompt token, response[0..R-2]] predicting response[0..R-1], at the positions the response
// had when sampled. Each segment sees the shared prefix and itself only (attn_bias), so every
// log-prob and gradient equals that of the response run alone, at a fraction of the tokens.
import { MASKED } from "./policy-model.js";

/** One response to train on, with its (already fitted) prompt. */
export interface Piece {
  prompt: Int32Array;
  response: Int32Array;
  /** Per response token: its weight in the loss (mask × aggregation). */
  weights: Float32Array;
  oldLogp?: Float32Array;
  /** The reference policy's log-probs of the response tokens (KL loss). */
  refLogp?: Float32Array;
  advantage?: number;
  /** Loss weight of each prompt token after the first (language-model loss on the prompt, for
   *  supervised warm-up); 0 or absent: the prompt is context only. */
  promptWeight?: number;
}

export interface PackedRow {
  /** Pieces in this row, in segment order (all with the same prompt). */
  pieces: number[];
  /** Shared prefix length: prompt length - 1. */
  prefix: number;
  /** Row length: prefix + the responses' lengths. */
  length: number;
}

/** Groups pieces with identical prompts into rows (at most `maxRowTokens` tokens a row). */
export function packPieces(pieces: readonly Piece[], maxRowTokens: number): PackedRow[] {
  const byPrompt = new Map<string, PackedRow[]>();
  const rows: PackedRow[] = [];
  pieces.forEach((p, i) => {
    if (p.prompt.length < 1 || p.response.length < 1) throw new Error("packing: a piece needs a prompt and a response");
    const key = p.prompt.join(",");
    const open = byPrompt.get(key) ?? [];
    let row = open.find((r) => r.length + p.response.length <= maxRowTokens);
    if (!row) {
      row = { pieces: [], prefix: p.prompt.length - 1, length: p.prompt.length - 1 };
      open.push(row);
      rows.push(row);
      byPrompt.set(key, open);
    }
    row.pieces.push(i);
    row.length += p.response.length;
  });
  return rows;
}

/** What one more graph call costs, in padded tokens: measured on the quickstart's model (a warm-up
 *  batch split into 4 calls ran in 60 ms, into 8 in 64 ms with 144 fewer padded tokens, at about
 *  16 µs a token), so a split pays when it saves more padding than this. */
export const CALL_COST_TOKENS = 96;

/** Splits rows into graph calls of at most `maxTokens` padded tokens and `maxScores` attention
 *  scores per head (B·T·T). Rows are sorted by length and cut into runs of similar length, choosing
 *  the cuts (by dynamic programming over the sorted rows) that minimise the padded tokens plus
 *  `callCost` for each call: a batch of prompts from 60 to 150 tokens run as one call pads a third
 *  of its tokens; cut in four it pads 7 % and runs about a fifth faster. */
export function microBatches(rows: readonly PackedRow[], maxTokens: number, maxScores: number, callCost = CALL_COST_TOKENS): PackedRow[][] {
  const sorted = [...rows].sort((a, b) => a.length - b.length);
  const n = sorted.length;
  // best[j]: the least cost of the first j rows; cut[j]: where the last call of that split starts.
  const best = new Float64Array(n + 1).fill(Infinity), cut = new Int32Array(n + 1);
  best[0] = 0;
  for (let j = 1; j <= n; j++) {
    const T = sorted[j - 1].length; // sorted ascending: the call's longest row is its last
    for (let i = j - 1; i >= 0; i--) {
      const B = j - i;
      // A row alone is always allowed, however long; more rows only within both caps.
      if (B > 1 && (B * T > maxTokens || B * T * T > maxScores)) break;
      const cost = best[i] + B * T + callCost;
      if (cost < best[j]) { best[j] = cost; cut[j] = i; }
    }
  }
  const out: PackedRow[][] = [];
  for (let j = n; j > 0; j = cut[j]) out.push(sorted.slice(cut[j], j));
  return out.reverse();
}

export interface BatchArrays {
  B: number; T: number;
  tokens: BigInt64Array; targets: BigInt64Array; positions: BigInt64Array;
  bias: Float32Array; weight: Float32Array; oldLogp: Float32Array; refLogp: Float32Array; advantages: Float32Array;
  /** Per row, per segment: where the piece's response log-probs sit in the flat [B*T] output. */
  where: { piece: number; offset: number; length: number }[];
}

export function fillBatch(rows: readonly PackedRow[], pieces: readonly Piece[]): BatchArrays {
  const B = rows.length, T = Math.max(...rows.map((r) => r.length));
  const tokens = new BigInt64Array(B * T), targets = new BigInt64Array(B * T), positions = new BigInt64Array(B * T);
  const bias = new Float32Array(B * T * T).fill(MASKED);
  const weight = new Float32Array(B * T), oldLogp = new Float32Array(B * T), refLogp = new Float32Array(B * T), advantages = new Float32Array(B * T);
  const where: BatchArrays["where"] = [];
  rows.forEach((row, b) => {
    const prompt = pieces[row.pieces[0]].prompt;
    const P1 = row.prefix;
    const base = b * T;
    const promptWeight = pieces[row.pieces[0]].promptWeight ?? 0;
    for (let t = 0; t < P1; t++) {
      weight[base + t] = promptWeight;
      tokens[base + t] = BigInt(prompt[t]);
      targets[base + t] = BigInt(prompt[t + 1]);
      positions[base + t] = BigInt(t);
      const q = (base + t) * T;
      for (let j = 0; j <= t; j++) bias[q + j] = 0;
    }
    let start = P1;
    for (const k of row.pieces) {
      const p = pieces[k], R = p.response.length;
      for (let t = 0; t < R; t++) {
        const i = base + start + t;
        tokens[i] = BigInt(t === 0 ? prompt[prompt.length - 1] : p.response[t - 1]);
        targets[i] = BigInt(p.response[t]);
        positions[i] = BigInt(P1 + t);
        weight[i] = p.weights[t];
        if (p.oldLogp) oldLogp[i] = p.oldLogp[t];
        if (p.refLogp) refLogp[i] = p.refLogp[t];
        advantages[i] = p.advantage ?? 0;
        const q = i * T;
        for (let j = 0; j < P1; j++) bias[q + j] = 0;
        for (let j = start; j <= start + t; j++) bias[q + j] = 0;
      }
      where.push({ piece: k, offset: base + start, length: R });
      start += R;
    }
    // Padding queries see themselves only (keeps softmax well defined; their weight is 0).
    for (let t = row.length; t < T; t++) bias[(base + t) * T + t] = 0;
  });
  return { B, T, tokens, targets, positions, bias, weight, oldLogp, refLogp, advantages, where };
}
