// stdlib/math-verify/latex-convert.ts — how latex2sympy2_extended turns grammar pieces into sympy
// objects: flattening sums and products, unary minus on numbers, integer division as Rational,
// mixed fractions ("2 \frac{1}{2}" is 5/2), intervals that degenerate into tuples or sets.

import {
  type Expr, add, mul, numR, cst, pow, isInt, isNumber, isMatrix, tuple, fset, NEG_ONE, freeSymbols,
} from "./expr.js";
import { rat, ratNeg, ratCmp } from "./rational.js";
import { evalReal } from "./numeric.js";

export class ConvertError extends Error {}

export function addFlat(l: Expr, r: Expr): Expr {
  if (l.k === "add" || r.k === "add") return add([...(l.k === "add" ? l.args : [l]), ...(r.k === "add" ? r.args : [r])]);
  return add([l, r]);
}

export function mulFlat(l: Expr, r: Expr): Expr {
  if (l.k === "mul" || r.k === "mul") return mul([...(l.k === "mul" ? l.args : [l]), ...(r.k === "mul" ? r.args : [r])]);
  return mul([l, r]);
}

const matMulFlat = (l: Expr, r: Expr): Expr =>
  ({ k: "matop", op: "mul", args: [...(l.k === "matop" && l.op === "mul" ? l.args : [l]), ...(r.k === "matop" && r.op === "mul" ? r.args : [r])] });
const matAddFlat = (l: Expr, r: Expr): Expr =>
  ({ k: "matop", op: "add", args: [...(l.k === "matop" && l.op === "add" ? l.args : [l]), ...(r.k === "matop" && r.op === "add" ? r.args : [r])] });

/** `-x` on a sympy Number (evaluated) */
export function negateNumber(e: Expr): Expr {
  switch (e.k) {
    case "num": return numR(ratNeg(e.v));
    case "float": return { k: "float", v: -e.v };
    case "const": return e.name === "oo" ? cst("-oo") : e.name === "-oo" ? cst("oo") : e;
    default: throw new ConvertError("not a number");
  }
}

export function plus(l: Expr, r: Expr): Expr {
  return isMatrix(l) || isMatrix(r) ? matAddFlat(l, r) : addFlat(l, r);
}

export function minus(l: Expr, r: Expr): Expr {
  if (isMatrix(l) || isMatrix(r)) return matAddFlat(l, matMulFlat(NEG_ONE, r));
  return addFlat(l, isNumber(r) ? negateNumber(r) : mulFlat(NEG_ONE, r));
}

export function times(l: Expr, r: Expr): Expr {
  return isMatrix(l) || isMatrix(r) ? matMulFlat(l, r) : mulFlat(l, r);
}

export function divide(l: Expr, r: Expr): Expr {
  if (isMatrix(l) || isMatrix(r)) return { k: "matop", op: "mul", args: [l, pow(r, NEG_ONE)] };
  if (isInt(l) && isInt(r)) return rationalOf(l.v.p, r.v.p);
  return mul([l, pow(r, NEG_ONE)]);
}

/** sympy.Rational(p, q) of two integers: zoo for x/0, nan for 0/0. */
export function rationalOf(p: bigint, q: bigint): Expr {
  if (q === 0n) return cst(p === 0n ? "nan" : "zoo");
  return numR(rat(p, q));
}

export function unaryMinus(e: Expr): Expr {
  if (isMatrix(e)) return matMulFlat(NEG_ONE, e);
  if (isNumber(e)) return negateNumber(e);
  return mulFlat(NEG_ONE, e);
}

/** The reference's `as_unary_minus` (used by \pm). */
export function asUnaryMinus(e: Expr): Expr {
  if (e.k === "num") return numR(ratNeg(e.v));
  return mul([NEG_ONE, e]);
}

/** Implicit multiplication of a run of postfix items, right-recursive as in the reference. */
export function postfixProduct(items: readonly Expr[], i = 0): Expr {
  const res = items[i]!;
  if (i === items.length - 1) return res;
  const rh = postfixProduct(items, i + 1);
  if (isMatrix(res) || isMatrix(rh)) return matMulFlat(res, rh);
  if (isInt(res) && rh.k === "num" && rh.v.p > 0n && rh.v.q > 0n) {
    const p = res.v.p, a = rh.v;
    return numR(p < 0n ? rat(p * a.q - a.p, a.q) : rat(p * a.q + a.p, a.q));
  }
  return mulFlat(res, rh);
}

/** latex2sympy's interval: an empty "interval" is read as a tuple or set instead. */
export function intervalOf(lo: Expr, hi: Expr, lopen: boolean, ropen: boolean): Expr {
  const cmp = compareReal(hi, lo);
  if (cmp !== null && ((lopen && ropen && cmp <= 0) || (!lopen && !ropen && cmp < 0))) return tuple([lo, hi]);
  // sympy's Interval constructor: infinite ends are open, empty ranges are EmptySet, a point is {a}.
  const lInf = lo.k === "const" && (lo.name === "-oo" || lo.name === "oo");
  const rInf = hi.k === "const" && (hi.name === "oo" || hi.name === "-oo");
  if (lInf) lopen = true;
  if (rInf) ropen = true;
  if (cmp !== null) {
    if (cmp < 0) return { k: "sset", name: "EmptySet" };
    if (cmp === 0) return lopen || ropen ? { k: "sset", name: "EmptySet" } : fset([lo]);
  }
  if (lo.k === "const" && lo.name === "-oo" && hi.k === "const" && hi.name === "oo") return { k: "sset", name: "Reals" };
  return { k: "interval", lo, hi, lopen, ropen };
}

/** Sign of a - b when both are real constants, else null (sympy raises and the caller moves on). */
export function compareReal(a: Expr, b: Expr): number | null {
  if (a.k === "num" && b.k === "num") return ratCmp(a.v, b.v);
  if (freeSymbols(a).size > 0 || freeSymbols(b).size > 0) return null;
  const x = evalReal(a), y = evalReal(b);
  if (Number.isNaN(x) || Number.isNaN(y)) return null;
  return x < y ? -1 : x > y ? 1 : 0;
}
