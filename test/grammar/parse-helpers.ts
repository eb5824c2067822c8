// One-line parse cases, esbuild-style: expectParse (no diagnostics, returns the AST) and
// expectParseError (the diagnostics as "CODE line:col message" lines).
import { expect } from "vitest";
import { DiagnosticBag, createSourceFile, lineColOf, type Diagnostic, type SourceFile } from "../../diagnostics/index.js";
import { parseRecipe, type Decl, type Expr, type Recipe } from "../../grammar/index.js";

export interface Parsed { recipe: Recipe; diagnostics: readonly Diagnostic[]; file: SourceFile }

export function parse(text: string, path = "test.golong"): Parsed {
  const file = createSourceFile(path, text);
  const bag = new DiagnosticBag(file);
  const recipe = parseRecipe(file, bag);
  return { recipe, diagnostics: bag.sorted(), file };
}

/** "GL0106 1:29 unknown unit `stpes`" per diagnostic. */
export function summarize(p: Parsed): string[] {
  return p.diagnostics.map((d) => {
    const { line, column } = lineColOf(p.file, d.primary.span.start);
    return `${d.code} ${line}:${column} ${d.message}`;
  });
}

/** Drops spans (and other position fields), so expected trees stay readable. */
export function stripSpans<T>(value: T): T {
  return JSON.parse(JSON.stringify(value, (k, v) => (k === "span" || k === "opSpan" || k === "unitSpan" || k === "bodySpan" ? undefined : v)));
}

export function expectParse(text: string): Recipe {
  const p = parse(text);
  expect(summarize(p)).toEqual([]);
  return p.recipe;
}

export function expectParseError(text: string, ...expected: string[]): Parsed {
  const p = parse(text);
  expect(summarize(p)).toEqual(expected);
  return p;
}

/** The only declaration of a recipe that parses clean, spans stripped. */
export function onlyDecl(text: string): Decl {
  const r = expectParse(text);
  expect(r.items.length).toBe(1);
  return stripSpans(r.items[0]);
}

/** The value of `v` in `b { v: TEXT }`, spans stripped. */
export function valueOf(text: string): Expr {
  const d = onlyDecl(`b { v: ${text} }`);
  if (d.kind !== "block" || d.body.members[0]?.kind !== "field") throw new Error("not a field");
  return d.body.members[0].value;
}

export const n = (value: number, raw = String(value)) => ({ kind: "number", value, raw });
export const name = (...parts: string[]) => ({ kind: "name", parts: parts.map((p) => ({ kind: "ident", name: p })) });
export const id = (s: string) => ({ kind: "ident", name: s });
