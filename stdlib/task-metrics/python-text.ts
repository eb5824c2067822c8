// stdlib/task-metrics/python-text.ts — the few Python 3 `re` behaviours the response-quality
// metrics depend on, for str patterns (Unicode-aware): `\w`, `\b`, and IGNORECASE on the think tags.
// Lengths and slices are in code points, as Python counts them, not UTF-16 units.

// Python's `\w` is str.isalnum() or "_": letters (L*), and characters with a numeric value
// (Nd, Nl, No). Combining marks are not word characters, unlike in some other engines.
// The reference ran Python 3.11 (Unicode 14); Node's tables are newer, so the letters and digits
// assigned since (found by comparing every code point with Python 3.11's str.isalnum) are taken out.
const NEWER_THAN_PYTHON_311 = [
  "\\u{88F}\\u{C5C}\\u{CDC}\\u{1C89}-\\u{1C8A}\\u{A7CB}-\\u{A7CF}\\u{A7D2}\\u{A7D4}\\u{A7DA}-\\u{A7DC}\\u{A7F1}",
  "\\u{105C0}-\\u{105F3}\\u{10940}-\\u{10959}\\u{10D40}-\\u{10D65}\\u{10D6F}-\\u{10D85}\\u{10EC2}-\\u{10EC7}",
  "\\u{1123F}-\\u{11240}\\u{11380}-\\u{11389}\\u{1138B}\\u{1138E}\\u{11390}-\\u{113B5}\\u{113B7}\\u{113D1}",
  "\\u{113D3}\\u{116D0}-\\u{116E3}\\u{11BC0}-\\u{11BE0}\\u{11BF0}-\\u{11BF9}\\u{11DB0}-\\u{11DDB}",
  "\\u{11DE0}-\\u{11DE9}\\u{11F02}\\u{11F04}-\\u{11F10}\\u{11F12}-\\u{11F33}\\u{11F50}-\\u{11F59}\\u{1342F}",
  "\\u{13441}-\\u{13446}\\u{13460}-\\u{143FA}\\u{16100}-\\u{1611D}\\u{16130}-\\u{16139}\\u{16D40}-\\u{16D6C}",
  "\\u{16D70}-\\u{16D79}\\u{16EA0}-\\u{16EB8}\\u{16EBB}-\\u{16ED3}\\u{16FF2}-\\u{16FF6}\\u{187F8}-\\u{187FF}",
  "\\u{18CFF}\\u{18D09}-\\u{18D1E}\\u{18D80}-\\u{18DF2}\\u{1B132}\\u{1B155}\\u{1CCF0}-\\u{1CCF9}",
  "\\u{1D2C0}-\\u{1D2D3}\\u{1DF25}-\\u{1DF2A}\\u{1E030}-\\u{1E06D}\\u{1E4D0}-\\u{1E4EB}\\u{1E4F0}-\\u{1E4F9}",
  "\\u{1E5D0}-\\u{1E5ED}\\u{1E5F0}-\\u{1E5FA}\\u{1E6C0}-\\u{1E6DE}\\u{1E6E0}-\\u{1E6E2}\\u{1E6E4}-\\u{1E6E5}",
  "\\u{1E6E7}-\\u{1E6ED}\\u{1E6F0}-\\u{1E6F4}\\u{1E6FE}-\\u{1E6FF}\\u{2B739}-\\u{2B73F}\\u{2CEA2}-\\u{2CEAD}",
  "\\u{2EBF0}-\\u{2EE5D}\\u{31350}-\\u{33479}",
].join("");
const WORD = `[[\\p{L}\\p{N}_]--[${NEWER_THAN_PYTHON_311}]]`;
const WORD_RUN = new RegExp(`${WORD}+`, "gv");
const STANDALONE_CHOICE = new RegExp(`(?<!${WORD})[ABCD](?!${WORD})`, "v");
// Python leaves a character it does not know as it is when lower-casing; Node may map it onto an
// old letter (U+A7DC → ƛ), so such characters become a plain separator first.
const NEWER = new RegExp(`[${NEWER_THAN_PYTHON_311}]`, "gv");

/** `re.findall(r'\b\w+\b', text.lower())`: maximal runs of word characters of the lower-cased text. */
export function pythonWords(text: string): string[] {
  return text.replace(NEWER, " ").toLowerCase().match(WORD_RUN) ?? [];
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
  return STANDALONE_CHOICE.test(text);
}

/** The text's code points (Python's indexing unit). */
export function codePoints(text: string): string[] {
  return Array.from(text);
}
