// stdlib/extract/line-refs.ts — normalised answer lines and answers as ranges of one reused code-unit
// buffer (no string per line), with their hashes, and a by-value hash table over them.
import { Buffer } from "node:buffer";
import { areaStart } from "./answer-area.js";
import { isCaselessWide, isPySpaceCode, normalizeSlice } from "./python-text.js";

/** Whether a Uint16Array reads "utf16le" bytes as the code units (every common platform). */
const LITTLE_ENDIAN = new Uint16Array(new Uint8Array([1, 0]).buffer)[0] === 1;

/** Strings at least this long are copied into the buffer by Buffer#write, shorter ones by a loop. */
const NATIVE_COPY = 48;

/** Items (normalised lines or answers): item i is the code units `units[start[i], end[i])`, equal to
 *  the reference's `" ".join(x.lower().split())` of its text. The text is copied into `units`; an
 *  item that is already normal but for ASCII capitals (single inner spaces, ASCII or caseless wide
 *  characters, see isCaselessWide) is normalised there in place, any other by normalizeSlice, its
 *  result appended. `hash` is FNV-1a over the item's units. Everything is reused: the contents are
 *  valid until the next fill of the same object. */
export class LineRefs {
  count = 0;
  start = new Int32Array(64);
  end = new Int32Array(64);
  hash = new Int32Array(64);
  units = new Uint16Array(1024);
  private bytes = Buffer.from(this.units.buffer);
  /** Units in use. */
  private used = 0;

  clear(): void {
    this.count = 0;
    this.used = 0;
  }

  private push(start: number, end: number, hash: number): void {
    const n = this.count;
    if (n === this.start.length) {
      for (const key of ["start", "end", "hash"] as const) {
        const next = new Int32Array(n * 2);
        next.set(this[key]);
        this[key] = next;
      }
    }
    this.start[n] = start;
    this.end[n] = end;
    this.hash[n] = hash;
    this.count = n + 1;
  }

  /** Room for `n` more units. */
  private reserve(n: number): void {
    if (this.used + n <= this.units.length) return;
    const next = new Uint16Array(Math.max(this.units.length * 2, this.used + n + 1024));
    next.set(this.units.subarray(0, this.used));
    this.units = next;
    this.bytes = Buffer.from(next.buffer);
  }

  /** Appends s[a, b) to the units; returns where it starts. */
  private copy(s: string, a: number, b: number): number {
    const at = this.used;
    this.reserve(b - a);
    if (b - a >= NATIVE_COPY && LITTLE_ENDIAN) {
      this.bytes.write(a === 0 && b === s.length ? s : s.slice(a, b), at * 2, (b - a) * 2, "utf16le");
    } else {
      const u = this.units;
      for (let i = a, j = at; i < b; i++, j++) u[j] = s.charCodeAt(i);
    }
    this.used = at + b - a;
    return at;
  }

  /** Appends one item per "\n"-separated line of s[a, b). */
  addLines(s: string, a: number, b: number): void {
    const base = this.copy(s, a, b);
    this.scanLines(base, base + b - a, s, a - base);
  }

  /** Normalises in place and records the lines of units[from, to). units[i] is s[i + delta] (the
   *  general path re-reads the original). Per line: `gap` counts the whitespace units since the last
   *  content unit (LEAD before the first), `odd` says one of them was not " ". */
  private scanLines(from: number, to: number, s: string, delta: number): void {
    let u = this.units; // reloaded after slowLine, which may move the units
    let first = from;
    let h = FNV_OFFSET;
    let gap = LEAD;
    let odd = false;
    for (let i = from; ; i++) {
      const c = i < to ? u[i] : 0x0a;
      if (c > 0x20 && c < 0x7f) { // printable ASCII, the usual case
        if (gap !== 0) {
          if (gap >= LEAD) first = i;
          else if (gap > 1 || odd) { i = this.slowLine(first, to, s, delta); u = this.units; first = i + 1; h = FNV_OFFSET; gap = LEAD; odd = false; if (i >= to) return; continue; }
          else h = Math.imul(h ^ 0x20, FNV_PRIME);
          gap = 0;
          odd = false;
        }
        if (c >= 0x41 && c <= 0x5a) {
          u[i] = c | 0x20;
          h = Math.imul(h ^ (c | 0x20), FNV_PRIME);
        } else h = Math.imul(h ^ c, FNV_PRIME);
        continue;
      }
      if (c === 0x20) { gap++; continue; }
      if (c === 0x0a) {
        if (gap >= LEAD) this.push(first, first, FNV_OFFSET); // blank line
        else this.push(first, i - gap, h); // every Python space is one UTF-16 unit
        if (i >= to) return;
        first = i + 1;
        h = FNV_OFFSET;
        gap = LEAD;
        odd = false;
        continue;
      }
      if (isPySpaceCode(c)) { gap++; odd = true; continue; }
      if (c >= 0x80 && !isCaselessWide(c)) {
        i = this.slowLine(first, to, s, delta); u = this.units; first = i + 1; h = FNV_OFFSET; gap = LEAD; odd = false;
        if (i >= to) return;
        continue;
      }
      if (gap !== 0) {
        if (gap >= LEAD) first = i;
        else if (gap > 1 || odd) { i = this.slowLine(first, to, s, delta); u = this.units; first = i + 1; h = FNV_OFFSET; gap = LEAD; odd = false; if (i >= to) return; continue; }
        else h = Math.imul(h ^ 0x20, FNV_PRIME);
        gap = 0;
        odd = false;
      }
      h = Math.imul(h ^ c, FNV_PRIME);
    }
  }

  /** The general path for the line starting at or before units[from]: normalizeSlice of its
   *  original text, appended. Returns the index of the "\n" that ends it (or `to`). */
  private slowLine(from: number, to: number, s: string, delta: number): number {
    const u = this.units;
    let stop = from;
    while (stop < to && u[stop] !== 0x0a) stop++;
    this.pushString(normalizeSlice(s, from + delta, stop + delta));
    return stop;
  }

  /** Appends an already normal item. */
  private pushString(item: string): void {
    const at = this.copy(item, 0, item.length);
    this.push(at, at + item.length, hashOf(this.units, at, at + item.length));
  }

  /** Appends the normalised item of the string s (a "\n" in it is whitespace). The same state
   *  machine as scanLines, reading s and writing the units. */
  addItem(s: string): void {
    const n = s.length;
    this.reserve(n);
    const u = this.units;
    const base = this.used;
    let j = base;
    let h = FNV_OFFSET;
    let gap = LEAD;
    let odd = false;
    for (let i = 0; i < n; i++) {
      let c = s.charCodeAt(i);
      if (c > 0x20 && c < 0x7f) {
        if (c >= 0x41 && c <= 0x5a) c |= 0x20;
      } else if (c === 0x20 || isPySpaceCode(c)) {
        gap++;
        if (c !== 0x20) odd = true;
        continue;
      } else if (c >= 0x80 && !isCaselessWide(c)) {
        this.pushString(normalizeSlice(s, 0, n));
        return;
      }
      if (gap !== 0) {
        if (gap < LEAD) {
          if (gap > 1 || odd) { this.pushString(normalizeSlice(s, 0, n)); return; }
          h = Math.imul(h ^ 0x20, FNV_PRIME);
          u[j++] = 0x20;
        }
        gap = 0;
        odd = false;
      }
      h = Math.imul(h ^ c, FNV_PRIME);
      u[j++] = c;
    }
    this.used = j;
    this.push(base, j, h);
  }
}

/** `gap` before a line's first content unit (more than any line is long). */
const LEAD = 0x40000000;

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** FNV-1a of units[a, b) (what LineRefs stores). */
function hashOf(units: Uint16Array, a: number, b: number): number {
  let h = FNV_OFFSET;
  for (let i = a; i < b; i++) h = Math.imul(h ^ units[i], FNV_PRIME);
  return h;
}

/** Fills `out` with the reference's `normalize_prediction(text)` (see answerLines): the answer area,
 *  stripped, cut at each "\n", each line normalised. */
export function fillAnswerLines(text: string, out: LineRefs): void {
  let a = areaStart(text);
  let b = text.length;
  while (a < b && isPySpaceCode(text.charCodeAt(a))) a++;
  while (b > a && isPySpaceCode(text.charCodeAt(b - 1))) b--;
  out.clear();
  out.addLines(text, a, b);
}

/** Fills `out` with the reference's `normalize_answers(answers)`. */
export function fillAnswers(answers: readonly string[], out: LineRefs): void {
  out.clear();
  for (let i = 0; i < answers.length; i++) out.addItem(answers[i]);
}

/** Whether item i of `x` equals item j of `y`. */
export function sameItem(x: LineRefs, i: number, y: LineRefs, j: number): boolean {
  if (x.hash[i] !== y.hash[j]) return false;
  let p = x.start[i];
  let q = y.start[j];
  const n = x.end[i] - p;
  if (n !== y.end[j] - q) return false;
  const u = x.units;
  const v = y.units;
  for (const stop = p + n; p < stop; p++, q++) if (u[p] !== v[q]) return false;
  return true;
}

/** The item as a string (tests, debugging). */
export function itemText(x: LineRefs, i: number): string {
  let out = "";
  for (let p = x.start[i]; p < x.end[i]; p++) out += String.fromCharCode(x.units[p]);
  return out;
}

/** A hash table of item values across two LineRefs (the prediction's lines and the answers): each
 *  distinct value has one slot, with two integer fields `a` and `b` for the caller (-1 when the slot
 *  is created). Open addressing, linear probing; reused between calls like LineRefs. */
export class ValueTable {
  /** 0: empty; i + 1: item i of `pred`; -(j + 1): item j of `gold` (the item that created the slot). */
  private key = new Int32Array(64);
  private hash = new Int32Array(64);
  a = new Int32Array(64);
  b = new Int32Array(64);
  private mask = 63;
  private pred: LineRefs | undefined;
  private gold: LineRefs | undefined;

  /** Empties the table, sized for up to `n` values of items of `pred` and `gold`. */
  reset(pred: LineRefs, gold: LineRefs, n: number): void {
    let size = 16;
    while (size < n * 2) size *= 2;
    if (this.key.length < size) {
      this.key = new Int32Array(size);
      this.hash = new Int32Array(size);
      this.a = new Int32Array(size);
      this.b = new Int32Array(size);
    } else this.key.fill(0, 0, size);
    this.mask = size - 1;
    this.pred = pred;
    this.gold = gold;
  }

  /** The slot of the value of item i of `refs` (which is `pred` or `gold`, as `isGold` says),
   *  created if absent. */
  slotOf(refs: LineRefs, i: number, isGold: boolean): number {
    const h = refs.hash[i];
    const key = this.key;
    const mask = this.mask;
    for (let p = (h ^ (h >>> 15)) & mask; ; p = (p + 1) & mask) {
      const k = key[p];
      if (k === 0) {
        key[p] = isGold ? -(i + 1) : i + 1;
        this.hash[p] = h;
        this.a[p] = -1;
        this.b[p] = -1;
        return p;
      }
      if (this.hash[p] === h && (k > 0 ? sameItem(this.pred!, k - 1, refs, i) : sameItem(this.gold!, -k - 1, refs, i))) return p;
    }
  }
}
