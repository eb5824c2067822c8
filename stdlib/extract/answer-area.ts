// stdlib/extract/answer-area.ts — LongBench-Pro's answer area and line normalisation, as the
// reference does it (golden/README.md "Normalisation"): area first, then lower-case, then lines.
import { lastIndexOfMarker } from "./last-index.js";
import { collapseSpaces, isPySpaceCode, normalizeSlice, pyLower, pyStrip } from "./python-text.js";

/** Start of the answer area (before stripping): after the last `[Answer]`, else after the last
 *  `[答案]` (`[Answer]` wins even when `[答案]` comes later), else 0. Case-sensitive. */
export function areaStart(text: string): number {
  const en = lastIndexOfMarker(text, "[Answer]");
  if (en >= 0) return en + 8;
  const zh = lastIndexOfMarker(text, "[答案]");
  return zh >= 0 ? zh + 4 : 0;
}

/** Text after the last `[Answer]`, else after the last `[答案]`, stripped. */
export function answerArea(text: string): string {
  return pyStrip(text.slice(areaStart(text)));
}

/** The reference's `normalize_prediction`: answer area, lower-cased, split on "\n" only, each line
 *  stripped with whitespace runs collapsed; blank lines stay as "". One scan over the area, no
 *  intermediate copies: lower-casing line by line gives the same result as lower-casing the area
 *  (no character lower-cases to or from "\n", and "\n" ends a final sigma's context), and the
 *  area's own strip only removes what the lines' strips remove (an all-blank area is one "" line). */
export function answerLines(text: string): string[] {
  let a = areaStart(text);
  let b = text.length;
  while (a < b && isPySpaceCode(text.charCodeAt(a))) a++;
  while (b > a && isPySpaceCode(text.charCodeAt(b - 1))) b--;
  // A long area is lower-cased in one native call, as the reference does (one call beats one per
  // upper-case line); a short one line by line, which skips the copy when nothing needs lowering.
  if (b - a > LOWER_WHOLE_AREA) {
    const area = pyLower(text.slice(a, b)); // may be longer than the slice ('İ' lower-cases to two units)
    return cutLines(area, 0, area.length);
  }
  return cutLines(text, a, b);
}

/** Area length (UTF-16 units) above which answerLines lower-cases the area at once. */
const LOWER_WHOLE_AREA = 1024;

/** The normalised lines of s[a, b), cut at each "\n". */
function cutLines(s: string, a: number, b: number): string[] {
  const out: string[] = [];
  for (;;) {
    const nl = s.indexOf("\n", a);
    if (nl < 0 || nl >= b) { out.push(normalizeSlice(s, a, b)); return out; }
    out.push(normalizeSlice(s, a, nl));
    a = nl + 1;
  }
}

/** `answerLines(text)[0]` without normalising the other lines. */
export function firstAnswerLine(text: string): string {
  let a = areaStart(text);
  let b = text.length;
  while (a < b && isPySpaceCode(text.charCodeAt(a))) a++;
  while (b > a && isPySpaceCode(text.charCodeAt(b - 1))) b--;
  const nl = text.indexOf("\n", a);
  return normalizeSlice(text, a, nl >= 0 && nl < b ? nl : b);
}

/** The reference's `normalize_answers`: each answer lower-cased and whitespace-collapsed. */
export function normalizeAnswers(answers: readonly string[]): string[] {
  // Many answers: lower-case them joined by "\n" in one native call and cut the result (per-answer
  // lower-casing is the same: "\n" ends a final sigma's context), unless an answer holds a "\n".
  if (answers.length >= 32) {
    const joined = pyLower(answers.join("\n"));
    const lines = cutLines(joined, 0, joined.length);
    if (lines.length === answers.length) return lines;
  }
  const out = new Array<string>(answers.length);
  for (let i = 0; i < answers.length; i++) out[i] = normalizeSlice(answers[i], 0, answers[i].length);
  return out;
}

/** The reference's summary normalisation: the whole text (no area), lower-cased, collapsed. */
export function normalizeAbstract(text: string): string {
  return collapseSpaces(pyLower(text));
}
