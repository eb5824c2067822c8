// stdlib/math-verify/equal.ts — math-verify 0.8.0's `verify` (float_rounding 6, strict, no
// set/relation mixing): assignments and equations are unwrapped the way the gold is written, then
// relations, sets and tuples, symbols and numbers each have their own comparison. Where the
// reference asks sympy to simplify a difference to zero, we evaluate the difference at several
// sample points instead.

import {
  type Expr, type RelOp, rel, tuple, fset, keyOf, sortedUnique, isSet, isMatrix, freeSymbols, hasFloat, sym, childrenOf,
} from "./expr.js";
import { evalReal, round6 } from "./numeric.js";
import { subtract, autoEval } from "./poly.js";
import { isOnlySymbols } from "./latex-symbols.js";
import { type Rat, rat, ratAdd, ratMul, ratEq, ratPowInt } from "./rational.js";
import { asSet, setsEqualAsReal, realSolutions } from "./real-sets.js";
import type { Parsed } from "./extract.js";

class CompareError extends Error {}

/** verify(gold, pred): any gold item equals any predicted item. */
export function verifyParsed(gold: Parsed, pred: Parsed): boolean {
  for (const g of gold) {
    for (const t of pred) {
      try {
        if (typeof g === "string" && typeof t === "string") {
          const a = g.trim(), b = t.trim();
          if (a.length > 0 && b.length > 0 && a === b) return true;
        } else if (typeof g !== "string" && typeof t !== "string" && exprEqual(g, t)) return true;
      } catch {
        // The reference logs the failed comparison and treats it as unequal.
      }
    }
  }
  return false;
}

const INVERSE: Partial<Record<RelOp, RelOp>> = { ge: "le", le: "ge", gt: "lt", lt: "gt", eq: "eq" };

const isRelationLike = (e: Expr): boolean => e.k === "rel" || (e.k === "and" && e.args.length > 0 && e.args.every((a) => a.k === "rel"));
const isEquation = (e: Expr): boolean => (e.k === "rel" && e.op === "eq") || (e.k === "and" && e.args.length > 0 && e.args.every((a) => a.k === "rel" && a.op === "eq"));
function isAssignment(e: Expr): boolean {
  if (e.k === "rel" && e.op === "eq") return isOnlySymbols(e.lhs);
  if (e.k === "and" && e.args.length > 0) return e.args.every((a) => a.k === "rel" && a.op === "eq") && isOnlySymbols((e.args[0] as { lhs: Expr }).lhs);
  return false;
}
type Rel = { k: "rel"; op: RelOp; lhs: Expr; rhs: Expr };
const lastRel = (e: Expr): Rel => (e.k === "and" ? lastRel(e.args[e.args.length - 1]!) : (e as Rel));
const firstRel = (e: Expr): Rel => (e.k === "and" ? (e.args[0] as Rel) : (e as Rel));
const isSetOrTuple = (e: Expr): boolean => isSet(e) || e.k === "tuple";

export function exprEqual(goldIn: Expr, predIn: Expr): boolean {
  let gold = goldIn, pred = predIn;
  const ga = isAssignment(gold), pa = isAssignment(pred), ge = isEquation(gold), pe = isEquation(pred);
  if (ga) gold = rel("eq", firstRel(gold).lhs, lastRel(gold).rhs);
  if (pa) pred = rel("eq", firstRel(pred).lhs, lastRel(pred).rhs);
  if (pe && !ge) pred = lastRel(pred).rhs;
  else if (ga && !pe) gold = lastRel(gold).rhs;
  if (isRelationLike(gold) && isSet(pred)) {
    const s = asSet(unwrapFunctions(gold));
    if (s) gold = s;
  }
  if (strEqual(gold, pred)) return true;
  if (isRelationLike(gold) && isRelationLike(pred)) return compareRelational(gold, pred);
  if (isSetOrTuple(gold) || isSetOrTuple(pred)) return compareSets(gold, pred);
  if (gold.k === "sym" || pred.k === "sym") return compareSymbols(gold, pred);
  return numericEqual(gold, pred) || symbolicEqual(gold, pred);
}

function strEqual(a: Expr, b: Expr): boolean {
  if (a.k === "const" && (a.name === "nan" || a.name === "zoo")) throw new CompareError("can't evaluate nan or zoo");
  return keyOf(a) === keyOf(b);
}

function compareRelational(gold: Expr, pred: Expr): boolean {
  if (gold.k === "and" && pred.k === "and") {
    if (gold.args.length !== pred.args.length) return false;
    return gold.args.every((g, i) => compareRelational(g, pred.args[i]!));
  }
  if (gold.k !== "rel" || pred.k !== "rel") return false;
  try {
    if (gold.op === pred.op && exprEqual(subtract(gold.lhs, gold.rhs), subtract(pred.lhs, pred.rhs))) return true;
  } catch { /* as the reference */ }
  const inv = INVERSE[gold.op];
  if (inv === undefined) throw new CompareError("no inverse relation");
  if (inv === pred.op) {
    try {
      if (exprEqual(subtract(gold.lhs, gold.rhs), subtract(pred.rhs, pred.lhs))) return true;
    } catch { /* as the reference */ }
  }
  try {
    return sameSolutions(gold, pred);
  } catch {
    return false;
  }
}

/** The reference's last resort: solve both relations for their free symbols and compare. Only
 *  some shapes survive its code: solving an inequality gives a relation, not a list, and ordering
 *  it fails (so inequalities never match here); a one-variable equation gives a list of values
 *  that it then reads as dictionaries, which fails unless both lists are empty (no real root);
 *  several variables give dictionaries, compared pairwise, which amounts to the equations having
 *  proportional differences. */
function sameSolutions(gold: Rel, pred: Rel): boolean {
  if (gold.op !== "eq" || pred.op !== "eq") return false;
  const g = subtract(gold.lhs, gold.rhs), p = subtract(pred.lhs, pred.rhs);
  // The symbols solved for are the relation's own (x = 14a + x is solved for x and a).
  const gs = freeSymbols(gold), ps = freeSymbols(pred);
  if (gs.size <= 1 || ps.size <= 1) {
    if (gs.size !== 1 || ps.size !== 1) return false;
    const scalar = (r: Rel): boolean =>
      [r.lhs, r.rhs].every((x) => !isSetOrTuple(x) && !isMatrix(x) && !isRelationLike(x) && !hasComplexConstant(x) && !hasOpaquePart(x));
    if (!scalar(gold) || !scalar(pred)) return false;
    const gr = realSolutions(gold.lhs, gold.rhs), pr = realSolutions(pred.lhs, pred.rhs);
    return gr !== null && pr !== null && gr.roots.length === 0 && pr.roots.length === 0;
  }
  if (gs.size !== ps.size || [...gs].some((x) => !ps.has(x))) return false;
  return constantRatio(g, p) !== null;
}

/** Undefined functions, sums and unparsed forms: sampled values, not something to solve. */
function hasOpaquePart(e: Expr): boolean {
  if ((e.k === "fn" && e.undef) || e.k === "big" || e.k === "opaque") return true;
  return childrenOf(e).some(hasOpaquePart);
}

/** A constant part that is not real (log or root of a negative): solving over the reals then differs. */
function hasComplexConstant(e: Expr): boolean {
  if (freeSymbols(e).size === 0) return Number.isNaN(evalReal(e));
  return childrenOf(e).some(hasComplexConstant);
}

function constantRatio(a: Expr, b: Expr): number | null {
  let ratio: number | null = null;
  for (let seed = 1; seed <= 4; seed++) {
    const x = evalReal(a, { seed }), y = evalReal(b, { seed });
    if (!Number.isFinite(x) || !Number.isFinite(y) || Math.abs(x) < 1e-12) continue;
    const r = y / x;
    if (ratio === null) ratio = r;
    else if (Math.abs(r - ratio) > 1e-9 * Math.max(1, Math.abs(ratio))) return null;
  }
  return ratio !== null && Math.abs(ratio) > 1e-12 ? ratio : null;
}

/** Equality of two set elements as sympy's set operations decide it (Eq): by value, but unevaluated
 *  factorials, undefined functions and sums stay symbolic. */
function elementsEqual(a: Expr, b: Expr): boolean {
  if (keyOf(a) === keyOf(b)) return true;
  if (hasUnevaluated(a) || hasUnevaluated(b)) return false;
  if (isSetOrTuple(a) || isSetOrTuple(b) || isRelationLike(a) || isRelationLike(b) || isMatrix(a) || isMatrix(b)) return false;
  if (freeSymbols(a).size === 0 && freeSymbols(b).size === 0) return constantsEqual(a, b);
  // With symbols Eq only sees sympy's automatic evaluation (tan x is not sin x / cos x), which
  // also turns sqrt(x^2) into |x| for a real x.
  const d = autoEval(subtract(sqrtOfSquare(a), sqrtOfSquare(b)));
  return d.k === "num" && d.v.p === 0n;
}

function sqrtOfSquare(e: Expr): Expr {
  if (e.k === "pow" && e.exp.k === "num" && e.exp.v.p === 1n && e.exp.v.q === 2n && e.base.k === "pow"
    && e.base.exp.k === "num" && e.base.exp.v.p === 2n && e.base.exp.v.q === 1n && e.base.base.k === "sym") {
    return { k: "fn", name: "Abs", args: [e.base.base] };
  }
  switch (e.k) {
    case "add": case "mul": return { ...e, args: e.args.map(sqrtOfSquare) };
    case "pow": return { ...e, base: sqrtOfSquare(e.base), exp: sqrtOfSquare(e.exp) };
    case "fn": return { ...e, args: e.args.map(sqrtOfSquare) };
    default: return e;
  }
}

function hasUnevaluated(e: Expr): boolean {
  if ((e.k === "fn" && (e.undef || e.name === "factorial")) || e.k === "big" || e.k === "opaque") return true;
  return childrenOf(e).some(hasUnevaluated);
}

function setSize(e: Expr): number {
  return e.k === "fset" ? sortedUnique(e.args).length : e.k === "tuple" ? e.args.length : -1;
}

function compareSets(gold: Expr, pred: Expr): boolean {
  const a = isSetOrTuple(gold) ? gold : fset([gold]);
  const b = isSetOrTuple(pred) ? pred : fset([pred]);
  if (a.k === "interval" && b.k === "interval") {
    return a.lopen === b.lopen && a.ropen === b.ropen && exprEqual(a.lo, b.lo) && exprEqual(a.hi, b.hi);
  }
  if (keyOf(a) === keyOf(b)) return true;
  if (isSet(a) && isSet(b) && setsEqualAsReal(a, b, elementsEqual)) return true;
  const finiteA = a.k === "fset" || a.k === "tuple", finiteB = b.k === "fset" || b.k === "tuple";
  if (finiteA && finiteB) return deepCompare(a, b);
  if (a.k === "interval" && finiteB && a.lopen && a.ropen && setSize(b) === 2) return deepCompare(tuple([a.lo, a.hi]), b);
  if (b.k === "interval" && finiteA && b.lopen && b.ropen && setSize(a) === 2) return deepCompare(a, tuple([b.lo, b.hi]));
  return false;
}

function deepCompare(gold: Expr, pred: Expr): boolean {
  if (setSize(gold) !== setSize(pred)) return false;
  const args = (e: Expr): readonly Expr[] => (e.k === "fset" ? sortedUnique(e.args) : (e as { args: readonly Expr[] }).args);
  let g: readonly Expr[], p: readonly Expr[];
  if (gold.k === "fset") { g = ordered(args(gold)); p = ordered(args(pred)); }
  else if (gold.k === "tuple" && pred.k === "fset") { p = pred.args; g = gold.args; }
  else if (pred.k === "fset") { p = ordered(args(pred)); g = args(gold); }
  else { g = args(gold); p = args(pred); }
  for (let i = 0; i < Math.min(g.length, p.length); i++) if (!exprEqual(g[i]!, p[i]!)) return false;
  if (g.length !== p.length) throw new CompareError("zip length mismatch");
  return true;
}

/** sympy's ordered(..., keys=sort_key): numbers by value, then tuples elementwise, then the rest by form. */
function ordered(xs: readonly Expr[]): Expr[] {
  const keyed = xs.map((x) => ({ x, k: sortKey(unwrapAssignment(x)) }));
  keyed.sort((a, b) => compareKeys(a.k, b.k));
  return keyed.map((e) => e.x);
}
type SortKey = readonly (number | string | SortKey)[];
function sortKey(e: Expr): SortKey {
  if (e.k === "tuple") return [1, e.args.map(sortKey)];
  if (freeSymbols(e).size === 0 && !isSet(e) && !isMatrix(e)) {
    const v = evalReal(e);
    if (!Number.isNaN(v)) return [0, v];
  }
  return [2, keyOf(e)];
}
function compareKeys(a: SortKey, b: SortKey): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i]!, y = b[i]!;
    if (Array.isArray(x) && Array.isArray(y)) { const c = compareKeys(x, y); if (c !== 0) return c; continue; }
    if (x < y) return -1;
    if (x > y) return 1;
  }
  return a.length - b.length;
}
const unwrapAssignment = (e: Expr): Expr => (isAssignment(e) ? lastRel(e).rhs : e);

function compareSymbols(gold: Expr, pred: Expr): boolean {
  const isE = (e: Expr): boolean => e.k === "const" && e.name === "E";
  if ((gold.k === "sym" && gold.name.toLowerCase() === "e" && isE(pred)) || (pred.k === "sym" && pred.name.toLowerCase() === "e" && isE(gold))) return true;
  const concat = (m: Expr): string | null =>
    m.k === "mul" && m.args.every((a) => isE(a) || a.k === "sym") ? m.args.map((a) => (a.k === "sym" ? a.name : "e")).join("") : null;
  if (gold.k === "sym" && pred.k === "mul") { const c = concat(pred); if (c !== null) return gold.name.toLowerCase() === c.toLowerCase(); }
  if (pred.k === "sym" && gold.k === "mul") { const c = concat(gold); if (c !== null) return pred.name.toLowerCase() === c.toLowerCase(); }
  if (gold.k === "sym" && pred.k === "sym") {
    const g = gold.name.length > 1 ? gold.name.toLowerCase() : gold.name;
    const p = pred.name.length > 1 ? pred.name.toLowerCase() : pred.name;
    return g === p;
  }
  return false;
}

const isNumberAtom = (e: Expr): boolean => e.k === "num" || e.k === "float" || (e.k === "const" && (e.name === "oo" || e.name === "-oo" || e.name === "zoo" || e.name === "nan"));
const isPercent = (e: Expr, atom: (x: Expr) => boolean): boolean =>
  atom(e) || (e.k === "mul" && e.args.length === 2 && e.args[1]!.k === "num" && e.args[1]!.v.p === 1n && e.args[1]!.v.q === 100n && atom(e.args[0]!));

function numericEqual(a: Expr, b: Expr): boolean {
  if (isMatrix(a) && isMatrix(b)) {
    const x = matrixValue(a), y = matrixValue(b);
    if (x && y && x.length === y.length && x[0]!.length === y[0]!.length) {
      return x.every((row, i) => row.every((v, j) => numericEqual(v, y[i]![j]!)));
    }
    return false;
  }
  if (isPercent(a, isNumberAtom) || isPercent(b, isNumberAtom)) {
    const isFloat = (e: Expr) => e.k === "float";
    if (isPercent(a, isFloat) || isPercent(b, isFloat)) {
      if (freeSymbols(a).size > 0 || freeSymbols(b).size > 0) return false;
      const x = evalReal(a), y = evalReal(b);
      if (Number.isNaN(x) || Number.isNaN(y)) return false;
      return round6(x) === round6(y);
    }
    return exactlyEqualConstants(a, b);
  }
  return differenceIsZero(a, b, false);
}

/** sympy's doit(a) == doit(b) for constants: a Float never equals a Rational, two floats compare
 *  bit for bit, exact values compare by value. */
function exactlyEqualConstants(a: Expr, b: Expr): boolean {
  const fa = hasFloat(a), fb = hasFloat(b);
  if (fa !== fb) return false;
  if (!fa) return constantsEqual(a, b);
  if (freeSymbols(a).size > 0 || freeSymbols(b).size > 0) return false;
  const x = evalReal(a), y = evalReal(b);
  return !Number.isNaN(x) && x === y;
}

/** simplify(a - b) == 0 for constants when floats are involved: float arithmetic leaves a residual
 *  unless the values agree exactly, and a float equals an exact number only if it is that number. */
function floatConstantsEqual(a: Expr, b: Expr): boolean {
  const x = evalReal(a), y = evalReal(b);
  if (!Number.isFinite(x) || x !== y) return false;
  const fa = hasFloat(a), fb = hasFloat(b);
  if (fa === fb) return true;
  const exact = exactValue(fa ? b : a);
  return exact !== null && ratEq(exact, floatToRat(x));
}

function symbolicEqual(a: Expr, b: Expr): boolean {
  if (isMatrix(a) || isMatrix(b)) {
    const x = matrixValue(a), y = matrixValue(b);
    if (!x || !y || x.length !== y.length || x[0]!.length !== y[0]!.length) return false;
    return x.every((row, i) => row.every((v, j) => differenceIsZero(v, y[i]![j]!, true)));
  }
  if (isSetOrTuple(a) || isSetOrTuple(b) || isRelationLike(a) || isRelationLike(b)) return false;
  return differenceIsZero(a, b, true);
}

function constantsEqual(a: Expr, b: Expr): boolean {
  if (freeSymbols(a).size > 0 || freeSymbols(b).size > 0) return false;
  const x = evalReal(a), y = evalReal(b);
  if (!Number.isFinite(x) || !Number.isFinite(y)) return x === y && !Number.isNaN(x);
  return Math.abs(x - y) <= 1e-12 * Math.max(1, Math.abs(x), Math.abs(y));
}

/** Whether a - b is zero: exactly after collecting terms, or at every sample point. */
function differenceIsZero(a: Expr, b: Expr, simplify: boolean): boolean {
  const d = autoEval(subtract(a, b));
  if (d.k === "num") return d.v.p === 0n;
  if (d.k === "float") {
    // evalf(chop=True) drops a cancellation residue at the working precision; simplify does not.
    if (simplify || d.v === 0) return d.v === 0;
    const scale = Math.max(1, Math.abs(evalReal(a)), Math.abs(evalReal(b)));
    return Number.isFinite(scale) && Math.abs(d.v) <= 1e-14 * scale;
  }
  const floats = hasFloat(a) || hasFloat(b);
  const symbols = freeSymbols(d).size > 0;
  if (!simplify && symbols) return false;
  if (simplify && floats && freeSymbols(a).size === 0 && freeSymbols(b).size === 0) return floatConstantsEqual(a, b);
  const tol = floats ? 1e-13 : 1e-9;
  let seen = 0;
  for (let seed = 0; seed <= 4; seed++) {
    const x = evalReal(a, { seed }), y = evalReal(b, { seed });
    if (Number.isNaN(x) && Number.isNaN(y)) continue;
    // An infinite or undefined difference (zoo, oo - oo) never simplifies to zero.
    if (!Number.isFinite(x) || !Number.isFinite(y)) return false;
    if (Math.abs(x - y) > tol * Math.max(1, Math.abs(x), Math.abs(y))) return false;
    seen++;
    if (!symbols) break;
  }
  return seen > 0;
}

function matrixValue(e: Expr): Expr[][] | null {
  if (e.k === "matrix") return e.rows.map((r) => [...r]);
  if (e.k !== "matop") return null;
  const ms = e.args.map((a) => (a.k === "matrix" || a.k === "matop" ? matrixValue(a) : a));
  if (ms.some((m) => m === null)) return null;
  let acc = ms[0]!;
  for (const m of ms.slice(1)) {
    if (e.op === "add") {
      if (!Array.isArray(acc) || !Array.isArray(m) || acc.length !== m.length || acc[0]!.length !== m[0]!.length) return null;
      const A = acc as Expr[][], B = m as Expr[][];
      acc = A.map((row, i) => row.map((v, j) => autoEval({ k: "add", args: [v, B[i]![j]!] })));
    } else {
      const prod = matMul(acc as Expr[][] | Expr, m as Expr[][] | Expr);
      if (prod === null) return null;
      acc = prod;
    }
  }
  return Array.isArray(acc) ? (acc as Expr[][]) : null;
}

function matMul(a: Expr[][] | Expr, b: Expr[][] | Expr): Expr[][] | null {
  if (!Array.isArray(a) && Array.isArray(b)) return b.map((r) => r.map((v) => autoEval({ k: "mul", args: [a, v] })));
  if (Array.isArray(a) && !Array.isArray(b)) return a.map((r) => r.map((v) => autoEval({ k: "mul", args: [v, b] })));
  if (!Array.isArray(a) || !Array.isArray(b) || a[0]!.length !== b.length) return null;
  return a.map((row) => b[0]!.map((_, j) => autoEval({ k: "add", args: row.map((v, i) => ({ k: "mul", args: [v, b[i]![j]!] }) as Expr) })));
}

/** f(x) becomes the symbol f_x, so a relation over a function value can be read as a set. */
function unwrapFunctions(e: Expr): Expr {
  if (e.k === "fn" && e.undef) return sym(`${e.name}_${e.args.map(printed).join("_")}`);
  const kids = childrenOf(e);
  if (kids.length === 0) return e;
  switch (e.k) {
    case "rel": return { ...e, lhs: unwrapFunctions(e.lhs), rhs: unwrapFunctions(e.rhs) };
    case "and": case "add": case "mul": return { ...e, args: e.args.map(unwrapFunctions) } as Expr;
    case "pow": return { ...e, base: unwrapFunctions(e.base), exp: unwrapFunctions(e.exp) };
    case "fn": return { ...e, args: e.args.map(unwrapFunctions) };
    default: return e;
  }
}

function printed(e: Expr): string {
  if (e.k === "sym") return e.name;
  if (e.k === "num") return e.v.q === 1n ? `${e.v.p}` : `${e.v.p}/${e.v.q}`;
  return keyOf(e);
}

/** The exact rational value of a constant built from rationals by +, × and integer powers. */
function exactValue(e: Expr): Rat | null {
  switch (e.k) {
    case "num": return e.v;
    case "add": case "mul": {
      let acc: Rat | null = rat(e.k === "add" ? 0n : 1n);
      for (const x of e.args) {
        const v = exactValue(x);
        if (v === null || acc === null) return null;
        acc = e.k === "add" ? ratAdd(acc, v) : ratMul(acc, v);
      }
      return acc;
    }
    case "pow": {
      const b = exactValue(e.base), n = exactValue(e.exp);
      if (b === null || n === null || n.q !== 1n) return null;
      return ratPowInt(b, n.p);
    }
    default: return null;
  }
}

/** The exact value of a double. */
function floatToRat(x: number): Rat {
  if (!Number.isFinite(x)) return rat(0n, 1n);
  if (Number.isInteger(x)) return rat(BigInt(x));
  let q = 1n, v = x;
  while (!Number.isInteger(v)) { v *= 2; q *= 2n; }
  return rat(BigInt(v), q);
}
