// stdlib/math-verify/expr.ts — the expression values the LaTeX and plain-text parsers build: the
// subset of sympy objects latex2sympy produces (numbers, symbols, unevaluated sums and products,
// relations, sets, tuples, intervals, matrices). Trees keep the order they were built in, as sympy's
// evaluate=False objects do, so structural equality (`sameExpr`) means what sympy's `==` means.

import { type Rat, rat } from "./rational.js";

export type RelOp = "eq" | "ne" | "lt" | "le" | "gt" | "ge";
export type ConstName = "pi" | "E" | "I" | "oo" | "-oo" | "zoo" | "nan";
export type SpecialSet = "Naturals" | "Integers" | "Rationals" | "Reals" | "Complexes" | "EmptySet" | "Primes";

export type Expr =
  | { readonly k: "num"; readonly v: Rat }                 // sympy Integer / Rational
  | { readonly k: "float"; readonly v: number }            // sympy Float (53-bit)
  | { readonly k: "sym"; readonly name: string }
  | { readonly k: "const"; readonly name: ConstName }
  | { readonly k: "add"; readonly args: readonly Expr[] }
  | { readonly k: "mul"; readonly args: readonly Expr[] }
  | { readonly k: "pow"; readonly base: Expr; readonly exp: Expr }
  | { readonly k: "fn"; readonly name: string; readonly args: readonly Expr[]; readonly undef?: boolean }
  | { readonly k: "rel"; readonly op: RelOp; readonly lhs: Expr; readonly rhs: Expr }
  | { readonly k: "and"; readonly args: readonly Expr[] }
  | { readonly k: "not"; readonly arg: Expr }
  | { readonly k: "fset"; readonly args: readonly Expr[] }   // unsorted, duplicates kept (latex2sympy's FiniteSet)
  | { readonly k: "tuple"; readonly args: readonly Expr[] }
  | { readonly k: "interval"; readonly lo: Expr; readonly hi: Expr; readonly lopen: boolean; readonly ropen: boolean }
  | { readonly k: "setop"; readonly op: "union" | "intersection" | "complement"; readonly args: readonly Expr[] }
  | { readonly k: "sset"; readonly name: SpecialSet }
  | { readonly k: "matrix"; readonly rows: readonly (readonly Expr[])[] }
  | { readonly k: "matop"; readonly op: "add" | "mul"; readonly args: readonly Expr[] }
  | { readonly k: "big"; readonly what: "sum" | "product"; readonly body: Expr; readonly v: Expr; readonly lo: Expr; readonly hi: Expr }
  | { readonly k: "opaque"; readonly text: string };        // integrals, limits, derivatives: compared by form only

export const num = (p: bigint, q: bigint = 1n): Expr => ({ k: "num", v: rat(p, q) });
export const numR = (v: Rat): Expr => ({ k: "num", v });
export const ZERO = num(0n), ONE = num(1n), NEG_ONE = num(-1n), HALF = num(1n, 2n), PERCENT = num(1n, 100n);
export const sym = (name: string): Expr => ({ k: "sym", name });
export const cst = (name: ConstName): Expr => ({ k: "const", name });
export const add = (args: readonly Expr[]): Expr => ({ k: "add", args });
export const mul = (args: readonly Expr[]): Expr => ({ k: "mul", args });
export const pow = (base: Expr, exp: Expr): Expr => ({ k: "pow", base, exp });
export const fn = (name: string, args: readonly Expr[], undef = false): Expr => (undef ? { k: "fn", name, args, undef } : { k: "fn", name, args });
export const rel = (op: RelOp, lhs: Expr, rhs: Expr): Expr => ({ k: "rel", op, lhs, rhs });
export const tuple = (args: readonly Expr[]): Expr => ({ k: "tuple", args });
export const fset = (args: readonly Expr[]): Expr => ({ k: "fset", args });

export const isInt = (e: Expr): e is { k: "num"; v: Rat } => e.k === "num" && e.v.q === 1n;
export const isRational = (e: Expr): e is { k: "num"; v: Rat } => e.k === "num";
/** sympy's `is_Number`: Integer, Rational, Float and the infinities (not pi or E). */
export const isNumber = (e: Expr): boolean =>
  e.k === "num" || e.k === "float" || (e.k === "const" && (e.name === "oo" || e.name === "-oo" || e.name === "zoo" || e.name === "nan"));
export const isMatrix = (e: Expr): boolean => e.k === "matrix" || e.k === "matop";
export const isSet = (e: Expr): boolean => e.k === "fset" || e.k === "interval" || e.k === "setop" || e.k === "sset";
export const isRelational = (e: Expr): e is { k: "rel"; op: RelOp; lhs: Expr; rhs: Expr } => e.k === "rel";

/** sympy's Mul(x, 1/100): how a percentage is represented. */
export const percentOf = (e: Expr): Expr => mul([e, PERCENT]);

/** The structural key: two trees with the same key are `==` in sympy. */
export function keyOf(e: Expr): string {
  switch (e.k) {
    case "num": return e.v.q === 1n ? `${e.v.p}` : `${e.v.p}/${e.v.q}`;
    case "float": return `F${e.v}`;
    case "sym": return `S(${e.name})`;
    case "const": return `C${e.name}`;
    case "add": case "mul": case "and": case "tuple": case "matop":
      return `${e.k}(${e.args.map(keyOf).join(",")})`;
    case "fset": return `fset(${sortedUnique(e.args).map(keyOf).join(",")})`;
    case "pow": return `pow(${keyOf(e.base)},${keyOf(e.exp)})`;
    case "fn": return `${e.undef ? "U" : "f"}:${e.name}(${e.args.map(keyOf).join(",")})`;
    case "rel": return `${e.op}(${keyOf(e.lhs)},${keyOf(e.rhs)})`;
    case "not": return `not(${keyOf(e.arg)})`;
    case "interval": return `I${e.lopen ? "(" : "["}${keyOf(e.lo)},${keyOf(e.hi)}${e.ropen ? ")" : "]"}`;
    case "setop": return `${e.op}(${e.args.map(keyOf).join(",")})`;
    case "sset": return e.name;
    case "matrix": return `M[${e.rows.map((r) => r.map(keyOf).join(",")).join(";")}]`;
    case "big": return `${e.what}(${keyOf(e.body)},${keyOf(e.v)},${keyOf(e.lo)},${keyOf(e.hi)})`;
    case "opaque": return `O(${e.text})`;
  }
}

export const sameExpr = (a: Expr, b: Expr): boolean => keyOf(a) === keyOf(b);

/** A sympy FiniteSet's own elements: duplicates removed, in a canonical order. */
export function sortedUnique(args: readonly Expr[]): Expr[] {
  const seen = new Map<string, Expr>();
  for (const a of args) { const k = keyOf(a); if (!seen.has(k)) seen.set(k, a); }
  return [...seen.entries()].sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0)).map((x) => x[1]);
}

/** Number of nodes, capped: the parsers and evaluators refuse trees above a budget. */
export function sizeOf(e: Expr, cap = 100_000): number {
  let n = 0;
  const stack: Expr[] = [e];
  while (stack.length > 0 && n < cap) {
    const x = stack.pop()!;
    n++;
    for (const c of childrenOf(x)) stack.push(c);
  }
  return n;
}

export function childrenOf(e: Expr): readonly Expr[] {
  switch (e.k) {
    case "add": case "mul": case "fn": case "and": case "fset": case "tuple": case "setop": case "matop": return e.args;
    case "pow": return [e.base, e.exp];
    case "rel": return [e.lhs, e.rhs];
    case "not": return [e.arg];
    case "interval": return [e.lo, e.hi];
    case "matrix": return e.rows.flat();
    case "big": return [e.body, e.v, e.lo, e.hi];
    default: return [];
  }
}

export function freeSymbols(e: Expr, out = new Set<string>()): Set<string> {
  if (e.k === "sym") out.add(e.name);
  else for (const c of childrenOf(e)) freeSymbols(c, out);
  return out;
}

export const hasFloat = (e: Expr): boolean => e.k === "float" || childrenOf(e).some(hasFloat);

/** Like keyOf, with the arguments of sums and products sorted: equal for reordered products. */
export function canonKey(e: Expr): string {
  switch (e.k) {
    case "add": case "mul": return `${e.k}(${e.args.map(canonKey).sort().join(",")})`;
    case "pow": return `pow(${canonKey(e.base)},${canonKey(e.exp)})`;
    case "fn": return `${e.undef ? "U" : "f"}:${e.name}(${e.args.map(canonKey).join(",")})`;
    case "big": return `${e.what}(${canonKey(e.body)},${canonKey(e.v)},${canonKey(e.lo)},${canonKey(e.hi)})`;
    default: return keyOf(e);
  }
}
