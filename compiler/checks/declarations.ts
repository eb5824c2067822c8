// compiler/checks/declarations.ts — the recipe's model, sources, tasks (its own and a preset's, such as
// `tasks golongrl.all from train`) and gates, checked against their record types and the stdlib.
import type * as A from "../../grammar/index.js";
import { CAPABILITY_NAMES, functions } from "../../stdlib/index.js";
import { closestMany, orList, type DiagnosticBag } from "../../diagnostics/index.js";
import type { Expr as IrExpr, TaskSpec } from "../ir.js";
import { lookupWithImports, type ModuleScope, type Program } from "../names/scope.js";
import { MODEL_EMBEDDED, MODEL_PATH } from "../schema/blocks.js";
import { resolveType } from "../types/type-exprs.js";
import { typeRecordExpr } from "../types/record-exprs.js";
import { JSON_T, show, type Ty } from "../types/value-types.js";
import { checkBlock, type BlockValues, type FieldContext } from "./block-fields.js";
import { evalConst, type Const } from "./constants.js";

export interface CheckedModel { readonly kind: "path" | "embedded"; readonly values: BlockValues; readonly span: A.Span }

export interface CheckedSource {
  readonly name: string;
  readonly format: "parquet" | "jsonl" | "synthetic";
  readonly path?: string;
  readonly synthetic?: { capabilities: string[]; contextTokens: number; count: number; seed: number };
  readonly recordType: Ty;
  readonly promptField: string;
  readonly onBadRecord: "stop" | "skip";
  readonly span: A.Span;
  readonly nameSpan: A.Span;
}

export interface CheckedTask {
  readonly spec: TaskSpec & { labelExpr?: IrExpr };
  readonly span: A.Span;
  readonly bag: DiagnosticBag;
  /** Record fields the label or `where` read through optional values (TMN's check). */
  readonly optionalReads: string[][];
  readonly labelSpan: A.Span;
}

export interface CheckedGate { readonly name: string; readonly expr: IrExpr; readonly span: A.Span }

export function checkModel(scope: ModuleScope, ctx: FieldContext): CheckedModel | undefined {
  const d = scope.model;
  if (!d) return undefined;
  const provider = d.provider?.name;
  if (provider !== undefined && provider !== "embedded") {
    scope.module.bag.error("GL0209", d.provider!.span, { message: `unknown model kind \`${provider}\``, label: "not a model kind", help: "write `model NAME { path: ... }` or `model NAME = embedded { ... }`" });
    return undefined;
  }
  const spec = provider === "embedded" ? MODEL_EMBEDDED : MODEL_PATH;
  const asBlock: A.BlockDecl = { kind: "block", span: d.span, keyword: d.name, body: d.body };
  return { kind: provider === "embedded" ? "embedded" : "path", values: checkBlock(asBlock, { ...spec, keyword: d.name.name }, ctx), span: d.span };
}

const SOURCE_KINDS = ["parquet", "jsonl", "synthetic"] as const;

export function checkSources(scope: ModuleScope, ctx: FieldContext): CheckedSource[] {
  const out: CheckedSource[] = [];
  const bag = scope.module.bag;
  for (const d of scope.sources.values()) {
    const init = d.init;
    const kind = init.kind === "call" && init.callee.kind === "name" && init.callee.parts.length === 1 ? init.callee.parts[0].name : undefined;
    if (init.kind === "error") continue;
    if (!kind || !(SOURCE_KINDS as readonly string[]).includes(kind) || init.kind !== "call") {
      const near = kind ? closestMany(kind, [...SOURCE_KINDS]) : [];
      bag.error("GL0608", init.kind === "call" ? init.callee.span : init.span, {
        message: kind ? `unknown source kind \`${kind}\`` : "a source is read by parquet(...), jsonl(...) or synthetic(...)",
        label: "not a source kind",
        help: near.length ? `did you mean ${orList(near)}?` : "write parquet(env(\"TRAIN_FILE\")) : RecordType",
      });
      continue;
    }
    const args = init.args.map((a) => ({ name: a.name?.name, value: evalConst(a.value, { host: ctx.host, bag }), arg: a }));
    if (args.some((a) => a.value.kind === "error")) continue;
    const named = (n: string) => args.find((a) => a.name === n)?.value;
    if (kind === "synthetic") {
      const caps = named("capabilities");
      const context = named("context");
      const count = named("count");
      const seed = named("seed");
      const problems: string[] = [];
      const capabilities = caps?.kind === "name" && caps.name === "all" ? ["all"]
        : caps?.kind === "list" && caps.items.every((i) => i.kind === "string" || i.kind === "name") ? caps.items.map((i) => (i.kind === "string" ? i.value : (i as { name: string }).name))
        : (problems.push("capabilities: all or a list of names"), []);
      if (context?.kind !== "quantity" || context.unit !== "tokens" || !Number.isInteger(context.value) || context.value < 1) problems.push("context: N tokens");
      if (count?.kind !== "number" || !Number.isInteger(count.value) || count.value < 1) problems.push("count: a positive integer");
      if (seed !== undefined && (seed.kind !== "number" || !Number.isInteger(seed.value))) problems.push("seed: an integer");
      const unknown = args.filter((a) => !a.name || !["capabilities", "context", "count", "seed"].includes(a.name));
      for (const u of unknown) bag.error("GL0608", u.arg.span, { message: "synthetic() takes capabilities, context, count and seed by name", label: u.name ? `unknown argument \`${u.name}\`` : "a positional argument", help: "write synthetic(capabilities: all, context: 512 tokens, count: 1k, seed: 1)" });
      for (const item of caps?.kind === "list" ? caps.items : []) {
        const name = item.kind === "string" ? item.value : item.kind === "name" ? item.name : undefined;
        if (name === undefined || CAPABILITY_NAMES.includes(name)) continue;
        const near = closestMany(name, CAPABILITY_NAMES);
        bag.error("GL0608", item.span, { message: `unknown synthetic capability \`${name}\``, label: "not a capability", help: near.length ? `did you mean ${orList(near)}?` : `the capabilities are ${CAPABILITY_NAMES.join(", ")}` });
        problems.push("known capabilities");
      }
      if (problems.length) {
        if (problems.length === 1 && problems[0] === "known capabilities") continue;
        bag.error("GL0608", init.span, { message: "invalid synthetic source", label: `expected ${problems.join(", ")}`, help: "write synthetic(capabilities: all, context: 512 tokens, count: 1k, seed: 1)" });
        continue;
      }
      let recordType: Ty = JSON_T;
      if (d.recordType) recordType = resolveType(d.recordType, scope);
      else {
        const found = lookupWithImports(scope, (s) => s.types, "SyntheticRecord");
        if (found) recordType = resolveType({ kind: "type_ref", span: d.name.span, name: { kind: "name", span: d.name.span, parts: [{ kind: "ident", span: d.name.span, name: "SyntheticRecord" }] }, args: [] }, found.scope);
      }
      out.push({
        name: d.name.name, format: "synthetic", recordType, promptField: "prompt", onBadRecord: "stop", span: d.span, nameSpan: d.name.span,
        synthetic: { capabilities, contextTokens: (context as { value: number }).value, count: (count as { value: number }).value, seed: seed ? (seed as { value: number }).value : 0 },
      });
      continue;
    }
    const path = args.find((a) => !a.name)?.value;
    const pathOk = path?.kind === "string";
    if (!pathOk || args.filter((a) => !a.name).length !== 1) {
      bag.error("GL0608", init.span, { message: `${kind}() takes the file's path`, label: "expected one path: a string or env(\"X\")", help: `write ${kind}(env("TRAIN_FILE")) : RecordType` });
      continue;
    }
    const promptField = named("prompt_field");
    const onBad = named("on_bad_record");
    for (const a of args.filter((x) => x.name && !["prompt_field", "on_bad_record"].includes(x.name)))
      bag.error("GL0608", a.arg.span, { message: `${kind}() has no argument \`${a.name}\``, label: "unknown argument", help: "its named arguments are prompt_field and on_bad_record" });
    if (!d.recordType) {
      bag.error("GL0608", d.span, { message: `source \`${d.name.name}\` has no record type`, label: "add `: RecordType` after the source", help: "write `: GoLongRecord` (import std.golongrl) or declare a type" });
      continue;
    }
    const recordType = resolveType(d.recordType, scope);
    if (recordType.kind !== "error" && recordType.kind !== "record" && recordType.kind !== "json") {
      bag.error("GL0301", d.recordType.span, { message: "a source's records must have a record type", label: `this is ${show(recordType)}`, help: "declare `type Name { field: type, ... }`" });
      continue;
    }
    out.push({
      name: d.name.name, format: kind as "parquet" | "jsonl", path: (path as { value: string }).value, recordType, span: d.span, nameSpan: d.name.span,
      promptField: promptField?.kind === "string" ? promptField.value : "prompt",
      onBadRecord: onBad?.kind === "name" && onBad.name === "skip" ? "skip" : "stop",
    });
  }
  return out;
}

/** The recipe's own tasks, then each `tasks M.X from S` instantiated with source S. */
export function checkTasks(program: Program, sources: readonly CheckedSource[]): CheckedTask[] {
  const main = program.main;
  const out: CheckedTask[] = [];
  const taken = new Map<string, A.Span>();
  const sourceNames = sources.map((s) => s.name);
  const add = (t: CheckedTask | undefined, nameSpan: A.Span, bag: DiagnosticBag, name: string) => {
    const prev = taken.get(name);
    if (prev) {
      bag.error("GL0202", nameSpan, { message: `task \`${name}\` is defined more than once`, label: "defined again here", related: [{ span: prev, label: "first defined here" }], help: "rename one of the tasks" });
      return;
    }
    taken.set(name, nameSpan);
    if (t) out.push(t);
  };
  for (const d of main.tasks.values()) {
    const from = d.body.filter((i): i is A.FromClause => i.kind === "from");
    if (from.length === 0) {
      main.module.bag.error("GL0309", d.name.span, { message: `task \`${d.name.name}\` has no source`, label: "no `from` line", help: `add \`from ${sourceNames[0] ?? "train"}\`` });
      taken.set(d.name.name, d.name.span);
      continue;
    }
    const src = findSource(from[0].source, sources, main.module.bag, main);
    add(src ? checkTask(d, main, src, d.name.name) : undefined, d.name.span, main.module.bag, d.name.name);
  }
  for (const set of main.taskSets) {
    const bag = main.module.bag;
    const parts = set.preset.parts.map((p) => p.name);
    const mod = main.imports.get(parts[0]);
    if (!mod || parts.length !== 2) {
      const near = closestMany(parts.join("."), [...main.imports.keys()].map((m) => `${m}.all`));
      bag.error("GL0211", set.preset.span, {
        message: `unknown task set \`${parts.join(".")}\``,
        label: mod ? "expected MODULE.all or MODULE.LIST" : "no such imported module",
        help: near.length ? `did you mean ${orList(near)}?` : "import the module first: import std.golongrl",
      });
      continue;
    }
    let names: string[];
    if (parts[1] === "all") names = [...mod.tasks.keys()];
    else {
      const l = mod.lets.get(parts[1]);
      const items = l?.value.kind === "list" ? l.value.items : undefined;
      if (!items || !items.every((i) => i.kind === "name" && i.parts.length === 1 && mod.tasks.has(i.parts[0].name))) {
        bag.error("GL0211", set.preset.parts[1].span, { message: `\`${parts[1]}\` is not a task set of \`${parts[0]}\``, label: "not a list of that module's tasks", help: `use ${parts[0]}.all` });
        continue;
      }
      names = items.map((i) => (i as A.Name).parts[0].name);
    }
    let src: CheckedSource | undefined;
    if (set.from) src = findSource(set.from.source, sources, bag, main);
    else if (sources.length === 1) src = sources[0];
    else src = sources.find((s) => s.name === "train");
    if (!src) {
      if (!set.from) bag.error("GL0309", set.span, { message: "which source do these tasks take?", label: "no `from` here", help: `write \`tasks ${parts.join(".")} from ${sourceNames[0] ?? "train"}\`` });
      continue;
    }
    for (const n of names) {
      const t = checkTask(mod.tasks.get(n)!, mod, src, n, set.from?.where, main);
      add(t, set.preset.span, bag, n);
    }
  }
  return out;
}

function findSource(name: A.Name, sources: readonly CheckedSource[], bag: DiagnosticBag, main: ModuleScope): CheckedSource | undefined {
  const n = name.parts.map((p) => p.name).join(".");
  const s = sources.find((x) => x.name === n);
  if (s) return s;
  if (main.sources.has(n)) return undefined;  // declared, but it failed to check (already reported)
  const near = closestMany(n, sources.map((x) => x.name));
  bag.error("GL0203", name.span, {
    message: `unknown source \`${n}\``,
    label: "not a declared source",
    help: near.length ? `did you mean ${orList(near)}?` : sources.length ? `the sources are ${orList(sources.map((x) => x.name))}` : "declare it with `source NAME = parquet(...) : Type`",
  });
  return undefined;
}

function checkTask(d: A.TaskDecl, scope: ModuleScope, src: CheckedSource, name: string, extraWhere?: A.Expr, extraScope?: ModuleScope): CheckedTask | undefined {
  const bag = scope.module.bag;
  // The source's type failed (already reported): its tasks cannot be checked, and stay silent.
  if (src.recordType.kind === "error") return undefined;
  const optionalReads: string[][] = [];
  const ctx = { record: src.recordType, optionalReads };
  let failed = false;
  const rewards = d.body.filter((i): i is A.RewardClause => i.kind === "reward");
  const froms = d.body.filter((i): i is A.FromClause => i.kind === "from");
  if (rewards.length === 0) {
    bag.error("GL0307", d.name.span, { message: `task \`${name}\` has no reward`, label: "no `reward` line", help: "add `reward METRIC(...)`, e.g. reward em(strip_think(output), truth.golden_label)" });
    failed = true;
  }
  for (const extra of rewards.slice(1)) {
    bag.error("GL0308", extra.span, { message: `task \`${name}\` has more than one reward`, label: "another reward", related: [{ span: rewards[0].span, label: "first reward here" }], help: "keep one reward line; split the task with `where` to score records differently" });
    failed = true;
  }
  for (const extra of froms.slice(1)) {
    bag.error("GL0202", extra.span, { message: `task \`${name}\` has more than one \`from\``, label: "another source", help: "a task reads one source; write two tasks" });
    failed = true;
  }
  let labelExpr: IrExpr | undefined;
  let label = name;
  let labelSpan = d.name.span;
  for (const item of d.body) {
    if (item.kind !== "field" && item.kind !== "block") continue;
    if (item.kind === "block" || item.key.text !== "label") {
      const span = item.kind === "block" ? item.keyword.span : item.key.span;
      bag.error("GL0210", span, { message: `a task has no field \`${item.kind === "block" ? item.keyword.name : item.key.text}\``, label: "unknown field", help: "a task holds `from`, `reward` and `label:`" });
      continue;
    }
    labelSpan = item.value.span;
    const t = typeRecordExpr(item.value, scope, ctx);
    if (t.ty.kind === "error") { failed = true; continue; }
    const inner = t.ty.kind === "optional" ? t.ty.of : t.ty;
    if (inner.kind !== "text" && inner.kind !== "json") {
      bag.error("GL0314", item.value.span, { label: `this is ${show(t.ty)}`, help: "write a string or a text expression such as task_label(reward_mode)" });
      failed = true;
      continue;
    }
    if (t.ir?.kind === "literal" && typeof t.ir.value === "string") label = t.ir.value;
    else labelExpr = t.ir;
  }
  const wheres: IrExpr[] = [];
  const condition = (e: A.Expr, s: ModuleScope) => {
    const t = typeRecordExpr(e, s, ctx);
    if (t.ty.kind === "error") { failed = true; return; }
    if (t.ty.kind !== "bool" && t.ty.kind !== "json") {
      s.module.bag.error("GL0305", e.span, { message: "a task's `where` must be true or false", label: `this is ${show(t.ty)}`, help: "compare the value: `x == \"value\"` or `x in [\"a\", \"b\"]`" });
      failed = true;
      return;
    }
    if (t.ir) wheres.push(t.ir);
  };
  if (froms[0]?.where) condition(froms[0].where, scope);
  if (extraWhere) condition(extraWhere, extraScope ?? scope);
  let reward: IrExpr | undefined;
  if (rewards[0]) {
    const t = typeRecordExpr(rewards[0].expr, scope, ctx);
    if (t.ty.kind === "error") failed = true;
    else if (t.ty.kind !== "number" && t.ty.kind !== "json") {
      bag.error("GL0306", rewards[0].expr.span, { message: `the reward of task \`${name}\` is not a number`, label: `this is ${show(t.ty)}`, help: "pass it to a metric, e.g. em(strip_think(output), truth.golden_label)" });
      failed = true;
    } else reward = t.ir;
  }
  if (failed || !reward) return undefined;
  const where: IrExpr | null = wheres.length === 0 ? null : wheres.length === 1 ? wheres[0] : { kind: "logic", op: "and", args: wheres };
  const spec: TaskSpec & { labelExpr?: IrExpr } = { name, label, source: src.name, where, reward, ...(labelExpr ? { labelExpr } : {}) };
  return { spec, span: d.span, bag, optionalReads, labelSpan };
}

export function checkGates(program: Program): CheckedGate[] {
  const main = program.main;
  const out: CheckedGate[] = [];
  const seen = new Set<string>();
  for (const g of main.gateUses) {
    const bag = main.module.bag;
    const parts = g.name.parts.map((p) => p.name);
    const name = parts[parts.length - 1];
    if (seen.has(name)) {
      bag.error("GL0202", g.name.span, { message: `gate \`${name}\` is applied twice`, label: "again here", help: "remove one of the gate lines" });
      continue;
    }
    seen.add(name);
    let def: { value: A.GateDecl; scope: ModuleScope } | undefined;
    if (g.body) def = { value: g, scope: main };
    else if (parts.length === 1) def = lookupWithImports(main, (s) => s.gateDefs, name);
    else if (parts.length === 2) {
      const mod = main.imports.get(parts[0]);
      const v = mod?.gateDefs.get(parts[1]);
      if (mod && v) def = { value: v, scope: mod };
    }
    if (def) {
      const gate = gateFromBody(def.value, def.scope, name);
      if (gate) out.push({ ...gate, span: g.span });
      continue;
    }
    const fn = parts.length === 1 ? functions.get(name) : undefined;
    if (fn && fn.returns.kind === "bool" && fn.params.filter((p) => !p.optional).length === 1 && fn.params[0].type.kind === "text") {
      out.push({ name, expr: { kind: "call", fn: name, args: [{ kind: "output" }] }, span: g.span });
      continue;
    }
    const candidates = [...main.gateDefs.keys(), ...[...main.imports.values()].flatMap((s) => [...s.gateDefs.keys()]),
      ...[...functions.values()].filter((f) => f.returns.kind === "bool").map((f) => f.name)];
    const near = closestMany(parts.join("."), candidates);
    bag.error("GL0212", g.name.span, {
      message: `unknown gate \`${parts.join(".")}\``,
      label: "not a gate",
      help: near.length ? `did you mean ${orList(near)}?` : "define it with `gate NAME { when: EXPR }`",
    });
  }
  return out;
}

function gateFromBody(g: A.GateDecl, scope: ModuleScope, name: string): { name: string; expr: IrExpr } | undefined {
  const bag = scope.module.bag;
  const when = g.body?.members.find((m): m is A.Field => m.kind === "field" && m.key.text === "when");
  for (const m of g.body?.members ?? []) {
    if (m.kind === "field" && m.key.text === "when") continue;
    const span = m.kind === "field" ? m.key.span : m.keyword.span;
    bag.error("GL0210", span, { message: "a gate has one field, `when`", label: "unknown field", help: "write gate NAME { when: think_format(output) }" });
  }
  if (!when) {
    bag.error("GL0214", g.name.span, { message: `gate \`${name}\` is missing \`when\``, label: "no condition", help: "write gate NAME { when: think_format(output) }" });
    return undefined;
  }
  const t = typeRecordExpr(when.value, scope, { record: JSON_T });
  if (t.ty.kind === "error" || !t.ir) return undefined;
  if (t.ty.kind !== "bool") {
    bag.error("GL0305", when.value.span, { message: "a gate's `when` must be true or false", label: `this is ${show(t.ty)}`, help: "use a predicate such as think_format(output)" });
    return undefined;
  }
  return { name, expr: t.ir };
}

export type { Const };
