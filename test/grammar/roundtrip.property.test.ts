// Property: a randomly generated recipe, printed as text, parses without diagnostics into exactly the
// AST it was printed from (spans aside). The generator builds both the text and the expected tree.
import fc from "fast-check";
import { expect, test } from "vitest";
import { parse, stripSpans, summarize } from "./parse-helpers.js";

const KEYWORDS = new Set(["recipe", "import", "model", "source", "type", "task", "tasks", "gate", "from", "where", "reward", "in", "not", "and", "or", "true", "false"]);
const UNITS = ["tokens", "steps", "epochs", "ms", "s", "min", "h"];

type Gen<T> = fc.Arbitrary<{ text: string; ast: T }>;

const word = fc.stringMatching(/^[a-z_][a-z0-9_]{0,8}$/).filter((w) => !KEYWORDS.has(w) && !UNITS.includes(w) && !["m", "sec", "secs", "second", "seconds", "mins", "minute", "minutes", "hr", "hour", "hours", "token", "step", "epoch"].includes(w));
const ident = (name: string) => ({ kind: "ident", name });

const escape = (s: string) => s.replace(/[\\"\n\r\t\0]/g, (c) => ({ "\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\0": "\\0" })[c]!);

const number: Gen<unknown> = fc.oneof(
  fc.nat({ max: 100000 }).map((n) => ({ text: String(n), ast: { kind: "number", value: n, raw: String(n) } })),
  fc.tuple(fc.nat({ max: 999 }), fc.nat({ max: 99 })).map(([a, b]) => {
    const raw = `${a}.${String(b).padStart(2, "0")}`;
    return { text: raw, ast: { kind: "number", value: Number(raw), raw } };
  }),
  fc.tuple(fc.integer({ min: 1, max: 9 }), fc.integer({ min: -9, max: 9 })).map(([a, e]) => {
    const raw = `${a}e${e}`;
    return { text: raw, ast: { kind: "number", value: Number(raw), raw } };
  }),
);

const quantity: Gen<unknown> = fc.tuple(fc.integer({ min: 1, max: 512 }), fc.constantFrom(...UNITS, "%"), fc.boolean()).map(([n, unit, k]) => {
  const raw = k && unit !== "%" ? `${n}k` : String(n);
  const amount = { kind: "number", value: k && unit !== "%" ? n * 1000 : n, raw, ...(k && unit !== "%" ? { suffix: "k" } : {}) };
  const value = k && unit !== "%" ? n * (unit === "tokens" ? 1024 : 1000) : n;
  return { text: unit === "%" ? `${raw}%` : `${raw} ${unit}`, ast: { kind: "quantity", value, unit, amount } };
});

const string: Gen<unknown> = fc.string({ maxLength: 12 }).map((s) => ({ text: `"${escape(s)}"`, ast: { kind: "string", value: s } }));
const name: Gen<unknown> = fc.array(word, { minLength: 1, maxLength: 3 }).map((parts) => ({ text: parts.join("."), ast: { kind: "name", parts: parts.map(ident) } }));
const bool: Gen<unknown> = fc.boolean().map((b) => ({ text: String(b), ast: { kind: "bool", value: b } }));

const { value } = fc.letrec<{ value: { text: string; ast: unknown } }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    number, quantity, string, name, bool,
    fc.array(tie("value"), { maxLength: 4 }).map((xs) => ({ text: `[${xs.map((x) => x.text).join(", ")}]`, ast: { kind: "list", items: xs.map((x) => x.ast) } })),
    fc.tuple(name, fc.array(fc.tuple(fc.option(word, { nil: undefined }), tie("value")), { maxLength: 3 })).map(([callee, args]) => {
      // positional arguments first, as users write them
      const sorted = [...args.filter(([n]) => n === undefined), ...args.filter(([n]) => n !== undefined)];
      return {
        text: `${callee.text}(${sorted.map(([n, v]) => (n ? `${n}: ${v.text}` : v.text)).join(", ")})`,
        ast: { kind: "call", callee: callee.ast, args: sorted.map(([n, v]) => ({ kind: "arg", ...(n ? { name: ident(n) } : {}), value: v.ast })) },
      };
    }),
    fc.tuple(tie("value"), fc.constantFrom("==", "!=", "<", "<=", ">", ">=", "in", "not in", "and", "or", "+", "-", "*", "/"), tie("value")).map(([l, op, r]) => ({
      text: `(${l.text}) ${op} (${r.text})`,
      ast: { kind: "binary", op, left: l.ast, right: r.ast },
    })),
    tie("value").map((v) => ({ text: `not (${v.text})`, ast: { kind: "unary", op: "not", operand: v.ast } })),
  ),
}));

const field = fc.tuple(fc.array(word, { minLength: 1, maxLength: 3 }), value).map(([key, v]) => ({
  text: `${key.join(".")}: ${v.text}`,
  ast: { kind: "field", key: { kind: "field_key", text: key.join("."), parts: key, quoted: false }, value: v.ast },
}));

const block = fc.tuple(word, fc.option(word, { nil: undefined }), fc.array(field, { maxLength: 5 }), fc.boolean()).map(([kw, variant, fields, commas]) => ({
  text: `${kw}${variant ? " " + variant : ""} {${commas ? " " : "\n  "}${fields.map((f) => f.text).join(commas ? ", " : "\n  ")}${commas ? " " : "\n"}}`,
  ast: { kind: "block", keyword: ident(kw), ...(variant ? { variant: ident(variant) } : {}), body: { kind: "block_body", members: fields.map((f) => f.ast) } },
}));

test("printed recipes parse back to the tree they were printed from", () => {
  fc.assert(
    fc.property(fc.array(block, { minLength: 1, maxLength: 4 }), (blocks) => {
      const text = blocks.map((b) => b.text).join("\n") + "\n";
      const p = parse(text);
      expect(summarize(p)).toEqual([]);
      expect(stripSpans(p.recipe.items)).toEqual(blocks.map((b) => b.ast));
    }),
    { numRuns: 300, seed: 42 },
  );
});
