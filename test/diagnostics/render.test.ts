// The renderer: STYLE.md §4's example exactly; multi-line spans, tabs, CRLF, wide and non-ASCII text;
// colour only when asked; JSON with line/column from offsets.
import { describe, expect, test } from "vitest";
import { DiagnosticBag, renderJson, renderText, createSourceFile, lineColOf } from "../../diagnostics/index.js";

const lines = (n: number, fill: (i: number) => string) => Array.from({ length: n }, (_, i) => fill(i + 1)).join("\n");

describe("text", () => {
  test("STYLE.md §4's example, character for character", () => {
    const text = lines(31, (i) =>
      i === 22 ? "  n: 16, temperature: 1.0, top_p: 1.0"
        : i === 31 ? "train { prompts_per_step: 128, gen_prompts_per_step: 512, mini_batch: 100 }" : "");
    const file = createSourceFile("examples/grpo.golong", text);
    const bag = new DiagnosticBag(file);
    const mb = text.indexOf("100 }");
    const n = text.indexOf("n: 16");
    bag.error("GL0502", { start: mb, end: mb + 3 }, {
      message: "prompts_per_step × n is not divisible by mini_batch",
      label: "128 × 16 = 2048, not a multiple of 100",
      related: [{ span: { start: n, end: n + 5 }, label: "n is set here" }],
      help: "use a mini_batch that divides 2048, such as 128 or 256",
    });
    expect(renderText(bag.sorted(), bag.files)).toBe(
      "error[GL0502]: prompts_per_step × n is not divisible by mini_batch\n" +
      "  --> examples/grpo.golong:31:71\n" +
      "   |\n" +
      "22 |   n: 16, temperature: 1.0, top_p: 1.0\n" +
      "   |   ----- n is set here\n" +
      "31 | train { prompts_per_step: 128, gen_prompts_per_step: 512, mini_batch: 100 }\n" +
      "   |                                                                       ^^^ 128 × 16 = 2048, not a multiple of 100\n" +
      "   = help: use a mini_batch that divides 2048, such as 128 or 256\n" +
      "\n");
  });

  test("notes, a warning, an empty span at the end of a line, several diagnostics", () => {
    const file = createSourceFile("a.golong", "rollout { n: 16\n");
    const bag = new DiagnosticBag(file);
    bag.warning("GL0101", { start: 15, end: 15 }, { message: "something is odd", label: "here", notes: ["first note", "second note"] });
    bag.error("GL0108", { start: 8, end: 9 }, { label: "never closed" });
    expect(renderText(bag.all(), bag.files)).toBe(
      "warning[GL0101]: something is odd\n" +
      " --> a.golong:1:16\n" +
      "  |\n" +
      "1 | rollout { n: 16\n" +
      "  |                ^ here\n" +
      "  = note: first note\n" +
      "  = note: second note\n" +
      "\n" +
      "error[GL0108]: unclosed delimiter\n" +
      " --> a.golong:1:9\n" +
      "  |\n" +
      "1 | rollout { n: 16\n" +
      "  |         ^ never closed\n" +
      "\n");
  });

  test("tabs expand to 4 columns and the carets follow", () => {
    const file = createSourceFile("t.golong", "b {\n\tn:\t5 stpes\n}");
    const bag = new DiagnosticBag(file);
    const at = file.text.indexOf("stpes");
    bag.error("GL0106", { start: at, end: at + 5 }, { message: "unknown unit `stpes`", label: "did you mean `steps`?" });
    const out = renderText(bag.all(), bag.files);
    // tab to column 4, "n:", tab to column 8, "5 " -> "stpes" starts at display column 10
    expect(out).toContain("2 |     n:  5 stpes\n  |           ^^^^^ did you mean `steps`?\n");
    expect(out).toContain(" --> t.golong:2:7\n");
  });

  test("CRLF line endings: no stray carriage returns, right line numbers", () => {
    const file = createSourceFile("c.golong", "recipe x\r\nrollout { n: 16 }\r\ntrain {}\r\n");
    const bag = new DiagnosticBag(file);
    bag.error("GL0107", { start: file.text.indexOf("16"), end: file.text.indexOf("16") + 2 }, { label: "this" });
    const out = renderText(bag.all(), bag.files);
    expect(out).not.toContain("\r");
    expect(out).toContain(" --> c.golong:2:14\n  |\n2 | rollout { n: 16 }\n  |              ^^ this\n");
  });

  test("wide CJK characters take two columns; combining marks none; columns count code points", () => {
    const file = createSourceFile("w.golong", 'b { s: "中文", e: "e\u0301", x: 😀 }');
    const bag = new DiagnosticBag(file);
    const at = file.text.indexOf("😀");
    bag.error("GL0101", { start: at, end: at + 2 }, { label: "emoji" });
    const out = renderText(bag.all(), bag.files);
    const [, , , src, marks] = out.split("\n");
    expect(src).toBe('1 | b { s: "中文", e: "e\u0301", x: 😀 }');
    // "b { s: "      = 8 columns, 中文 = 4, `", e: "` = 7, e + combining = 1, `", x: ` = 6 -> 26
    expect(marks).toBe("  | " + " ".repeat(26) + "^^ emoji");
    expect(out).toContain(" --> w.golong:1:26\n");
  });

  test("control characters and lone surrogates print as `?`", () => {
    const file = createSourceFile("z.golong", "a\u0000b\ud800c");
    const bag = new DiagnosticBag(file);
    bag.error("GL0101", { start: 1, end: 2 }, { label: "NUL" });
    expect(renderText(bag.all(), bag.files)).toContain("1 | a?b?c\n  |  ^ NUL\n");
  });

  test("a multi-line span marks its first line from the start and its last line to the end", () => {
    const file = createSourceFile("m.golong", "rollout {\n  n: 16\n  tp: 8\n}\n");
    const bag = new DiagnosticBag(file);
    bag.error("GL0108", { start: 8, end: file.text.length - 1 }, { label: "this block" });
    expect(renderText(bag.all(), bag.files)).toBe(
      "error[GL0108]: unclosed delimiter\n" +
      " --> m.golong:1:9\n" +
      "  |\n" +
      "1 | rollout {\n" +
      "  |         ^\n" +
      "4 | }\n" +
      "  | ^ this block\n" +
      "\n");
  });

  test("related spans in another file get their own `:::` section", () => {
    const a = createSourceFile("a.golong", 'import "./b.golong"\n');
    const b = createSourceFile("b.golong", "task t {}\n");
    const bag = new DiagnosticBag(a);
    bag.forFile(b);
    bag.error("GL0107", { start: 7, end: 19 }, { label: "imported here", related: [{ file: "b.golong", span: { start: 5, end: 6 }, label: "defined here" }] });
    expect(renderText(bag.all(), bag.files)).toBe(
      "error[GL0107]: unexpected token\n" +
      " --> a.golong:1:8\n" +
      "  |\n" +
      '1 | import "./b.golong"\n' +
      "  |        ^^^^^^^^^^^^ imported here\n" +
      " ::: b.golong:1:6\n" +
      "  |\n" +
      "1 | task t {}\n" +
      "  |      - defined here\n" +
      "\n");
  });

  test("colour only when asked: ANSI escapes with colour, none without", () => {
    const file = createSourceFile("k.golong", "x");
    const bag = new DiagnosticBag(file);
    bag.error("GL0112", { start: 0, end: 1 }, { help: "fix it" });
    const plain = renderText(bag.all(), bag.files);
    const coloured = renderText(bag.all(), bag.files, { colour: true });
    expect(plain).not.toContain("\x1b[");
    expect(coloured).toContain("\x1b[31m");
    expect(coloured.replace(/\x1b\[[0-9;]*m/g, "")).toBe(plain);
    expect(/^[\x20-\x7e\n]*$/.test(plain)).toBe(true);
  });
});

describe("JSON", () => {
  test("one array; line and column (code points) and offsets of primary and related spans", () => {
    const file = createSourceFile("j.golong", "b {\r\n  x: 😀 stpes\r\n}");
    const bag = new DiagnosticBag(file);
    const at = file.text.indexOf("stpes");
    bag.error("GL0106", { start: at, end: at + 5 }, { message: "unknown unit `stpes`", label: "did you mean `steps`?", related: [{ span: { start: 0, end: 1 }, label: "in b" }], help: "write `steps`" });
    const json = JSON.parse(renderJson(bag.all(), bag.files));
    expect(json).toEqual([{
      code: "GL0106",
      severity: "error",
      message: "unknown unit `stpes`",
      primary: { file: "j.golong", start: { line: 2, column: 8, offset: at }, end: { line: 2, column: 13, offset: at + 5 }, label: "did you mean `steps`?" },
      related: [{ file: "j.golong", start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 2, offset: 1 }, label: "in b" }],
      help: "write `steps`",
    }]);
    expect(lineColOf(file, file.text.length)).toEqual({ line: 3, column: 2 });
    expect(renderJson([], bag.files)).toBe("[]\n");
  });
});
