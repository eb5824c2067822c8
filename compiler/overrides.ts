// compiler/overrides.ts — `--set PATH=VALUE` flags become fields of the recipe's AST, so they are
// checked exactly like the file. The flags are their own pseudo-file `<--set>` (one flag a line), and
// diagnostics about them point there.
import { parseRecipe, type BlockDecl, type Decl, type Expr, type Field, type Ident, type ModelDecl, type Recipe, type Span } from "../grammar/index.js";
import { closestMany, createSourceFile, orList, DiagnosticBag as Bag, type Diagnostic, type DiagnosticBag, type SourceFile } from "../diagnostics/index.js";
import { BLOCK_KEYWORDS } from "./schema/blocks.js";

export const OVERRIDES_FILE = "<--set>";

export interface Applied {
  readonly ast: Recipe;
  /** The bag for a node that came from a flag. */
  readonly origin: WeakMap<object, DiagnosticBag>;
  readonly file?: SourceFile;
}

/** Moves every span in a parsed fragment by `delta` (the fragment was parsed behind a prefix). */
function shift<T>(node: T, delta: number): T {
  if (Array.isArray(node)) return node.map((x) => shift(x, delta)) as T;
  if (node === null || typeof node !== "object") return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node as Record<string, unknown>)) {
    if (v && typeof v === "object" && !Array.isArray(v) && typeof (v as Span).start === "number" && typeof (v as Span).end === "number" && Object.keys(v).length === 2)
      out[k] = { start: (v as Span).start + delta, end: (v as Span).end + delta };
    else out[k] = shift(v, delta);
  }
  return out as T;
}

const PREFIX = "s{k:";

export function applyOverrides(ast: Recipe, flags: readonly string[], bag: DiagnosticBag): Applied {
  const origin = new WeakMap<object, DiagnosticBag>();
  if (flags.length === 0) return { ast, origin };
  const file = createSourceFile(OVERRIDES_FILE, flags.join("\n"));
  const setBag = bag.forFile(file);
  let items = [...ast.items];
  flags.forEach((flag, i) => {
    const base = file.lineStarts[i];
    const eq = flag.indexOf("=");
    const keyText = eq < 0 ? flag : flag.slice(0, eq);
    const path = keyText.split(".");
    if (eq < 0 || path.some((p) => p === "") || eq === flag.length - 1) {
      setBag.error("GL0609", { start: base, end: base + flag.length }, { label: eq < 0 ? "no `=` in the flag" : "expected PATH=VALUE", help: "write --set rollout.n=8" });
      return;
    }
    const keySpan = (from: number, to: number): Span => ({ start: base + from, end: base + to });
    if (!BLOCK_KEYWORDS.includes(path[0]) && path[0] !== "model") {
      const near = closestMany(path[0], [...BLOCK_KEYWORDS.filter((k) => k !== "let"), "model"]);
      setBag.error("GL0609", keySpan(0, path[0].length), { message: `\`${path[0]}\` is not a block`, label: "unknown block", help: near.length ? `did you mean ${orList(near)}?` : "the path starts with a block: rollout.n, train.mini_batch, cluster.actor.tp" });
      return;
    }
    if (path.length < 2) {
      setBag.error("GL0609", keySpan(0, keyText.length), { message: "the path names a block, not a field", label: "which field?", help: `write --set ${path[0]}.FIELD=VALUE` });
      return;
    }
    // Parse the value behind a prefix of fixed length, then move its spans onto the flag's text.
    const temp = createSourceFile(OVERRIDES_FILE, PREFIX + flag.slice(eq + 1) + "\n}");
    const tempBag = new Bag(temp);
    const parsed = parseRecipe(temp, tempBag);
    const delta = base + eq + 1 - PREFIX.length;
    for (const d of tempBag.all()) setBag.add(shiftDiagnostic(d, delta));
    if (tempBag.hasErrors()) return;
    const block = parsed.items[0];
    const member = block?.kind === "block" ? block.body.members[0] : undefined;
    if (!member || member.kind !== "field") {
      setBag.error("GL0609", keySpan(eq + 1, flag.length), { message: "the value of a --set flag is one value", label: "not a value", help: "write --set rollout.n=8" });
      return;
    }
    const value = shift(member.value, delta) as Expr;
    const isVerl = path[0] === "verl";
    const fieldParts = isVerl ? [path.slice(1).join(".")] : path.slice(1);
    const leafStart = keyText.length - fieldParts[fieldParts.length - 1].length;
    const leaf = fieldParts[fieldParts.length - 1];
    const field: Field = {
      kind: "field", span: { start: base, end: base + flag.length },
      key: { kind: "field_key", span: keySpan(leafStart, keyText.length), text: leaf, parts: leaf.split("."), quoted: isVerl && leaf.startsWith("+") },
      value,
    };
    origin.set(field, setBag);
    const ident = (name: string, from: number): Ident => ({ kind: "ident", span: keySpan(from, from + name.length), name });
    items = setField(items, path[0], fieldParts.slice(0, -1), field, ident, origin, setBag);
  });
  return { ast: { ...ast, items }, origin, file };
}

function setField(items: Decl[], top: string, nested: string[], field: Field, ident: (n: string, from: number) => Ident, origin: WeakMap<object, DiagnosticBag>, setBag: DiagnosticBag): Decl[] {
  const replaceIn = (members: BlockDecl["body"]["members"], path: string[], offset: number): BlockDecl["body"]["members"] => {
    if (path.length === 0) return [...members.filter((m) => !(m.kind === "field" && m.key.text === field.key.text)), field];
    const [head, ...rest] = path;
    const at = members.findIndex((m) => m.kind === "block" && m.keyword.name === head);
    const existing = at >= 0 ? (members[at] as BlockDecl) : synthBlock(ident(head, offset), origin, setBag);
    const updated: BlockDecl = { ...existing, body: { ...existing.body, members: replaceIn(existing.body.members, rest, offset + head.length + 1) } };
    if (at < 0) origin.set(updated, setBag);
    return at >= 0 ? members.map((m, i) => (i === at ? updated : m)) : [...members, updated];
  };
  const offset = top.length + 1;
  if (top === "model") {
    const at = items.findIndex((d) => d.kind === "model");
    if (at < 0) {
      setBag.error("GL0609", ident(top, 0).span, { message: "the recipe has no model to override", label: "no model", help: "declare the model in the recipe" });
      return items;
    }
    const m = items[at] as ModelDecl;
    const updated: ModelDecl = { ...m, body: { ...m.body, members: replaceIn(m.body.members, nested, offset) } };
    return items.map((d, i) => (i === at ? updated : d));
  }
  const at = items.findIndex((d) => d.kind === "block" && d.keyword.name === top);
  const existing = at >= 0 ? (items[at] as BlockDecl) : synthBlock(ident(top, 0), origin, setBag);
  const updated: BlockDecl = { ...existing, body: { ...existing.body, members: replaceIn(existing.body.members, nested, offset) } };
  if (at < 0) origin.set(updated, setBag);
  return at >= 0 ? items.map((d, i) => (i === at ? updated : d)) : [...items, updated];
}

function synthBlock(keyword: Ident, origin: WeakMap<object, DiagnosticBag>, setBag: DiagnosticBag): BlockDecl {
  const b: BlockDecl = { kind: "block", span: keyword.span, keyword, body: { kind: "block_body", span: keyword.span, members: [] } };
  origin.set(b, setBag);
  return b;
}

function shiftDiagnostic(d: Diagnostic, delta: number): Diagnostic {
  const mv = (s: Span): Span => ({ start: s.start + delta, end: s.end + delta });
  return { ...d, file: OVERRIDES_FILE, primary: { ...d.primary, span: mv(d.primary.span) }, related: d.related.map((r) => ({ ...r, span: mv(r.span) })) };
}
