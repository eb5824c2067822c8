// stdlib/metrics/ndcg.ts — NDCG@k with trec_eval 9.0.8 `ndcg_cut` semantics, as LongBench-Pro calls it
// through pytrec_eval: qrels {answer_i: len − i}, run {line_j: len − j}, k = len(answers).

/** Gain = the answer's relevance value, discount log2(rank + 1), ideal from the qrels. Dict semantics:
 *  a repeated answer or line keeps its last position. Lines must be distinct-by-value ranks: a line
 *  that repeats moves down to its last position, and unknown or blank lines occupy ranks. */
export function ndcgLines(lines: readonly string[], answers: readonly string[]): number {
  if (answers.length === 0 || lines.length === 0) return 0;
  const k = answers.length;
  const rel = new Map<string, number>();
  for (let i = 0; i < answers.length; i++) rel.set(answers[i], answers.length - i);
  // Run score len − j with the last j per line: ranking by score descending = ranking the distinct
  // lines by their last position, ascending.
  const last = new Map<string, number>();
  for (let j = 0; j < lines.length; j++) last.set(lines[j], j);
  const ranked = [...last.entries()].sort((a, b) => a[1] - b[1]);
  let dcg = 0;
  const cut = Math.min(k, ranked.length);
  for (let r = 0; r < cut; r++) {
    const g = rel.get(ranked[r][0]);
    if (g !== undefined && g > 0) dcg += g / Math.log2(r + 2);
  }
  const ideal = [...rel.values()].sort((a, b) => b - a);
  let idcg = 0;
  for (let r = 0; r < Math.min(k, ideal.length); r++) idcg += ideal[r] / Math.log2(r + 2);
  return idcg > 0 ? dcg / idcg : 0;
}
