// stdlib/metrics/iou.ts — multitableqa's row IoU: the predicted `data` rows against the gold rows as
// multisets, each row keyed by Python `str()` (so `1` matches "1", `1.0` does not match `1`).
import { tableAnswer } from "../extract/table-answer.js";
import { NOT_JSON, PyDict, pyJsonTryLoads, pyStr, type PyValue } from "./python-value.js";

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

/** `compute_score(solution_str, answer)`. `answer` is the gold as Python sees it: an object with a
 *  `golden_label` JSON string (parsed here), or the gold object itself. Where the reference would
 *  raise (a gold `data` that is a number, None or bool; nesting past Python's recursion limit) the
 *  score is 0. */
export function iouScore(solution: string, answer: PyValue): number {
  let gold: PyValue = answer;
  if (answer instanceof PyDict && answer.entries.has("golden_label")) {
    const label = answer.entries.get("golden_label")!;
    if (typeof label !== "string") return 0;
    const parsed = pyJsonTryLoads(label);
    if (parsed === NOT_JSON) return 0;
    gold = parsed;
  }
  const parsed = pyJsonTryLoads(tableAnswer(solution));
  const pred = parsed instanceof PyDict ? (parsed.entries.has("data") ? parsed.entries.get("data")! : []) : [];
  if (!Array.isArray(pred)) return 0;
  const goldRows = gold instanceof PyDict ? (gold.entries.has("data") ? pyIter(gold.entries.get("data")!) : []) : [];
  if (goldRows === null) return 0;
  const pc = counts(pred);
  const gc = counts(goldRows);
  let matches = 0;
  for (const [k, n] of pc) matches += Math.min(n, gc.get(k) ?? 0);
  const total = pred.length + goldRows.length - matches;
  return total > 0 ? matches / total : 0;
}

