// stdlib/metrics/line-metrics.ts — LongBench-Pro's line metrics over normalised lines (accuracy,
// set F1, SubEM, pairwise order), exactly as the reference, plus golong's corrected f1 and pairwise.
// Inputs are already normalised (answerLines / normalizeAnswers): the callers own normalisation.

/** 1 if the first answer equals the first prediction line; 0 if either list is empty. */
export function accuracyLines(lines: readonly string[], answers: readonly string[]): number {
  if (answers.length === 0 || lines.length === 0) return 0;
  return answers[0] === lines[0] ? 1 : 0;
}

/** Below this many line × answer comparisons the metrics compare strings directly instead of
 *  building hash sets: fresh line strings must be hashed in full before a Set can hold them, and
 *  a typical LongBench-Pro case has a handful of lines and answers. */
const SMALL = 256;

/** Last index of `x` in `xs`, or -1 (what a dict built in order keeps). */
function lastIndex(xs: readonly string[], x: string): number {
  for (let j = xs.length - 1; j >= 0; j--) if (xs[j] === x) return j;
  return -1;
}

/** Whether xs[i] occurred before index i. */
function seenBefore(xs: readonly string[], i: number): boolean {
  const x = xs[i];
  for (let j = 0; j < i; j++) if (xs[j] === x) return true;
  return false;
}

/** F1 of the two line sets (duplicates collapse, a blank line is the item ""). */
export function f1Lines(lines: readonly string[], answers: readonly string[]): number {
  let common = 0;
  let predSize: number;
  let goldSize: number;
  if (lines.length * (lines.length + answers.length) + answers.length * answers.length <= SMALL) {
    predSize = 0;
    for (let i = 0; i < lines.length; i++) if (!seenBefore(lines, i)) predSize++;
    goldSize = 0;
    for (let i = 0; i < answers.length; i++) {
      if (seenBefore(answers, i)) continue;
      goldSize++;
      if (lastIndex(lines, answers[i]) >= 0) common++;
    }
  } else {
    const pred = new Set(lines);
    const gold = new Set(answers);
    for (const a of gold) if (pred.has(a)) common++;
    predSize = pred.size;
    goldSize = gold.size;
  }
  if (common === 0 || predSize === 0 || goldSize === 0) return 0;
  const precision = common / predSize;
  const recall = common / goldSize;
  if (precision + recall === 0) return 0;
  return (2 * precision * recall) / (precision + recall);
}

/** Fraction of answers (duplicates counted) found among the prediction lines. */
export function subemLines(lines: readonly string[], answers: readonly string[]): number {
  if (answers.length === 0 || lines.length === 0) return 0;
  let score = 0;
  if (lines.length * answers.length <= SMALL) {
    for (let i = 0; i < answers.length; i++) if (lastIndex(lines, answers[i]) >= 0) score += 1;
  } else {
    const pred = new Set(lines);
    for (const a of answers) if (pred.has(a)) score += 1;
  }
  return score / answers.length;
}

/** Last position of each line (a dict built in order keeps the last index). */
function lastPositions(lines: readonly string[]): Map<string, number> {
  const pos = new Map<string, number>();
  for (let i = 0; i < lines.length; i++) pos.set(lines[i], i);
  return pos;
}

/** Reference Pairwise_Accuracy: answer pairs (i < j) present in order, over C(#lines, 2). With
 *  duplicated answers the count can exceed the denominator, so values above 1 occur (a quirk kept). */
export function pairwiseAccuracyLines(lines: readonly string[], answers: readonly string[]): number {
  if (answers.length <= 1 || lines.length <= 1) return 0;
  const total = Math.floor((lines.length * (lines.length - 1)) / 2);
  const at = new Int32Array(answers.length);
  if (lines.length * answers.length <= SMALL) {
    for (let i = 0; i < answers.length; i++) at[i] = lastIndex(lines, answers[i]);
  } else {
    const pos = lastPositions(lines);
    for (let i = 0; i < answers.length; i++) at[i] = pos.get(answers[i]) ?? -1;
  }
  let correct = 0;
  for (let i = 0; i < at.length; i++) {
    const p = at[i];
    if (p < 0) continue;
    for (let j = i + 1; j < at.length; j++) if (at[j] > p) correct++;
  }
  return correct / total;
}

/** golong's pairwise order score, in [0, 1]: pairs of distinct answers (first occurrence) that the
 *  prediction lists in the same order (first occurrence), over C(max(#distinct answers, #distinct
 *  non-blank lines), 2), so extra lines still cost but duplicates cannot push the score past 1. */
export function pairwiseLines(lines: readonly string[], answers: readonly string[]): number {
  const gold = [...new Set(answers)];
  const pos = new Map<string, number>();
  for (let i = 0; i < lines.length; i++) if (lines[i] !== "" && !pos.has(lines[i])) pos.set(lines[i], pos.size);
  const n = Math.max(gold.length, pos.size);
  if (gold.length < 2 || pos.size < 2) return 0;
  const at = gold.map((a) => pos.get(a) ?? -1);
  let correct = 0;
  for (let i = 0; i < at.length; i++) {
    if (at[i] < 0) continue;
    for (let j = i + 1; j < at.length; j++) if (at[j] > at[i]) correct++;
  }
  return correct / ((n * (n - 1)) / 2);
}

/** golong's F1 over lines: like the reference, but a blank line is not an item. */
export function f1NonBlank(lines: readonly string[], answers: readonly string[]): number {
  return f1Lines(lines.filter((l) => l !== ""), answers.filter((a) => a !== ""));
}
