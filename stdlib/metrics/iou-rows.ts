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

/** Reads `{"data": [...]}` into `out` as Python's json.loads then str() would give its rows, where
 *  the text has the usual shape: one key "data", its value a list of strings, numbers and lists of
 *  strings and numbers, the strings free of escapes and control characters, JSON whitespace
 *  anywhere. Returns false on anything else (other keys, a repeated key, escapes, literals, deeper
 *  nesting, invalid JSON): the caller then parses the text in full, which decides. */
export function readDataRows(text: string, out: Rows): boolean {
  out.clear();
  const n = text.length;
  let i = skipWs(text, 0);
  if (text.charCodeAt(i) !== 0x7b) return false;
  i = skipWs(text, i + 1);
  // the one key: "data"
  if (!text.startsWith('"data"', i)) return false;
  i = skipWs(text, i + 6);
  if (text.charCodeAt(i) !== 0x3a) return false;
  i = skipWs(text, i + 1);
  if (text.charCodeAt(i) !== 0x5b) return false;
  i = skipWs(text, i + 1);
  if (text.charCodeAt(i) === 0x5d) i++;
  else {
    for (;;) {
      if (text.charCodeAt(i) === 0x5b) { // a list row
        out.row(true);
        i = skipWs(text, i + 1);
        if (text.charCodeAt(i) === 0x5d) i++;
        else {
          for (;;) {
            i = scalar(text, i, out);
            if (i < 0) return false;
            i = skipWs(text, i);
            const c = text.charCodeAt(i);
            if (c === 0x5d) { i++; break; }
            if (c !== 0x2c) return false;
            i = skipWs(text, i + 1);
          }
        }
      } else {
        out.row(false);
        i = scalar(text, i, out);
        if (i < 0) return false;
      }
      i = skipWs(text, i);
      const c = text.charCodeAt(i);
      if (c === 0x5d) { i++; break; }
      if (c !== 0x2c) return false;
      i = skipWs(text, i + 1);
    }
  }
  i = skipWs(text, i);
  if (text.charCodeAt(i) !== 0x7d) return false;
  return skipWs(text, i + 1) === n;
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
  // Python's number grammar: -?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?; an int when it has neither part.
  const start = i;
  if (c === 0x2d) i++;
  const first = t.charCodeAt(i);
  if (!isDigit(first)) return -1;
  i++;
  if (first !== 0x30) while (isDigit(t.charCodeAt(i))) i++;
  let isInt = true;
  if (t.charCodeAt(i) === 0x2e && isDigit(t.charCodeAt(i + 1))) {
    isInt = false;
    i += 2;
    while (isDigit(t.charCodeAt(i))) i++;
  }
  const e = t.charCodeAt(i);
  if (e === 0x65 || e === 0x45) {
    let k = i + 1;
    const sign = t.charCodeAt(k);
    if (sign === 0x2b || sign === 0x2d) k++;
    if (isDigit(t.charCodeAt(k))) {
      isInt = false;
      i = k + 1;
      while (isDigit(t.charCodeAt(i))) i++;
    }
  }
  const lit = t.slice(start, i);
  // JSON ints have no leading zeros, so the literal is str() of it, except "-0".
  out.cell(isInt ? (lit === "-0" ? "0" : lit) : pyFloatRepr(Number(lit)));
  return i;
}
