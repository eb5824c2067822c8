// test/stdlib/metrics/iou-fast.test.ts — iouScore's shortcuts (no parse unless the answer is an
// object, the prediction before the gold, rows matched pairwise when few) against the definition:
// both texts parsed, every row keyed by str() of its cells, multiset counts compared.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { tableAnswer } from "../../../stdlib/extract/table-answer.js";
import { iouScore } from "../../../stdlib/metrics/iou.js";
import { NOT_JSON, PyDict, pyJsonTryLoads, pyStr, type PyValue } from "../../../stdlib/metrics/python-value.js";

const key = (r: PyValue) => (Array.isArray(r) ? "t" + JSON.stringify(r.map(pyStr)) : "s" + pyStr(r));

function counts(rows: readonly PyValue[]): Map<string, number> {
  const c = new Map<string, number>();
  for (const r of rows) c.set(key(r), (c.get(key(r)) ?? 0) + 1);
  return c;
}

function iter(v: PyValue): PyValue[] | null {
  if (Array.isArray(v)) return v;
  if (typeof v === "string") return [...v];
  if (v instanceof PyDict) return [...v.entries.keys()];
  return null;
}

/** The reference's compute_score, step by step. */
function byDefinition(solution: string, answer: PyValue): number {
  let gold: PyValue = answer;
  if (answer instanceof PyDict && answer.entries.has("golden_label")) {
    const label = answer.entries.get("golden_label")!;
    if (typeof label !== "string") return 0;
    const g = pyJsonTryLoads(label);
    if (g === NOT_JSON) return 0;
    gold = g;
  }
  const parsed = pyJsonTryLoads(tableAnswer(solution));
  const pred = parsed instanceof PyDict ? (parsed.entries.get("data") ?? []) : [];
  if (!Array.isArray(pred)) return 0;
  const goldRows = gold instanceof PyDict ? (gold.entries.has("data") ? iter(gold.entries.get("data")!) : []) : [];
  if (goldRows === null) return 0;
  const gc = counts(goldRows);
  let matches = 0;
  for (const [k, n] of counts(pred)) matches += Math.min(n, gc.get(k) ?? 0);
  const total = pred.length + goldRows.length - matches;
  return total > 0 ? matches / total : 0;
}

const cell = fc.constantFrom('"1"', "1", "1.0", '"1.0"', "-0", "0", '"a"', '"A"', "true", '"True"', "null", '"None"', "2.5", "[1]", '["1"]', '{"k": 1}');
const row = fc.oneof(fc.array(cell, { maxLength: 3 }).map((cs) => `[${cs.join(", ")}]`), cell);
const rows = (max: number) => fc.array(row, { maxLength: max }).map((rs) => `[${rs.join(", ")}]`);
const data = (max: number) => fc.oneof({ weight: 5, arbitrary: rows(max) }, { weight: 1, arbitrary: fc.constantFrom('"ab"', "{\"x\": 1}", "3", "null", "[]") });
const solution = (max: number) => fc.tuple(data(max), fc.constantFrom("", "<answer>", "text <answer>\n", " ", "x"), fc.constantFrom("", "</answer>", "}", " ok"))
  .map(([d, pre, post]) => `${pre}{"data": ${d}}${post}`);

describe("iouScore", () => {
  it("equals the definition on random tables (few rows: pairwise matching)", () => {
    fc.assert(fc.property(solution(6), data(6), fc.boolean(), (s, d, inline) => {
      const answer = inline ? pyJsonTryLoads(`{"data": ${d}}`) as PyValue : new PyDict(new Map([["golden_label", `{"data": ${d}}`]]));
      expect(iouScore(s, answer)).toBe(byDefinition(s, answer));
    }), { numRuns: 3000 });
  });

  it("equals the definition on large tables (counted by key)", () => {
    fc.assert(fc.property(solution(60), data(60), (s, d) => {
      const answer = new PyDict(new Map([["golden_label", `{"data": ${d}}`]]));
      expect(iouScore(s, answer)).toBe(byDefinition(s, answer));
    }), { numRuns: 200 });
  });

  it("scores 0 without a JSON object, whatever the gold", () => {
    for (const s of ["", "[1]", "data", "<answer>[[1]]</answer>", "{'data': [[1]]}", "\u3000{\"data\": [[1]]}"]) {
      for (const label of ['{"data": [[1]]}', "not json", "[[1]]"]) {
        const answer = new PyDict(new Map<string, PyValue>([["golden_label", label]]));
        expect(iouScore(s, answer)).toBe(byDefinition(s, answer));
      }
    }
  });
});
