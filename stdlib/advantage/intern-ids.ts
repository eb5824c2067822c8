// stdlib/advantage/intern-ids.ts — turns group or task ids (strings, or arbitrary integers) into
// dense integers 0..count-1 in order of first appearance, once per batch, so every statistic after
// that is a typed-array index instead of a Map lookup.

export interface Interned {
  /** ids[i] is the dense id of element i (0-based, in order of first appearance); may be the
   *  caller's own array when it was already dense, so treat it as read-only. */
  readonly ids: Int32Array;
  /** Number of distinct ids. */
  readonly count: number;
  /** names[k] is the original id of dense id k (strings stay strings, integers stay numbers). */
  readonly names: readonly (string | number)[];
}

export type IdList = readonly string[] | Int32Array;

/** Up to this many distinct ids, an id is found by comparing with each one seen so far. */
const FEW = 8;

export function internIds(list: IdList): Interned {
  return list instanceof Int32Array ? internIntegers(list) : internStrings(list);
}

function internIntegers(list: Int32Array): Interned {
  const n = list.length;
  // Already dense in order of first appearance (ids the caller numbered itself): used as is.
  let next = 0;
  let i = 0;
  for (; i < n; i++) {
    const v = list[i];
    if (v === next) next++;
    else if (v < 0 || v > next) break;
  }
  if (i === n) {
    const names = new Array<number>(next);
    for (let k = 0; k < next; k++) names[k] = k;
    return { ids: list, count: next, names };
  }
  const ids = new Int32Array(n);
  const names: number[] = [];
  let min = 0;
  let max = -1;
  for (let j = 0; j < n; j++) {
    const v = list[j];
    if (v < min) min = v;
    if (v > max) max = v;
  }
  // Small non-negative ranges use a lookup table, not a Map.
  if (min >= 0 && max < 4 * n + 1024) {
    const table = new Int32Array(max + 1).fill(-1);
    for (let j = 0; j < n; j++) {
      const v = list[j];
      let k = table[v];
      if (k < 0) { k = table[v] = names.length; names.push(v); }
      ids[j] = k;
    }
    return { ids, count: names.length, names };
  }
  const seen = new Map<number, number>();
  for (let j = 0; j < n; j++) {
    const v = list[j];
    let k = seen.get(v);
    if (k === undefined) { k = names.length; seen.set(v, k); names.push(v); }
    ids[j] = k;
  }
  return { ids, count: names.length, names };
}

// Training batches repeat each prompt n times in a row (verl's repeat(interleave=True), golong's
// own flattening), so an id usually equals the previous row's: that comparison (a pointer check
// when the caller reuses the string, a short compare otherwise) comes before any hashing. The other
// ids go through an open-addressing table on a hash of a few sampled units (sampledHash), each hit
// checked by comparing the strings: a Map would hash every unit of each new string object (V8
// caches a string's hash in the string, but a batch read from JSON has one fresh object per row).
// A batch that repeats all its prompts as whole blocks instead (verl's repeat(interleave=False)) has
// each id equal to the row's one period back: once an id is met again away from the previous row,
// the distance to its first row is taken as the period, and that row is compared before hashing
// (one string comparison instead of a hash, a probe and a comparison: internIds 264 → 108 µs on 512 × 16
// such rows). A prediction scores +1 a hit (at most 64) and −1 a miss, and is dropped below −64, so a
// batch without a period pays a failed comparison on about 66 rows (more if chance hits come between).
function internStrings(list: readonly string[]): Interned {
  const n = list.length;
  const ids = new Int32Array(n);
  const names: string[] = [];
  if (n === 0) return { ids, count: 0, names };
  let size = 256;
  let slots = new Int32Array(size); // 0: empty; else dense id + 1
  let hashes = new Int32Array(size);
  let mask = size - 1;
  let collisions = 0; // equal sampled hashes of different strings
  const collisionBudget = MAX_COLLISIONS + (n >> 3);
  let last = list[0];
  let lastId = -1;
  // The period (0: none): the rows between an id's first row and the first time an id is met again
  // other than on the next row.
  let period = 0;
  let periodScore = 0;
  let firstRow = new Int32Array(64);
  for (let i = 0; i < n; i++) {
    const v = list[i];
    if (v === last && lastId >= 0) { ids[i] = lastId; continue; }
    if (period > 0) {
      if (v === list[i - period]) {
        ids[i] = lastId = ids[i - period];
        last = v;
        if (periodScore < 64) periodScore++;
        continue;
      }
      if (--periodScore < -64) period = 0;
    }
    if (typeof v !== "string") return internStringsMap(list); // a caller past the types: Map semantics
    const h = sampledHash(v);
    let p = h & mask;
    let k = -1;
    for (let probes = 0; ; probes++) {
      const s = slots[p];
      if (s === 0) break;
      if (hashes[p] === h) {
        if (names[s - 1] === v) { k = s - 1; break; }
        if (++collisions > collisionBudget) return internStringsMap(list);
      }
      if (probes === MAX_PROBES) return internStringsMap(list);
      p = (p + 1) & mask;
    }
    if (k >= 0) {
      if (period === 0 && periodScore === 0) { period = i - firstRow[k]; periodScore = 1; }
    } else {
      k = names.length;
      names.push(v);
      if (k === firstRow.length) { const grown = new Int32Array(2 * k); grown.set(firstRow); firstRow = grown; }
      firstRow[k] = i;
      slots[p] = k + 1;
      hashes[p] = h;
      if (2 * names.length > size) { // keep the load at most 1/2: rehash into twice the slots
        const oldSlots = slots;
        const oldHashes = hashes;
        size *= 2;
        mask = size - 1;
        slots = new Int32Array(size);
        hashes = new Int32Array(size);
        for (let q = 0; q < oldSlots.length; q++) {
          if (oldSlots[q] === 0) continue;
          let r = oldHashes[q] & mask;
          while (slots[r] !== 0) r = (r + 1) & mask;
          slots[r] = oldSlots[q];
          hashes[r] = oldHashes[q];
        }
      }
    }
    ids[i] = lastId = k;
    last = v;
  }
  return { ids, count: names.length, names };
}

/** Probes one lookup may take, and sampled-hash collisions (a failed string comparison each) one
 *  call may meet beyond one per 8 rows, before internStrings hands the list to internStringsMap:
 *  ids that differ only in units the hash does not sample pile up. */
const MAX_PROBES = 32;
const MAX_COLLISIONS = 64;

/** A hash of the length and, past 8 units, of 4 units spread over the string and its last 8 units
 *  (random hex anywhere; counters, row numbers at the end), mixed in parallel rather than in a chain
 *  of multiplications: a hit costs a string comparison anyway, and reading every unit (~1.6 ns
 *  each) would cost about what V8 spends hashing a fresh 36-unit id (~50 ns). */
function sampledHash(v: string): number {
  const n = v.length;
  let h: number;
  if (n <= 8) {
    h = Math.imul(0x811c9dc5 ^ n, 0x01000193);
    for (let i = 0; i < n; i++) h = Math.imul(h ^ v.charCodeAt(i), 0x01000193);
  } else {
    const s = n >> 2;
    const a = v.charCodeAt(0) | (v.charCodeAt(s) << 16);
    const b = v.charCodeAt(2 * s) | (v.charCodeAt(3 * s) << 16);
    const c = v.charCodeAt(n - 8) | (v.charCodeAt(n - 7) << 16);
    const d = v.charCodeAt(n - 6) | (v.charCodeAt(n - 5) << 16);
    const e = v.charCodeAt(n - 4) | (v.charCodeAt(n - 3) << 16);
    const f = v.charCodeAt(n - 2) | (v.charCodeAt(n - 1) << 16);
    h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b) ^ Math.imul(c, 0xc2b2ae35) ^
      Math.imul(d, 0x27d4eb2f) ^ Math.imul(e, 0x165667b1) ^ Math.imul(f ^ n, 0x2c1b3c6d);
    h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
  }
  return h ^ (h >>> 15);
}

/** internStrings with a Map (V8's full-string hash, seeded per process): for ids the sampled hash
 *  cannot tell apart. */
function internStringsMap(list: readonly string[]): Interned {
  const n = list.length;
  const ids = new Int32Array(n);
  const names: string[] = [];
  if (n === 0) return { ids, count: 0, names };
  // Row 0 is id 0; `last` starts as a string so the comparison below only ever sees strings.
  let last = list[0];
  let lastId = 0;
  names.push(last);
  const seen = new Map<string, number>([[last, 0]]);
  for (let i = 1; i < n; i++) {
    const v = list[i];
    if (v === last) { ids[i] = lastId; continue; }
    let k = seen.get(v);
    if (k === undefined) { k = names.length; seen.set(v, k); names.push(v); }
    ids[i] = lastId = k;
    last = v;
  }
  return { ids, count: names.length, names };
}

/** internIds for a list of few distinct strings (task labels): the same result, found by
 *  comparing with the previous row's label, then with each label seen, instead of hashing. A
 *  separate function from internIds so that V8 keeps its comparisons with labels (usually the
 *  same few interned strings) as pointer checks, whatever strings the uids are. */
export function internLabels(list: IdList): Interned {
  if (list instanceof Int32Array) return internIntegers(list);
  const n = list.length;
  const ids = new Int32Array(n);
  const names: string[] = [];
  if (n === 0) return { ids, count: 0, names };
  let last = list[0];
  let lastId = 0;
  names.push(last);
  for (let i = 1; i < n; i++) {
    const v = list[i];
    if (v === last) { ids[i] = lastId; continue; }
    let k = 0;
    while (k < names.length && names[k] !== v) k++;
    if (k === names.length) {
      if (k === FEW) return internStrings(list);
      names.push(v);
    }
    ids[i] = lastId = k;
    last = v;
  }
  return { ids, count: names.length, names };
}

/** Whether an id's rows are spread through the batch rather than in runs: a change of id at more
 *  than a quarter of the first 256 rows. The estimators pick their loops by it (same results). */
export function isInterleaved(ids: Int32Array): boolean {
  const m = ids.length < 256 ? ids.length : 256;
  let changes = 0;
  for (let i = 1; i < m; i++) if (ids[i] !== ids[i - 1]) changes++;
  return 4 * changes > m;
}
