// stdlib/math-verify/score.ts — the reference's math_dapo compute_score on the math-verify path:
// the last 500 characters of the output are parsed; fewer than two parsed items is 0; the parsed
// text being one of the gold strings is 1; otherwise 1 if verify(parse("\boxed{gold}"), parsed).

import { parseAnswer, type Parsed } from "./extract.js";
import { verifyParsed } from "./equal.js";

const TAIL_CODE_POINTS = 500;

/** The last n code points (Python's s[-n:]); a lone surrogate counts as one. */
export function lastCodePoints(s: string, n: number): string {
  let i = s.length, count = 0;
  while (i > 0 && count < n) {
    const c = s.charCodeAt(i - 1);
    i -= c >= 0xdc00 && c <= 0xdfff && i >= 2 && (s.charCodeAt(i - 2) & 0xfc00) === 0xd800 ? 2 : 1;
    count++;
  }
  return s.slice(i);
}

export function mathVerify(solution: string, groundTruth: string | readonly string[]): number {
  try {
    const pred = parseAnswer(lastCodePoints(solution, TAIL_CODE_POINTS));
    if (pred.length < 2) return 0;
    const golds = typeof groundTruth === "string" ? [groundTruth] : groundTruth;
    if (typeof pred[1] === "string" && golds.includes(pred[1])) return 1;
    for (const g of golds) {
      if (typeof g !== "string") continue;
      const gold: Parsed = parseAnswer(`\\boxed{${g}}`);
      if (verifyParsed(gold, pred)) return 1;
    }
    return 0;
  } catch {
    // A bug or an exhausted budget: the reference would have timed out or failed, a score of 0.
    return 0;
  }
}
