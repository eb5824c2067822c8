// compiler/types/record-exprs.ts — type-checks an expression evaluated per record and response (a
// task's `where`, `reward` and `label`, a gate's `when`) and lowers it to the IR's Expr in the same
// pass. `let` values are expanded where used, resolved in the module that defines them.
import type * as A from "../../grammar/index.js";
import { assertNever } from "../../grammar/index.js";
import { functions, type StdFunction } from "../../stdlib/index.js";
import { closestMany, orList, type DiagnosticBag } from "../../diagnostics/index.js";
import { suggestNames } from "../names/suggest-names.js";
import type { Expr as IrExpr } from "../ir.js";
import { lookupWithImports, type ModuleScope } from "../names/scope.js";
import { BOOL, ERROR, JSON_T, NUMBER, TEXT, isAssignable, show, type Ty } from "./value-types.js";

export interface Typed { readonly ir?: IrExpr; readonly ty: Ty }
const FAIL: Typed = { ty: ERROR };

export interface RecordContext {
  /** The type of the record the expression reads; undefined when it reads none (constants). */
  readonly record?: Ty;
  /** Field paths the expression read through an optional value (for TMN's label check). */
  readonly optionalReads?: string[][];
}

interface Env { readonly scope: ModuleScope; readonly bag: DiagnosticBag; readonly ctx: RecordContext; readonly lets: readonly string[] }

export function typeRecordExpr(e: A.Expr, scope: ModuleScope, ctx: RecordContext): Typed {
  return expr(e, { scope, bag: scope.module.bag, ctx, lets: [] });
}

function expr(e: A.Expr, env: Env): Typed {
  switch (e.kind) {
    case "error": return FAIL;
    case "number": return { ir: { kind: "literal", value: e.value }, ty: NUMBER };
    case "string": return { ir: { kind: "literal", value: e.value }, ty: TEXT };
    case "bool": return { ir: { kind: "literal", value: e.value }, ty: BOOL };
    case "quantity":
      return { ir: { kind: "literal", value: e.unit === "%" ? e.value / 100 : e.value }, ty: NUMBER };
    case "list": return list(e, env);
    case "name": return name(e, env);
    case "member": {
      const obj = expr(e.object, env);
      return member(obj, e.property, env);
    }
    case "call": return call(e, env);
    case "unary": {
      if (e.op === "-") return unsupported(e.span, "negation", env);
      const v = condition(e.operand, env);
      return v.ir ? { ir: { kind: "logic", op: "not", args: [v.ir] }, ty: BOOL } : { ty: v.ty.kind === "error" ? ERROR : BOOL };
    }
    case "binary": return binary(e, env);
    case "range": return unsupported(e.span, "a range", env);
    default: return assertNever(e);
  }
}

function unsupported(span: A.Span, what: string, env: Env): Typed {
  env.bag.error("GL0313", span, { label: `${what} is evaluated once, not per record`, help: "compute it in a block field, or use a standard-library function" });
  return FAIL;
}

function list(e: A.ListLit, env: Env): Typed {
  const items = e.items.map((i) => expr(i, env));
  if (items.some((i) => i.ty.kind === "error")) return FAIL;
  const first = items[0]?.ty ?? TEXT;
  const elem = items.every((i) => isAssignable(i.ty, first) && isAssignable(first, i.ty)) ? first : JSON_T;
  const consts = items.every((i) => i.ir?.kind === "literal");
  const ir: IrExpr | undefined = consts ? { kind: "literal", value: items.map((i) => (i.ir as { value: unknown }).value) } : undefined;
  if (!consts) {
    env.bag.error("GL0313", e.span, { message: "a list in a record expression must hold constants", label: "not a constant list", help: "write the items as strings or numbers" });
    return FAIL;
  }
  return { ir, ty: elem.kind === "error" ? ERROR : { kind: "list", of: elem as Exclude<Ty, { kind: "error" }> } };
}

function fieldType(rec: Ty, field: string): Ty | undefined {
  if (rec.kind === "record") return rec.fields[field];
  return undefined;
}

/** A name: output, record, a let, a record field, an imported let, or a module member. */
function name(e: A.Name, env: Env): Typed {
  const [head, ...rest] = e.parts;
  let cur = resolveHead(head, rest, env, e);
  if (!cur) return FAIL;
  for (const part of cur.remaining) cur = { ...cur, typed: member(cur.typed, part, env) };
  return cur.typed;
}

function resolveHead(head: A.Ident, rest: readonly A.Ident[], env: Env, whole: A.Name): { typed: Typed; remaining: readonly A.Ident[] } | undefined {
  const n = head.name;
  const rec = env.ctx.record;
  if (n === "output") return { typed: { ir: { kind: "output" }, ty: TEXT }, remaining: rest };
  if (n === "record" && rec) return { typed: { ir: { kind: "field", path: [] }, ty: rec }, remaining: rest };
  const ownLet = env.scope.lets.get(n);
  if (ownLet) return { typed: expandLet(n, ownLet, env.scope, env), remaining: rest };
  if (rec && rec.kind !== "error" && fieldType(rec, n) !== undefined) {
    return { typed: { ir: { kind: "field", path: [n] }, ty: fieldType(rec, n)! }, remaining: rest };
  }
  if (rec && rec.kind === "json") return { typed: { ir: { kind: "field", path: [n] }, ty: JSON_T }, remaining: rest };
  const imported = lookupWithImports(env.scope, (s) => s.lets, n);
  if (imported) return { typed: expandLet(n, imported.value, imported.scope, env), remaining: rest };
  const mod = env.scope.imports.get(n);
  if (mod && rest.length > 0) {
    const member = rest[0];
    const let_ = mod.lets.get(member.name);
    if (let_) return { typed: expandLet(member.name, let_, mod, env), remaining: rest.slice(1) };
    const candidates = [...mod.lets.keys()];
    const near = closestMany(member.name, candidates);
    env.bag.error("GL0201", member.span, {
      message: `module \`${n}\` has no value \`${member.name}\``,
      label: "not defined in that module",
      help: near.length ? `did you mean ${orList(near.map((c) => `${n}.${c}`))}?` : `its values are ${candidates.slice(0, 8).map((c) => `\`${c}\``).join(", ")}`,
    });
    return undefined;
  }
  const candidates = ["output", ...(rec ? ["record"] : []), ...env.scope.lets.keys(), ...(rec && rec.kind === "record" ? Object.keys(rec.fields) : [])];
  for (const s of env.scope.imports.values()) candidates.push(...s.lets.keys());
  const near = closestMany(n, candidates);
  env.bag.error("GL0201", head.span, {
    message: `unknown name \`${whole.parts.map((p) => p.name).join(".")}\``,
    label: "not defined here",
    help: near.length ? `did you mean ${orList(near)}?` : rec && rec.kind === "record" ? `the record's fields are ${Object.keys(rec.fields).map((c) => `\`${c}\``).join(", ")}` : "define it in a `let { }` block",
  });
  return undefined;
}

function expandLet(n: string, field: A.Field, scope: ModuleScope, env: Env): Typed {
  const key = `${scope.module.path}#${n}`;
  if (env.lets.includes(key)) {
    scope.module.bag.error("GL0215", field.key.span, { label: `\`${n}\` is defined in terms of itself`, help: "define one of the values without the other" });
    return FAIL;
  }
  return expr(field.value, { scope, bag: scope.module.bag, ctx: env.ctx, lets: [...env.lets, key] });
}

function member(obj: Typed, prop: A.Ident, env: Env): Typed {
  if (obj.ty.kind === "error") return FAIL;
  let ty = obj.ty;
  let throughOptional = false;
  if (ty.kind === "optional") { ty = ty.of; throughOptional = true; }
  const path = obj.ir?.kind === "field" ? [...obj.ir.path, prop.name] : undefined;
  if (ty.kind === "json") return { ir: path ? { kind: "field", path } : undefined, ty: JSON_T };
  if (ty.kind !== "record") {
    env.bag.error("GL0304", prop.span, { message: `\`${show(obj.ty)}\` has no field \`${prop.name}\``, label: `a ${show(obj.ty)} has no fields`, help: "only records have fields" });
    return FAIL;
  }
  const ft = ty.fields[prop.name];
  if (ft === undefined) {
    const near = closestMany(prop.name, Object.keys(ty.fields));
    env.bag.error("GL0206", prop.span, {
      message: `no field \`${prop.name}\` on type \`${show(ty)}\``,
      label: "unknown field",
      help: near.length ? `did you mean ${orList(near)}?` : `its fields are ${Object.keys(ty.fields).map((c) => `\`${c}\``).join(", ")}`,
    });
    return FAIL;
  }
  if (!path) {
    env.bag.error("GL0313", prop.span, { message: "a field of a function's result cannot be read", label: "read per record", help: "pass the whole value to a function instead" });
    return FAIL;
  }
  if ((throughOptional || ft.kind === "optional") && env.ctx.optionalReads) env.ctx.optionalReads.push(path);
  return { ir: { kind: "field", path }, ty: throughOptional && ft.kind !== "optional" ? { kind: "optional", of: ft } : ft };
}

function signature(fn: StdFunction): string {
  return `${fn.name}(${fn.params.map((p) => `${p.name}${p.optional ? "?" : ""}: ${show(p.type)}`).join(", ")}) -> ${show(fn.returns)}`;
}

function call(e: A.Call, env: Env): Typed {
  const callee = e.callee.kind === "name" && e.callee.parts.length === 1 ? e.callee.parts[0] : undefined;
  if (!callee) {
    env.bag.error("GL0304", e.callee.span, { message: "this is not a function", label: "cannot be called", help: "call a standard-library function by its name: `ndcg(...)`" });
    return FAIL;
  }
  const fn = functions.get(callee.name);
  if (!fn) {
    const near = closestMany(callee.name, [...functions.keys()]);
    env.bag.error("GL0205", callee.span, {
      message: `unknown function \`${callee.name}\``,
      label: "not in the standard library",
      help: near.length ? `did you mean ${orList(near)}?` : "docs/stdlib.md lists the functions",
    });
    for (const a of e.args) expr(a.value, env);
    return FAIL;
  }
  const slots: (Typed | undefined)[] = new Array(fn.params.length).fill(undefined);
  let failed = false;
  let positional = 0;
  for (const a of e.args) {
    const v = expr(a.value, env);
    let index: number;
    if (a.name) {
      index = fn.params.findIndex((p) => p.name === a.name!.name);
      if (index < 0 || slots[index] !== undefined) {
        const near = suggestNames(a.name.name, fn.params.map((p) => p.name));
        env.bag.error("GL0216", a.name.span, {
          message: index < 0 ? `\`${fn.name}\` has no parameter \`${a.name.name}\`` : `\`${a.name.name}\` is passed twice`,
          label: index < 0 ? "unknown parameter" : "passed again here",
          help: near.length && index < 0 ? `did you mean \`${near[0]}\`? the signature is ${signature(fn)}` : `the signature is ${signature(fn)}`,
        });
        failed = true;
        continue;
      }
    } else {
      index = positional++;
      if (index >= fn.params.length) {
        env.bag.error("GL0302", a.span, {
          message: `\`${fn.name}\` takes ${fn.params.length} argument${fn.params.length === 1 ? "" : "s"} but ${e.args.length} were given`,
          label: "unexpected argument", help: `the signature is ${signature(fn)}`,
        });
        failed = true;
        continue;
      }
    }
    slots[index] = v;
    const param = fn.params[index];
    if (v.ty.kind === "error") { failed = true; continue; }
    if (!isAssignable(v.ty, param.type)) {
      env.bag.error("GL0301", a.value.span, {
        message: `argument \`${param.name}\` of \`${fn.name}\` expects \`${show(param.type)}\`, found \`${show(v.ty)}\``,
        label: `this is ${show(v.ty)}`,
        help: hintFor(v.ty, param.type) ?? `the signature is ${signature(fn)}`,
      });
      failed = true;
    }
  }
  const missing = fn.params.filter((p, i) => !p.optional && slots[i] === undefined);
  if (missing.length > 0 && !failed) {
    env.bag.error("GL0302", e.span, {
      message: `\`${fn.name}\` is missing ${missing.length === 1 ? "argument" : "arguments"} ${missing.map((p) => `\`${p.name}\``).join(", ")}`,
      label: `${e.args.length} of ${fn.params.filter((p) => !p.optional).length} required arguments given`,
      help: `the signature is ${signature(fn)}`,
    });
    failed = true;
  }
  if (failed) return FAIL;
  let last = slots.length - 1;
  while (last >= 0 && slots[last] === undefined) last--;
  const args: IrExpr[] = [];
  for (let i = 0; i <= last; i++) args.push(slots[i]?.ir ?? { kind: "literal", value: null });
  return { ir: { kind: "call", fn: fn.name, args }, ty: fn.returns };
}

function hintFor(found: Ty, expected: Ty): string | undefined {
  if (found.kind === "text" && expected.kind === "list") return "split the response into lines first: `answer_lines(output)`";
  return undefined;
}

function condition(e: A.Expr, env: Env): Typed {
  const v = expr(e, env);
  if (v.ty.kind === "error" || v.ty.kind === "bool" || v.ty.kind === "json") return v;
  env.bag.error("GL0305", e.span, { label: `this is ${show(v.ty)}`, help: "compare it: `x == \"value\"` or `x in [\"a\", \"b\"]`" });
  return FAIL;
}

function binary(e: A.Binary, env: Env): Typed {
  switch (e.op) {
    case "and": case "or": {
      const l = condition(e.left, env);
      const r = condition(e.right, env);
      if (!l.ir || !r.ir) return FAIL;
      return { ir: { kind: "logic", op: e.op, args: [l.ir, r.ir] }, ty: BOOL };
    }
    case "in": case "not in": {
      const l = expr(e.left, env);
      const r = expr(e.right, env);
      if (l.ty.kind === "error" || r.ty.kind === "error") return FAIL;
      const set = r.ir?.kind === "literal" && Array.isArray(r.ir.value) ? r.ir.value : undefined;
      if (!set || !set.every((x) => typeof x === "string" || typeof x === "number")) {
        env.bag.error("GL0312", e.right.span, { label: `this is ${show(r.ty)}`, help: "write a list such as [\"EM\", \"selection\"] or name a `let` list" });
        return FAIL;
      }
      if (r.ty.kind === "list" && !isAssignable(l.ty, r.ty.of)) {
        env.bag.error("GL0301", e.left.span, { message: `\`${show(l.ty)}\` is compared with a \`${show(r.ty)}\``, label: `this is ${show(l.ty)}`, help: "compare values of one type" });
        return FAIL;
      }
      if (!l.ir) return FAIL;
      const ir: IrExpr = { kind: "in", value: l.ir, set: set as (string | number)[] };
      return { ir: e.op === "not in" ? { ...ir, negate: true } : ir, ty: BOOL };
    }
    case "==": case "!=": case "<": case "<=": case ">": case ">=": {
      const l = expr(e.left, env);
      const r = expr(e.right, env);
      if (l.ty.kind === "error" || r.ty.kind === "error" || !l.ir || !r.ir) return FAIL;
      const ordered = e.op !== "==" && e.op !== "!=";
      if (!isAssignable(l.ty, r.ty) || (ordered && ![l.ty.kind, r.ty.kind].every((k) => k === "number" || k === "json"))) {
        env.bag.error("GL0301", e.opSpan, {
          message: `\`${show(l.ty)}\` and \`${show(r.ty)}\` cannot be compared with \`${e.op}\``,
          label: `${show(l.ty)} ${e.op} ${show(r.ty)}`, help: ordered ? "order comparisons take numbers" : "compare values of one type",
        });
        return FAIL;
      }
      return { ir: { kind: "compare", op: e.op, left: l.ir, right: r.ir }, ty: BOOL };
    }
    default:
      return unsupported(e.span, `\`${e.op}\``, env);
  }
}
