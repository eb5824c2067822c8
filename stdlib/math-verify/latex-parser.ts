// stdlib/math-verify/latex-parser.ts — parses a normalised LaTeX answer the way latex2sympy2_extended
// does: the top rule tries "x = elements", then a comma/semicolon list of elements (a lone element is
// itself; several make a set, or a set of tuples), then set expressions (unions, intervals, x \in S),
// each to the end of the input, in that order. The element and set rules live here; expressions in
// latex-expr-parser.ts.

import { lex } from "./latex-lexer.js";
import { type Expr, rel, tuple, fset } from "./expr.js";
import { ConvertError, asUnaryMinus, intervalOf } from "./latex-convert.js";
import { parseNumberText } from "./latex-symbols.js";
import { plusRaw, sset, tupleToSet } from "./latex-functions.js";
import {
  type R, type Th, ExprParser, ParseError, mapR, resetWork, noteWork, OPEN_INTERVAL, INTERVAL_L, INTERVAL_R,
  TUPLE_DELIMS, SET_DELIMS,
} from "./latex-expr-parser.js";

export { ParseError };

const COMMA_NUMBER = /^\s*-?\d{1,3}(,\d{3})+(\.\d+)?\s*$/u;

/** Parses one LaTeX string to an expression; throws on any syntax or conversion failure. */
export function parseLatexExpr(src: string, depth = 0): Expr {
  if (depth > 8) throw new ParseError("nested function arguments too deep");
  if (depth === 0) resetWork();
  try {
    return parseTop(src, depth);
  } finally {
    if (depth === 0) noteWork();
  }
}

function parseTop(src: string, depth: number): Expr {
  const toks = lex(src);
  const p = new LatexParser(toks, (arg) => parseLatexExpr(arg, depth + 1));
  const n = toks.length;
  const alts: Th<R<Expr>[]>[] = [
    () => p.setElementsRelation(0),
    () => mapR(p.semicolonElements(0, false), (els) => (COMMA_NUMBER.test(src) ? parseNumberText(src, true) : setOrTuple(els))),
    () => p.setRelation(0),
  ];
  for (const alt of alts) {
    const hit = alt().find((r) => r.end === n);
    if (hit) return hit.v();
  }
  throw new ParseError("no parse");
}

function setOrTuple(els: Expr[][]): Expr {
  if (els.length === 1) return els[0]!.length === 1 ? els[0]![0]! : fset(els[0]!);
  if (els.every((e) => e.length === 1)) return fset(els.map((e) => e[0]!));
  return fset(els.map((e) => tuple(e)));
}

class LatexParser extends ExprParser {
  setElementsRelation(p: number): R<Expr>[] {
    const out: R<Expr>[] = [];
    for (const l of this.atomExprList(p)) {
      const op = this.type(l.end);
      if (op !== "IN" && op !== "ASSIGNMENT") continue;
      for (const r of this.semicolonElements(l.end + 1, true)) out.push({ end: r.end, v: () => rel("eq", l.v(), setOrTuple(r.v())) });
    }
    return out;
  }

  semicolonElements(p: number, noRel: boolean): R<Expr[][]>[] {
    return this.m(noRel ? "semn" : "sem", p, () => {
      const out: R<Expr[][]>[] = [];
      for (const c of this.commaElements(p, noRel)) {
        if (this.type(c.end) === "SEMICOLON") {
          for (const rest of this.semicolonElements(c.end + 1, noRel)) out.push({ end: rest.end, v: () => [c.v(), ...rest.v()] });
        }
        out.push({ end: c.end, v: () => [c.v()] });
      }
      return out;
    });
  }

  private commaElements(p: number, noRel: boolean): R<Expr[]>[] {
    return this.m(noRel ? "comn" : "com", p, () => {
      const out: R<Expr[]>[] = [];
      for (const e of this.element(p, noRel)) {
        if (this.type(e.end) === "COMMA") {
          for (const rest of this.commaElements(e.end + 1, noRel)) out.push({ end: rest.end, v: () => [...e.v(), ...rest.v()] });
        }
        out.push({ end: e.end, v: e.v });
      }
      return out;
    });
  }

  private element(p: number, noRel: boolean): R<Expr[]>[] {
    return this.m(noRel ? "eln" : "el", p, () => [
      ...this.plusMinus(p),
      ...mapR(this.setAtom(p), (s) => [s]),
      ...mapR(noRel ? this.expr(p) : this.relation(p), (x) => [x]),
    ]);
  }

  private plusMinus(p: number): R<Expr[]>[] {
    const out: R<Expr[]>[] = [];
    for (const l of this.expr(p)) {
      if (this.type(l.end) !== "PLUS_MINUS") continue;
      for (const r of this.expr(l.end + 1)) out.push({ end: r.end, v: () => { const a = l.v(), b = r.v(); return [plusRaw(a, b), plusRaw(a, asUnaryMinus(b))]; } });
    }
    if (this.type(p) === "PLUS_MINUS") for (const r of this.expr(p + 1)) out.push({ end: r.end, v: () => { const b = r.v(); return [asUnaryMinus(b), b]; } });
    return out;
  }

  private setAtom(p: number): R<Expr>[] {
    return this.m("sa", p, () => {
      const out: R<Expr>[] = [];
      const ty = this.type(p);
      if (ty !== undefined && INTERVAL_L.has(ty)) {
        for (const a of this.expr(p + 1)) {
          if (this.type(a.end) !== "COMMA") continue;
          for (const b of this.expr(a.end + 1)) {
            const close = this.type(b.end);
            if (close === undefined || !INTERVAL_R.has(close)) continue;
            const lopen = OPEN_INTERVAL.has(ty), ropen = close === "R_PAREN" || close === "R_GROUP" || close === "R_PAREN_VISUAL";
            out.push({ end: b.end + 1, v: () => intervalOf(a.v(), b.v(), lopen, ropen) });
          }
        }
      }
      if (ty === "SET") {
        const names: Record<string, Expr> = { N: sset("Naturals"), Z: sset("Integers"), Q: sset("Rationals"), R: sset("Reals"), C: sset("Complexes"), P: sset("Primes") };
        const t = this.t[p]!.text;
        const key = t.length === 1 ? "NZQRCP"["ℕℤℚℝℂℙ".indexOf(t)]! : t[8]!;
        out.push({ end: p + 1, v: () => { if (key === "P") throw new ConvertError("primes"); return names[key]!; } });
      }
      if (ty === "SET_EMPTY") out.push({ end: p + 1, v: () => sset("EmptySet") });
      if (ty === "L_BRACE" && this.type(p + 1) === "R_BRACE") out.push({ end: p + 2, v: () => sset("EmptySet") });
      for (const [l, r] of TUPLE_DELIMS) {
        if (ty !== l) continue;
        for (const s of this.closeAfter(this.semicolonElements(p + 1, false), r)) {
          out.push({ end: s.end, v: () => { const els = s.v(); return els.length === 1 && els[0]!.length === 1 ? els[0]![0]! : tuple(els.flat()); } });
        }
      }
      for (const [l, r] of SET_DELIMS) {
        if (ty !== l) continue;
        for (const s of this.closeAfter(this.semicolonElements(p + 1, false), r)) out.push({ end: s.end, v: () => fset(s.v().flat()) });
      }
      if (ty === "BOXED_CMD" && this.type(p + 1) === "L_BRACE") {
        for (const s of this.closeAfter(this.semicolonElements(p + 2, false), "R_BRACE")) out.push({ end: s.end, v: () => setOrTuple(s.v()) });
      }
      return out;
    });
  }

  setRelation(p: number): R<Expr>[] {
    return this.m("srel", p, () => {
      const out: R<Expr>[] = [];
      for (const l of this.atomExprList(p)) {
        const op = this.type(l.end);
        if (op !== "IN" && op !== "NOTIN" && op !== "ASSIGNMENT") continue;
        for (const r of this.setRelation(l.end + 1)) {
          out.push({ end: r.end, v: () => {
            const left = l.v(), right = r.v();
            return op === "NOTIN" ? { k: "not", arg: rel("eq", left, right) } : rel("eq", left, right);
          } });
        }
      }
      out.push(...this.minusExpr(p));
      return out;
    });
  }

  private minusExpr(p: number): R<Expr>[] {
    return this.chain("smin", p, (q) => this.unionExpr(q), (ty) => ty === "SET_MINUS",
      (l, _op, r) => ({ k: "setop", op: "complement", args: [l, r] }));
  }

  private unionExpr(p: number): R<Expr>[] {
    return this.chain("suni", p, (q) => this.intersectionExpr(q), (ty) => ty === "UNION",
      (l, _op, r) => ({ k: "setop", op: "union", args: [tupleToSet(l), tupleToSet(r)] }));
  }

  private intersectionExpr(p: number): R<Expr>[] {
    return this.chain("sint", p, (q) => this.setGroup(q), (ty) => ty === "INTERSECTION",
      (l, _op, r) => ({ k: "setop", op: "intersection", args: [tupleToSet(l), tupleToSet(r)] }));
  }

  private setGroup(p: number): R<Expr>[] {
    return this.m("sgrp", p, () => [
      ...(this.type(p) === "L_PAREN" ? this.closeAfter(this.minusExpr(p + 1), "R_PAREN") : []),
      ...this.setAtom(p),
    ]);
  }

  private atomExprList(p: number): R<Expr>[] {
    const out: R<Expr>[] = [];
    if (this.type(p) === "L_PAREN") {
      const more = (q: number, acc: Th<Expr>[]): void => {
        if (this.type(q) === "COMMA") for (const a of this.atomExpr(q + 1, true)) more(a.end, [...acc, a.v]);
        if (this.type(q) === "R_PAREN") out.push({ end: q + 1, v: () => { const xs = acc.map((a) => a()); return xs.length === 1 ? xs[0]! : tuple(xs); } });
      };
      for (const a of this.atomExpr(p + 1, true)) more(a.end, [a.v]);
    }
    out.push(...this.atomExpr(p, true));
    return out;
  }
}
