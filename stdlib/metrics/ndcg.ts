// stdlib/metrics/ndcg.ts — NDCG@k with trec_eval 9.0.8 `ndcg_cut` semantics, as LongBench-Pro calls it
// through pytrec_eval: qrels {answer_i: len − i}, run {line_j: len − j}, k = len(answers).

/** Gain = the answer's relevance value, discount log2(rank + 1), ideal from the qrels. Dict semantics:
 *  a repeated answer or line keeps its last position. Lines must be distinct-by-value ranks: a line
 *  that repeats moves down to its last position, and unknown or blank lines occupy ranks. */
export function ndcgLines(lines: readonly string[], answers: readonly string[]): number {
  if (answers.length === 0 || lines.length === 0) return 0;
  return lines.length * answers.length <= SMALL ? ndcgSmall(lines, answers) : ndcgMapped(lines, answers);
}

/** Below this many line × answer comparisons, scans beat building two hash maps of fresh strings. */
const SMALL = 256;

function ndcgMapped(lines: readonly string[], answers: readonly string[]): number {
  const k = answers.length;
  const rel = new Map<string, number>();
  for (let i = 0; i < k; i++) rel.set(answers[i], k - i);
  const last = new Map<string, number>();
  for (let j = 0; j < lines.length; j++) last.set(lines[j], j);
  // Run score len − j with the last j per line, so the ranking is the distinct lines in order of their
  // last position: walk the lines and keep each at its last occurrence (no sort needed).
  let dcg = 0;
  let rank = 0;
  for (let j = 0; j < lines.length && rank < k; j++) {
    if (last.get(lines[j]) !== j) continue;
    const g = rel.get(lines[j]);
    if (g !== undefined) dcg += g / discount(rank);
    rank++;
  }
  // Ideal: the qrels' values in decreasing order = the distinct answers by last position, ascending.
  let idcg = 0;
  rank = 0;
  for (let i = 0; i < k; i++) {
    const g = rel.get(answers[i])!;
    if (g !== k - i) continue; // not this answer's last occurrence
    idcg += g / discount(rank++);
  }
  return idcg > 0 ? dcg / idcg : 0;
}

/** Whether xs[i] occurs again after index i. */
function repeatsLater(xs: readonly string[], i: number): boolean {
  const x = xs[i];
  for (let j = i + 1; j < xs.length; j++) if (xs[j] === x) return true;
  return false;
}

/** ndcgMapped with the two maps replaced by scans (same sums in the same order). */
function ndcgSmall(lines: readonly string[], answers: readonly string[]): number {
  const k = answers.length;
  let dcg = 0;
  let rank = 0;
  for (let j = 0; j < lines.length && rank < k; j++) {
    if (repeatsLater(lines, j)) continue;
    const x = lines[j];
    for (let i = k - 1; i >= 0; i--) {
      if (answers[i] === x) { dcg += (k - i) / discount(rank); break; }
    }
    rank++;
  }
  let idcg = 0;
  rank = 0;
  for (let i = 0; i < k; i++) {
    if (repeatsLater(answers, i)) continue;
    idcg += (k - i) / discount(rank++);
  }
  return idcg > 0 ? dcg / idcg : 0;
}

let discounts = new Float64Array(0);

/** The cached discounts, log2(rank + 2) for every rank below at least `ranks`. */
export function discountTable(ranks: number): Float64Array {
  if (ranks > discounts.length) discount(ranks);
  return discounts;
}

/** log2(rank + 2) for a 0-based rank, cached. */
function discount(rank: number): number {
  if (rank >= discounts.length) {
    const d = new Float64Array(Math.max(256, rank * 2));
    for (let r = 0; r < d.length; r++) d[r] = Math.log2(r + 2);
    discounts = d;
  }
  return discounts[rank];
}
