// stdlib/math-verify/exp-eval.ts — `e^{…}` as latex2sympy builds it: an evaluating `sympy.exp`, so
// sympy 1.14's `exp.eval` runs on the argument (exp(log(y)) is y, exp(2 log(y)) is y**2, a sum splits
// into a product, exp(I*pi) is -1). `\exp(…)` is unevaluated and does not come here.

import { type Expr, fn, cst, num, numR, mul, pow, add, isNumber, keyOf, ONE, NEG_ONE } from "./expr.js";
import { type Rat, rat, ratAdd, ratMul, ratPowInt, ratToNumber } from "./rational.js";
import { evalReal } from "./numeric.js";

/** sympy.exp(x), evaluated. */
export function expOf(x: Expr): Expr {
  return expEval(x) ?? fn("exp", [x]);
}

const isOne = (e: Expr): boolean => e.k === "num" && e.v.p === 1n && e.v.q === 1n;
const isLog = (e: Expr): e is { k: "fn"; name: string; args: readonly Expr[] } => e.k === "fn" && e.name === "log" && !e.undef;
const isExp = (e: Expr): e is { k: "fn"; name: string; args: readonly Expr[] } => e.k === "fn" && e.name === "exp" && !e.undef;

/** exp.eval: the evaluated value, or null where sympy keeps exp(x) as it is. */
function expEval(a: Expr): Expr | null {
  switch (a.k) {
    case "num": return a.v.p === 0n ? ONE : isOne(a) ? cst("E") : null;
    case "float": return a.v === 0 ? ONE : null;   // Float 1.0 is not S.One: exp(1.0) stays
    case "const":
      if (a.name === "nan" || a.name === "zoo") return cst("nan");
      if (a.name === "oo") return cst("oo");
      if (a.name === "-oo") return num(0n);
      return null;
    case "fn": return isLog(a) ? a.args[0]! : null;   // any base: log(y, b) is built unevaluated
    case "mul": return mulRule(a.args);
    case "add": return addRule(a.args) ?? (exactlyZero(a) ? ONE : null);
    default: return exactlyZero(a) ? ONE : null;
  }
}

/** A product: a rational multiple of pi*I first, then "coefficients times a single log". */
function mulRule(args: readonly Expr[]): Expr | null {
  const c = piICoefficient(args);
  if (c && c.p !== 0n) {
    const twice = ratMul(c, rat(2n));
    if (twice.q === 1n) {
      if (c.q === 1n) return c.p % 2n === 0n ? ONE : NEG_ONE;
      const k = ratAdd(c, rat(1n, 2n)).p;   // c + 1/2 is an integer here
      return k % 2n === 0n ? mul([NEG_ONE, cst("I")]) : cst("I");
    }
    let n = rat(((c.p % (2n * c.q)) + 2n * c.q) % (2n * c.q), c.q);   // c mod 2, in [0, 2)
    if (n.p > n.q) n = ratAdd(n, rat(-2n));                          // into (-1, 1]
    if (n.p !== c.p || n.q !== c.q) return fn("exp", [mul([numR(n), cst("I"), cst("pi")])]);
  }
  // as_coeff_Mul: a leading number is the coefficient; the rest is split one level (Mul.make_args).
  let coeff: Expr = ONE;
  let factors: readonly Expr[] = args;
  if (args.length > 0 && isNumber(args[0]!)) {
    coeff = args[0]!;
    if (coeff.k === "const" && (coeff.name === "oo" || coeff.name === "-oo")) return null;
    const rest = args.slice(1);
    factors = rest.length === 1 && rest[0]!.k === "mul" ? rest[0]!.args : rest;
  }
  const coeffs: Expr[] = [coeff];
  let logArg: Expr | null = null;
  for (const t of factors) {
    if (isLog(t)) {
      if (logArg) return null;
      logArg = t.args[0]!;
    } else if (isComparable(t) && !mayFoldToLog(t)) coeffs.push(t);
    else return null;   // a symbol, I, ...; a constant that logcombine may fold into one log is kept too
  }
  // `log_term**Mul(*coeffs) if log_term else None`: a zero number is falsy, so exp(2*log(0)) stays.
  const zero = logArg !== null && ((logArg.k === "num" && logArg.v.p === 0n) || (logArg.k === "float" && logArg.v === 0));
  return logArg && !zero ? powEval(logArg, productOf(coeffs)) : null;
}

/** as_coefficient(pi*I) where it is a rational: exactly one pi, one I, and rational factors. */
function piICoefficient(args: readonly Expr[]): Rat | null {
  let pis = 0, is = 0;
  let c = rat(1n);
  const visit = (e: Expr): boolean => {
    if (e.k === "mul") return e.args.every(visit);
    if (e.k === "const" && e.name === "pi") { pis++; return true; }
    if (e.k === "const" && e.name === "I") { is++; return true; }
    const r = rationalValue(e);
    if (!r) return false;
    c = ratMul(c, r);
    return true;
  };
  return args.every(visit) && pis === 1 && is === 1 ? c : null;
}

/** A sum: each term's exp that evaluates leaves the sum as a factor: Mul(*out) * exp(Add(*rest)). */
function addRule(args: readonly Expr[]): Expr | null {
  const out: Expr[] = [];
  const rest: Expr[] = [];
  let changed = false;
  for (const t of args) {
    if (isOne(t)) { rest.push(t); continue; }
    const r = expEval(t);
    if (r === null) rest.push(t);
    else if (isExp(r)) {
      if (keyOf(r.args[0]!) !== keyOf(t)) changed = true;
      rest.push(r.args[0]!);
    } else out.push(r);
  }
  if (out.length === 0 && !changed) return null;
  const s = sumOf(rest);
  const p = productOf(out);
  if (isOne(p)) return fn("exp", [s]);   // 1 * exp(s, evaluate=False) is that object, even exp(0), exp(1)
  if (s.k === "num" && s.v.p === 0n) return p;   // in a product it folds to E**s
  return productOf([...out, isOne(s) ? cst("E") : fn("exp", [s])]);
}

/** log_term ** coefficient, as sympy's evaluated Pow gives it for the cases that change the kind. */
function powEval(base: Expr, e: Expr): Expr {
  if (e.k === "num" && e.v.p === 0n) return ONE;
  if (isOne(e)) return base;
  if (base.k === "const" && base.name === "E") return expOf(e);
  if (isOne(base)) return e.k === "const" && (e.name === "oo" || e.name === "-oo" || e.name === "nan") ? cst("nan") : ONE;
  if (base.k === "num" && e.k === "num") {
    if (e.v.q === 1n) {
      if (base.v.p === 0n && e.v.p < 0n) return cst("zoo");
      const r = ratPowInt(base.v, e.v.p);
      return r ? numR(r) : pow(base, e);
    }
    const root = base.v.p > 0n ? exactRoot(base.v, e.v.q) : null;
    const r = root ? ratPowInt(root, e.v.p) : null;
    return r ? numR(r) : pow(base, e);
  }
  if ((base.k === "num" || base.k === "float") && (e.k === "num" || e.k === "float") && (base.k === "float" || e.k === "float")) {
    const b = base.k === "num" ? ratToNumber(base.v) : base.v;
    if (b >= 0) return { k: "float", v: b ** (e.k === "num" ? ratToNumber(e.v) : e.v) };
  }
  return pow(base, e);
}

/** Evaluated Mul: numbers multiplied together, ones dropped. */
function productOf(xs: readonly Expr[]): Expr {
  let c: Rat = rat(1n);
  let f: number | null = null;
  const others: Expr[] = [];
  for (const x of xs) {
    const r = rationalValue(x);
    if (r) c = ratMul(c, r);
    else if (x.k === "float") f = (f ?? 1) * x.v;
    else others.push(x);
  }
  const n: Expr | null = f !== null ? { k: "float", v: f * ratToNumber(c) } : isOne(numR(c)) ? null : numR(c);
  if (n && n.k === "num" && n.v.p === 0n) return n;
  const all = n ? [n, ...others] : others;
  return all.length === 0 ? ONE : all.length === 1 ? all[0]! : mul(all);
}

/** Evaluated Add: rationals summed, zero dropped. */
function sumOf(xs: readonly Expr[]): Expr {
  let c: Rat = rat(0n);
  const others: Expr[] = [];
  for (const x of xs) {
    if (x.k === "num") c = ratAdd(c, x.v);
    else others.push(x);
  }
  const all = c.p === 0n ? others : [...others, numR(c)];
  return all.length === 0 ? num(0n) : all.length === 1 ? all[0]! : add(all);
}

/** sympy's is_comparable: a real number with no symbols in it. */
function isComparable(e: Expr): boolean {
  if (!isPlainConstant(e)) return false;
  return Number.isFinite(evalReal(e)) || (e.k === "const" && (e.name === "oo" || e.name === "-oo"));   // zoo is not
}

function isPlainConstant(e: Expr): boolean {
  switch (e.k) {
    case "num": case "float": return true;
    case "const": return e.name === "pi" || e.name === "E" || e.name === "oo" || e.name === "-oo";
    case "add": case "mul": return e.args.every(isPlainConstant);
    case "pow": return isPlainConstant(e.base) && isPlainConstant(e.exp);
    case "fn": return !e.undef && KNOWN_FUNCTIONS.has(e.name) && e.args.every(isPlainConstant);
    default: return false;
  }
}

const KNOWN_FUNCTIONS = new Set([
  "sin", "cos", "tan", "csc", "sec", "cot", "asin", "acos", "atan", "acsc", "asec", "acot", "sinh", "cosh", "tanh",
  "asinh", "acosh", "atanh", "exp", "log", "Abs", "floor", "ceiling", "factorial", "binomial", "Max", "Min", "UnevaluatedExpr",
]);

/** logcombine can turn a product with a log (2 log 3 = log 9) or a sum of such terms into one log. */
function mayFoldToLog(e: Expr): boolean {
  if (e.k === "mul") return e.args.some(hasLog);
  if (e.k === "add") return e.args.every(hasLog);
  return false;
}

function hasLog(e: Expr): boolean {
  switch (e.k) {
    case "fn": return (e.name === "log" && !e.undef) || e.args.some(hasLog);
    case "add": case "mul": return e.args.some(hasLog);
    case "pow": return hasLog(e.base) || hasLog(e.exp);
    default: return false;
  }
}

/** Numbers and integer powers of numbers, exactly (as_coefficient divides them out evaluated). */
function rationalValue(e: Expr): Rat | null {
  if (e.k === "num") return e.v;
  if (e.k === "pow" && e.base.k === "num" && e.exp.k === "num" && e.exp.v.q === 1n) {
    if (e.base.v.p === 0n && e.exp.v.p < 0n) return null;
    return ratPowInt(e.base.v, e.exp.v.p, 512);
  }
  return null;
}

/** is_zero, decided where it is plain rational arithmetic (sums, products, integer powers). */
function exactlyZero(e: Expr): boolean {
  const v = exactValue(e, 0);
  return v !== null && v.p === 0n;
}

function exactValue(e: Expr, depth: number): Rat | null {
  if (depth > 50) return null;
  switch (e.k) {
    case "num": return e.v;
    case "add": case "mul": {
      let acc = e.k === "add" ? rat(0n) : rat(1n);
      for (const a of e.args) {
        const v = exactValue(a, depth + 1);
        if (!v) return null;
        acc = e.k === "add" ? ratAdd(acc, v) : ratMul(acc, v);
      }
      return acc;
    }
    case "pow": {
      const b = exactValue(e.base, depth + 1);
      if (!b || e.exp.k !== "num" || e.exp.v.q !== 1n || (b.p === 0n && e.exp.v.p < 0n)) return null;
      return ratPowInt(b, e.exp.v.p, 512);
    }
    default: return null;
  }
}

/** The exact q-th root of a positive rational, or null. */
function exactRoot(a: Rat, q: bigint): Rat | null {
  if (q > 64n) return null;
  const p = intRoot(a.p, q), d = intRoot(a.q, q);
  return p !== null && d !== null ? rat(p, d) : null;
}

function intRoot(n: bigint, q: bigint): bigint | null {
  if (n.toString(2).length > 1000) return null;   // Number(n) stays finite
  const x = BigInt(Math.round(Math.pow(Number(n), 1 / Number(q))));
  for (const c of [x - 1n, x, x + 1n]) if (c >= 0n && c ** q === n) return c;
  return null;
}
