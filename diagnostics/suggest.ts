// diagnostics/suggest.ts — "did you mean": the nearest known word for a misspelt one, for the
// checker's unknown names, the parser's unknown units and the CLI's unknown flags. Pure.

/** Levenshtein distance (insertions, deletions, substitutions), two rows of memory. */
export function editDistance(a: string, b: string): number {
  const prev = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length];
}

/** The candidate within a third of the word's length in edits (at least 2), or undefined. A candidate
 *  equal to the word ignoring case wins outright. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  const lower = word.toLowerCase();
  let best: string | undefined;
  let bestD = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const c of candidates) {
    if (c.toLowerCase() === lower && c !== word) return c;
    const d = editDistance(word, c);
    if (d < bestD) { best = c; bestD = d; }
  }
  return best;
}

/** Up to `limit` candidates, nearest first, each within the same distance bound as `closest`. */
export function closestMany(word: string, candidates: readonly string[], limit = 3): string[] {
  const bound = Math.max(2, Math.floor(word.length / 3));
  return candidates
    .map((c) => ({ c, d: c.toLowerCase() === word.toLowerCase() ? 0 : editDistance(word, c) }))
    .filter((x) => x.d <= bound && x.c !== word)
    .sort((x, y) => x.d - y.d || (x.c < y.c ? -1 : 1))
    .slice(0, limit)
    .map((x) => x.c);
}

/** "`a`", "`a` or `b`", "`a`, `b` or `c`": for help lines. */
export function orList(words: readonly string[]): string {
  const q = words.map((w) => `\`${w}\``);
  return q.length <= 1 ? (q[0] ?? "") : `${q.slice(0, -1).join(", ")} or ${q[q.length - 1]}`;
}
