// runtime/verify/evaluate.ts — evaluates an IR Expr over one record and (for rewards and gates)
// one response. Shared by the data readers (`where` filters) and the verification pool (rewards,
// gates). Function calls go to the stdlib registry, passed in so this file stays pure.
import type { Expr } from "../../compiler/ir.js";
import type { StdFunction } from "../../stdlib/types.js";

/** Finds a standard-library function by name. */
export type FunctionLookup = (name: string) => StdFunction | undefined;

export interface ExprScope {
  record: Readonly<Record<string, unknown>>;
  /** The response text; undefined where there is none (a `where` filter). */
  output?: string;
}

/** An expression that cannot be evaluated on this record (unknown function, output in a filter,
 *  ordering values that have none). The verifier turns it into a score of 0 and a flag. */
export class ExprError extends Error {}

export function fieldValue(record: Readonly<Record<string, unknown>>, path: readonly string[]): unknown {
  let v: unknown = record;
  for (const key of path) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<string, unknown>)[key];
  }
  return v;
}

function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === "bigint" || typeof b === "bigint") return Number(a) === Number(b);
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => equal(x, b[i]));
  if (a && b && typeof a === "object" && typeof b === "object") {
    const ka = Object.keys(a), kb = Object.keys(b);
    return ka.length === kb.length && ka.every((k) => equal((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  }
  return false;
}

function truthy(v: unknown, what: string): boolean {
  if (typeof v === "boolean") return v;
  if (typeof v === "number") return v !== 0;
  throw new ExprError(`${what} expects a bool, got ${v === null ? "null" : Array.isArray(v) ? "list" : typeof v}`);
}

export function evaluateExpr(expr: Expr, scope: ExprScope, lookup: FunctionLookup): unknown {
  switch (expr.kind) {
    case "literal": return expr.value;
    case "field": {
      const v = fieldValue(scope.record, expr.path);
      return typeof v === "bigint" ? Number(v) : v;
    }
    case "output":
      if (scope.output === undefined) throw new ExprError("`output` is only available in rewards and gates, not in a `where` filter");
      return scope.output;
    case "call": {
      const fn = lookup(expr.fn);
      if (!fn) throw new ExprError(`unknown function ${expr.fn}`);
      const args = expr.args.map((a) => evaluateExpr(a, scope, lookup));
      return fn.impl(...args);
    }
    case "in": {
      const v = evaluateExpr(expr.value, scope, lookup);
      const found = expr.set.some((s) => equal(v, s));
      return expr.negate ? !found : found;
    }
    case "compare": {
      const l = evaluateExpr(expr.left, scope, lookup);
      const r = evaluateExpr(expr.right, scope, lookup);
      if (expr.op === "==") return equal(l, r);
      if (expr.op === "!=") return !equal(l, r);
      const bothNumbers = typeof l === "number" && typeof r === "number";
      const bothText = typeof l === "string" && typeof r === "string";
      if (!bothNumbers && !bothText) throw new ExprError(`cannot order ${typeof l} and ${typeof r} with ${expr.op}`);
      const a = l as number | string, b = r as number | string;
      switch (expr.op) {
        case "<": return a < b;
        case "<=": return a <= b;
        case ">": return a > b;
        case ">=": return a >= b;
      }
      return false;
    }
    case "logic": {
      if (expr.op === "not") return !truthy(evaluateExpr(expr.args[0], scope, lookup), "not");
      if (expr.op === "and") {
        for (const a of expr.args) if (!truthy(evaluateExpr(a, scope, lookup), "and")) return false;
        return true;
      }
      for (const a of expr.args) if (truthy(evaluateExpr(a, scope, lookup), "or")) return true;
      return false;
    }
  }
}

/** A reward's value as a score: numbers as they are, bools as 1/0; anything else is an error. */
export function toScore(v: unknown, what: string): number {
  if (typeof v === "number") {
    if (Number.isNaN(v)) throw new ExprError(`${what} returned NaN`);
    return v;
  }
  if (typeof v === "boolean") return v ? 1 : 0;
  throw new ExprError(`${what} returned ${v === null ? "null" : Array.isArray(v) ? "a list" : typeof v}, not a number`);
}

/** A `where` filter or gate's value as a bool. */
export function toBool(v: unknown, what: string): boolean {
  return truthy(v, what);
}
