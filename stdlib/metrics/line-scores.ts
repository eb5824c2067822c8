// stdlib/metrics/line-scores.ts — LongBench-Pro's line metrics straight from the raw output and answers,
// with the lines referenced in place (extract/line-refs.ts): the same values, in the same summation
// order, as the string kernels (line-metrics.ts, ndcg.ts) on answerLines / normalizeAnswers.
import { answerLines, areaStart, normalizeAnswers } from "../extract/answer-area.js";
import { DEGENERATE, fillAnswerLines, fillAnswers, LineRefs, sameItem, sameNormalized, ValueTable } from "../extract/line-refs.js";
import { isPySpaceCode } from "../extract/python-text.js";
import { f1Lines, pairwiseAccuracyLines, subemLines } from "./line-metrics.js";
import { discountTable, ndcgLines } from "./ndcg.js";

export type LineMetric = "Accuracy" | "F1_Score" | "SubEM" | "NDCG" | "Pairwise_Accuracy";

// Scratch reused by every call (the functions below run to completion; nothing re-enters them).
const pred = new LineRefs();
const gold = new LineRefs();
const table = new ValueTable();
let slotsP = new Int32Array(64);
let slotsG = new Int32Array(64);
let tree = new Int32Array(64);

/** `metric(normalize_prediction(output), normalize_answers(answers))` as the reference computes it. */
export function lineScore(metric: LineMetric, output: string, answers: readonly string[]): number {
  if (metric === "Accuracy") return accuracy(output, answers);
  fillAnswerLines(output, pred);
  fillAnswers(answers, gold);
  try {
    switch (metric) {
      case "F1_Score": return f1();
      case "SubEM": return subem();
      case "NDCG": return ndcg();
      case "Pairwise_Accuracy": return pairwiseAccuracy();
    }
  } catch (e) {
    if (e !== DEGENERATE) throw e;
    fallbacks++;
    return KERNELS[metric](answerLines(output), normalizeAnswers(answers));
  }
}

/** The string kernels lineScore falls back on when its table degenerates. */
const KERNELS = { F1_Score: f1Lines, SubEM: subemLines, NDCG: ndcgLines, Pairwise_Accuracy: pairwiseAccuracyLines };

let fallbacks = 0;

/** How many times lineScore fell back on the string kernels in this thread (tests). */
export function lineScoreFallbacks(): number {
  return fallbacks;
}

/** accuracyLines: the first normalised line against the first normalised answer, compared as they
 *  are normalised (nothing else is cut or copied). */
function accuracy(output: string, answers: readonly string[]): number {
  if (answers.length === 0) return 0;
  let a = areaStart(output);
  let b = output.length;
  while (a < b && isPySpaceCode(output.charCodeAt(a))) a++;
  while (b > a && isPySpaceCode(output.charCodeAt(b - 1))) b--;
  const nl = output.indexOf("\n", a);
  const answer = answers[0];
  return sameNormalized(output, a, nl >= 0 && nl < b ? nl : b, answer, 0, answer.length) ? 1 : 0;
}

/** f1Lines: F1 of the two item sets (a: the value is a line, b: it is an answer). */
function f1(): number {
  const n = pred.count;
  const k = gold.count;
  table.reset(pred, gold, n + k);
  const { a, b } = table;
  let predSize = 0;
  for (let i = 0; i < n; i++) {
    const s = table.slotOf(pred, i, false);
    if (a[s] < 0) { a[s] = 1; predSize++; }
  }
  let goldSize = 0;
  let common = 0;
  for (let j = 0; j < k; j++) {
    const s = table.slotOf(gold, j, true);
    if (b[s] >= 0) continue;
    b[s] = 1;
    goldSize++;
    if (a[s] >= 0) common++;
  }
  if (common === 0 || predSize === 0 || goldSize === 0) return 0;
  const precision = common / predSize;
  const recall = common / goldSize;
  if (precision + recall === 0) return 0;
  return (2 * precision * recall) / (precision + recall);
}

/** subemLines: the fraction of answers (duplicates counted) among the lines. */
function subem(): number {
  const n = pred.count;
  const k = gold.count;
  if (k === 0 || n === 0) return 0;
  if (isSmall(n, k)) {
    let found = 0;
    for (let j = 0; j < k; j++) if (lastEqual(pred, n, gold, j) >= 0) found += 1;
    return found / k;
  }
  table.reset(pred, gold, n + k);
  const a = table.a;
  for (let i = 0; i < n; i++) a[table.slotOf(pred, i, false)] = 1;
  let score = 0;
  for (let j = 0; j < k; j++) if (a[table.slotOf(gold, j, true)] >= 0) score += 1;
  return score / k;
}

/** Fills the table's `a` with each value's last line index and `b` with its last answer index, and
 *  slotsP / slotsG with each line's and answer's slot. */
function lastPositions(): void {
  const n = pred.count;
  const k = gold.count;
  table.reset(pred, gold, n + k);
  const { a, b } = table;
  if (slotsP.length < n) slotsP = new Int32Array(n * 2);
  if (slotsG.length < k) slotsG = new Int32Array(k * 2);
  for (let j = 0; j < n; j++) a[(slotsP[j] = table.slotOf(pred, j, false))] = j;
  for (let i = 0; i < k; i++) b[(slotsG[i] = table.slotOf(gold, i, true))] = i;
}

/** ndcgLines (its ndcgMapped walk): the distinct lines at their last position ranked in order, gain
 *  len − (last index of the answer), ideal from the distinct answers at their last index. */
function ndcg(): number {
  const n = pred.count;
  const k = gold.count;
  if (k === 0 || n === 0) return 0;
  if (isSmall(n, k)) return ndcgSmall(n, k);
  lastPositions();
  const { a, b } = table;
  const discount = discountTable(k); // ranks stay below k
  let dcg = 0;
  let rank = 0;
  for (let j = 0; j < n && rank < k; j++) {
    const s = slotsP[j];
    if (a[s] !== j) continue; // not this line's last occurrence
    if (b[s] >= 0) dcg += (k - b[s]) / discount[rank];
    rank++;
  }
  let idcg = 0;
  rank = 0;
  for (let i = 0; i < k; i++) {
    if (b[slotsG[i]] !== i) continue; // not this answer's last occurrence
    idcg += (k - i) / discount[rank++];
  }
  return idcg > 0 ? dcg / idcg : 0;
}

/** pairwiseAccuracyLines: answer pairs (i < j) whose last line positions are in order, over
 *  C(#lines, 2). With many answers the pairs are counted with a Fenwick tree over line positions
 *  (O(k log n)): the same integer count as the double loop. */
function pairwiseAccuracy(): number {
  const n = pred.count;
  const k = gold.count;
  if (k <= 1 || n <= 1) return 0;
  const total = Math.floor((n * (n - 1)) / 2);
  if (slotsG.length < k) slotsG = new Int32Array(k * 2);
  const at = slotsG;
  if (isSmall(n, k)) { // each answer's last line by comparison
    for (let i = 0; i < k; i++) at[i] = lastEqual(pred, n, gold, i);
  } else {
    table.reset(pred, gold, n + k);
    const a = table.a;
    for (let j = 0; j < n; j++) a[table.slotOf(pred, j, false)] = j;
    for (let i = 0; i < k; i++) at[i] = a[table.slotOf(gold, i, true)];
  }
  let correct = 0;
  if (k <= 32) {
    for (let i = 0; i < k; i++) {
      const p = at[i];
      if (p < 0) continue;
      for (let j = i + 1; j < k; j++) if (at[j] > p) correct++;
    }
  } else {
    // Right to left: before answer i's position is added, the tree holds those of the answers after i.
    if (tree.length < n + 1) tree = new Int32Array((n + 1) * 2);
    tree.fill(0, 0, n + 1);
    let added = 0;
    for (let i = k - 1; i >= 0; i--) {
      const p = at[i];
      if (p < 0) continue;
      let atMost = 0; // positions ≤ p added so far
      for (let x = p + 1; x > 0; x -= x & -x) atMost += tree[x];
      correct += added - atMost;
      for (let x = p + 1; x <= n; x += x & -x) tree[x]++;
      added++;
    }
  }
  return correct / total;
}

/** Up to this many line × answer pairs (and lines, and answers), subem, ndcg and pairwise_accuracy
 *  compare the items' hashes pair by pair instead of filling the value table: about a nanosecond a
 *  pair against ~14 ns an item for the table's reset and lookups (golden cases: ndcg ×1.13, subem
 *  ×1.10–1.11, pairwise_accuracy ×1.07–1.08; f1_score, which must also count distinct items,
 *  ×0.96–0.99: not done). */
const SMALL_PAIRS = 64;
const SMALL_SIDE = 16;

function isSmall(n: number, k: number): boolean {
  return n * k <= SMALL_PAIRS && n <= SMALL_SIDE && k <= SMALL_SIDE;
}

/** The last of the first `count` items of refs equal to item j of other, or -1. */
function lastEqual(refs: LineRefs, count: number, other: LineRefs, j: number): number {
  const hs = refs.hash;
  const h = other.hash[j];
  let i = count - 1;
  while (i >= 0 && !(hs[i] === h && sameItem(refs, i, other, j))) i--;
  return i;
}

/** Whether item i of refs (of `count` items) equals one after it. */
function repeatsLater(refs: LineRefs, i: number, count: number): boolean {
  const hs = refs.hash;
  const h = hs[i];
  for (let j = i + 1; j < count; j++) if (hs[j] === h && sameItem(refs, j, refs, i)) return true;
  return false;
}

/** ndcg on a small case: the same walks, each value's last position found by comparison. */
function ndcgSmall(n: number, k: number): number {
  const discount = discountTable(k);
  let dcg = 0;
  let rank = 0;
  for (let j = 0; j < n && rank < k; j++) {
    if (repeatsLater(pred, j, n)) continue; // not this line's last occurrence
    const i = lastEqual(gold, k, pred, j);
    if (i >= 0) dcg += (k - i) / discount[rank];
    rank++;
  }
  let idcg = 0;
  rank = 0;
  for (let i = 0; i < k; i++) {
    if (repeatsLater(gold, i, k)) continue; // not this answer's last occurrence
    idcg += (k - i) / discount[rank++];
  }
  return idcg > 0 ? dcg / idcg : 0;
}
