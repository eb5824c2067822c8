// stdlib/extract/answer-area.ts — LongBench-Pro's answer area and line normalisation, as the
// reference does it (golden/README.md "Normalisation"): area first, then lower-case, then lines.
import { collapseSpaces, pyLower, pyStrip } from "./python-text.js";

/** Text after the last `[Answer]`, else after the last `[答案]` (`[Answer]` wins even when `[答案]`
 *  comes later), stripped. Case-sensitive. */
export function answerArea(text: string): string {
  const en = text.lastIndexOf("[Answer]");
  if (en >= 0) return pyStrip(text.slice(en + 8));
  const zh = text.lastIndexOf("[答案]");
  if (zh >= 0) return pyStrip(text.slice(zh + 4));
  return pyStrip(text);
}

/** The reference's `normalize_prediction`: answer area, lower-cased, split on "\n" only, each line
 *  stripped with whitespace runs collapsed; blank lines stay as "". */
export function answerLines(text: string): string[] {
  return pyLower(answerArea(text)).split("\n").map(collapseSpaces);
}

/** `answerLines(text)[0]` without normalising the other lines (lower-casing a line alone gives the
 *  same result: no character lower-cases to or from "\n", and "\n" ends a final sigma's context). */
export function firstAnswerLine(text: string): string {
  const area = answerArea(text);
  const nl = area.indexOf("\n");
  return collapseSpaces(pyLower(nl < 0 ? area : area.slice(0, nl)));
}

/** The reference's `normalize_answers`: each answer lower-cased and whitespace-collapsed. */
export function normalizeAnswers(answers: readonly string[]): string[] {
  return answers.map((a) => collapseSpaces(pyLower(a)));
}

/** The reference's summary normalisation: the whole text (no area), lower-cased, collapsed. */
export function normalizeAbstract(text: string): string {
  return collapseSpaces(pyLower(text));
}
