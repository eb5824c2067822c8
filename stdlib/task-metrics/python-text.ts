// stdlib/task-metrics/python-text.ts — the few Python 3 `re` behaviours the response-quality
// metrics depend on, for str patterns (Unicode-aware): `\w`, `\b`, and IGNORECASE on the think tags.
// Lengths and slices are in code points, as Python counts them, not UTF-16 units.

// Python's `\w` is str.isalnum() or "_": letters (L*), and characters with a numeric value
// (Nd, Nl, No). Combining marks are not word characters, unlike in some other engines.
const WORD_RUN = /[\p{L}\p{N}_]+/gu;

/** `re.findall(r'\b\w+\b', text.lower())`: maximal runs of word characters of the lower-cased text. */
export function pythonWords(text: string): string[] {
  return text.toLowerCase().match(WORD_RUN) ?? [];
}

// Under re.IGNORECASE Python matches a literal against every character whose simple lower-case
// is the same, plus its equivalence table: "i" also matches "İ" (U+0130) and "ı" (U+0131), "k"
// also matches the Kelvin sign (U+212A). JavaScript's /i does not, so the classes are spelt out.
const OPEN_THINK = /<[tT][hH][iI\u0130\u0131][nN][kK\u212A]>/g;
const CLOSE_THINK = /<\/[tT][hH][iI\u0130\u0131][nN][kK\u212A]>/g;
const CLOSE_THINK_ONCE = /<\/[tT][hH][iI\u0130\u0131][nN][kK\u212A]>/;

export function countOpenThink(text: string): number {
  return text.match(OPEN_THINK)?.length ?? 0;
}

export function countCloseThink(text: string): number {
  return text.match(CLOSE_THINK)?.length ?? 0;
}

/** The text after the first `</think>` (case-insensitive), or undefined when there is none. */
export function afterFirstCloseThink(text: string): string | undefined {
  const m = CLOSE_THINK_ONCE.exec(text);
  return m ? text.slice(m.index + m[0].length) : undefined;
}

/** `re.search(r'\b[ABCD]\b', text)`: a capital A-D with no word character on either side. */
export function hasStandaloneChoice(text: string): boolean {
  return /(?<![\p{L}\p{N}_])[ABCD](?![\p{L}\p{N}_])/u.test(text);
}

/** The text's code points (Python's indexing unit). */
export function codePoints(text: string): string[] {
  return Array.from(text);
}
