// Every value form: numbers, quantities and units, strings, booleans, names, lists, ranges, calls,
// operators and their precedence.
import { describe, expect, test } from "vitest";
import { expectParseError, id, n, name, onlyDecl, valueOf } from "./parse-helpers.js";

describe("numbers", () => {
  test.each([
    ["128", 128], ["0.8", 0.8], ["2e-6", 2e-6], ["1.5E3", 1500], ["3e+2", 300], ["0", 0],
  ])("%s", (text, value) => {
    expect(valueOf(text)).toEqual(n(value, text));
  });

  test("a leading minus is folded into the literal", () => {
    expect(valueOf("-1")).toEqual(n(-1, "-1"));
    expect(valueOf("-2.5e-3")).toEqual(n(-0.0025, "-2.5e-3"));
  });

  test("k, K and M are decimal magnitudes without a unit", () => {
    expect(valueOf("20k")).toEqual({ kind: "number", value: 20000, raw: "20k", suffix: "k" });
    expect(valueOf("16K")).toEqual({ kind: "number", value: 16000, raw: "16K", suffix: "K" });
    expect(valueOf("2M")).toEqual({ kind: "number", value: 2_000_000, raw: "2M", suffix: "M" });
  });
});

describe("quantities", () => {
  const q = (value: number, unit: string, amount: unknown) => ({ kind: "quantity", value, unit, amount });

  test("k and K are x1024 for tokens, as the published launches compute", () => {
    expect(valueOf("160k tokens")).toEqual(q(163840, "tokens", { kind: "number", value: 160000, raw: "160k", suffix: "k" }));
    expect(valueOf("16K tokens")).toEqual(q(16384, "tokens", { kind: "number", value: 16000, raw: "16K", suffix: "K" }));
    expect(valueOf("1k tokens").kind === "quantity" && (valueOf("1k tokens") as { value: number }).value).toBe(1024);
    expect((valueOf("1M tokens") as { value: number }).value).toBe(1024 * 1024);
    expect((valueOf("176k token") as { value: number }).value).toBe(176 * 1024);
  });

  test.each([
    ["5 steps", 5, "steps"], ["1 step", 1, "steps"], ["3 epochs", 3, "epochs"],
    ["30s", 30, "s"], ["30 s", 30, "s"], ["30 seconds", 30, "s"], ["500ms", 500, "ms"],
    ["2m", 2, "min"], ["10 min", 10, "min"], ["1 hour", 1, "h"], ["2h", 2, "h"], ["60%", 60, "%"],
    ["1k steps", 1000, "steps"], ["0.5 s", 0.5, "s"],
  ])("%s", (text, value, unit) => {
    const v = valueOf(text);
    expect(v.kind).toBe("quantity");
    expect(v).toMatchObject({ value, unit });
  });

  test("a negative quantity", () => {
    expect(valueOf("-5 steps")).toMatchObject({ kind: "quantity", value: -5, unit: "steps", amount: { value: -5, raw: "-5" } });
  });

  test("a word on the next line is not a unit", () => {
    expect(onlyDecl("b {\n  tp: 8\n  n: 16\n}")).toMatchObject({
      body: { members: [{ key: { text: "tp" }, value: n(8) }, { key: { text: "n" }, value: n(16) }] },
    });
  });

  test("an unknown unit is reported with a suggestion", () => {
    const p = expectParseError("b { warmup: 5 stpes }", "GL0106 1:15 unknown unit `stpes`");
    expect(p.diagnostics[0].primary.label).toBe("did you mean `steps`?");
  });

  test("a word after a number that starts the next field is not a unit, but needs a separator", () => {
    expectParseError("b { tp: 8 n: 16 }", "GL0111 1:11 missing `,` or line break before `n`");
  });
});

describe("strings", () => {
  test("escapes are decoded", () => {
    expect(valueOf('"a\\"b\\\\c\\n\\t\\r\\0"')).toEqual({ kind: "string", value: 'a"b\\c\n\t\r\0' });
    expect(valueOf('"\\u00e9\\u{1F600}"')).toEqual({ kind: "string", value: "é😀" });
    expect(valueOf('""')).toEqual({ kind: "string", value: "" });
    expect(valueOf('"中文 text"')).toEqual({ kind: "string", value: "中文 text" });
  });
});

describe("names, booleans, on/off", () => {
  test("true and false are booleans; on, off and other words are names", () => {
    expect(valueOf("true")).toEqual({ kind: "bool", value: true });
    expect(valueOf("false")).toEqual({ kind: "bool", value: false });
    expect(valueOf("off")).toEqual(name("off"));
    expect(valueOf("on")).toEqual(name("on"));
    expect(valueOf("token_mean")).toEqual(name("token_mean"));
  });

  test("dotted names, keywords allowed after a dot", () => {
    expect(valueOf("golongrl.ndcg_tasks")).toEqual(name("golongrl", "ndcg_tasks"));
    expect(valueOf("a.from.type")).toEqual(name("a", "from", "type"));
  });
});

describe("lists and ranges", () => {
  test("lists, trailing comma, nesting, empty", () => {
    expect(valueOf("[0.2, 0.28]")).toEqual({ kind: "list", items: [n(0.2), n(0.28)] });
    expect(valueOf("[1, 2,]")).toEqual({ kind: "list", items: [n(1), n(2)] });
    expect(valueOf("[]")).toEqual({ kind: "list", items: [] });
    expect(valueOf("[[1], [\n 2\n]]")).toEqual({ kind: "list", items: [{ kind: "list", items: [n(1)] }, { kind: "list", items: [n(2)] }] });
  });

  test("ranges", () => {
    expect(valueOf("1..8")).toEqual({ kind: "range", from: n(1), to: n(8) });
    expect(valueOf("0.5..1")).toEqual({ kind: "range", from: n(0.5), to: n(1) });
  });
});

describe("calls and member access", () => {
  test("positional and named arguments", () => {
    expect(valueOf("summary(output, truth.doc_ids, language: truth.summary)")).toEqual({
      kind: "call",
      callee: name("summary"),
      args: [
        { kind: "arg", value: name("output") },
        { kind: "arg", value: name("truth", "doc_ids") },
        { kind: "arg", name: id("language"), value: name("truth", "summary") },
      ],
    });
  });

  test("env, nested calls, no arguments, trailing comma, dotted callee", () => {
    expect(valueOf('env("LLM")')).toEqual({ kind: "call", callee: name("env"), args: [{ kind: "arg", value: { kind: "string", value: "LLM" } }] });
    expect(valueOf("ndcg(answer_lines(output), truth.doc_ids,)")).toMatchObject({
      kind: "call", args: [{ value: { kind: "call", callee: name("answer_lines") } }, { value: name("truth", "doc_ids") }],
    });
    expect(valueOf("f()")).toEqual({ kind: "call", callee: name("f"), args: [] });
    expect(valueOf("golongrl.think_gate(x)")).toMatchObject({ kind: "call", callee: name("golongrl", "think_gate") });
  });

  test("member access on a call result", () => {
    expect(valueOf("f(x).y.z")).toEqual({
      kind: "member",
      object: { kind: "member", object: { kind: "call", callee: name("f"), args: [{ kind: "arg", value: name("x") }] }, property: id("y") },
      property: id("z"),
    });
  });
});

describe("operators", () => {
  const bin = (op: string, left: unknown, right: unknown) => ({ kind: "binary", op, left, right });

  test("in and not in", () => {
    expect(valueOf("reward_mode in golongrl.ndcg_tasks")).toEqual(bin("in", name("reward_mode"), name("golongrl", "ndcg_tasks")));
    expect(valueOf('x not in ["a", "b"]')).toEqual(bin("not in", name("x"), { kind: "list", items: [{ kind: "string", value: "a" }, { kind: "string", value: "b" }] }));
  });

  test("comparisons", () => {
    for (const op of ["==", "!=", "<", "<=", ">", ">="]) expect(valueOf(`a ${op} 1`)).toEqual(bin(op, name("a"), n(1)));
  });

  test("not binds looser than comparison, and looser than not; or loosest; left-associative", () => {
    expect(valueOf("not a == b and c or d")).toEqual(
      bin("or", bin("and", { kind: "unary", op: "not", operand: bin("==", name("a"), name("b")) }, name("c")), name("d")));
    expect(valueOf("a or b or c")).toEqual(bin("or", bin("or", name("a"), name("b")), name("c")));
    expect(valueOf("not not a")).toEqual({ kind: "unary", op: "not", operand: { kind: "unary", op: "not", operand: name("a") } });
  });

  test("parentheses group", () => {
    expect(valueOf("a and (b or c)")).toEqual(bin("and", name("a"), bin("or", name("b"), name("c"))));
  });

  test("arithmetic: * before +, left-associative, unary minus on a name", () => {
    expect(valueOf("(max_prompt + max_response) / cp")).toEqual(bin("/", bin("+", name("max_prompt"), name("max_response")), name("cp")));
    expect(valueOf("a - b - c")).toEqual(bin("-", bin("-", name("a"), name("b")), name("c")));
    expect(valueOf("a + b * c")).toEqual(bin("+", name("a"), bin("*", name("b"), name("c"))));
    expect(valueOf("-x")).toEqual({ kind: "unary", op: "-", operand: name("x") });
  });
});
