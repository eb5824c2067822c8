// stdlib/extract/line-refs.ts — normalised answer lines and answers as ranges of one reused code-unit
// buffer (no string per line), with their hashes, and a by-value hash table over them.
import { Buffer } from "node:buffer";
import { areaStart } from "./answer-area.js";
import { isCaselessWide, isPySpaceCode, normalizeSlice } from "./python-text.js";

/** Whether a Uint16Array reads "utf16le" bytes as the code units (every common platform). */
const LITTLE_ENDIAN = new Uint16Array(new Uint8Array([1, 0]).buffer)[0] === 1;

/** Strings at least this long are copied into the buffer by Buffer#write, shorter ones by a loop. */
const NATIVE_COPY = 128;

/** Items (normalised lines or answers): item i is the code units `units[start[i], end[i])`, equal to
 *  the reference's `" ".join(x.lower().split())` of its text. The text is normalised unit by unit
 *  into `units` (a long text copied in first and normalised in place, see scan; a short one read
 *  from the string, see scanString); the rare item that cannot be (final sigma, surrogates, 'İ') goes
 *  through normalizeSlice, its result appended. `hash` is FNV-1a over the item's units. Everything is
 *  reused: the contents are valid until the next fill of the same object. */
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
    if (n === this.start.length) this.growItems();
    this.start[n] = start;
    this.end[n] = end;
    this.hash[n] = hash;
    this.count = n + 1;
  }

  private growItems(): void {
    const n = this.start.length * 2;
    const start = new Int32Array(n);
    const end = new Int32Array(n);
    const hash = new Int32Array(n);
    start.set(this.start);
    end.set(this.end);
    hash.set(this.hash);
    this.start = start;
    this.end = end;
    this.hash = hash;
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
    if (b - a < NATIVE_COPY) {
      this.scanString(s, a, b, true);
      return;
    }
    this.reserve(b - a + 1);
    const base = this.copy(s, a, b);
    this.units[this.used++] = 0x0a; // a "\n" after the text ends the last line
    this.scan(base, base + b - a, s, a - base);
  }

  /** Appends one item per string of list[from, to) (a "\n" in one is whitespace). */
  addItems(list: readonly string[], from: number, to: number): void {
    for (let k = from; k < to; k++) this.scanString(list[k], 0, list[k].length, false);
  }

  /** The state machine of scan reading s[a, b) directly and writing the normalised units (for short
   *  texts a copy first costs more than it saves): one item per line with `lineEnds`, else one item
   *  (a "\n" is then whitespace). */
  private scanString(s: string, a: number, b: number, lineEnds: boolean): void {
    if (this.used + (b - a) > this.units.length) this.reserve(b - a);
    let u = this.units;
    let w = this.used;
    let line = a;
    let first = w;
    let h = FNV_OFFSET;
    let gap = LEAD;
    for (let i = a; i < b;) {
      let c = s.charCodeAt(i);
      if (c > 0x20 && c < 0x7f) { // a run of printable ASCII
        if (gap !== 0) {
          if (gap < LEAD) {
            u[w++] = 0x20;
            h = Math.imul(h ^ 0x20, FNV_PRIME);
          }
          gap = 0;
        }
        for (;;) {
          if (c <= 0x5a && c >= 0x41) c |= 0x20;
          u[w++] = c;
          h = Math.imul(h ^ c, FNV_PRIME);
          if (++i >= b) break;
          c = s.charCodeAt(i);
          if (c <= 0x20 || c >= 0x7f) break;
        }
        if (i >= b) break;
      }
      i++; // c = s[i - 1] is not printable ASCII
      if (c === 0x20) {
        gap++;
        continue;
      }
      if (c < 0x80) {
        if (c === 0x0a && lineEnds) {
          this.push(first, w, h);
          line = i;
          first = w;
          h = FNV_OFFSET;
          gap = LEAD;
          continue;
        }
        if (isPySpaceCode(c)) {
          gap++;
          continue;
        }
      } else {
        const l = lowerOf(c);
        if (l === SPACE) {
          gap++;
          continue;
        }
        if (l === GENERAL) { // this item through normalizeSlice, written over what it had written
          const nl = lineEnds ? s.indexOf("\n", i) : -1;
          const stop = nl >= 0 && nl < b ? nl : b;
          this.used = first;
          const item = normalizeSlice(s, line, stop);
          const at = this.copy(item, 0, item.length);
          this.push(at, at + item.length, hashOf(this.units, at, at + item.length));
          if (stop >= b) return;
          this.reserve(b - stop);
          u = this.units;
          w = this.used;
          i = line = stop + 1;
          first = w;
          h = FNV_OFFSET;
          gap = LEAD;
          continue;
        }
        c = l;
      }
      if (gap !== 0) {
        if (gap < LEAD) {
          u[w++] = 0x20;
          h = Math.imul(h ^ 0x20, FNV_PRIME);
        }
        gap = 0;
      }
      u[w++] = c;
      h = Math.imul(h ^ c, FNV_PRIME);
    }
    this.push(first, w, h);
    this.used = w;
  }

  /** Normalises the units[from, to) just copied, in place, into items, one per line. Each unit is
   *  lower-cased (ASCII inline, lowerOf above) and written back at `w` ≤ the read index, a
   *  whitespace run between content becomes one " " and the runs at either end are dropped. A line
   *  lowerOf cannot lower-case unit by unit takes the general path. units[i] is s[i + delta]. */
  private scan(from: number, to: number, s: string, delta: number): void {
    let u = this.units; // reloaded after the general path, which may move the units
    let w = from; // where the next unit is written
    let line = from; // where the current line starts (read index)
    let first = w;
    let h = FNV_OFFSET;
    let gap = LEAD; // whitespace units since the last content unit (LEAD + k before the first)
    for (let i = from; ; i++) {
      let c = u[i];
      if (c > 0x20 && c < 0x7f) { // a run of printable ASCII, the usual case
        if (gap !== 0) {
          if (gap < LEAD) {
            u[w++] = 0x20;
            h = Math.imul(h ^ 0x20, FNV_PRIME);
          }
          gap = 0;
        }
        do {
          if (c <= 0x5a && c >= 0x41) c |= 0x20;
          u[w++] = c;
          h = Math.imul(h ^ c, FNV_PRIME);
          c = u[++i];
        } while (c > 0x20 && c < 0x7f);
      }
      // u[i] is not printable ASCII
      if (c === 0x20) {
        gap++;
        continue;
      }
      if (c < 0x80) {
        if (c === 0x0a) { // the end of the line (units[to] is a "\n")
          this.push(first, w, h);
          if (i >= to) return;
          line = i + 1;
          first = w;
          h = FNV_OFFSET;
          gap = LEAD;
          continue;
        }
        if (isPySpaceCode(c)) {
          gap++;
          continue;
        }
      } else {
        const l = lowerOf(c);
        if (l === SPACE) {
          gap++;
          continue;
        }
        if (l === GENERAL) {
          i = this.general(line, to, s, delta);
          u = this.units;
          if (i >= to) return;
          line = i + 1;
          w = first; // what this line had written is dropped
          h = FNV_OFFSET;
          gap = LEAD;
          continue;
        }
        c = l;
      }
      if (gap !== 0) {
        if (gap < LEAD) {
          u[w++] = 0x20;
          h = Math.imul(h ^ 0x20, FNV_PRIME);
        }
        gap = 0;
      }
      u[w++] = c;
      h = Math.imul(h ^ c, FNV_PRIME);
    }
  }

  /** The general path for the line whose text starts at units[line]: normalizeSlice of the original
   *  text, appended after everything. Returns the index of the "\n" that ends it (or `to`). */
  private general(line: number, to: number, s: string, delta: number): number {
    const u = this.units;
    let stop = line;
    while (stop < to && u[stop] !== 0x0a) stop++;
    const item = normalizeSlice(s, line + delta, stop + delta);
    const at = this.copy(item, 0, item.length);
    this.push(at, at + item.length, hashOf(this.units, at, at + item.length));
    return stop;
  }
}

/** `gap` before an item's first content unit (more than any text is long). */
const LEAD = 0x40000000;

/** lowerOf() results besides a lower-case unit: a Python whitespace unit, and one it cannot
 *  lower-case alone. No unit lower-cases to 0 or 1, so the two markers are free. */
const SPACE = 1;
const GENERAL = 0;

/** Per unit from 0x80, filled a 256-unit page at a time on first use (toLowerCase costs about half
 *  a microsecond a call outside ASCII: the whole table would take ~10 ms). */
const LOWER = new Uint16Array(0x10000);
const PAGE_READY = new Uint8Array(0x100);

/** Unit c (≥ 0x80): its lower case when that is one unit and does not depend on the context, SPACE
 *  for Python whitespace, else GENERAL: surrogates (a pair can lower-case as one astral character),
 *  'Σ' (final sigma), 'İ' (two units). */
function lowerOf(c: number): number {
  if (PAGE_READY[c >> 8] === 0) fillPage(c >> 8);
  return LOWER[c];
}

function fillPage(page: number): void {
  for (let c = Math.max(page << 8, 0x80); c < (page + 1) << 8; c++) {
    if (isPySpaceCode(c)) LOWER[c] = SPACE;
    else if (isCaselessWide(c)) LOWER[c] = c;
    else if ((c >= 0xd800 && c < 0xe000) || c === 0x3a3) LOWER[c] = GENERAL;
    else {
      const l = String.fromCharCode(c).toLowerCase();
      LOWER[c] = l.length === 1 ? l.charCodeAt(0) : GENERAL;
    }
  }
  PAGE_READY[page] = 1;
}

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
  out.addItems(answers, 0, answers.length);
}

/** The normalised unit of code unit c outside whitespace: its lower case, or GENERAL. */
function lowerUnit(c: number): number {
  if (c < 0x80) return c <= 0x5a && c >= 0x41 ? c | 0x20 : c;
  return lowerOf(c);
}

function isSpaceUnit(c: number): boolean {
  return c < 0x80 ? c === 0x20 || (c <= 0x1f && isPySpaceCode(c)) : lowerOf(c) === SPACE;
}

/** Whether s[a, b) and t[c, d) normalise (`" ".join(x.lower().split())`) to the same text, compared
 *  unit by unit as both are normalised, up to the first difference: no copies. Each side's units are
 *  exact up to its first GENERAL unit (lower-casing is context-free before it), where both sides take
 *  normalizeSlice instead. */
export function sameNormalized(s: string, a: number, b: number, t: string, c: number, d: number): boolean {
  while (a < b && isSpaceUnit(s.charCodeAt(a))) a++;
  while (b > a && isSpaceUnit(s.charCodeAt(b - 1))) b--;
  while (c < d && isSpaceUnit(t.charCodeAt(c))) c++;
  while (d > c && isSpaceUnit(t.charCodeAt(d - 1))) d--;
  let i = a;
  let j = c;
  for (;;) {
    if (i >= b || j >= d) return i >= b && j >= d;
    let x = s.charCodeAt(i++);
    let y = t.charCodeAt(j++);
    if (x === y && x > 0x20 && x < 0x7f) continue; // the usual case; equal units lower-case alike
    if (isSpaceUnit(x)) {
      while (isSpaceUnit(s.charCodeAt(i))) i++; // stops before b: the text is stripped
      x = 0x20;
    } else x = lowerUnit(x);
    if (isSpaceUnit(y)) {
      while (isSpaceUnit(t.charCodeAt(j))) j++;
      y = 0x20;
    } else y = lowerUnit(y);
    if (x === GENERAL || y === GENERAL) return normalizeSlice(s, a, b) === normalizeSlice(t, c, d);
    if (x !== y) return false;
  }
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

/** Probes one lookup may take before the table gives up (a load factor of at most 1/2 makes a run
 *  this long all but impossible, short of values chosen to collide): callers catch DEGENERATE and
 *  score with the string kernels, whose Maps hash with V8's per-process seed. */
const MAX_PROBES = 64;

/** What slotOf throws past MAX_PROBES. */
export const DEGENERATE = new Error("value table degenerate: too many values share a probe run");

/** Where a value with hash h starts probing (before masking). */
export function slotHint(h: number): number {
  return h ^ (h >>> 15);
}

/** FNV-1a of a string's code units: the hash LineRefs stores for an item whose text it is. */
export function textHash(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h;
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
    for (let p = slotHint(h) & mask, probes = 0; ; p = (p + 1) & mask) {
      if (++probes > MAX_PROBES) throw DEGENERATE;
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
