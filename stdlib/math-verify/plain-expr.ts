// stdlib/math-verify/plain-expr.ts — the plain-text arithmetic math-verify extracts without LaTeX
// ("1/2", "(9+1)", "2**10"), read as sympy's parse_expr(..., evaluate=False) reads it: Python operator
// precedence, integer literals as Integer, decimals as Float; anything else is a parse failure.

import { type Expr, add, mul, pow, NEG_ONE } from "./expr.js";
import { negateNumber } from "./latex-convert.js";
import { numberFromString } from "./latex-symbols.js";

type Tok = { t: "num"; s: string } | { t: "op"; s: string };

function tokenize(src: string): Tok[] | null {
  const out: Tok[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (/\s/u.test(c)) { i++; continue; }
    const m = /^(?:\d+\.?\d*|\.\d+)/u.exec(src.slice(i));
    if (m) { out.push({ t: "num", s: m[0] }); i += m[0].length; continue; }
    if (src.startsWith("**", i)) { out.push({ t: "op", s: "**" }); i += 2; continue; }
    if (src.startsWith("//", i)) return null;
    if ("+-*/()".includes(c)) { out.push({ t: "op", s: c }); i++; continue; }
    return null;
  }
  return out;
}

const flat = (kind: "add" | "mul", a: Expr, b: Expr): Expr =>
  (kind === "add" ? add : mul)([...(a.k === kind ? a.args : [a]), ...(b.k === kind ? b.args : [b])]);

export function parsePlainExpr(src: string): Expr | null {
  const tokens = tokenize(src);
  if (!tokens || tokens.length === 0 || tokens.length > 400) return null;
  const toks: Tok[] = tokens;
  let p = 0;
  const peek = (): Tok | undefined => toks[p];
  const isOp = (s: string): boolean => { const t = peek(); return t !== undefined && t.t === "op" && t.s === s; };
  function sum(): Expr | null {
    let l = term();
    while (l && (isOp("+") || isOp("-"))) {
      const op = toks[p++]!.s;
      const r = term();
      if (!r) return null;
      l = op === "+" ? flat("add", l, r) : flat("add", l, mul([NEG_ONE, r]));
    }
    return l;
  }
  function term(): Expr | null {
    let l = unary();
    while (l && (isOp("*") || isOp("/"))) {
      const op = toks[p++]!.s;
      const r = unary();
      if (!r) return null;
      l = op === "*" ? flat("mul", l, r) : flat("mul", l, pow(r, NEG_ONE));
    }
    return l;
  }
  function unary(): Expr | null {
    if (isOp("+")) { p++; return unary(); }
    if (isOp("-")) {
      p++;
      const x = unary();
      if (!x) return null;
      return x.k === "num" || x.k === "float" ? negateNumber(x) : mul([NEG_ONE, x]);
    }
    return power();
  }
  function power(): Expr | null {
    const b = atom();
    if (b && isOp("**")) { p++; const e = unary(); return e ? pow(b, e) : null; }
    return b;
  }
  function atom(): Expr | null {
    const t = peek();
    if (!t) return null;
    if (t.t === "num") { p++; return numberFromString(t.s.endsWith(".") ? `${t.s}0` : t.s); }
    if (t.s === "(") {
      p++;
      const e = sum();
      if (!e || !isOp(")")) return null;
      p++;
      return e;
    }
    return null;
  }
  try {
    const e = sum();
    return e && p === toks.length ? e : null;
  } catch {
    return null;
  }
}
