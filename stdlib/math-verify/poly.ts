// stdlib/math-verify/poly.ts — sympy's automatic simplification, far enough to know what kind of
// object `a - b` is: like terms are collected and numbers combined over a polynomial normal form
// (atoms: symbols, constants, and any non-polynomial piece kept whole). The reference branches on
// that kind (a Symbol, a Number, anything else).

import { type Expr, add, mul, pow, num, numR, canonKey, NEG_ONE } from "./expr.js";
import { type Rat, rat, ratAdd, ratMul, ratToNumber } from "./rational.js";

type Coef = { readonly exact: Rat } | { readonly float: number };
interface Term { coef: Coef; readonly factors: ReadonlyMap<string, { atom: Expr; exp: bigint }> }
type Poly = Map<string, Term>;

const MAX_TERMS = 200;
const cAdd = (a: Coef, b: Coef): Coef => ("exact" in a && "exact" in b ? { exact: ratAdd(a.exact, b.exact) } : { float: cNum(a) + cNum(b) });
const cMul = (a: Coef, b: Coef): Coef => ("exact" in a && "exact" in b ? { exact: ratMul(a.exact, b.exact) } : { float: cNum(a) * cNum(b) });
const cNum = (a: Coef): number => ("exact" in a ? ratToNumber(a.exact) : a.float);
const cZero = (a: Coef): boolean => ("exact" in a ? a.exact.p === 0n : false);

function monoKey(f: ReadonlyMap<string, { exp: bigint }>): string {
  return [...f.entries()].sort((x, y) => (x[0] < y[0] ? -1 : 1)).map(([k, v]) => `${k}^${v.exp}`).join("*");
}

function constPoly(c: Coef): Poly { return new Map([["", { coef: c, factors: new Map() }]]); }
function atomPoly(atom: Expr): Poly {
  const k = canonKey(atom);
  return new Map([[`${k}^1`, { coef: { exact: rat(1n) }, factors: new Map([[k, { atom, exp: 1n }]]) }]]);
}

function addPoly(a: Poly, b: Poly): Poly {
  const out: Poly = new Map(a);
  for (const [k, t] of b) {
    const cur = out.get(k);
    out.set(k, cur ? { coef: cAdd(cur.coef, t.coef), factors: cur.factors } : t);
  }
  for (const [k, t] of out) if (cZero(t.coef)) out.delete(k);
  if (out.size > MAX_TERMS) throw new Error("too many terms");
  return out;
}

function mulPoly(a: Poly, b: Poly): Poly {
  let out: Poly = new Map();
  for (const ta of a.values()) {
    for (const tb of b.values()) {
      const f = new Map(ta.factors);
      for (const [k, v] of tb.factors) {
        const cur = f.get(k);
        const e = (cur?.exp ?? 0n) + v.exp;
        if (e === 0n) f.delete(k); else f.set(k, { atom: v.atom, exp: e });
      }
      out = addPoly(out, new Map([[monoKey(f), { coef: cMul(ta.coef, tb.coef), factors: f }]]));
    }
  }
  return out;
}

export function toPoly(e: Expr): Poly {
  switch (e.k) {
    case "num": return e.v.p === 0n ? new Map() : constPoly({ exact: e.v });
    case "float": return constPoly({ float: e.v });
    case "add": return e.args.reduce<Poly>((acc, a) => addPoly(acc, toPoly(a)), new Map());
    case "mul": return e.args.reduce<Poly>((acc, a) => mulPoly(acc, toPoly(a)), constPoly({ exact: rat(1n) }));
    case "pow": {
      if (e.exp.k === "num" && e.exp.v.q === 1n) {
        const n = e.exp.v.p;
        const base = toPoly(e.base);
        if (n >= 0n && n <= 12n) {
          let out = constPoly({ exact: rat(1n) });
          for (let i = 0n; i < n; i++) out = mulPoly(out, base);
          return out;
        }
        if (n < 0n && n >= -12n && base.size === 1) {
          const [t] = base.values();
          if ("exact" in t!.coef && t!.coef.exact.p === 0n) return atomPoly(e);
          const inv = "exact" in t!.coef ? { exact: rat(t!.coef.exact.q, t!.coef.exact.p) } : { float: 1 / t!.coef.float };
          const f = new Map([...t!.factors].map(([k, v]) => [k, { atom: v.atom, exp: v.exp * -1n }] as const));
          let out = constPoly({ exact: rat(1n) });
          const single: Poly = new Map([[monoKey(f), { coef: inv, factors: f }]]);
          for (let i = 0n; i < -n; i++) out = mulPoly(out, single);
          return out;
        }
      }
      return atomPoly(e);
    }
    default: return atomPoly(e);
  }
}

function fromPoly(p: Poly): Expr {
  const terms: Expr[] = [];
  for (const t of p.values()) {
    const factors: Expr[] = [...t.factors.values()].map((f) => (f.exp === 1n ? f.atom : pow(f.atom, num(f.exp))));
    const c: Expr = "exact" in t.coef ? numR(t.coef.exact) : { k: "float", v: t.coef.float };
    const isOne = "exact" in t.coef && t.coef.exact.p === 1n && t.coef.exact.q === 1n;
    if (factors.length === 0) terms.push(c);
    else if (isOne && factors.length === 1) terms.push(factors[0]!);
    else terms.push(mul(isOne ? factors : [c, ...factors]));
  }
  if (terms.length === 0) return num(0n);
  return terms.length === 1 ? terms[0]! : add(terms);
}

/** a - b with sympy's automatic simplification (null when the expansion would be too large). */
export function subtract(a: Expr, b: Expr): Expr {
  try {
    return fromPoly(addPoly(toPoly(a), toPoly(mul([NEG_ONE, b]))));
  } catch {
    return add([a, mul([NEG_ONE, b])]);
  }
}

/** sympy's evaluated form of an expression (like terms and numbers combined). */
export function autoEval(e: Expr): Expr {
  try { return fromPoly(toPoly(e)); } catch { return e; }
}
