// compiler/checks/constants.ts — block field values are evaluated once, when the recipe is compiled:
// literals, quantities, names (`sglang`, `off`), lists, `env("X")` read through the Host, and
// arithmetic over numbers of one unit (`(160k + 16k) / 8`).
import type * as A from "../../grammar/index.js";
import type { DiagnosticBag } from "../../diagnostics/index.js";
import type { Host } from "../host.js";

export type Const =
  | { readonly kind: "number"; readonly value: number; readonly span: A.Span }
  | { readonly kind: "quantity"; readonly value: number; readonly unit: A.Unit; readonly span: A.Span }
  | { readonly kind: "string"; readonly value: string; readonly span: A.Span; readonly fromEnv?: string }
  | { readonly kind: "bool"; readonly value: boolean; readonly span: A.Span }
  | { readonly kind: "name"; readonly name: string; readonly span: A.Span }
  | { readonly kind: "list"; readonly items: readonly Const[]; readonly span: A.Span }
  | { readonly kind: "call"; readonly name: string; readonly args: readonly Const[]; readonly named: ReadonlyMap<string, Const>; readonly span: A.Span }
  | { readonly kind: "error"; readonly span: A.Span };

export interface ConstEnv {
  readonly host: Host;
  readonly bag: DiagnosticBag;
}

export function evalConst(e: A.Expr, env: ConstEnv): Const {
  switch (e.kind) {
    case "error": return { kind: "error", span: e.span };
    case "number": return { kind: "number", value: e.value, span: e.span };
    case "quantity": return { kind: "quantity", value: e.value, unit: e.unit, span: e.span };
    case "string": return { kind: "string", value: e.value, span: e.span };
    case "bool": return { kind: "bool", value: e.value, span: e.span };
    case "name": return { kind: "name", name: e.parts.map((p) => p.name).join("."), span: e.span };
    case "list": return { kind: "list", items: e.items.map((i) => evalConst(i, env)), span: e.span };
    case "member": case "range": return notConstant(e, env);
    case "call": {
      const callee = e.callee.kind === "name" ? e.callee.parts.map((p) => p.name).join(".") : "";
      if (callee === "env") return envCall(e, env);
      const args: Const[] = [];
      const named = new Map<string, Const>();
      for (const a of e.args) {
        const v = evalConst(a.value, env);
        if (a.name) named.set(a.name.name, v);
        else args.push(v);
      }
      return { kind: "call", name: callee, args, named, span: e.span };
    }
    case "unary": {
      const v = evalConst(e.operand, env);
      if (e.op === "-" && (v.kind === "number" || v.kind === "quantity")) return { ...v, value: -v.value, span: e.span };
      if (e.op === "not" && v.kind === "bool") return { ...v, value: !v.value, span: e.span };
      return v.kind === "error" ? v : notConstant(e, env);
    }
    case "binary": return arithmetic(e, env);
  }
}

function notConstant(e: A.Expr, env: ConstEnv): Const {
  env.bag.error("GL0301", e.span, { message: "this value cannot be computed when the recipe is compiled", label: "not a constant", help: "write a number, a quantity, a string, a name or a list" });
  return { kind: "error", span: e.span };
}

function envCall(e: A.Call, env: ConstEnv): Const {
  const arg = e.args[0]?.value;
  if (e.args.length !== 1 || !arg || arg.kind !== "string" || e.args[0].name) {
    env.bag.error("GL0302", e.span, { message: "`env` takes one string: the variable's name", label: "expected env(\"NAME\")", help: "write env(\"LLM\")" });
    return { kind: "error", span: e.span };
  }
  const value = env.host.env(arg.value);
  if (value === undefined) {
    env.bag.error("GL0601", e.span, {
      message: `environment variable \`${arg.value}\` is not set`,
      label: "read here when the recipe is compiled",
      help: `export ${arg.value}=... before running golongc, or override the field with --set`,
    });
    return { kind: "error", span: e.span };
  }
  return { kind: "string", value, span: e.span, fromEnv: arg.value };
}

function arithmetic(e: A.Binary, env: ConstEnv): Const {
  const l = evalConst(e.left, env);
  const r = evalConst(e.right, env);
  if (l.kind === "error") return l;
  if (r.kind === "error") return r;
  if (e.op === "+" && l.kind === "string" && r.kind === "string") return { kind: "string", value: l.value + r.value, span: e.span };
  const isNum = (c: Const) => c.kind === "number" || c.kind === "quantity";
  if (!["+", "-", "*", "/"].includes(e.op) || !isNum(l) || !isNum(r)) return notConstant(e, env);
  const lv = (l as { value: number }).value;
  const rv = (r as { value: number }).value;
  const lu = l.kind === "quantity" ? l.unit : undefined;
  const ru = r.kind === "quantity" ? r.unit : undefined;
  if ((e.op === "+" || e.op === "-") && lu !== ru) {
    env.bag.error("GL0303", e.opSpan, { message: "cannot add or subtract values of different units", label: `${lu ?? "a plain number"} ${e.op} ${ru ?? "a plain number"}`, help: "give both sides the same unit" });
    return { kind: "error", span: e.span };
  }
  if (e.op === "/" && rv === 0) {
    env.bag.error("GL0401", e.right.span, { message: "division by zero", label: "this is 0", help: "divide by a number other than 0" });
    return { kind: "error", span: e.span };
  }
  const value = e.op === "+" ? lv + rv : e.op === "-" ? lv - rv : e.op === "*" ? lv * rv : lv / rv;
  const unit = lu ?? ru;
  if (unit !== undefined && !(e.op === "/" && lu !== undefined && ru !== undefined)) return { kind: "quantity", value, unit, span: e.span };
  return { kind: "number", value, span: e.span };
}

/** The JSON value of a constant (verl block values; names become strings). */
export function constToJson(c: Const): unknown {
  switch (c.kind) {
    case "number": case "quantity": case "string": case "bool": return c.value;
    case "name": return c.name === "null" ? null : c.name;
    case "list": return c.items.map(constToJson);
    case "call": case "error": return undefined;
  }
}

export function describeConst(c: Const): string {
  switch (c.kind) {
    case "number": return `the number ${c.value}`;
    case "quantity": return `${c.value} ${c.unit}`;
    case "string": return "a string";
    case "bool": return `${c.value}`;
    case "name": return `\`${c.name}\``;
    case "list": return "a list";
    case "call": return `a call of \`${c.name}\``;
    case "error": return "an error";
  }
}
