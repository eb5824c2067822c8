// stdlib/math-verify/latex-functions.ts — what latex2sympy2_extended builds for functions and a few
// special forms: \sin^{-1} is asin, \log_b x is log(x, b), \ln is log base e, e^{x} is an evaluated
// exp(x) (exp-eval.ts; e alone is E), \binom of integers is their value, unknown names are undefined
// functions; \max, \min, \gcd and \lcm re-parse their comma-separated argument text.

import { type Expr, fn, cst, pow, fset, isInt, NEG_ONE, num } from "./expr.js";
import { ConvertError, rationalOf } from "./latex-convert.js";
import { autoEval } from "./poly.js";

export const sset = (name: "Naturals" | "Integers" | "Rationals" | "Reals" | "Complexes" | "EmptySet" | "Primes"): Expr => ({ k: "sset", name });
export const tupleToSet = (e: Expr): Expr => (e.k === "tuple" ? fset(e.args) : e);
export const plusRaw = (a: Expr, b: Expr): Expr => ({ k: "add", args: [a, b] });
export const reciprocal = (r: Expr): Expr => (isInt(r) ? rationalOf(1n, r.v.p) : r.k === "num" ? rationalOf(r.v.q, r.v.p) : pow(r, NEG_ONE));

export function transpose(e: Expr): Expr {
  if (e.k !== "matrix") return e;
  const rows = e.rows;
  return { k: "matrix", rows: rows[0]!.map((_, j) => rows.map((r) => r[j]!)) };
}

export function matrixOf(rows: Expr[][]): Expr {
  const w = rows[0]?.length ?? 0;
  if (rows.some((r) => r.length !== w)) throw new ConvertError("ragged matrix");
  return { k: "matrix", rows };
}

export function binomial(a: Expr, b: Expr): Expr {
  if (isInt(a) && isInt(b)) {
    const n = a.v.p, k = b.v.p;
    if (n >= 0n && n <= 10_000n) {
      if (k < 0n || k > n) return num(0n);
      let t = 1n;
      const kk = k < n - k ? k : n - k;
      for (let i = 1n; i <= kk; i++) t = (t * (n - i + 1n)) / i;
      return num(t);
    }
  }
  return fn("binomial", [a, b]);
}

/** sympy.exp(x), evaluated (exp-eval.ts): exp(0) = 1, exp(1) = E, exp(log(y)) = y, ... */
export { expOf } from "./exp-eval.js";

const TRIG = new Set(["sin", "cos", "tan", "csc", "sec", "cot"]);
const HYP = new Set(["sinh", "cosh", "tanh"]);

export function singleFunc(name: string, arg: Expr, sc: { sub: Expr | null; sup: Expr | null }): Expr {
  let power = sc.sup;
  let out: Expr;
  if (name.startsWith("op:")) {
    const op = name.slice(3);
    if (["arsinh", "arcosh", "artanh"].includes(op)) out = fn(`a${op.slice(2)}`, [arg]);
    else if (["arcsinh", "arccosh", "arctanh"].includes(op)) out = fn(`a${op.slice(3)}`, [arg]);
    else if (op === "floor") out = fn("floor", [arg]);
    else if (op === "ceil") out = fn("ceiling", [arg]);
    else throw new ConvertError(`operator ${op}`);
  } else if (["arcsin", "arccos", "arctan", "arccsc", "arcsec", "arccot"].includes(name)) out = fn(`a${name.slice(3)}`, [arg]);
  else if (["arsinh", "arcosh", "artanh"].includes(name)) out = fn(`a${name.slice(2)}`, [arg]);
  else if (["arcsinh", "arccosh", "arctanh"].includes(name)) out = fn(`a${name.slice(3)}`, [arg]);
  else if (name === "log" || name === "ln") {
    const base = sc.sub ?? (name === "log" ? num(10n) : cst("E"));
    out = fn("log", [arg, base]);
  } else if (name === "exp") out = fn("exp", [arg]);
  else if (name === "floor") out = fn("floor", [arg]);
  else if (name === "ceil") out = fn("ceiling", [arg]);
  else if (name === "det") out = determinant(arg);
  else if (TRIG.has(name) || HYP.has(name)) {
    if (power && power.k === "num" && power.v.p === -1n && power.v.q === 1n) { out = fn(`a${name}`, [arg]); power = null; }
    else out = fn(name, [arg]);
  } else out = fn(name, [arg], true);
  return power && !(power.k === "num" && power.v.p === 0n) ? pow(out, power) : out;
}

export function multiFunc(name: string, argText: string, sc: { sub: Expr | null; sup: Expr | null }, reparse: (src: string) => Expr): Expr {
  const args = argText.split(",").map(reparse);
  let out: Expr;
  const n = name.startsWith("op:") ? name.slice(3) : name;
  if (n === "max" || n === "min") out = fn(n === "max" ? "Max" : "Min", args);
  else if (n === "gcd" || n === "lcm") out = gcdLcm(n, args);
  else throw new ConvertError(`function ${n}`);
  return sc.sup ? pow(out, sc.sup) : out;
}

export function undefinedFunc(nameText: string, argText: string, reparse: (src: string) => Expr): Expr {
  let parts = argText.split(",");
  if (parts[parts.length - 1] === "") parts = parts.slice(0, -1);
  return fn(nameText, parts.map(reparse), true);
}

export function differentialVar(text: string): string {
  let i = 1;
  while (i < text.length && /[ \r\n\t]/u.test(text[i]!)) i++;
  const rest = text.slice(i);
  return rest.startsWith("\\") ? rest.slice(1) : rest;
}

/** sympy's UnevaluatedExpr(gcd(...)): the value of integer arguments, kept apart from a plain number. */
function gcdLcm(name: "gcd" | "lcm", args: Expr[]): Expr {
  if (args.length > 0 && args.every(isInt)) {
    const gcd = (a: bigint, b: bigint): bigint => { a = a < 0n ? -a : a; b = b < 0n ? -b : b; while (b) [a, b] = [b, a % b]; return a; };
    let acc = (args[0] as { v: { p: bigint } }).v.p;
    for (const a of args.slice(1)) {
      const v = (a as { v: { p: bigint } }).v.p;
      acc = name === "gcd" ? gcd(acc, v) : acc === 0n || v === 0n ? 0n : (acc * v < 0n ? -(acc * v) : acc * v) / gcd(acc, v);
    }
    return fn("UnevaluatedExpr", [num(acc < 0n ? -acc : acc)]);
  }
  return fn(name, args);
}

/** The determinant of a \\begin{vmatrix} (expanded along the first row; sympy evaluates it). */
export function determinant(m: Expr): Expr {
  if (m.k !== "matrix" || m.rows.length !== m.rows[0]!.length) throw new ConvertError("det of a non-square matrix");
  const n = m.rows.length;
  if (n > 5) throw new ConvertError("det too large");
  const det = (rows: readonly (readonly Expr[])[]): Expr => {
    if (rows.length === 1) return rows[0]![0]!;
    const terms: Expr[] = [];
    rows[0]!.forEach((a, j) => {
      const minor = rows.slice(1).map((r) => r.filter((_, k) => k !== j));
      const t: Expr = { k: "mul", args: [a, det(minor)] };
      terms.push(j % 2 === 0 ? t : { k: "mul", args: [NEG_ONE, t] });
    });
    return { k: "add", args: terms };
  };
  return autoEval(det(m.rows));
}
