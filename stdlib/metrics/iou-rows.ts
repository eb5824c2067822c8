// stdlib/metrics/iou-rows.ts — multitableqa's rows as iou compares them: each row a scalar or a list
// of cells, each cell as Python's str() of it. Filled straight from the JSON text when it has the
// usual shape, {"data": [rows]} with plain strings and numbers, without building Python values.
import { pyFloatRepr, pyStr, type PyValue } from "./python-value.js";

/** Rows in flat arrays, reused between calls: row r holds cells[start[r], start[r + 1]) and is a
 *  list when list[r] is 1, else the one cell of a scalar. */
export class Rows {
  count = 0;
  cells: string[] = [];
  start = new Int32Array(64);
  list = new Uint8Array(64);
  private used = 0;

  clear(): void {
    this.count = 0;
    this.used = 0;
    this.start[0] = 0;
  }

  /** Starts a row (list or scalar); its cells follow with cell(). */
  row(isList: boolean): void {
    const r = this.count;
    if (r + 2 > this.start.length) {
      const start = new Int32Array(this.start.length * 2);
      const list = new Uint8Array(this.start.length * 2);
      start.set(this.start);
      list.set(this.list);
      this.start = start;
      this.list = list;
    }
    this.list[r] = isList ? 1 : 0;
    this.count = r + 1;
    this.start[r + 1] = this.used;
  }

  cell(text: string): void {
    this.cells[this.used++] = text;
    this.start[this.count] = this.used;
  }

  /** The rows of a Python list, each cell as str() of it. */
  fromValues(rows: readonly PyValue[]): void {
    this.clear();
    for (const r of rows) {
      if (Array.isArray(r)) {
        this.row(true);
        for (const c of r) this.cell(pyStr(c));
      } else {
        this.row(false);
        this.cell(pyStr(r));
      }
    }
  }
}

/** What readDataRows found in a text that json.loads accepts (or GIVE_UP: parse it in full). */
export const GIVE_UP = 0;
/** An object whose (last) "data" is a list: its rows are in `out`. */
export const DATA_ROWS = 1;
/** An object without a "data" key. */
export const NO_DATA = 2;
/** An object whose (last) "data" is not a list. */
export const DATA_NOT_LIST = 3;

/** Reads a JSON object's "data" rows into `out` as Python's json.loads then str() would give them,
 *  where the rows are plain: strings (escapes decoded as Python does), numbers, and lists of those.
 *  Other keys' values are checked and skipped, a repeated "data" replaces the earlier one (the last
 *  wins, as in Python). Returns GIVE_UP on anything else (a row with literals, objects or deeper
 *  lists, nesting past 64 levels, and text json.loads rejects): the caller then parses it in full,
 *  which decides. */
export function readDataRows(text: string, out: Rows): number {
  out.clear();
  let found = NO_DATA;
  let i = skipWs(text, 0);
  if (text.charCodeAt(i) !== 0x7b) return GIVE_UP;
  i = skipWs(text, i + 1);
  if (text.charCodeAt(i) === 0x7d) return skipWs(text, i + 1) === text.length ? NO_DATA : GIVE_UP;
  for (;;) {
    if (text.charCodeAt(i) !== 0x22) return GIVE_UP;
    const isData = text.startsWith('data"', i + 1);
    const key = i + 1;
    i = isData ? i + 6 : skipString(text, key);
    if (i < 0) return GIVE_UP;
    // A key with an escape could still read "data": the full parser decodes it.
    if (!isData && sawEscape) return GIVE_UP;
    i = skipWs(text, i);
    if (text.charCodeAt(i) !== 0x3a) return GIVE_UP;
    i = skipWs(text, i + 1);
    if (isData && text.charCodeAt(i) === 0x5b) {
      out.clear();
      i = dataList(text, i, out);
      found = DATA_ROWS;
    } else {
      i = skipValue(text, i, 0);
      if (isData) { out.clear(); found = DATA_NOT_LIST; }
    }
    if (i < 0) return GIVE_UP;
    i = skipWs(text, i);
    const c = text.charCodeAt(i);
    if (c === 0x7d) break;
    if (c !== 0x2c) return GIVE_UP;
    i = skipWs(text, i + 1);
  }
  return skipWs(text, i + 1) === text.length ? found : GIVE_UP;
}

/** The list of rows at t[i] (on its "[") into `out`; returns the index after it, or -1. */
function dataList(text: string, i: number, out: Rows): number {
  i = skipWs(text, i + 1);
  if (text.charCodeAt(i) === 0x5d) return i + 1;
  for (;;) {
    if (text.charCodeAt(i) === 0x5b) { // a list row
      out.row(true);
      i = skipWs(text, i + 1);
      if (text.charCodeAt(i) === 0x5d) i++;
      else {
        for (;;) {
          i = scalar(text, i, out);
          if (i < 0) return -1;
          i = skipWs(text, i);
          const c = text.charCodeAt(i);
          if (c === 0x5d) { i++; break; }
          if (c !== 0x2c) return -1;
          i = skipWs(text, i + 1);
        }
      }
    } else {
      out.row(false);
      i = scalar(text, i, out);
      if (i < 0) return -1;
    }
    i = skipWs(text, i);
    const c = text.charCodeAt(i);
    if (c === 0x5d) return i + 1;
    if (c !== 0x2c) return -1;
    i = skipWs(text, i + 1);
  }
}

/** Past the JSON value at t[i] (whitespace skipped before it by the caller), checked as Python's
 *  json checks it; -1 where it rejects it or past 64 levels of nesting. */
function skipValue(t: string, i: number, depth: number): number {
  if (depth > 64) return -1;
  const c = t.charCodeAt(i);
  if (c === 0x22) return skipString(t, i + 1);
  if (c === 0x5b || c === 0x7b) {
    const close = c === 0x5b ? 0x5d : 0x7d;
    i = skipWs(t, i + 1);
    if (t.charCodeAt(i) === close) return i + 1;
    for (;;) {
      if (close === 0x7d) {
        if (t.charCodeAt(i) !== 0x22) return -1;
        i = skipString(t, i + 1);
        if (i < 0) return -1;
        i = skipWs(t, i);
        if (t.charCodeAt(i) !== 0x3a) return -1;
        i = skipWs(t, i + 1);
      }
      i = skipValue(t, i, depth + 1);
      if (i < 0) return -1;
      i = skipWs(t, i);
      const d = t.charCodeAt(i);
      if (d === close) return i + 1;
      if (d !== 0x2c) return -1;
      i = skipWs(t, i + 1);
    }
  }
  for (const lit of LITERALS) if (t.startsWith(lit, i)) return i + lit.length;
  return skipNumber(t, i);
}

/** The words json.loads reads besides numbers (NaN and the infinities too, as Python's does). */
const LITERALS = ["null", "true", "false", "NaN", "Infinity", "-Infinity"];

/** Whether the last string skipString went past had an escape. */
let sawEscape = false;

/** Past the string whose text starts at t[i] (after the quote), checked; -1 where Python rejects it. */
function skipString(t: string, i: number): number {
  sawEscape = false;
  for (; i < t.length; i++) {
    const d = t.charCodeAt(i);
    if (d === 0x22) return i + 1;
    if (d < 0x20) return -1;
    if (d !== 0x5c) continue;
    sawEscape = true;
    const e = t.charCodeAt(i + 1);
    if (e === 0x75) {
      for (let k = 2; k < 6; k++) if (hexValue(t.charCodeAt(i + k)) < 0) return -1;
      i += 5;
    } else if (ESCAPES.includes(String.fromCharCode(e))) i++;
    else return -1;
  }
  return -1;
}

/** JSON whitespace (Python's json skips exactly these four). */
function skipWs(t: string, i: number): number {
  for (;;) {
    const c = t.charCodeAt(i);
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) i++;
    else return i;
  }
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/** Past the number at t[i] by Python's grammar, -?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?, or -1. */
function skipNumber(t: string, i: number): number {
  if (t.charCodeAt(i) === 0x2d) i++;
  const first = t.charCodeAt(i);
  if (!isDigit(first)) return -1;
  i++;
  if (first !== 0x30) while (isDigit(t.charCodeAt(i))) i++;
  if (t.charCodeAt(i) === 0x2e && isDigit(t.charCodeAt(i + 1))) {
    i += 2;
    while (isDigit(t.charCodeAt(i))) i++;
  }
  const e = t.charCodeAt(i);
  if (e === 0x65 || e === 0x45) {
    let k = i + 1;
    const sign = t.charCodeAt(k);
    if (sign === 0x2b || sign === 0x2d) k++;
    if (isDigit(t.charCodeAt(k))) {
      i = k + 1;
      while (isDigit(t.charCodeAt(i))) i++;
    }
  }
  return i;
}

/** A string with escapes from t[start] (after its opening quote), decoded as Python's json does
 *  (ensure_ascii output escapes every non-ASCII character: common in these answers); returns the
 *  index after its closing quote, or -1 where Python rejects it. */
function escapedString(t: string, start: number, out: Rows): number {
  let s = "";
  let from = start;
  for (let j = start; j < t.length;) {
    const d = t.charCodeAt(j);
    if (d === 0x22) { out.cell(s + t.slice(from, j)); return j + 1; }
    if (d < 0x20) return -1;
    if (d !== 0x5c) { j++; continue; }
    s += t.slice(from, j);
    const e = t.charCodeAt(j + 1);
    if (e === 0x75) {
      let code = 0;
      for (let k = 2; k < 6; k++) {
        const h = hexValue(t.charCodeAt(j + k));
        if (h < 0) return -1;
        code = code * 16 + h;
      }
      s += String.fromCharCode(code);
      j += 6;
    } else {
      const simple = ESCAPES.indexOf(String.fromCharCode(e));
      if (simple < 0 || Number.isNaN(e)) return -1;
      s += DECODED[simple];
      j += 2;
    }
    from = j;
  }
  return -1;
}

/** JSON's one-character escapes and what they stand for. */
const ESCAPES = '"\\/bfnrt';
const DECODED = ['"', "\\", "/", "\b", "\f", "\n", "\r", "\t"];

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  return -1;
}

/** A plain string or a number at t[i] as one cell of the current row (str() of it); returns the
 *  index after it, or -1 for anything else. */
function scalar(t: string, i: number, out: Rows): number {
  const c = t.charCodeAt(i);
  if (c === 0x22) {
    const start = i + 1;
    for (let j = start; j < t.length; j++) {
      const d = t.charCodeAt(j);
      if (d === 0x22) { out.cell(t.slice(start, j)); return j + 1; }
      if (d === 0x5c) return escapedString(t, start, out);
      if (d < 0x20) return -1;
    }
    return -1;
  }
  // Python's number grammar (skipNumber); an int when it has neither a fraction nor an exponent.
  const start = i;
  i = skipNumber(t, i);
  if (i < 0) return -1;
  let isInt = true;
  for (let k = start; k < i; k++) { const d = t.charCodeAt(k); if (d === 0x2e || d === 0x65 || d === 0x45) { isInt = false; break; } }
  const lit = t.slice(start, i);
  // JSON ints have no leading zeros, so the literal is str() of it, except "-0".
  out.cell(isInt ? (lit === "-0" ? "0" : lit) : pyFloatRepr(Number(lit)));
  return i;
}
