// stdlib/metrics/iou.ts — multitableqa's row IoU: the predicted `data` rows against the gold rows as
// multisets, each row keyed by Python `str()` (so `1` matches "1", `1.0` does not match `1`).
import { tableAnswer } from "../extract/table-answer.js";
import { DATA_NOT_LIST, DATA_ROWS, GIVE_UP, NO_DATA, readDataRows, Rows } from "./iou-rows.js";
import { NOT_JSON, PyDict, pyJsonTryLoads, type PyValue } from "./python-value.js";

/** What Python iterates when it loops over `v` (a str yields its code points, a dict its keys);
 *  null when iterating raises (numbers, None, bools). */
function pyIter(v: PyValue): PyValue[] | null {
  if (Array.isArray(v)) return v;
  if (typeof v === "string") return [...v];
  if (v instanceof PyDict) return [...v.entries.keys()];
  return null;
}

/** rowKey of row r: "t" + the JSON list of its cells, or "s" + its one cell. */
function rowKey(x: Rows, r: number): string {
  const cells = x.cells.slice(x.start[r], x.start[r + 1]);
  return x.list[r] ? "t" + JSON.stringify(cells) : "s" + cells[0];
}

function counts(x: Rows): Map<string, number> {
  const c = new Map<string, number>();
  for (let r = 0; r < x.count; r++) { const k = rowKey(x, r); c.set(k, (c.get(k) ?? 0) + 1); }
  return c;
}

/** rowKey(x, r) === rowKey(y, q), cell by cell. */
function sameRow(x: Rows, r: number, y: Rows, q: number): boolean {
  if (x.list[r] !== y.list[q]) return false;
  let i = x.start[r];
  let j = y.start[q];
  const n = x.start[r + 1] - i;
  if (n !== y.start[q + 1] - j) return false;
  for (const stop = i + n; i < stop; i++, j++) if (x.cells[i] !== y.cells[j]) return false;
  return true;
}

/** Size of the multiset intersection of the rows (by rowKey). Few rows: each prediction row takes
 *  the first unused equal gold row (greedy matching of an equivalence is the intersection); many:
 *  counts by key. */
function commonRows(pred: Rows, gold: Rows): number {
  if (pred.count * gold.count > 256) {
    const gc = counts(gold);
    let matches = 0;
    for (const [k, n] of counts(pred)) matches += Math.min(n, gc.get(k) ?? 0);
    return matches;
  }
  used.fill(0, 0, gold.count);
  let matches = 0;
  for (let r = 0; r < pred.count; r++) {
    for (let q = 0; q < gold.count; q++) {
      if (used[q] || !sameRow(pred, r, gold, q)) continue;
      used[q] = 1;
      matches++;
      break;
    }
  }
  return matches;
}

/** Gold rows already matched (commonRows, at most 256 gold rows there). */
const used = new Uint8Array(256);

/** The rows of both sides, reused by every call (iouScore runs to completion). */
const predRows = new Rows();
const goldRows = new Rows();

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
  // The usual {"data": [rows]} is read straight into rows; anything else is parsed in full.
  const read = readDataRows(text, predRows);
  if (read === NO_DATA || read === DATA_NOT_LIST) return 0;
  if (read === GIVE_UP) {
    const parsed = pyJsonTryLoads(text);
    const pred = parsed instanceof PyDict ? (parsed.entries.has("data") ? parsed.entries.get("data")! : []) : [];
    if (!Array.isArray(pred)) return 0;
    predRows.fromValues(pred);
  }
  if (predRows.count === 0) return 0;
  let gold: PyValue = answer;
  if (answer instanceof PyDict && answer.entries.has("golden_label")) {
    const label = answer.entries.get("golden_label")!;
    if (typeof label !== "string") return 0;
    const goldRead = readDataRows(label, goldRows);
    if (goldRead === DATA_ROWS || goldRead === NO_DATA) return score(predRows, goldRows); // no "data": no rows
    // Gold that is not a JSON object (a bare list of rows, or not JSON at all) has no rows: 0.
    let k = 0;
    for (let c = label.charCodeAt(0); c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09; c = label.charCodeAt(++k));
    if (label.charCodeAt(k) !== 0x7b) return 0;
    const g = pyJsonTryLoads(label);
    if (g === NOT_JSON) return 0;
    gold = g;
  }
  const rows = gold instanceof PyDict ? (gold.entries.has("data") ? pyIter(gold.entries.get("data")!) : []) : [];
  if (rows === null) return 0;
  goldRows.fromValues(rows);
  return score(predRows, goldRows);
}

function score(pred: Rows, gold: Rows): number {
  const matches = commonRows(pred, gold);
  const total = pred.count + gold.count - matches;
  return total > 0 ? matches / total : 0;
}
