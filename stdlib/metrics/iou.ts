// stdlib/metrics/iou.ts — multitableqa's row IoU: the predicted `data` rows against the gold rows as
// multisets, each row keyed by Python `str()` (so `1` matches "1", `1.0` does not match `1`).
import { tableAnswer } from "../extract/table-answer.js";
import { NOT_JSON, PyDict, PyInt, pyJsonTryLoads, pyStr, type PyValue } from "./python-value.js";

/** What Python iterates when it loops over `v` (a str yields its code points, a dict its keys);
 *  null when iterating raises (numbers, None, bools). */
function pyIter(v: PyValue): PyValue[] | null {
  if (Array.isArray(v)) return v;
  if (typeof v === "string") return [...v];
  if (v instanceof PyDict) return [...v.entries.keys()];
  return null;
}

function rowKey(r: PyValue): string {
  return Array.isArray(r) ? "t" + JSON.stringify(r.map(pyStr)) : "s" + pyStr(r);
}

function counts(rows: readonly PyValue[]): Map<string, number> {
  const c = new Map<string, number>();
  for (const r of rows) { const k = rowKey(r); c.set(k, (c.get(k) ?? 0) + 1); }
  return c;
}

/** pyStr(x) === pyStr(y), without building the strings where both are strings or ints. */
function sameStr(x: PyValue, y: PyValue): boolean {
  if (typeof x === "string") {
    if (typeof y === "string") return x === y;
    if (y instanceof PyInt) return x === y.digits;
  } else if (x instanceof PyInt) {
    if (y instanceof PyInt) return x.digits === y.digits;
    if (typeof y === "string") return x.digits === y;
  }
  return pyStr(x) === pyStr(y);
}

/** rowKey(r) === rowKey(q), element by element. */
function sameRow(r: PyValue, q: PyValue): boolean {
  const ra = Array.isArray(r);
  if (ra !== Array.isArray(q)) return false;
  if (!ra) return sameStr(r, q);
  const x = r as PyValue[];
  const y = q as PyValue[];
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (!sameStr(x[i], y[i])) return false;
  return true;
}

/** Size of the multiset intersection of the rows (by rowKey). Few rows: each prediction row takes
 *  the first unused equal gold row (greedy matching of an equivalence is the intersection); many:
 *  counts by key. */
function commonRows(pred: readonly PyValue[], gold: readonly PyValue[]): number {
  if (pred.length * gold.length > 256) {
    const gc = counts(gold);
    let matches = 0;
    for (const [k, n] of counts(pred)) matches += Math.min(n, gc.get(k) ?? 0);
    return matches;
  }
  used.fill(0, 0, gold.length);
  let matches = 0;
  for (const r of pred) {
    for (let j = 0; j < gold.length; j++) {
      if (used[j] || !sameRow(r, gold[j])) continue;
      used[j] = 1;
      matches++;
      break;
    }
  }
  return matches;
}

/** Gold rows already matched (commonRows, at most 256 gold rows there). */
const used = new Uint8Array(256);

/** `compute_score(solution_str, answer)`. `answer` is the gold as Python sees it: an object with a
 *  `golden_label` JSON string (parsed here), or the gold object itself. Where the reference would
 *  raise (a gold `data` that is a number, None or bool; nesting past Python's recursion limit) the
 *  score is 0. */
export function iouScore(solution: string, answer: PyValue): number {
  // Only a JSON object with a non-empty `data` list can score above 0, whatever the gold is (every
  // other path ends in 0), so the prediction is looked at first. An object starts with "{" (JSON's
  // whitespace is Python's too, and the text is stripped): nothing else needs parsing.
  const text = tableAnswer(solution);
  if (text.charCodeAt(0) !== 0x7b) return 0;
  const parsed = pyJsonTryLoads(text);
  const pred = parsed instanceof PyDict ? (parsed.entries.has("data") ? parsed.entries.get("data")! : []) : [];
  if (!Array.isArray(pred) || pred.length === 0) return 0;
  let gold: PyValue = answer;
  if (answer instanceof PyDict && answer.entries.has("golden_label")) {
    const label = answer.entries.get("golden_label")!;
    if (typeof label !== "string") return 0;
    const g = pyJsonTryLoads(label);
    if (g === NOT_JSON) return 0;
    gold = g;
  }
  const goldRows = gold instanceof PyDict ? (gold.entries.has("data") ? pyIter(gold.entries.get("data")!) : []) : [];
  if (goldRows === null) return 0;
  const matches = commonRows(pred, goldRows);
  const total = pred.length + goldRows.length - matches;
  return total > 0 ? matches / total : 0;
}

