// compiler/checks/block-fields.ts — a block's fields against its table (schema/blocks.ts): unknown and
// repeated fields, types, units and ranges; the result holds each value in its base unit, with the
// span it came from, for the cross-field checks and lowering.
import type * as A from "../../grammar/index.js";
import { closestMany, orList, type DiagnosticBag } from "../../diagnostics/index.js";
import { suggestNames } from "../names/suggest-names.js";
import type { Host } from "../host.js";
import { describeType, type BlockSpec, type FieldSpec, type FieldType } from "../schema/field-types.js";
import { evalConst, describeConst, type Const } from "./constants.js";

export interface FieldValue {
  readonly value: unknown;
  readonly span: A.Span;
  readonly bag: DiagnosticBag;
}

export interface BlockValues {
  readonly spec: BlockSpec;
  /** The block as written; undefined when the recipe leaves it out (every field at its default). */
  readonly decl?: A.BlockDecl;
  readonly bag: DiagnosticBag;
  readonly fields: ReadonlyMap<string, FieldValue>;
  readonly blocks: ReadonlyMap<string, BlockValues>;
  /** A field failed to check: dependents stay silent. */
  readonly failed: ReadonlySet<string>;
}

export interface FieldContext {
  readonly host: Host;
  readonly bag: DiagnosticBag;
  /** The bag of a field that came from elsewhere (a `--set` flag). */
  readonly bagOf: (node: object) => DiagnosticBag | undefined;
  readonly sourceNames: readonly string[];
}

const DURATION_MS: Record<string, number> = { ms: 1, s: 1000, min: 60_000, h: 3_600_000 };

export function checkBlock(decl: A.BlockDecl | undefined, spec: BlockSpec, ctx: FieldContext): BlockValues {
  const fields = new Map<string, FieldValue>();
  const blocks = new Map<string, BlockValues>();
  const failed = new Set<string>();
  const bag = decl ? ctx.bagOf(decl) ?? ctx.bag : ctx.bag;
  const seen = new Map<string, A.Span>();
  for (const m of decl?.body.members ?? []) {
    const mbag = ctx.bagOf(m) ?? bag;
    if (m.kind === "block") {
      const nested = (spec.blocks ?? []).find((b) => b.keyword === m.keyword.name);
      if (!nested) {
        const near = closestMany(m.keyword.name, (spec.blocks ?? []).map((b) => b.keyword));
        mbag.error("GL0209", m.keyword.span, {
          message: `\`${spec.keyword}\` has no block \`${m.keyword.name}\``,
          label: "unknown block",
          help: near.length ? `did you mean ${orList(near)}?` : spec.blocks?.length ? `its blocks are ${orList(spec.blocks.map((b) => b.keyword))}` : `\`${spec.keyword}\` takes fields only`,
        });
        continue;
      }
      if (blocks.has(nested.keyword)) {
        mbag.error("GL0202", m.keyword.span, { message: `\`${nested.keyword}\` is defined more than once`, label: "again here", help: "merge the two blocks" });
        continue;
      }
      blocks.set(nested.keyword, checkBlock(m, nested, ctx));
      continue;
    }
    const name = m.key.text;
    const fs = m.key.quoted ? undefined : spec.fields.find((x) => x.name === name);
    if (!fs) {
      const near = suggestNames(name, spec.fields.map((x) => x.name));
      mbag.error("GL0210", m.key.span, {
        message: `\`${spec.keyword}\` has no field \`${name}\``,
        label: "unknown field",
        help: near.length ? `did you mean ${orList(near)}?`
          : name.includes(".") ? "verl keys go in the `verl { }` block"
          : `its fields are ${spec.fields.map((x) => x.name).join(", ")}`,
      });
      continue;
    }
    const prev = seen.get(name);
    if (prev) {
      mbag.error("GL0213", m.key.span, { message: `\`${name}\` is set more than once`, label: "set again here", related: [{ span: prev, label: "first set here" }], help: "remove one of them" });
      continue;
    }
    seen.set(name, m.key.span);
    const c = evalConst(m.value, { host: ctx.host, bag: mbag });
    const v = coerce(c, fs, mbag, ctx);
    if (v === INVALID) failed.add(name);
    else fields.set(name, { value: v, span: m.value.span, bag: mbag });
  }
  const anchor = decl?.keyword.span;
  for (const fs of spec.fields) {
    if (fields.has(fs.name) || failed.has(fs.name)) continue;
    if (fs.required && decl) {
      bag.error("GL0214", anchor!, {
        message: `\`${spec.keyword}\` is missing \`${fs.name}\``,
        label: `needs ${fs.name}: ${describeType(fs.type)}`,
        help: `add \`${fs.name}: ...\` (${fs.doc})`,
      });
      failed.add(fs.name);
    }
  }
  for (const nb of spec.blocks ?? []) if (!blocks.has(nb.keyword)) blocks.set(nb.keyword, checkBlock(undefined, nb, ctx));
  return { spec, decl, bag, fields, blocks, failed };
}

/** The value of a field (written, else its default). */
export function get<T = unknown>(b: BlockValues, name: string): T {
  const f = b.fields.get(name);
  if (f) return f.value as T;
  return b.spec.fields.find((x) => x.name === name)?.default as T;
}

export const INVALID: unique symbol = Symbol("invalid");

function coerce(c: Const, fs: FieldSpec, bag: DiagnosticBag, ctx: FieldContext): unknown {
  if (c.kind === "error") return INVALID;
  if (fs.offable && c.kind === "name" && c.name === "off") return null;
  return coerceType(c, fs.type, fs, bag, ctx);
}

function mismatch(c: Const, t: FieldType, fs: FieldSpec, bag: DiagnosticBag): typeof INVALID {
  bag.error("GL0301", c.span, {
    message: `\`${fs.name}\` expects ${describeType(t)}${fs.offable ? " or off" : ""}, found ${describeConst(c)}`,
    label: `expected ${describeType(t)}`,
    help: `${fs.name}: ${fs.doc}`,
  });
  return INVALID;
}

function range(c: Const, value: number, fs: FieldSpec, bag: DiagnosticBag, lo: number | undefined, hi: number | undefined, exclusiveLo = false): unknown {
  const below = lo !== undefined && (exclusiveLo ? value <= lo : value < lo);
  const above = hi !== undefined && value > hi;
  if (!below && !above) return value;
  const want = lo !== undefined && hi !== undefined ? `[${lo}, ${hi}]` : lo !== undefined ? (exclusiveLo ? `greater than ${lo}` : `at least ${lo}`) : `at most ${hi}`;
  bag.error("GL0401", c.span, {
    message: `\`${fs.name}\` must be ${lo !== undefined && hi !== undefined ? `in ${want}` : want}`,
    label: `${value} is out of range`,
    help: `${fs.name}: ${fs.doc}`,
  });
  return INVALID;
}

function coerceType(c: Const, t: FieldType, fs: FieldSpec, bag: DiagnosticBag, ctx: FieldContext): unknown {
  switch (t.kind) {
    case "any": return c;
    case "int": case "number": {
      if (c.kind === "quantity") {
        bag.error("GL0303", c.span, { message: `\`${fs.name}\` takes a plain number, not ${c.unit}`, label: `${c.unit} not expected here`, help: `write the number alone: ${fs.name}: ${c.value}` });
        return INVALID;
      }
      if (c.kind !== "number") return mismatch(c, t, fs, bag);
      if (t.kind === "int" && !Number.isInteger(c.value)) {
        bag.error("GL0310", c.span, { message: `\`${fs.name}\` must be a whole number`, label: `${c.value} is not an integer`, help: `write ${Math.round(c.value)}` });
        return INVALID;
      }
      return t.kind === "int" ? range(c, c.value, fs, bag, t.min, t.max) : range(c, c.value, fs, bag, t.min, t.max, t.exclusiveMin);
    }
    case "fraction": {
      if (c.kind === "quantity" && c.unit === "%") return range(c, c.value / 100, fs, bag, 0, 1);
      if (c.kind !== "number") return mismatch(c, t, fs, bag);
      return range(c, c.value, fs, bag, 0, 1);
    }
    case "bool": {
      if (c.kind === "bool") return c.value;
      if (c.kind === "name" && (c.name === "on" || c.name === "off")) return c.name === "on";
      return mismatch(c, t, fs, bag);
    }
    case "enum": {
      const v = c.kind === "name" ? c.name : c.kind === "string" ? c.value : undefined;
      if (v === undefined) return mismatch(c, t, fs, bag);
      if (t.values.includes(v)) return v;
      const near = suggestNames(v, t.values);
      bag.error("GL0311", c.span, {
        message: `\`${fs.name}\` cannot be \`${v}\``,
        label: `expected ${orList(t.values)}`,
        help: near.length ? `did you mean ${orList(near)}?` : `${fs.name}: ${fs.doc}`,
      });
      return INVALID;
    }
    case "text": {
      if (c.kind === "string") return c.value;
      return mismatch(c, t, fs, bag);
    }
    case "quantity": {
      const unitWord = t.unit === "duration" ? "ms, s, min or h" : t.unit;
      if (c.kind === "number") {
        bag.error("GL0303", c.span, {
          message: `\`${fs.name}\` needs a unit`,
          label: `${c.value} what?`,
          help: `write ${t.unit === "duration" ? `${c.value}s or ${c.value}ms` : `${c.value} ${t.unit}`}`,
        });
        return INVALID;
      }
      if (c.kind !== "quantity") return mismatch(c, t, fs, bag);
      let value: number;
      if (t.unit === "duration") {
        if (!(c.unit in DURATION_MS)) return wrongUnit(c, fs, unitWord, bag);
        value = c.value * DURATION_MS[c.unit];
      } else {
        if (c.unit !== t.unit) return wrongUnit(c, fs, unitWord, bag);
        value = c.value;
      }
      if (!Number.isInteger(value)) {
        bag.error("GL0310", c.span, { message: `\`${fs.name}\` must be a whole number of ${t.unit === "duration" ? "milliseconds" : t.unit}`, label: `${value} is not whole`, help: `write ${Math.round(value)}` });
        return INVALID;
      }
      return range(c, value, fs, bag, t.min, undefined);
    }
    case "list": {
      if (c.kind !== "list") return mismatch(c, t, fs, bag);
      const out = c.items.map((i) => coerceType(i, t.of, fs, bag, ctx));
      return out.includes(INVALID) ? INVALID : out;
    }
    case "pair": {
      if (c.kind !== "list" || c.items.length !== 2) {
        if (c.kind === "list") {
          bag.error("GL0301", c.span, { message: `\`${fs.name}\` takes two values, [low, high]`, label: `${c.items.length} value${c.items.length === 1 ? "" : "s"} given`, help: `write ${fs.name}: [0.2, 0.28]` });
          return INVALID;
        }
        return mismatch(c, t, fs, bag);
      }
      const out = c.items.map((i) => coerceType(i, t.of, fs, bag, ctx));
      return out.includes(INVALID) ? INVALID : out;
    }
    case "source_ref": {
      if (c.kind !== "name") return mismatch(c, t, fs, bag);
      if (ctx.sourceNames.includes(c.name)) return c.name;
      const near = closestMany(c.name, ctx.sourceNames);
      bag.error("GL0203", c.span, {
        message: `unknown source \`${c.name}\``,
        label: "not a declared source",
        help: near.length ? `did you mean ${orList(near)}?` : ctx.sourceNames.length ? `the sources are ${orList(ctx.sourceNames)}` : "declare it with `source NAME = parquet(...) : Type`",
      });
      return INVALID;
    }
    case "group_filter": {
      if (c.kind === "call" && c.name === "nonzero_std" && c.args.length === 1 && c.args[0].kind === "name" && c.args[0].name === "score" && c.named.size === 0)
        return { keep: "nonzero_std", metric: "score" };
      if (c.kind === "call" && c.name === "nonzero_std") {
        bag.error("GL0311", c.span, { message: "dynamic sampling filters on `score`", label: "expected nonzero_std(score)", help: "write keep_groups_with: nonzero_std(score)" });
        return INVALID;
      }
      return mismatch(c, t, fs, bag);
    }
  }
}

function wrongUnit(c: Const & { unit: string }, fs: FieldSpec, want: string, bag: DiagnosticBag): typeof INVALID {
  bag.error("GL0303", c.span, {
    message: `\`${fs.name}\` is measured in ${want}, not ${c.unit}`,
    label: `${c.unit} is the wrong unit`,
    help: `${fs.name}: ${fs.doc}`,
  });
  return INVALID;
}
