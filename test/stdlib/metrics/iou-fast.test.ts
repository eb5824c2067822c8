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

  it("equals the definition on JSON as model outputs and gold labels write it (indented, escaped, other keys, broken)", () => {
    // Python's json.dumps escapes every non-ASCII character by default (ensure_ascii).
    const ascii = (t: string) => t.replace(/[^\x00-\x7f]/g, (ch) => "\\u" + ch.charCodeAt(0).toString(16).padStart(4, "0"));
    const str = fc.oneof(fc.constantFrom("New York", "São Paulo", "北京市", "否", 'say "hi"', "a\\b", "tab\there", "", "1", "1.0", "True", "None"),
      fc.string({ maxLength: 6 }), fc.string({ unit: "binary", maxLength: 4 }));
    const num = fc.oneof(fc.integer({ min: -1000, max: 1000 }).map(String), fc.constantFrom("1.0", "-0", "0.5", "1e5", "1E-3", "2.50", "-0.0", "123456789012345678901234567890", "1e400", "NaN", "-Infinity"));
    const cellJ = fc.oneof(str.map((x) => JSON.stringify(x)), num, fc.constantFrom("true", "null", "[]", "{}", '{"k": [1]}', '{"k": "\\u00e9"}',
      "Nan", "nul", "True", "-Inf", "01", "1.", "[[1]]"));
    const rowJ = fc.oneof(cellJ, fc.array(cellJ, { maxLength: 3 }).map((cs) => `[${cs.join(", ")}]`));
    // Prediction and gold draw their rows from one pool, so rows match (and differ by 1 vs 1.0, "1" vs 1).
    const keys = fc.array(fc.oneof({ weight: 3, arbitrary: fc.constant("data") }, { weight: 1, arbitrary: fc.constantFrom("columns", "rows", "d\\u0061ta", "Data") }), { minLength: 0, maxLength: 3 });
    const side = fc.record({ keys, picks: fc.array(fc.array(fc.nat(), { maxLength: 6 }), { minLength: 3, maxLength: 3 }), other: cellJ,
      indent: fc.boolean(), esc: fc.boolean(), at: fc.nat(), junk: fc.constantFrom("", "x", " ", "\n", "}", ",", "\\", '"') });
    const text = (pool: string[], v: { keys: string[]; picks: number[][]; other: string; indent: boolean; esc: boolean; at: number; junk: string }) => {
      const data = (k: number) => (v.picks[k].length === 1 && v.picks[k][0] % 7 === 0 ? v.other : `[${v.picks[k].map((i) => pool[i % pool.length]).join(", ")}]`);
      let out = `{${v.keys.map((k, i) => `"${k}": ${data(i)}`).join(", ")}}`;
      if (v.indent) out = out.replace(/([\[{,])\s*/g, "$1\n    ").replace(/([\]}])/g, "\n  $1");
      if (v.esc) out = ascii(out);
      // sometimes broken: a character inserted or removed
      if (v.at % 4 === 0) { const k = v.at % (out.length + 1); out = out.slice(0, k) + v.junk + out.slice(k + (v.junk === "" ? 1 : 0)); }
      return out;
    };
    fc.assert(fc.property(fc.array(rowJ, { minLength: 1, maxLength: 5 }), side, side, (pool, p, g) => {
      const pred = text(pool, p);
      const gold = text(pool, g);
      for (const answer of [new PyDict(new Map([["golden_label", gold]])), new PyDict(new Map([["golden_label", " " + gold]]))]) {
        for (const s of [pred, `<answer>${pred}</answer>`]) expect(iouScore(s, answer)).toBe(byDefinition(s, answer));
      }
    }), { numRuns: 4000 });
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
