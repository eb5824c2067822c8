// One-line syntax error cases: each mistake gives exactly the diagnostics listed ("CODE line:col
// message"), with the help that says how to fix it.
import { describe, expect, test } from "vitest";
import { expectParseError, parse } from "./parse-helpers.js";

describe("lexical errors", () => {
  test.each([
    ["b { x: @ }", "GL0101 1:8 unexpected character `@`"],
    ["é", "GL0101 1:1 unexpected character `é` (U+00E9)"],
    ["\u0000\u0001", "GL0101 1:1 unexpected characters starting with U+0000"],
    ["rollout { engine: sglang; n: 8 }", "GL0101 1:25 unexpected character `;`"],
    ['b { x: "abc }', "GL0102 1:8 unterminated string"],
    ["b {}\n/* never", "GL0103 2:1 unterminated block comment"],
    ['b { x: "a\\q" }', "GL0104 1:10 invalid escape sequence `\\q`"],
    ['b { x: "\\u{110000}" }', "GL0104 1:9 invalid escape sequence `\\u`"],
    ["b { x: 2e- }", "GL0105 1:8 malformed number: the exponent has no digits"],
    ["b { x: 1e999 }", "GL0105 1:8 malformed number: too large"],
  ])("%j", (text, expected) => {
    expectParseError(text, expected);
  });

  test("C-style operators are reported and read as the words they stand for", () => {
    const p = expectParseError("b { x: !a && b || c }", "GL0101 1:8 unexpected character `!`", "GL0101 1:11 unexpected characters `&&`", "GL0101 1:16 unexpected characters `||`");
    expect(p.diagnostics.map((d) => d.help)).toEqual(["write `not`", "write `and`", "write `or`"]);
    const item = p.recipe.items[0];
    expect(item.kind === "block" && item.body.members[0].kind === "field" && item.body.members[0].value).toMatchObject({ kind: "binary", op: "or" });
  });
});

describe("syntax errors", () => {
  test.each([
    ["rollout { n 16 }", "GL0107 1:11 expected `:` after `n`"],
    ["rollout { 16 }", "GL0107 1:11 expected a field (`key: value`), a nested block or `}`, found `16`"],
    ["task t { 16 }", "GL0107 1:10 expected `from`, `reward`, a field or `}`, found `16`"],
    ["rollout { n: }", "GL0107 1:14 expected a value, found `}`"],
    ["task t { from train where }", "GL0107 1:27 expected a value, found `}`"],
    ["source s parquet(x)", "GL0107 1:10 expected `=`, found `parquet`"],
    ["b { x: f(a b) }", "GL0107 1:12 expected `,` or `)`, found `b`"],
    ["b { x: [1 2] }", "GL0107 1:11 expected `,` or `]`, found `2`"],
    ["type T { a text }", "GL0107 1:12 expected `:`, found `text`"],
    ["type T { a: list<text }", "GL0107 1:23 expected `>`, found `}`"],
    ["b { x: reward }", "GL0107 1:8 expected a value, found `reward`"],
    ["b { x: a not b }", "GL0107 1:14 expected `in`, found `b`"],
    ["rollout { n: 16 } extra", "GL0107 1:19 unexpected `extra` after the end of the declaration"],
    ["import", "GL0107 1:7 expected a module name (`std.golongrl`) or a file path in quotes, found the end of the declaration"],
    ["b { x: a == b == c }", "GL0107 1:15 comparisons cannot be chained"],
    ["b { x: 1..2..3 }", "GL0107 1:12 a range has two ends"],
    ["rollout { n: 16", "GL0108 1:9 unclosed `{`"],
    ["b { x: [1, 2) }", "GL0109 1:13 mismatched closing delimiter `)`"],
    ["rollout { n: 16 }}", "GL0109 1:18 unmatched closing delimiter `}`"],
    ["b { tp: 8 n: 16 }", "GL0111 1:11 missing `,` or line break before `n`"],
    ["n: 16", "GL0112 1:1 field `n` outside any block"],
    ["42", "GL0112 1:1 expected a declaration, found `42`"],
    ["task from { }", "GL0113 1:6 `from` is a keyword and cannot name a task"],
    ["b { n = 16 }", "GL0115 1:7 field written with `=` instead of `:`"],
    ["b { x: 5 stpes }", "GL0106 1:10 unknown unit `stpes`"],
    ["b { x: 5 tokens% }", "GL0106 1:16 a number has at most one unit"],
  ])("%j", (text, expected) => {
    expectParseError(text, expected);
  });

  test("help lines say how to fix it", () => {
    const help = (text: string) => parse(text).diagnostics[0]?.help;
    expect(help("b { x: [1 2] }")).toBe("separate list items with `,`");
    expect(help("b { x: f(a b) }")).toBe("separate arguments with `,`");
    expect(help("type T { a text }")).toBe("a field is written `key: value`");
    expect(help("b { x: reward }")).toBe('`reward` is a keyword; to use it as text, quote it: "reward"');
    expect(help("b { x: 5 stpes }")).toBe("write `5 steps`; if `stpes` starts the next field, put a comma or a line break before it");
    expect(help("rollout { n: 16")).toBe("add `}` where the block ends");
    expect(help("rollout { n: 16 } extra")).toBe("each declaration starts on its own line");
  });

  test("a mismatched closer names the delimiter still open, and stands for the right one", () => {
    const p = expectParseError("b { x: [1, 2), y: 3 }", "GL0109 1:13 mismatched closing delimiter `)`");
    expect(p.diagnostics[0].related.map((r) => r.label)).toEqual(["this `[` is still open"]);
    expect(p.diagnostics[0].help).toBe("close the `[` with `]`");
    const b = p.recipe.items[0];
    expect(b.kind === "block" && b.body.members.map((m) => m.kind === "field" && m.key.text)).toEqual(["x", "y"]);
  });

  test("an unclosed block points at the next declaration", () => {
    const p = expectParseError("rollout {\n  n: 16\n\nupdate ppo { lr: 1 }\n", "GL0108 1:9 unclosed `{`");
    expect(p.diagnostics[0].related).toEqual([{ span: { start: 19, end: 25 }, label: "the next declaration starts here" }]);
    expect(p.recipe.items.map((d) => d.kind === "block" && d.keyword.name)).toEqual(["rollout", "update"]);
  });
});

describe("common slips get a pointed message", () => {
  test("a misspelt declaration keyword: one diagnostic, the declaration skipped", () => {
    const p = expectParseError("tsak ranking {\n  from train\n  reward f(output)\n}\nrollout { n: 1 }", "GL0112 1:1 unknown declaration `tsak`");
    expect(p.diagnostics[0].primary.label).toBe("did you mean `task`?");
    expect(p.recipe.items.map((d) => d.kind)).toEqual(["block"]);
  });

  test("one slip, transpositions included; short or distant words are left to the checker", () => {
    expectParseError("modle policy { }", "GL0112 1:1 unknown declaration `modle`");
    expectParseError("sorce train = parquet(x)", "GL0112 1:1 unknown declaration `sorce`");
    expectParseError("train x { }");
    expectParseError("sampling dynamic { }");
    expectParseError("as a { }");
  });

  test("a field that lost its colon", () => {
    const p = expectParseError("rollout { n: 16, temperature 1.0 }", "GL0107 1:18 expected `:` after `temperature`");
    expect(p.diagnostics[0].help).toBe("a field is written `key: value`: `temperature: 1.0`");
  });
});
