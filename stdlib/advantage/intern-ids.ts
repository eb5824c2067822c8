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

/** Up to this many distinct ids, internIds finds an id by comparing with each one seen so far. */
const FEW = 8;

export function internIds(list: IdList): Interned {
  const n = list.length;
  if (list instanceof Int32Array) {
    // Already dense in order of first appearance (ids the caller numbered itself): used as is.
    let next = 0;
    let dense = true;
    for (let i = 0; i < n && dense; i++) {
      const v = list[i];
      if (v === next) next++;
      else if (v < 0 || v > next) dense = false;
    }
    if (dense) return { ids: list, count: next, names: Array.from({ length: next }, (_, k) => k) };
  }
  const ids = new Int32Array(n);
  const names: (string | number)[] = [];
  if (list instanceof Int32Array) {
    let min = 0;
    let max = -1;
    for (let i = 0; i < n; i++) {
      const v = list[i];
      if (v < min) min = v;
      if (v > max) max = v;
    }
    // Small non-negative ranges (the usual case: already dense) use a lookup table, not a Map.
    if (min >= 0 && max < 4 * n + 1024) {
      const table = new Int32Array(max + 1).fill(-1);
      for (let i = 0; i < n; i++) {
        const v = list[i];
        let k = table[v];
        if (k < 0) { k = table[v] = names.length; names.push(v); }
        ids[i] = k;
      }
      return { ids, count: names.length, names };
    }
  }
  const seen = new Map<string | number, number>();
  let last: string | number | undefined;
  let lastId = -1;
  let i = 0;
  // While there are few distinct ids (task labels), comparing with each beats hashing: the labels
  // are usually the same few string objects, so most comparisons are pointer checks.
  for (; i < n && names.length <= FEW; i++) {
    const v = list[i];
    let k = 0;
    while (k < names.length && names[k] !== v) k++;
    if (k === names.length) names.push(v);
    ids[i] = k;
  }
  if (i < n) for (let k = 0; k < names.length; k++) seen.set(names[k], k);
  for (; i < n; i++) {
    const v = list[i];
    // Responses of a group often sit together: skip the hash lookup for a repeat.
    if (v === last) { ids[i] = lastId; continue; }
    let k = seen.get(v);
    if (k === undefined) { k = names.length; seen.set(v, k); names.push(v); }
    ids[i] = lastId = k;
    last = v;
  }
  return { ids, count: names.length, names };
}

/** Task ids per response, interning one label per group when the labels are constant within each
 *  group (as training batches are): G hash lookups instead of n. Falls back to per-response
 *  interning when some group mixes labels, so the result is always that of internIds(labels). */
export function internTasksByGroup(labels: IdList, groups: Interned): Interned {
  if (labels instanceof Int32Array) return internIds(labels);
  const g = groups.ids;
  const groupLabel = new Array<string>(groups.count);
  for (let i = 0; i < labels.length; i++) groupLabel[g[i]] = labels[i];
  for (let i = 0; i < labels.length; i++) if (labels[i] !== groupLabel[g[i]]) return internIds(labels);
  // Dense task ids must follow first appearance over responses, not over groups: they coincide,
  // because groups are numbered in order of first appearance too.
  const perGroup = internIds(groupLabel);
  const ids = new Int32Array(labels.length);
  for (let i = 0; i < labels.length; i++) ids[i] = perGroup.ids[g[i]];
  return { ids, count: perGroup.count, names: perGroup.names };
}
