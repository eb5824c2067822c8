// stdlib/metrics/choice-and-match.ts — the short-answer metrics: multiple choice (reference and
// golong's lenient `choice`) and exact match.
import { choiceLetter } from "../extract/multi-choice.js";
import { pyStrip } from "../extract/python-text.js";

/** Reference multi_choices: the response's letter equals the raw label or the label's own letter. */
export function multiChoiceScore(response: string, label: string): number {
  const got = choiceLetter(response);
  if (got === null) return 0;
  return got === label || got === choiceLetter(label) ? 1 : 0;
}

/** Reference EM_judge: both stripped, case-sensitive equality. */
export function exactMatch(response: string, label: string): number {
  return pyStrip(label) === pyStrip(response) ? 1 : 0;
}

const LENIENT = /(?:answer|choice|option)\s*(?:is|:)?\s*[:：]?\s*\(?([A-Za-z])\)?(?![A-Za-z])/gi;
const LABEL = /^\s*\(?\s*([A-Za-z])\s*\)?\s*[.:]?\s*$/;

/** golong's `choice`: the last "answer is X" / "answer: (X)" / "option X" in the response (any
 *  letter, any case, bold marks ignored) against a label given as "B", "(B)" or "b". */
export function choiceScore(response: string, label: string): number {
  const want = LABEL.exec(label)?.[1]?.toUpperCase() ?? choiceLetter(label);
  if (!want) return 0;
  let got: string | undefined;
  for (const m of response.replaceAll("*", "").matchAll(LENIENT)) got = m[1];
  return got !== undefined && got.toUpperCase() === want ? 1 : 0;
}
