// The editor grammar (editors/golong.tmLanguage.json) stays in step with the lexer: its patterns
// compile, every keyword is highlighted, every unit spelling is recognised as a unit.
import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { UNIT_SPELLINGS } from "../../grammar/index.js";
import { KEYWORDS } from "../../grammar/tokens.js";

const grammar = JSON.parse(readFileSync("editors/golong.tmLanguage.json", "utf8"));
const patterns: string[] = [];
(function walk(o: unknown) {
  if (!o || typeof o !== "object") return;
  for (const [k, v] of Object.entries(o)) {
    if ((k === "match" || k === "begin" || k === "end") && typeof v === "string") patterns.push(v);
    else walk(v);
  }
})(grammar);

test("every pattern compiles", () => {
  expect(patterns.length).toBeGreaterThan(10);
  for (const p of patterns) expect(() => new RegExp(p)).not.toThrow();
});

test("every keyword is highlighted", () => {
  for (const word of KEYWORDS.keys()) {
    const hit = patterns.some((p) => new RegExp(p).exec(`${word} x`)?.[0].startsWith(word));
    expect(hit, word).toBe(true);
  }
});

test("every unit spelling is a unit after a number", () => {
  const numeric = patterns.find((p) => p.includes("tokens?"))!;
  for (const unit of UNIT_SPELLINGS.keys()) {
    const m = new RegExp(numeric).exec(`5 ${unit} `);
    expect(m?.[2], unit).toBe(unit);
  }
  expect(new RegExp(numeric).exec("60%")?.[3]).toBe("%");
});
