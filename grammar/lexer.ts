// grammar/lexer.ts — text -> tokens, by hand over char codes (fast, and total: every input lexes).
// Lexical mistakes (GL0101-GL0105) go to the bag; the token stream stays usable for the parser.
import type { SyntaxReporter } from "./reporter.js";
import type { Span } from "../diagnostics/index.js";
import type { TokenType } from "./chevrotain.js";
import * as T from "./tokens.js";
import { makeToken, type Token } from "./tokens.js";

export interface Lexed {
  readonly tokens: Token[];
  readonly comments: Span[];
  /** Decoded values of string tokens, by token (escapes applied). */
  readonly strings: Map<Token, string>;
  /** String tokens missing their closing quote (already reported). */
  readonly unterminated: Set<Token>;
  /** String tokens with a lexical error (unterminated, or an invalid escape): their value is unknown. */
  readonly badStrings: Set<Token>;
}

const isIdentStart = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
const isIdentPart = (c: number) => isIdentStart(c) || (c >= 48 && c <= 57);
const isDigit = (c: number) => c >= 48 && c <= 57;
const isHex = (c: number) => isDigit(c) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
const isSpace = (c: number) => c === 32 || c === 9 || c === 12 || c === 11 || c === 0xfeff;
const isNewline = (c: number) => c === 10 || c === 13;

const SINGLE: Partial<Record<number, TokenType>> = {
  123: T.LBrace, 125: T.RBrace, 40: T.LParen, 41: T.RParen, 91: T.LBracket, 93: T.RBracket,
  58: T.Colon, 44: T.Comma, 63: T.Question, 43: T.Plus, 45: T.Minus, 42: T.Star, 37: T.Percent,
};

/** Describes a character for a message: printable as itself, others as U+XXXX. */
export function describeChar(text: string): string {
  const cp = text.codePointAt(0) ?? 0;
  if (cp > 0x20 && cp < 0x7f) return `\`${text}\``;
  const hex = cp.toString(16).toUpperCase().padStart(4, "0");
  if ((cp >= 0xa0 && !(cp >= 0xd800 && cp <= 0xdfff)) && !/\s/u.test(text)) return `\`${text}\` (U+${hex})`;
  return `U+${hex}`;
}

export function lex(text: string, bag: SyntaxReporter): Lexed {
  const tokens: Token[] = [];
  const comments: Span[] = [];
  const strings = new Map<Token, string>();
  const unterminated = new Set<Token>();
  const badStrings = new Set<Token>();
  const n = text.length;
  let i = 0;
  let nl = true;
  let prevOpens = true; // previous token was `,` `{` `(` `[` (or none)
  let badStart = -1; // start of a run of unexpected characters
  let afterBad = false;

  const flushBad = (end: number) => {
    if (badStart < 0) return;
    const run = text.slice(badStart, end);
    const first = String.fromCodePoint(run.codePointAt(0) ?? 0);
    const many = run.length > first.length;
    const hint = badHint(first);
    bag.error("GL0101", { start: badStart, end }, {
      message: many ? `unexpected characters starting with ${describeChar(first)}` : `unexpected character ${describeChar(first)}`,
      label: many ? "these characters are not part of golong's syntax" : "this character is not part of golong's syntax",
      ...(hint ? { help: hint } : {}),
    });
    badStart = -1;
    afterBad = true;
    prevOpens = true; // whatever the bad characters were meant to be, don't also report a missing separator
  };

  const push = (type: TokenType, start: number, end: number): Token => {
    flushBad(start);
    const tok = makeToken(type, text.slice(start, end), start, end, nl, nl || prevOpens);
    if (afterBad) { tok.afterBad = true; afterBad = false; }
    tokens.push(tok);
    nl = false;
    prevOpens = type === T.Comma || type === T.LBrace || type === T.LParen || type === T.LBracket;
    return tok;
  };

  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) { flushBad(i); i++; continue; }
    if (isNewline(c)) { flushBad(i); nl = true; i++; continue; }
    if (c === 47 /* / */) {
      const d = text.charCodeAt(i + 1);
      if (d === 47) {
        flushBad(i);
        let j = i + 2;
        while (j < n && !isNewline(text.charCodeAt(j))) j++;
        comments.push({ start: i, end: j });
        i = j;
        continue;
      }
      if (d === 42) {
        flushBad(i);
        const close = text.indexOf("*/", i + 2);
        const end = close < 0 ? n : close + 2;
        if (close < 0) {
          bag.error("GL0103", { start: i, end: i + 2 }, {
            label: "this comment is never closed",
            help: "close it with `*/`, or use `//` comments, which end at the line break",
          });
        }
        for (let j = i; j < end; j++) if (isNewline(text.charCodeAt(j))) { nl = true; break; }
        comments.push({ start: i, end });
        i = end;
        continue;
      }
      push(T.Slash, i, i + 1);
      i++;
      continue;
    }
    if (isIdentStart(c)) {
      let j = i + 1;
      while (j < n && isIdentPart(text.charCodeAt(j))) j++;
      const word = text.slice(i, j);
      push(T.KEYWORDS.get(word) ?? T.Identifier, i, j);
      i = j;
      continue;
    }
    if (isDigit(c)) { i = lexNumber(text, i, bag, push); continue; }
    if (c === 34 /* " */) { i = lexString(text, i, bag, push, strings, unterminated, badStrings); continue; }
    const single = SINGLE[c];
    if (single) { push(single, i, i + 1); i++; continue; }
    const d = text.charCodeAt(i + 1);
    if (c === 46 /* . */) { if (d === 46) { push(T.DotDot, i, i + 2); i += 2; } else { push(T.Dot, i, i + 1); i++; } continue; }
    if (c === 61 /* = */) { if (d === 61) { push(T.EqEq, i, i + 2); i += 2; } else { push(T.Equals, i, i + 1); i++; } continue; }
    if (c === 60 /* < */) { if (d === 61) { push(T.LessEq, i, i + 2); i += 2; } else { push(T.Less, i, i + 1); i++; } continue; }
    if (c === 62 /* > */) { if (d === 61) { push(T.GreaterEq, i, i + 2); i += 2; } else { push(T.Greater, i, i + 1); i++; } continue; }
    if (c === 33 /* ! */ && d === 61) { push(T.NotEq, i, i + 2); i += 2; continue; }
    // C-style logic operators: reported, then read as the word the user meant, so parsing goes on
    if (c === 33 || c === 38 || c === 124) {
      const len = (c === 38 || c === 124) && d === c ? 2 : 1;
      const word = c === 33 ? "not" : c === 38 ? "and" : "or";
      flushBad(i);
      bag.error("GL0101", { start: i, end: i + len }, {
        message: `unexpected ${len === 2 ? "characters" : "character"} \`${text.slice(i, i + len)}\``,
        label: `golong writes this \`${word}\``,
        help: `write \`${word}\``,
      }, true);
      push(T.KEYWORDS.get(word)!, i, i + len);
      i += len;
      continue;
    }
    // anything else: part of a run of unexpected characters, reported once
    if (badStart < 0) badStart = i;
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < n && text.charCodeAt(i + 1) >= 0xdc00 && text.charCodeAt(i + 1) <= 0xdfff ? 2 : 1;
  }
  flushBad(n);
  return { tokens, comments, strings, unterminated, badStrings };
}

function badHint(ch: string): string | undefined {
  switch (ch) {
    case "#": return "comments start with `//`";
    case "'": return "strings are written with double quotes: \"...\"";
    case ";": return "separate fields with `,` or a line break";
    case "\u201c": case "\u201d": return "use a straight double quote `\"`";
    default: return /\p{L}/u.test(ch) ? "names are ASCII letters, digits and `_`; put other text in a string" : undefined;
  }
}

type Push = (type: TokenType, start: number, end: number) => Token;

/** digits [. digits] [e|E [+|-] digits] [k|K|M] — a following word (a unit) is a separate token. */
function lexNumber(text: string, start: number, bag: SyntaxReporter, push: Push): number {
  const n = text.length;
  let j = start;
  while (j < n && isDigit(text.charCodeAt(j))) j++;
  if (text.charCodeAt(j) === 46 && isDigit(text.charCodeAt(j + 1))) {
    j += 2;
    while (j < n && isDigit(text.charCodeAt(j))) j++;
  }
  const e = text.charCodeAt(j);
  if (e === 101 || e === 69) {
    const s = text.charCodeAt(j + 1);
    if (isDigit(s) || ((s === 43 || s === 45) && isDigit(text.charCodeAt(j + 2)))) {
      j += isDigit(s) ? 1 : 2;
      while (j < n && isDigit(text.charCodeAt(j))) j++;
    } else if (s === 43 || s === 45) {
      bag.error("GL0105", { start, end: j + 2 }, {
        message: "malformed number: the exponent has no digits",
        label: "expected digits after the exponent sign",
        help: `write the exponent in full, such as \`${text.slice(start, j + 2)}6\``,
      });
      push(T.NumberLiteral, start, j);
      return j + 2;
    }
  }
  const numberEnd = j;
  const s = text.charCodeAt(j);
  if ((s === 107 || s === 75 || s === 77) && !isIdentPart(text.charCodeAt(j + 1))) j++;
  if (!Number.isFinite(Number(text.slice(start, numberEnd)))) {
    bag.error("GL0105", { start, end: j }, {
      message: "malformed number: too large",
      label: "this number does not fit a 64-bit float",
    });
  }
  push(T.NumberLiteral, start, j);
  return j;
}

function lexString(text: string, start: number, bag: SyntaxReporter, push: Push, strings: Map<Token, string>, unterminated: Set<Token>, badStrings: Set<Token>): number {
  const n = text.length;
  let j = start + 1;
  let value = "";
  let bad = false;
  let chunk = j;
  for (;;) {
    if (j >= n || isNewline(text.charCodeAt(j))) {
      value += text.slice(chunk, j);
      bag.error("GL0102", { start, end: start + 1 }, {
        label: "this string is never closed",
        help: "add the closing `\"` before the end of the line; write a line break inside a string as `\\n`",
      });
      const tok = push(T.StringLiteral, start, j);
      strings.set(tok, value);
      unterminated.add(tok);
      badStrings.add(tok);
      return j;
    }
    const c = text.charCodeAt(j);
    if (c === 34) {
      value += text.slice(chunk, j);
      const tok = push(T.StringLiteral, start, j + 1);
      strings.set(tok, value);
      if (bad) badStrings.add(tok);
      return j + 1;
    }
    if (c !== 92 /* \ */) { j++; continue; }
    value += text.slice(chunk, j);
    const d = text.charCodeAt(j + 1);
    let len = 2;
    switch (d) {
      case 34: value += '"'; break;
      case 92: value += "\\"; break;
      case 110: value += "\n"; break;
      case 114: value += "\r"; break;
      case 116: value += "\t"; break;
      case 48: value += "\0"; break;
      case 117: {
        const u = readUnicodeEscape(text, j);
        if (u) { value += u.value; len = u.length; break; }
        len = text.charCodeAt(j + 2) === 123 ? Math.max(3, braceEscapeLength(text, j)) : 2;
        bad = true;
        bag.error("GL0104", { start: j, end: j + len }, {
          message: "invalid escape sequence `\\u`",
          label: "expected `\\uXXXX` (four hex digits) or `\\u{X...}` (up to 10FFFF)",
          help: "write `\\\\` for a backslash",
        });
        value += text.slice(j, j + len);
        break;
      }
      default: {
        if (j + 1 >= n || isNewline(d)) { len = 1; value += "\\"; break; } // unterminated: reported above
        const cp = text.codePointAt(j + 1) ?? d;
        len = cp > 0xffff ? 3 : 2;
        bad = true;
        bag.error("GL0104", { start: j, end: j + len }, {
          message: `invalid escape sequence \`\\${String.fromCodePoint(cp)}\``,
          label: "unknown escape",
          help: "write `\\\\` for a backslash; the escapes are \\\" \\\\ \\n \\r \\t \\0 \\uXXXX \\u{X...}",
        });
        value += text.slice(j, j + len);
      }
    }
    j += len;
    chunk = j;
  }
}

function braceEscapeLength(text: string, j: number): number {
  let k = j + 3;
  while (k < text.length && k < j + 12 && isHex(text.charCodeAt(k))) k++;
  return text.charCodeAt(k) === 125 ? k + 1 - j : k - j;
}

function readUnicodeEscape(text: string, j: number): { value: string; length: number } | undefined {
  if (text.charCodeAt(j + 2) === 123) {
    let k = j + 3;
    while (k < text.length && isHex(text.charCodeAt(k))) k++;
    if (text.charCodeAt(k) !== 125 || k === j + 3 || k - (j + 3) > 6) return undefined;
    const cp = parseInt(text.slice(j + 3, k), 16);
    if (cp > 0x10ffff) return undefined;
    return { value: String.fromCodePoint(cp), length: k + 1 - j };
  }
  for (let k = j + 2; k < j + 6; k++) if (!isHex(text.charCodeAt(k))) return undefined;
  return { value: String.fromCharCode(parseInt(text.slice(j + 2, j + 6), 16)), length: 6 };
}
