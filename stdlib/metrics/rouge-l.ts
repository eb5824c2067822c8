// stdlib/metrics/rouge-l.ts — ROUGE-L. `rougeLReference` is the `rouge` 1.0.1 package's summary-level
// ROUGE-L F exactly as the reference calls it; `rougeL` is golong's own, without its quirks.
import { pyLower, pySplit } from "../extract/python-text.js";

/** Any reason the reference's `get_scores` raises; the reference turns it into a score of 0. */
export class RougeFailure extends Error {}

/** Python frames allowed to the recursive LCS reconstruction before CPython's default recursion
 *  limit (1000) is hit; the frames below it (reward manager, metric, rouge) take the rest. Exact only
 *  up to those few frames: golden/README.md keeps recorded cases far from this boundary. */
export const RECON_FRAME_LIMIT = 975;

/** Sentences as the package makes them: split on "." only, raw-empty pieces dropped, each piece's
 *  whitespace collapsed (a blank piece stays as the sentence ""), words split on " ". */
function sentenceWords(text: string, intern: Map<string, number>): Int32Array[] {
  const out: Int32Array[] = [];
  for (const piece of text.split(".")) {
    if (piece.length === 0) continue;
    const words = pySplit(piece);
    if (words.length === 0) words.push("");
    const ids = new Int32Array(words.length);
    for (let i = 0; i < words.length; i++) {
      let id = intern.get(words[i]);
      if (id === undefined) { id = intern.size; intern.set(words[i], id); }
      ids[i] = id;
    }
    out.push(ids);
  }
  return out;
}

let rowA = new Int32Array(1024);
let rowB = new Int32Array(1024);
let win = new Int32Array(1 << 16);

/** Adds the words of the LCS that `_recon_lcs(ref, hyp)` reconstructs to `union`, walking its path
 *  iteratively, and throws RougeFailure where the recursive original would exceed the recursion
 *  limit. Within RECON_FRAME_LIMIT steps the path stays among the last RECON_FRAME_LIMIT + 1 rows and
 *  columns, so the table is filled with two rows and only that corner is kept: memory O(m + LIMIT²)
 *  instead of the reference's n·m cells (gigabytes for a long Chinese summary). */
function addReconWords(x: Int32Array, y: Int32Array, union: Uint8Array): number {
  const n = x.length;
  const m = y.length;
  if (Math.min(n, m) + 1 > RECON_FRAME_LIMIT) throw new RougeFailure("recursion limit");
  const r0 = Math.max(0, n - RECON_FRAME_LIMIT - 1);
  const c0 = Math.max(0, m - RECON_FRAME_LIMIT - 1);
  const ww = m - c0 + 1;
  if (rowA.length < m + 1) { rowA = new Int32Array(m + 1); rowB = new Int32Array(m + 1); }
  if (win.length < (n - r0 + 1) * ww) win = new Int32Array((n - r0 + 1) * ww);
  let prev = rowA;
  let cur = rowB;
  prev.fill(0, 0, m + 1);
  if (r0 === 0) win.fill(0, 0, ww);
  for (let i = 1; i <= n; i++) {
    const xi = x[i - 1];
    cur[0] = 0;
    for (let j = 1; j <= m; j++) {
      if (xi === y[j - 1]) cur[j] = prev[j - 1] + 1;
      else {
        const a = prev[j];
        const b = cur[j - 1];
        cur[j] = a > b ? a : b;
      }
    }
    if (i >= r0) win.set(cur.subarray(c0, m + 1), (i - r0) * ww);
    const t = prev; prev = cur; cur = t;
  }
  const at = (i: number, j: number) => win[(i - r0) * ww + (j - c0)];
  let i = n;
  let j = m;
  let frames = 1;
  let added = 0;
  while (i > 0 && j > 0) {
    if (++frames > RECON_FRAME_LIMIT) throw new RougeFailure("recursion limit");
    if (x[i - 1] === y[j - 1]) {
      if (union[x[i - 1]] === 0) { union[x[i - 1]] = 1; added++; }
      i--; j--;
    } else if (at(i - 1, j) > at(i, j - 1)) i--;
    else j--;
  }
  return added;
}

function distinctCount(sentences: readonly Int32Array[]): number {
  const s = new Set<number>();
  for (const ws of sentences) for (const w of ws) s.add(w);
  return s.size;
}

/** The package's `rouge-l` F for one hypothesis and one reference (both already jieba-joined when
 *  Chinese). Throws RougeFailure where the package raises: an empty hypothesis or reference (no
 *  sentence), or a sentence pair too long for the recursive LCS. */
export function rougeLReference(hypothesis: string, reference: string): number {
  const intern = new Map<string, number>();
  const hyp = sentenceWords(hypothesis, intern);
  const ref = sentenceWords(reference, intern);
  if (hyp.length === 0) throw new RougeFailure("Hypothesis is empty.");
  if (ref.length === 0) throw new RougeFailure("Reference is empty.");
  const m = distinctCount(ref);
  const n = distinctCount(hyp);
  // LCS∪ is the set of words on some pair's reconstructed LCS; the package adds pair by pair, but the
  // final set (and whether any pair overflows the recursion) does not depend on the order. A pair
  // short enough never to overflow, whose common words are all in the set already, cannot change
  // anything and is skipped without filling its table.
  const union = new Uint8Array(intern.size);
  const mark = new Int32Array(intern.size).fill(-1);
  let llcs = 0;
  for (let ci = 0; ci < hyp.length; ci++) {
    const c = hyp[ci];
    for (let k = 0; k < c.length; k++) mark[c[k]] = ci;
    for (const r of ref) {
      if (r.length + c.length <= RECON_FRAME_LIMIT) {
        let useful = false;
        for (let k = 0; k < r.length && !useful; k++) useful = mark[r[k]] === ci && union[r[k]] === 0;
        if (!useful) continue;
      }
      llcs += addReconWords(r, c, union);
    }
  }
  const r = llcs / m;
  const p = llcs / n;
  return 2.0 * ((p * r) / (p + r + 1e-8));
}

/** Max of `rougeLReference` over the references; any failure (in any reference) makes it 0, as the
 *  reference's bare `except` around `get_scores` does. */
export function maxRougeLReference(hypothesis: string, references: readonly string[]): number {
  if (references.length === 0) return 0;
  let best = -Infinity;
  try {
    // The package computes every pair before the max, so a later failing reference still zeroes.
    for (const ref of references) best = Math.max(best, rougeLReference(hypothesis, ref));
  } catch (e) {
    if (e instanceof RougeFailure) return 0;
    throw e;
  }
  return best;
}

// ---- golong's own ROUGE-L -------------------------------------------------------------------------

const PUNCT = /^[\p{P}\p{S}]$/u;

/** `word` without leading and trailing punctuation or symbols (a loop: an anchored regex would
 *  rescan a long run of punctuation from every position). */
function trimPunct(word: string): string {
  const chars = [...word];
  let a = 0;
  let b = chars.length;
  while (a < b && PUNCT.test(chars[a])) a++;
  while (b > a && PUNCT.test(chars[b - 1])) b--;
  return a === 0 && b === chars.length ? word : chars.slice(a, b).join("");
}

/** Lower-cased words with surrounding punctuation trimmed ("Paris." → "paris", "3.5" stays one). */
export function rougeTokens(text: string): string[] {
  const out: string[] = [];
  for (const w of pySplit(pyLower(text))) {
    const t = trimPunct(w);
    if (t !== "") out.push(t);
  }
  return out;
}

/** LCS length over interned ids: two Int32Array rows, O(n·m) time, O(m) memory. */
export function lcsLength(a: Int32Array, b: Int32Array): number {
  if (a.length === 0 || b.length === 0) return 0;
  let prev = new Int32Array(b.length + 1);
  let cur = new Int32Array(b.length + 1);
  for (let i = 0; i < a.length; i++) {
    const ai = a[i];
    for (let j = 0; j < b.length; j++) {
      cur[j + 1] = ai === b[j] ? prev[j] + 1 : Math.max(prev[j + 1], cur[j]);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

function toIds(tokens: readonly string[], intern: Map<string, number>): Int32Array {
  const ids = new Int32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    let id = intern.get(tokens[i]);
    if (id === undefined) { id = intern.size; intern.set(tokens[i], id); }
    ids[i] = id;
  }
  return ids;
}

/** golong's ROUGE-L F1 of token sequences, in [0, 1] (1 for identical non-empty texts): LCS over the
 *  whole texts, no sentence splitting, no smoothing, no length limit; empty references are skipped,
 *  the best reference counts, 0 when nothing is left. */
export function rougeLTokens(hypothesis: readonly string[], references: readonly (readonly string[])[]): number {
  const intern = new Map<string, number>();
  const h = toIds(hypothesis, intern);
  let best = 0;
  for (const refTokens of references) {
    if (refTokens.length === 0 || h.length === 0) continue;
    const lcs = lcsLength(h, toIds(refTokens, intern));
    if (lcs === 0) continue;
    const p = lcs / h.length;
    const r = lcs / refTokens.length;
    best = Math.max(best, (2 * p * r) / (p + r));
  }
  return best;
}
