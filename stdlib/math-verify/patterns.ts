// stdlib/math-verify/patterns.ts — the answer-finding regexes of math-verify 0.8.0's default `parse`
// (LaTeX extraction with boxed priority 50, then plain expressions), rebuilt in JS syntax: Python's
// `(?i:...)`, `\s`, `.` and `$` are spelled out so they match exactly what Python's `re` matches.

import { PY_WS } from "./normalize-latex.js";

export type PatternKind = "latex" | "expr";
export interface Pattern {
  readonly re: RegExp;
  readonly priority: number;
  readonly kind: PatternKind;
  /** Literals any match must contain: when one is absent the pattern cannot match and is skipped. */
  readonly needs: readonly RegExp[];
}

const S = `[${PY_WS}]`;               // Python's \s
const ANY_NO_NL = "[^\\n]";            // Python's . without DOTALL
const END = "(?=\\n?$)";               // Python's $ without MULTILINE

/** Python's case-insensitive match of an ASCII word (IGNORECASE also folds ſ to s, ı/İ to i, K to k). */
function ci(word: string): string {
  let out = "";
  for (const c of word) {
    if (c === "s") out += "[sSſ]";
    else if (c === "i") out += "[iIıİ]";
    else if (c === "k") out += "[kKK]";
    else if (/[a-z]/u.test(c)) out += `[${c}${c.toUpperCase()}]`;
    else if (c === " ") out += " ";
    else out += c;
  }
  return out;
}

type Context = "plain" | "boxed";

const FINAL_IS = new RegExp(ci("final answer is"), "u");
const FINAL = new RegExp(ci("final answer"), "u");
const ANSWER = new RegExp(ci("answer"), "u");
const I_HOPE = /I hope/u;
const BOXED = /\\boxed\{/u;
const DIGIT = /\d/u;
// Every LaTeX environment starts with $, \[, \(, [ or \frac.
const LATEX_DELIMITER = /[$[]|\\\(|\\frac/u;

function latexEnv(prefix: string, context: Context): string {
  const percent = `(?<${prefix}percent>(?:\\\\?%|[Pp]ercent|[Pp]ercentage|[Pp]ct))`;
  let dd = "(?:[^$]|\\$(?!\\$))";
  let db = "(?:[^\\\\]|\\\\(?!\\]))";
  let id = "(?:\\\\[$]|[^\\n$])";
  let ip = "(?:[^\\\\\\n]|\\\\(?!\\)))";
  let ib = "[^\\n\\]\\[]";
  const boxedIn = (c: string) => `${c}*?\\\\boxed\\{${c}+?\\}${c}*?`;
  if (context === "boxed") { dd = boxedIn(dd); db = boxedIn(db); id = boxedIn(id); ip = boxedIn(ip); ib = boxedIn(ib); }
  else { dd += "+?"; db += "+?"; id += "+?"; ip += "+?"; ib += "+?"; }
  const alts = [
    `(?<!\\\\)\\$\\$(?<${prefix}latexDisplayDollar>${dd})(?<!\\\\)\\$\\$`,
    `(?<!\\\\)\\\\\\[(?<${prefix}latexDisplayBracket>${db})(?<!\\\\)\\\\\\]`,
    `(?<!\\\\|\\d)\\$(?<${prefix}latexInlineDollar>${id})(?<!\\\\)\\$`,
    `(?<!\\\\)\\\\\\((?<${prefix}latexInlineParenthesis>${ip})(?<!\\\\)\\\\\\)`,
    `${S}\\[(?<${prefix}latexInlineBracket>${ib})\\]${S}`,
  ];
  if (context === "plain") {
    const n = "-?\\d+(?:[.,]\\d+)?";
    alts.push(`(?<${prefix}latexFraction>-?\\\\frac\\{${n}\\}\\{${n}\\})`);
  }
  return `(?:(?:${alts.join("|")})${S}*${percent}?)`;
}

function latexPatterns(): Pattern[] {
  const sep = `(?:,?and|,?or|,)`;
  let next = "";
  for (let i = 1; i <= 5; i++) next += `(?:${S}*${sep}${S}*${latexEnv(`next${i}_`, "plain")})?`;
  const envs = `(?:${latexEnv("first_", "plain")}${next})`;
  const dot = "[\\s\\S]";   // DOTALL
  const out: [string, number, RegExp[]][] = [
    [`${ci("final answer is")}:?${S}*${envs}\\.?${S}?I hope`, 0, [FINAL_IS, I_HOPE]],
    [`${ci("final answer")}${dot}{0,100}?${S}+${ci("is")}:?${S}*${envs}`, 50, [FINAL]],
    [`${ci("answer")}:${dot}{0,50}?${envs}`, 100, [ANSWER]],
    [`${ci("answer")}${dot}{0,50}?${envs}`, 200, [ANSWER]],
    [envs, 300, [LATEX_DELIMITER]],
  ];
  let boxedNext = "";
  for (let i = 1; i <= 5; i++) boxedNext += `${S}*(?:${S}*${sep}${S}*${latexEnv(`next${i}_`, "boxed")})?`;
  out.push([`${latexEnv("first_", "boxed")}${boxedNext}`, 50, [BOXED]]);
  out.push([`(?<first_latexBoxed>\\\\boxed\\{${dot}+\\})`, 50, [BOXED]]);
  return out.map(([src, priority, needs]) => ({ re: new RegExp(src, "gu"), priority, kind: "latex", needs }));
}

function exprPatterns(): Pattern[] {
  const number =
    "(?<!\\d)(?:" +
    "(?<integer1>-?[1-9]\\d{0,2}(?:[ ,]\\d{3})+)(?<decimal1>\\.\\d+)?|" +
    "(?<integer2>-?\\d+)(?<decimal2>[.,]\\d+)|" +
    "(?<decimal3>\\.\\d+)|" +
    "(?<integer3>-?\\d+)" +
    `)(?<percent>${S}*(?:%|[Pp]ercent|${S}*[Pp]ercentage|${S}*[Pp]ct))?`;
  const ops = "+\\-*×/^()÷";
  const chars = `[\\d.${PY_WS}${ops}]`;
  const expr = `(?<expr>-?\\(?-?\\d${chars}*[${ops}]${chars}+\\)?)`;
  const currency = "[$€£¥₹₽₪₩₫฿₡₢₣₤₥₦₧₨₩₪₫₭₮₯₰₱₲₳₴₵₶₷₸₹₺₻₼₽₾₿]";
  const prefix = `(?:^|${S}|=)(?:\\*\\*)?`;
  const suffix = `(?:\\*\\*)?(?:\\.|,|:|${S}|\\)|\\$|${END})`;
  const exprAnchored = `(?:${prefix}${expr}${suffix})`;
  const numberAnchored = `(?:${prefix}${currency}?${number})`;
  const either = `(?:${exprAnchored}|${numberAnchored})`;
  const out: [string, number, RegExp[]][] = [
    [`${ci("final answer is")}:?${S}*${either}\\.?${S}?I hope`, 0, [FINAL_IS, I_HOPE, DIGIT]],
    [`${ci("final answer")}${ANY_NO_NL}{0,100}?${S}+${ci("is")}:?${either}`, 50, [FINAL, DIGIT]],
    [`${ci("answer")}:(?:${ANY_NO_NL}{0,100}=${S}*|${ANY_NO_NL}{0,50}?)${either}(?!${S}*=)`, 100, [ANSWER, DIGIT]],
    [`${ci("answer")}(?:${ANY_NO_NL}{0,100}=${S}*|${ANY_NO_NL}{0,50}?)${either}(?!${S}*=)`, 200, [ANSWER, DIGIT]],
    [exprAnchored, 300, [DIGIT]],
    [numberAnchored, 300, [DIGIT]],
  ];
  return out.map(([src, priority, needs]) => ({ re: new RegExp(src, "gu"), priority, kind: "expr", needs }));
}

/** All patterns, stably sorted by priority (LaTeX before expressions within a priority, as the
 *  reference's sort keeps its configuration order). */
export const PATTERNS: readonly Pattern[] = [...latexPatterns(), ...exprPatterns()].sort((a, b) => a.priority - b.priority);
