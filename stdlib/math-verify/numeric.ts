// stdlib/math-verify/numeric.ts — float64 evaluation of expressions. Symbols, undefined functions and
// unevaluable pieces get deterministic pseudo-random values (one set per sample), so "a - b is zero
// at every sample" stands in for sympy's simplify-to-zero. Work is bounded: huge powers, factorials
// and sums give NaN instead of running long.

import { type Expr, canonKey } from "./expr.js";
import { ratToNumber } from "./rational.js";

const MAX_SUM_TERMS = 10_000;
const MAX_FACTORIAL = 170;

function hash32(s: string, seed: number): number {
  let h = (2166136261 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 16777619) >>> 0; }
  h ^= h >>> 15; h = Math.imul(h, 2246822507) >>> 0; h ^= h >>> 13;
  return h >>> 0;
}

/** A value in ±[0.35, 2.35) for a name under a sample seed; seed 0 keeps every value positive. */
export function sampleValue(name: string, seed: number): number {
  const h = hash32(name, seed + 7);
  const mag = 0.35 + (h % 100_000) / 50_000;
  return seed > 0 && (h >>> 20) % 3 === 0 ? -mag : mag;
}

export interface Sample { readonly seed: number; readonly vars?: ReadonlyMap<string, number> }

export function evalReal(e: Expr, s: Sample = { seed: 0 }): number {
  return ev(e, s, 0);
}

function ev(e: Expr, s: Sample, depth: number): number {
  if (depth > 200) return NaN;
  const d = depth + 1;
  switch (e.k) {
    case "num": return ratToNumber(e.v);
    case "float": return e.v;
    case "sym": return s.vars?.get(e.name) ?? sampleValue(`s:${e.name}`, s.seed);
    case "const":
      switch (e.name) {
        case "pi": return Math.PI;
        case "E": return Math.E;
        case "oo": return Infinity;
        case "-oo": return -Infinity;
        default: return NaN;
      }
    case "add": { let t = 0; for (const a of e.args) t += ev(a, s, d); return t; }
    case "mul": { let t = 1; for (const a of e.args) t *= ev(a, s, d); return t; }
    case "pow": {
      const b = ev(e.base, s, d), x = ev(e.exp, s, d);
      if (b < 0 && !Number.isInteger(x)) {
        // Odd roots of negatives are complex in sympy's principal branch: not a real value.
        return NaN;
      }
      return b ** x;
    }
    case "fn": return evFn(e, s, d);
    case "big": return evBig(e, s, d);
    case "opaque": return sampleValue(`o:${e.text}`, s.seed);
    default: return NaN;
  }
}

function evFn(e: { name: string; args: readonly Expr[]; undef?: boolean }, s: Sample, d: number): number {
  const xs = e.args.map((a) => ev(a, s, d));
  const x = xs[0] ?? NaN;
  if (e.undef) return sampleValue(`f:${e.name}(${xs.map((v) => v.toPrecision(12)).join(",")})`, s.seed);
  switch (e.name) {
    case "sin": return Math.sin(x);
    case "cos": return Math.cos(x);
    case "tan": return Math.tan(x);
    case "csc": return 1 / Math.sin(x);
    case "sec": return 1 / Math.cos(x);
    case "cot": return 1 / Math.tan(x);
    case "asin": return Math.asin(x);
    case "acos": return Math.acos(x);
    case "atan": return Math.atan(x);
    case "acsc": return Math.asin(1 / x);
    case "asec": return Math.acos(1 / x);
    case "acot": return Math.atan(1 / x);
    case "sinh": return Math.sinh(x);
    case "cosh": return Math.cosh(x);
    case "tanh": return Math.tanh(x);
    case "asinh": return Math.asinh(x);
    case "acosh": return Math.acosh(x);
    case "atanh": return Math.atanh(x);
    case "exp": return Math.exp(x);
    case "log": return xs.length > 1 ? Math.log(x) / Math.log(xs[1]!) : Math.log(x);
    case "Abs": return Math.abs(x);
    case "floor": return Math.floor(x);
    case "ceiling": return Math.ceil(x);
    case "factorial": return factorial(x);
    case "binomial": return binomial(x, xs[1] ?? NaN);
    case "Max": return Math.max(...xs);
    case "Min": return Math.min(...xs);
    case "Mod": return x - (xs[1]! * Math.floor(x / xs[1]!));
    case "UnevaluatedExpr": return x;
    default: return sampleValue(`g:${e.name}(${xs.map((v) => v.toPrecision(12)).join(",")})`, s.seed);
  }
}

function factorial(x: number): number {
  if (!Number.isInteger(x) || x < 0) return NaN;
  if (x > MAX_FACTORIAL) return Infinity;
  let t = 1;
  for (let i = 2; i <= x; i++) t *= i;
  return t;
}

function binomial(n: number, k: number): number {
  if (!Number.isInteger(n) || !Number.isInteger(k)) return NaN;
  if (k < 0 || k > n) return 0;
  if (n > 1e6) return NaN;
  let t = 1;
  for (let i = 1; i <= Math.min(k, n - k); i++) t = (t * (n - i + 1)) / i;
  return Math.round(t);
}

function evBig(e: { what: "sum" | "product"; body: Expr; v: Expr; lo: Expr; hi: Expr }, s: Sample, d: number): number {
  const lo = ev(e.lo, s, d), hi = ev(e.hi, s, d);
  if (e.v.k !== "sym" || !Number.isInteger(lo) || !Number.isInteger(hi) || hi - lo > MAX_SUM_TERMS) {
    return sampleValue(`b:${canonKey(e as Expr)}`, s.seed);
  }
  const vars = new Map(s.vars ?? []);
  let t = e.what === "sum" ? 0 : 1;
  for (let i = lo; i <= hi; i++) {
    vars.set(e.v.name, i);
    const y = ev(e.body, { seed: s.seed, vars }, d);
    t = e.what === "sum" ? t + y : t * y;
  }
  return t;
}

/** sympy's Float.round(6) as a comparison key: round half to even on the decimal expansion. */
export function round6(x: number): number {
  if (!Number.isFinite(x)) return x;
  const r = Math.round(x * 1e6);
  return r / 1e6;
}
