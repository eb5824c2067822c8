// Recovery: one mistake never hides the next, declarations after a mistake still parse, and no input
// makes the parser throw, hang or overflow the stack.
import { describe, expect, test } from "vitest";
import { MAX_DEPTH } from "../../grammar/index.js";
import { parse, summarize } from "./parse-helpers.js";

const kinds = (text: string) => parse(text).recipe.items.map((d) => (d.kind === "block" ? d.keyword.name : d.kind));

describe("recovery", () => {
  test("two mistakes in two declarations give two diagnostics, and every declaration is kept", () => {
    const text = "recipe r\nrollout { n: 16 temperature: 1.0 }\nupdate ppo { lr 2e-6 }\ntrain { steps: 10 }\n";
    const p = parse(text);
    expect(summarize(p)).toEqual([
      "GL0111 2:17 missing `,` or line break before `temperature`",
      "GL0107 3:14 expected `:` after `lr`",
    ]);
    expect(kinds(text)).toEqual(["recipe_name", "rollout", "update", "train"]);
  });

  test("two mistakes in one block are both reported", () => {
    const p = parse("rollout {\n  n: 5 stpes\n  temperature: 1.0\n  top_p: 2 tokenz\n}\n");
    expect(summarize(p)).toEqual(["GL0106 2:8 unknown unit `stpes`", "GL0106 4:12 unknown unit `tokenz`"]);
  });

  test("a broken task keeps its good clauses; the next declaration parses", () => {
    const p = parse("task a {\n  from train where x in\n  reward f(output)\n}\ngate think_format\n");
    expect(summarize(p)).toEqual(["GL0107 3:3 expected a value, found `reward`"]);
    expect(p.recipe.items.map((d) => d.kind)).toEqual(["task", "gate"]);
  });

  test("a missing `}` is one diagnostic; the following blocks still parse", () => {
    const p = parse("rollout {\n  n: 16\nupdate ppo {\n  lr: 1e-6\n}\ntrain { steps: 5 }\n");
    expect(summarize(p)).toEqual(["GL0108 1:9 unclosed `{`"]);
    expect(p.recipe.items.map((d) => (d.kind === "block" ? d.keyword.name : d.kind))).toEqual(["rollout", "update", "train"]);
  });

  test("a missing `}` before a nested block in an unindented file keeps the nesting", () => {
    const p = parse("cluster {\nnodes: 2\nactor { tp: 1 }\n}\n");
    expect(summarize(p)).toEqual([]);
    expect(p.recipe.items).toHaveLength(1);
  });

  test("a keyword line at column 0 ends an unclosed block", () => {
    const p = parse("rollout {\nn: 16\ntask t { reward f(output) }\n");
    expect(summarize(p)).toEqual(["GL0108 1:9 unclosed `{`"]);
    expect(p.recipe.items.map((d) => d.kind)).toEqual(["block", "task"]);
  });

  test("a file of junk stops at 100 diagnostics plus one GL0114", () => {
    const p = parse("b { x: ) }\n".repeat(300));
    expect(p.diagnostics).toHaveLength(101);
    expect(summarize(p)[100]).toBe("GL0114 101:8 too many syntax errors; 200 more not shown");
  });
});

describe("never throws, never overflows", () => {
  const N = 100_000;
  test.each([
    ["100k nested lists", "b { x: " + "[".repeat(N) + "]".repeat(N) + " }", "brackets and blocks"],
    ["100k unclosed lists", "b { x: " + "[".repeat(N), "brackets and blocks"],
    ["100k nested parentheses", "b { x: " + "(".repeat(N) + "1" + ")".repeat(N) + " }", "brackets and blocks"],
    ["100k nested blocks", "b " + "{ c ".repeat(N), "brackets and blocks"],
    ["100k nots", "b { x: " + "not ".repeat(N) + "a }", "prefix operators"],
    ["100k minus signs", "b { x: " + "-".repeat(N) + "1 }", "prefix operators"],
    ["100k nested list types", "type T = " + "list<".repeat(N) + "text" + ">".repeat(N), "types"],
  ])("%s: one GL0110", (_what, text, what) => {
    const p = parse(text);
    expect(p.diagnostics.filter((d) => d.code === "GL0110").map((d) => d.message)).toEqual([`${what} nested more than ${MAX_DEPTH} deep`]);
    expect(p.diagnostics.length).toBeLessThanOrEqual(2);
  });

  test(`nesting up to ${MAX_DEPTH} is fine`, () => {
    expect(summarize(parse("b { x: " + "[".repeat(MAX_DEPTH - 1) + "]".repeat(MAX_DEPTH - 1) + " }"))).toEqual([]);
    expect(summarize(parse("type T = " + "list<".repeat(MAX_DEPTH) + "text" + ">".repeat(MAX_DEPTH)))).toEqual([]);
    expect(summarize(parse("b { x: " + "not ".repeat(MAX_DEPTH) + "a }"))).toEqual([]);
  });

  test("100k words or 100k `x:` in a row (recoveries that used to recurse once per error)", () => {
    expect(summarize(parse("a ".repeat(N)))).toEqual(["GL0107 1:5 expected `{`, found `a`"]);
    const p = parse("b { " + "x: ".repeat(N) + "}");
    expect(p.diagnostics.length).toBeGreaterThan(0);
    expect(p.diagnostics.length).toBeLessThanOrEqual(101);
  });

  test("100k closing braces, a 200k-part dotted name, binary junk, NULs and lone surrogates", () => {
    expect(parse("}".repeat(N)).diagnostics).toHaveLength(101);
    expect(summarize(parse("b { x: " + "a.".repeat(N) + "a }"))).toEqual([]);
    let seed = 7;
    const junk = Array.from({ length: 50_000 }, () => String.fromCharCode((seed = (seed * 48271) % 2147483647) & 0xffff)).join("");
    expect(parse(junk).diagnostics.length).toBeGreaterThan(0);
    expect(summarize(parse('b { x: "\ud800\udfff\ud800", y: \u0000 }'))).toEqual(["GL0101 1:17 unexpected character U+0000"]);
    expect(parse("").recipe.items).toEqual([]);
    expect(parse("\n\n  // only a comment\n").diagnostics).toEqual([]);
  });
});

test("the recovery's list of top-level blocks covers every block the checker knows", async () => {
  const { TOP_BLOCKS } = await import("../../compiler/index.js");
  const { TOP_LEVEL_BLOCKS } = await import("../../grammar/declarations.js");
  const missing = [...TOP_BLOCKS.map((b: { keyword: string }) => b.keyword), "verl", "let"].filter((k) => !TOP_LEVEL_BLOCKS.has(k));
  expect(missing).toEqual([]);
});
