// stdlib/metrics/choice-and-match.ts — the short-answer metrics: multiple choice (reference and
// golong's lenient `choice`) and exact match.
import { CHOICE_PHRASE, choiceLetter } from "../extract/multi-choice.js";
import { isPySpaceCode } from "../extract/python-text.js";

/** Reference multi_choices: the response's letter equals the raw label or the label's own letter. */
export function multiChoiceScore(response: string, label: string): number {
  const got = choiceLetter(response);
  if (got === null) return 0;
  if (got === label) return 1;
  return label.length > CHOICE_PHRASE.length && got === choiceLetter(label) ? 1 : 0;
}

/** Reference EM_judge: both stripped, case-sensitive equality. */
export function exactMatch(response: string, label: string): number {
  if (response === label) return 1; // equal texts strip alike
  // The strip bounds of both, compared in place: no stripped copies.
  let a = 0;
  let b = label.length;
  while (a < b && isPySpaceCode(label.charCodeAt(a))) a++;
  while (b > a && isPySpaceCode(label.charCodeAt(b - 1))) b--;
  let c = 0;
  let d = response.length;
  while (c < d && isPySpaceCode(response.charCodeAt(c))) c++;
  while (d > c && isPySpaceCode(response.charCodeAt(d - 1))) d--;
  if (b - a !== d - c) return 0;
  if (a === 0 && c === 0 && b === label.length && d === response.length) return label === response ? 1 : 0;
  for (let i = 0; i < b - a; i++) if (label.charCodeAt(a + i) !== response.charCodeAt(c + i)) return 0;
  return 1;
}

const KEYWORD = /answer|choice|option/gi;
const LABEL = /^(?:\(([A-Za-z])\)|([A-Za-z])[.:]?)$/;
const isLetter = (c: string | undefined) => c !== undefined && /^[A-Za-z]$/.test(c);
const isSpace = (c: string | undefined) => c === " " || c === "\t" || c === "\n" || c === "\r";

/** The letter after one keyword: `answer is (B)`, `answer: B`, `option b`, ... or undefined. A forward
 *  scan, not a regex with several optional whitespace runs (those backtrack quadratically). */
function letterAfter(text: string, i: number): string | undefined {
  const skip = () => { while (isSpace(text[i])) i++; };
  skip();
  if (text.slice(i, i + 2).toLowerCase() === "is" && !isLetter(text[i + 2])) { i += 2; skip(); }
  if (text[i] === ":" || text[i] === "：") { i++; skip(); }
  if (text[i] === "(") i++;
  const letter = text[i];
  if (!isLetter(letter)) return undefined;
  i++;
  if (text[i] === ")") i++;
  return isLetter(text[i]) ? undefined : letter;
}

/** golong's `choice`: the last "answer is X" / "answer: (X)" / "option X" in the response (any
 *  letter, any case, bold marks ignored) against a label given as "B", "(B)" or "b". */
export function choiceScore(response: string, label: string): number {
  const m = LABEL.exec(label.trim());
  const want = m ? (m[1] ?? m[2]).toUpperCase() : choiceLetter(label);
  if (!want) return 0;
  const text = response.replaceAll("*", "");
  let got: string | undefined;
  for (const m of text.matchAll(KEYWORD)) got = letterAfter(text, m.index + m[0].length) ?? got;
  return got !== undefined && got.toUpperCase() === want ? 1 : 0;
}
