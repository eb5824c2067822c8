// stdlib/math-verify/normalize-latex.ts — the LaTeX clean-up math-verify applies to an extracted span
// before parsing it (latex2sympy2_extended 1.10.2 `normalize_latex` with math-verify's configuration:
// boxed extraction, basic commands, units, malformed operators, nits). Regex for regex the same
// rewrites, in the same order, so the normalised string (which the reference also compares as text)
// comes out identical.

export type BoxedMode = "all" | "last";

const LEFT = /\\m?left(\\\{|\{|\\\||\||\[|\(|\\rbracl|\\lgroup|\\lbrace|\\lbrack|\\vert|\\lvert|\\lceil|\\lfloor|\\vert|\\lvert|\\langle|\\llcorner|\\ulcorner)/gu;
const RIGHT = /\\m?right(\\\}|\}|\\\||\||\]|\)|\\rbrack|\\rgroup|\\rbrace|\\rbrack|\\vert|\\rvert|\\rceil|\\rfloor|\\vert|\\rvert|\\rangle|\\lrcorner|\\urcorner)/gu;

// Unit words stripped from the end of an answer ("5 cm", "12 meters"). "integer" "point" is one
// entry in the reference (two adjacent string literals), kept that way.
const UNITS = [
  "integerpoint", "feet", "sue", "digit", "pound", "meal", "edge", "student", "children ticket", "multiple",
  "east", "degree", "mph", "kmph", "ft", "m square", " m east", "sq m", "deg", "mile", "q .", "monkey",
  "prime", "ratio", "profit of rs", "rd", "o", "gm", "p . m", "lb", "tile", "per", "dm", "lt", "gain",
  "ab", "way", "west", "a .", "b .", "c .", "d .", "e .", "f .", "g .", "h .", "t", "h", "no change",
  "men", "soldier", "pie", "bc", "excess", "st", "inches", "noon", "cent", "by", "gal", "kmh", "c", "acre",
  "rise", "a . m", "th", "π r 2", "sq", "mark", "l", "toy", "coin", "sq . m", "gallon", "° f", "profit",
  "minw", "yr", "women", "am", "pm", "hr", "cu cm", "square", "v â € ™", "are", "rupee", "rounds", "cubic",
  "cc", "mtr", "s", "ohm", "number", "kmph", "day", "hour", "minute", "min", "second", "man", "woman",
  "sec", "cube", "mt", "sq inch", "mp", "∏ cm ³", "hectare", "more", "sec", "unit", "cu . m", "cm 2",
  "rs .", "rs", "kg", "g", "month", "km", "m", "cm", "mm", "apple", "liter", "loss", "yard", "pure",
  "year", "increase", "decrease", "d", "less", "Surface", "litre", "pi sq m", "s .", "metre", "meter", "inch",
];
// The reference joins the words unescaped, so "." in "q ." is any character; we do the same.
const UNITS_RE = new RegExp(`(\\d|\\}|\\s)\\s*(?:(?:${UNITS.join("|")})(?:s|es)?)\\s*$`, "u");

const TO_REMOVE = /\\mathrm\{th\}|\\!\s*|\\text\s*\{\s*\}|\\\$|\$|(?<!\\)["']|\\displaystyle/gu;

// One alternation, first alternative wins at each position, as in the reference's combined regex.
const REPLACEMENTS: readonly (readonly [string, string])[] = [
  ["\\\\math(?:rm|it|bf)", "\\text"],
  ["\\\\text(?:normal|bf|it|rm)", "\\text"],
  ["\\\\(?:d|t|c)frac", "\\frac"],
  ["\\s\\.", " 0."],
  ["\\{\\.", "{0."],
  ["~=", "\\approx"],
  ["\\s*\\{\\s*,\\s*\\}", ","],
  ["(?<![a-zA-Z])(?:,?\\s*(?:and|or))(?![a-zA-Z])", ","],
  ["(?:,?\\s*\\\\text\\{\\s*(?:and|or)\\s*\\})", ","],
  ["(?<!\\\\)\\\\\\s", " "],
  ["infinity", "\\infty"],
  [",?(?:\\\\ldots)", " "],
  ["\\s*percentage", "\\%"],
  ["\\\\text\\{percentage\\}", "\\%"],
  ["\\s*percent", "\\%"],
  ["\\\\text\\{percent\\}", "\\%"],
  ["\\s*pct", "\\%"],
  ["\\\\text\\{pct\\}", "\\%"],
  ["(?:(?<!\\\\)inf(?!inity))", "\\infty"],
  [" sqrt", "\\sqrt"],
];
const REPLACE_RE = new RegExp(REPLACEMENTS.map(([p], i) => `(?<r${i}>${p})`).join("|"), "gu");

const COMMAND_SLASH_FIX = /\\\\(?=[a-zA-Z])/gu;
const PERMUTATION = /\(([a-zA-Z0-9+\-*/\\ ]+?)\)_\{([a-zA-Z0-9+\-*/\\ ]+?)\}/gu;
const UNIT_SUPERSCRIPT = /(\\(?:text|mbox)\{[^\n]*?\})(\^\d|\{\^\d\})?$/u;

const MALFORMED: readonly (readonly [RegExp, string])[] = [
  [/\^\s?\(([^\n]*?)\)/gu, "^{$1}"],
  [/sqrt\s?\(([^\n]*?)\)/gu, "\\sqrt{$1}"],
  [/\\frac\s?(\d)\s?(\d+)/gu, "\\frac{$1}{$2}"],
  [/\\log_\s?(\d)\s?(\d+)/gu, "\\log_{$1}{$2}"],
  [/\\frac\s?\{([^\n]*?)\}\s?(\d)/gu, "\\frac{$1}{$2}"],
  [/\\frac\s?(\d)\s?\{([^\n]*?)\}/gu, "\\frac{$1}{$2}"],
  [/\\sqrt\s?(\d)/gu, "\\sqrt{$1}"],
];

const SEPARATOR = /and|or|,|;/u;
const isSpace = (c: string): boolean => /^\s$/u.test(c);
const codePointLength = (s: string): number => { let n = 0; for (const _ of s) n++; return n; };

/** The contents of the \boxed{...} / \fbox{...} groups, searched from the right. "last" keeps the
 *  last one and those just before it that are close or separated by and/or/,/;; "all" keeps all. */
export function extractBoxed(text: string, mode: BoxedMode): string {
  const results: string[] = [];
  let currentPos = text.length;
  let lastBoxedStart: number | null = null;
  let maxPos = text.length;
  for (;;) {
    const boxedIdx = currentPos > 0 ? text.lastIndexOf("\\boxed", currentPos - 6 >= 0 ? currentPos - 6 : -1) : -1;
    const fboxIdx = currentPos > 0 ? text.lastIndexOf("\\fbox", currentPos - 5 >= 0 ? currentPos - 5 : -1) : -1;
    const b = boxedIdx >= 0 && boxedIdx + 6 <= currentPos ? boxedIdx : -1;
    const f = fboxIdx >= 0 && fboxIdx + 5 <= currentPos ? fboxIdx : -1;
    if (b < 0 && f < 0) break;
    const startIdx = Math.max(b, f);
    let next = startIdx + (b > f ? 6 : 5);
    while (next < maxPos && isSpace(text[next]!)) next++;
    if (next >= maxPos) break;
    if (text[next] === "{") {
      let depth = 1, i = next, close = -1;
      while (i + 1 < maxPos) {
        i++;
        const c = text[i];
        if (c === "{") depth++;
        else if (c === "}" && --depth === 0) { close = i; break; }
      }
      if (close < 0) {
        if (results.length === 0) results.push(text.slice(next));
        break;
      }
      const content = text.slice(next + 1, close).trim();
      if (mode === "last" && lastBoxedStart !== null) {
        const between = text.slice(close + 1, lastBoxedStart);
        const prev = results.length > 0 ? results[results.length - 1]! : "";
        const len = codePointLength(between);
        const keep = len < 10 || (prev !== content && len < 70 && SEPARATOR.test(between));
        if (!keep) break;
      }
      results.push(content);
      lastBoxedStart = startIdx;
      maxPos = startIdx;
    } else {
      if (results.length === 0) results.push(text.slice(next));
      break;
    }
    currentPos = startIdx;
  }
  if (results.length === 0) return text;
  return results.reverse().join(",");
}

function fixFracs(text: string): string {
  const parts = text.split("\\frac");
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i++) {
    const sub = parts[i]!.replace(/^\s+/u, "");
    out += "\\frac";
    if (sub.length > 0 && sub[0] === "{") out += sub;
    else if (sub.length < 2) return text;
    else {
      const a = sub[0]!, b = sub[1]!;
      if (b !== "{") out += `{${a}}{${b}}` + sub.slice(2);
      else out += `{${a}}${b}` + sub.slice(2);
    }
  }
  return out;
}

function fixSlash(text: string): string {
  const parts = text.split("/");
  if (parts.length !== 2) return text;
  const [a, b] = parts as [string, string];
  // Python int() accepts surrounding whitespace and a sign, then the string must round-trip exactly.
  if (!/^\s*[-+]?\d+\s*$/u.test(a) || !/^\s*[-+]?\d+\s*$/u.test(b)) return text;
  const ai = BigInt(a.trim()), bi = BigInt(b.trim());
  if (text !== `${ai}/${bi}`) return text;
  return `\\frac{${ai}}{${bi}}`;
}

function fixSqrt(text: string): string {
  if (!text.includes("\\sqrt")) return text;
  const parts = text.split("\\sqrt");
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i++) {
    const s = parts[i]!.replace(/^\s+/u, "");
    if (s.length > 0 && s[0] !== "{" && s[0] !== "[") out += `\\sqrt{${s[0]}}` + s.slice(1);
    else out += "\\sqrt" + s;
  }
  return out;
}

export function normalizeLatex(input: string, boxed: BoxedMode): string {
  let text = extractBoxed(input, boxed);
  // basic_latex
  text = text.replaceAll("\\mathrm{T}", "T");
  text = text.replaceAll("\\mathrm{d}", "d").replaceAll("{\\rm d}", "d");
  text = text.replaceAll("\\left[\\begin{matrix}", "\\begin{bmatrix}").replaceAll("\\end{matrix}\\right]", "\\end{bmatrix}");
  text = text.replace(LEFT, "$1");
  text = text.replace(RIGHT, "$1");
  text = text.replace(PERMUTATION, "\\frac{($1)!}{(($1)-($2))!}");
  text = text.replace(TO_REMOVE, "");
  text = text.replace(REPLACE_RE, (...m: unknown[]) => {
    const groups = m[m.length - 1] as Record<string, string | undefined>;
    for (let i = 0; i < REPLACEMENTS.length; i++) if (groups[`r${i}`] !== undefined) return REPLACEMENTS[i]![1];
    return m[0] as string;
  });
  text = text.replaceAll("\n", " ").replaceAll("\t", " ");
  if (!text.includes("matrix")) text = text.replace(COMMAND_SLASH_FIX, "\\");
  // units
  let t = text.replace(UNIT_SUPERSCRIPT, "").trim();
  if (t !== "" && t !== text) text = t;
  for (let i = 0; i < 2; i++) {
    t = text.replace(UNITS_RE, "$1");
    if (t !== "" && t !== text) text = t;
  }
  // nits
  if (text.length > 0 && text[0] === ".") text = "0" + text;
  if (text === "0.5") text = "\\frac{1}{2}";
  // malformed operators
  for (const [re, rep] of MALFORMED) text = text.replace(re, rep);
  text = text.replaceAll(" sqrt", "\\sqrt");
  text = fixSqrt(text);
  text = fixFracs(text);
  text = fixSlash(text);
  return pyStrip(text);
}

/** Python's str.strip(): Python's whitespace set differs from JS's (\x1c-\x1f and \x85 in, \ufeff out). */
export function pyStrip(s: string): string {
  return s.replace(PY_STRIP, "");
}
/** Python's whitespace (str.isspace and `\s` in str patterns), as a character-class body. */
export const PY_WS = "\\t-\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";
const PY_STRIP = new RegExp(`^[${PY_WS}]+|[${PY_WS}]+$`, "gu");
