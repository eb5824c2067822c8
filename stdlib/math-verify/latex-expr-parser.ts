// stdlib/math-verify/latex-expr-parser.ts — the expression rules of latex2sympy2_extended's PS
// grammar (sums, products, implicit products, powers, groups, fractions, functions, atoms). Every
// rule returns all the ways it can end (one per end position, most preferred first, memoised), so
// the first complete parse is the one ANTLR's ordered, full-context choice picks. Values are thunks,
// built only once a complete parse is chosen, as the reference converts its tree after parsing.

import type { Token } from "./latex-lexer.js";
import { type Expr, type RelOp, fn, rel, sym, cst, pow, isMatrix, isRelational, HALF, ONE, percentOf } from "./expr.js";
import { ConvertError, plus, minus, times, divide, unaryMinus, postfixProduct } from "./latex-convert.js";
import { symbolOf, isOnlySymbols, parseNumberText } from "./latex-symbols.js";
import {
  binomial, determinant, differentialVar, expOf, matrixOf, multiFunc, reciprocal, singleFunc, transpose, undefinedFunc,
} from "./latex-functions.js";

export type Th<T> = () => T;
export interface R<T> { readonly end: number; readonly v: Th<T> }

export class ParseError extends Error {}
const MAX_STEPS = 60_000;
// Bounds the whole parse, nested re-parses of function arguments included. The public cases need
// under 4,000; pathological inputs (hundreds of juxtaposed letters, bars) stop here, as the
// reference's 5-second timeout would stop them, instead of taking seconds.
const MAX_WORK = 20_000;

export const REL_OPS: Record<string, RelOp | "in" | "approx"> = {
  IN: "in", ASSIGNMENT: "eq", EQUAL: "eq", APPROX: "approx", LT: "lt", LTE: "le", GT: "gt", GTE: "ge", UNEQUAL: "ne",
};
export const MP_OPS = new Set(["MUL", "CMD_TIMES", "CMD_CDOT", "DIV", "CMD_DIV", "COLON", "CMD_MOD"]);
export const OPEN_INTERVAL = new Set(["L_PAREN", "L_PAREN_VISUAL", "L_GROUP"]);
export const INTERVAL_L = new Set(["L_BRACKET", "L_PAREN", "L_PAREN_VISUAL", "L_BRACK", "L_GROUP"]);
export const INTERVAL_R = new Set(["R_BRACKET", "R_PAREN", "R_PAREN_VISUAL", "R_BRACK", "R_GROUP"]);
export const GROUPS: readonly (readonly [string, string])[] = [
  ["L_PAREN", "R_PAREN"], ["L_GROUP", "R_GROUP"], ["L_BRACE", "R_BRACE"], ["L_BRACKET", "R_BRACKET"],
  ["L_BRACE_VISUAL", "R_BRACE_VISUAL"], ["L_BRACE_CMD", "R_BRACE_CMD"], ["L_BRACK", "R_BRACK"],
];
export const TUPLE_DELIMS: readonly (readonly [string, string])[] = [["L_PAREN", "R_PAREN"], ["L_PAREN_VISUAL", "R_PAREN_VISUAL"], ["L_BRACKET", "R_BRACKET"]];
export const SET_DELIMS: readonly (readonly [string, string])[] = [["L_BRACE", "R_BRACE"], ["L_BRACE_VISUAL", "R_BRACE_VISUAL"]];
export const ATOM_BASES = new Set(["LETTER_NO_E", "GREEK_CMD", "OTHER_SYMBOL_CMD", "ACCENT"]);

/** Results created so far by the current top-level parse (see MAX_WORK). */
let work = 0;
export let maxWorkSeen = 0;
/** Starts the budget of a new top-level parse. */
export function resetWork(): void { work = 0; }
/** Records the work of the parse that just ended (the most any parse needed is kept for tests). */
export function noteWork(): void { if (work > maxWorkSeen) maxWorkSeen = work; }

export function uniq<T>(xs: R<T>[]): R<T>[] {
  work += xs.length;
  if (work > MAX_WORK) throw new ParseError("parse budget exceeded");
  if (xs.length < 2) return xs;
  const out: R<T>[] = [];
  if (xs.length <= 16) {
    for (const x of xs) if (!out.some((o) => o.end === x.end)) out.push(x);
    return out;
  }
  const seen = new Set<number>();
  for (const x of xs) if (!seen.has(x.end)) { seen.add(x.end); out.push(x); }
  return out;
}

export const mapR = <A, B>(xs: R<A>[], f: (a: A) => B): R<B>[] => xs.map((x) => ({ end: x.end, v: () => f(x.v()) }));

export function relationOf(op: RelOp | "in" | "approx", lh: Expr, rh: Expr): Expr {
  if (op === "approx") return isOnlySymbols(lh) ? rh : lh;
  if (op === "in") throw new ConvertError("unrecognized relation");
  if (lh.k === "and") return { k: "and", args: [...lh.args, rel(op, (lh.args[lh.args.length - 1] as { rhs: Expr }).rhs, rh)] };
  if (isRelational(lh)) return { k: "and", args: [lh, rel(op, lh.rhs, rh)] };
  return rel(op, lh, rh);
}

export class ExprParser {
  private readonly memo = new Map<string, (R<unknown>[] | undefined)[]>();
  private steps = 0;
  constructor(protected readonly t: readonly Token[], private readonly reparse: (src: string) => Expr) {}

  protected type(p: number): string | undefined { return this.t[p]?.type; }
  protected text(a: number, b: number): string { let s = ""; for (let i = a; i < b; i++) s += this.t[i]!.text; return s; }

  protected m<T>(key: string, p: number, f: () => R<T>[]): R<T>[] {
    let byPos = this.memo.get(key);
    if (!byPos) { byPos = []; this.memo.set(key, byPos); }
    const hit = byPos[p];
    if (hit) return hit as R<T>[];
    if (++this.steps > MAX_STEPS) throw new ParseError("parse budget exceeded");
    byPos[p] = [];                   // a left-recursive re-entry sees no results
    const out = uniq(f());
    byPos[p] = out;
    return out;
  }

  /** operand (op operand)*, left-associative, longer chains preferred. */
  protected chain(key: string, p: number, operand: (q: number) => R<Expr>[], ops: (ty: string) => boolean,
    combine: (l: Expr, op: string, r: Expr) => Expr): R<Expr>[] {
    type C = { end: number; build: (l: Th<Expr>) => Th<Expr> };
    const contKey = `${key}~`;
    const cont = (q: number): C[] => this.m(contKey, q, () => {
      const out: C[] = [];
      const ty = this.type(q);
      if (ty !== undefined && ops(ty)) {
        for (const r of operand(q + 1)) {
          for (const c of cont(r.end) as unknown as C[]) {
            out.push({ end: c.end, build: (l) => c.build(() => combine(l(), ty, r.v())) });
          }
        }
      }
      out.push({ end: q, build: (l) => l });
      return out as unknown as R<never>[];
    }) as unknown as C[];
    return this.m(key, p, () => {
      const out: R<Expr>[] = [];
      for (const f of operand(p)) for (const c of cont(f.end)) out.push({ end: c.end, v: c.build(f.v) });
      return out;
    });
  }

  protected expect<T>(p: number, ty: string, then: (q: number) => R<T>[]): R<T>[] {
    return this.type(p) === ty ? then(p + 1) : [];
  }

  // ---- expressions ----
  expr(p: number): R<Expr>[] {
    return this.chain("add", p, (q) => this.mp(q, false), (ty) => ty === "ADD" || ty === "SUB",
      (l, op, r) => (op === "ADD" ? plus(l, r) : minus(l, r)));
  }

  private mp(p: number, nofunc: boolean): R<Expr>[] {
    return this.chain(nofunc ? "mpn" : "mp", p, (q) => this.unary(q, nofunc), (ty) => MP_OPS.has(ty), (l, op, r) => {
      if (op === "DIV" || op === "CMD_DIV" || op === "COLON") return divide(l, r);
      if (op === "CMD_MOD") {
        if (isMatrix(r)) throw new ConvertError("modulo with a matrix");
        return fn("Mod", [l, r]);
      }
      return times(l, r);
    });
  }

  relation(p: number): R<Expr>[] {
    return this.chain("rel", p, (q) => this.expr(q), (ty) => ty in REL_OPS, (l, op, r) => relationOf(REL_OPS[op]!, l, r));
  }

  private unary(p: number, nofunc: boolean): R<Expr>[] {
    return this.m(nofunc ? "unn" : "un", p, () => {
      const ty = this.type(p);
      if (ty === "ADD") return this.unary(p + 1, nofunc);
      if (ty === "SUB") return mapR(this.unary(p + 1, nofunc), unaryMinus);
      if (!nofunc) return mapR(this.postfixRun(p, false), (items) => postfixProduct(items));
      const out: R<Expr>[] = [];
      for (const f of this.postfix(p, false)) {
        for (const rest of this.postfixRun(f.end, true, true)) out.push({ end: rest.end, v: () => postfixProduct([f.v(), ...rest.v()]) });
      }
      return out;
    });
  }

  /** postfix+ (or postfix_nofunc*, with `allowEmpty`), greedy. */
  private postfixRun(p: number, nofunc: boolean, allowEmpty = false): R<Expr[]>[] {
    return this.m(`pr${nofunc ? "n" : ""}${allowEmpty ? "e" : ""}`, p, () => {
      const out: R<Expr[]>[] = [];
      for (const f of this.postfix(p, nofunc)) {
        for (const rest of this.postfixRun(f.end, nofunc, true)) out.push({ end: rest.end, v: () => [f.v(), ...rest.v()] });
      }
      if (allowEmpty) out.push({ end: p, v: () => [] });
      return out;
    });
  }

  private postfix(p: number, nofunc: boolean): R<Expr>[] {
    return this.m(nofunc ? "pfn" : "pf", p, () => {
      const out: R<Expr>[] = [];
      const ops = (q: number, base: Th<Expr>): void => {
        const ty = this.type(q);
        if (ty === "BANG") ops(q + 1, () => fn("factorial", [base()]));
        else if (ty === "TRANSPOSE") ops(q + 1, () => transpose(base()));
        else if (ty === "DEGREE") ops(q + 1, base);
        out.push({ end: q, v: base });
      };
      for (const e of this.exp(p, nofunc)) ops(e.end, e.v);
      return out;
    });
  }

  private exp(p: number, nofunc: boolean): R<Expr>[] {
    return this.m(nofunc ? "exn" : "ex", p, () => {
      const out: R<Expr>[] = [];
      const more = (q: number, base: Th<Expr>): void => {
        if (this.type(q) === "CARET") {
          for (const x of this.supArg(q + 1)) {
            const b = (): Expr => pow(base(), x.v());
            for (const s of this.subexpr(x.end)) more(s.end, b);
            more(x.end, b);
          }
        }
        out.push({ end: q, v: base });
      };
      for (const c of this.comp(p, nofunc)) more(c.end, c.v);
      return out;
    });
  }

  /** atom | { expr } after a caret. */
  private supArg(p: number): R<Expr>[] {
    return [...this.atom(p), ...this.expect(p, "L_BRACE", (q) => this.closeAfter(this.expr(q), "R_BRACE"))];
  }

  protected closeAfter<T>(xs: R<T>[], close: string): R<T>[] {
    return xs.filter((x) => this.type(x.end) === close).map((x) => ({ end: x.end + 1, v: x.v }));
  }

  private comp(p: number, nofunc: boolean): R<Expr>[] {
    return this.m(nofunc ? "cpn" : "cp", p, () => {
      const ty = this.type(p);
      const out: R<Expr>[] = [];
      for (const [l, r] of GROUPS) if (ty === l) out.push(...this.closeAfter(this.expr(p + 1), r));
      if (ty === "PHANTOM_CMD" || ty === "BOXED_CMD") out.push(...this.expect(p + 1, "L_BRACE", (q) => this.closeAfter(this.expr(q), "R_BRACE")));
      if (ty === "NORM") out.push(...mapR(this.closeAfter(this.expr(p + 1), "NORM"), () => { throw new ConvertError("norm"); }));
      for (const [l, r] of [["BAR", "BAR"], ["L_VERT", "R_VERT"], ["VERT", "VERT"]] as const) {
        if (ty === l) out.push(...mapR(this.closeAfter(this.expr(p + 1), r), (x) => fn("Abs", [x])));
      }
      if (ty === "L_ANGLE") out.push(...mapR(this.closeAfter(this.expr(p + 1), "R_ANGLE"), () => { throw new ConvertError("dot product"); }));
      for (const [l, r] of [["L_FLOOR", "R_FLOOR"], ["LL_CORNER", "LR_CORNER"]] as const) {
        if (ty === l) out.push(...mapR(this.closeAfter(this.expr(p + 1), r), (x) => fn("floor", [x])));
      }
      for (const [l, r] of [["L_CEIL", "R_CEIL"], ["UL_CORNER", "UR_CORNER"]] as const) {
        if (ty === l) out.push(...mapR(this.closeAfter(this.expr(p + 1), r), (x) => fn("ceiling", [x])));
      }
      if (!nofunc) out.push(...this.func(p));
      out.push(...this.atom(p));
      if (ty === "CMD_FRAC") out.push(...this.frac(p));
      out.push(...this.binom(p));
      if (ty === "CMD_MATRIX_START" || ty === "CMD_ARRAY_START" || ty === "CMD_DET_START") out.push(...this.matrix(p));
      return out;
    });
  }

  private frac(p: number): R<Expr>[] {
    const out: R<Expr>[] = [];
    for (const up of this.expect(p + 1, "L_BRACE", (q) => this.closeAfter(this.expr(q), "R_BRACE"))) {
      for (const lo of this.expect(up.end, "L_BRACE", (q) => this.closeAfter(this.expr(q), "R_BRACE"))) {
        out.push({ end: lo.end, v: () => divide(up.v(), lo.v()) });
      }
    }
    return out;
  }

  private binom(p: number): R<Expr>[] {
    const out: R<Expr>[] = [];
    const make = (a: Expr, b: Expr): Expr => binomial(a, b);
    if (this.type(p) === "L_BRACE") {
      for (const up of this.expr(p + 1)) {
        if (this.type(up.end) !== "CMD_CHOOSE") continue;
        for (const lo of this.closeAfter(this.expr(up.end + 1), "R_BRACE")) out.push({ end: lo.end, v: () => make(up.v(), lo.v()) });
      }
    }
    if (this.type(p) === "CMD_BINOM") {
      for (const up of this.expect(p + 1, "L_BRACE", (q) => this.closeAfter(this.expr(q), "R_BRACE"))) {
        for (const lo of this.expect(up.end, "L_BRACE", (q) => this.closeAfter(this.expr(q), "R_BRACE"))) {
          out.push({ end: lo.end, v: () => make(up.v(), lo.v()) });
        }
      }
    }
    return out;
  }

  private matrix(p: number): R<Expr>[] {
    const start = this.type(p);
    const isDet = start === "CMD_DET_START";
    const endTy = start === "CMD_ARRAY_START" ? "CMD_ARRAY_END" : isDet ? "CMD_DET_END" : "CMD_MATRIX_END";
    const build = (rows: Expr[][]): Expr => (isDet ? determinant(matrixOf(rows)) : matrixOf(rows));
    const out: R<Expr>[] = [];
    const rows = (q: number, acc: Th<Expr[]>[]): void => {
      for (const row of this.matrixRow(q)) {
        const next = [...acc, row.v];
        if (this.type(row.end) === "MATRIX_DEL_ROW") {
          rows(row.end + 1, next);
          if (this.type(row.end + 1) === endTy) out.push({ end: row.end + 2, v: () => build(next.map((r) => r())) });
        }
        if (this.type(row.end) === endTy) out.push({ end: row.end + 1, v: () => build(next.map((r) => r())) });
      }
    };
    rows(p + 1, []);
    return out;
  }

  private matrixRow(p: number): R<Expr[]>[] {
    return this.m("mrow", p, () => {
      const out: R<Expr[]>[] = [];
      const more = (q: number, acc: Th<Expr>[]): void => {
        if (this.type(q) === "MATRIX_DEL_COL") for (const e of this.expr(q + 1)) more(e.end, [...acc, e.v]);
        out.push({ end: q, v: () => acc.map((a) => a()) });
      };
      for (const e of this.expr(p)) more(e.end, [e.v]);
      return out;
    });
  }

  // ---- atoms ----
  private atom(p: number): R<Expr>[] {
    return this.m("atom", p, () => {
      const tok = this.t[p];
      if (!tok) return [];
      switch (tok.type) {
        case "SYMBOL": {
          const s = tok.text.replace("\\$", "").replace("\\%", "");
          return [{ end: p + 1, v: () => { if (s === "\\infty") return cst("oo"); throw new ConvertError("symbol"); } }];
        }
        case "NUMBER": {
          const v = (): Expr => parseNumberText(tok.text, false);
          return [...this.subexpr(p + 1).map((s) => ({ end: s.end, v })), { end: p + 1, v }];
        }
        case "PERCENT_NUMBER":
          return [{ end: p + 1, v: () => percentOf(parseNumberText(tok.text.replace("\\%", "").replace("%", "").replaceAll(",", "").trim(), false)) }];
        case "E_NOTATION": return [{ end: p + 1, v: () => parseNumberText(tok.text, false) }];
        case "E_NOTATION_E": return [{ end: p + 1, v: () => sym("e") }];
        case "DIFFERENTIAL": return [{ end: p + 1, v: () => sym(`d${differentialVar(tok.text)}`) }];
        default: return ATOM_BASES.has(tok.type) ? this.atomExpr(p, true) : [];
      }
    });
  }

  protected atomExpr(p: number, allowSup: boolean): R<Expr>[] {
    return this.m(allowSup ? "ae" : "aens", p, () => {
      const tok = this.t[p];
      if (!tok || !ATOM_BASES.has(tok.type)) return [];
      const out: R<Expr>[] = [];
      const make = (subText: string | null, sup: Th<Expr> | null): Th<Expr> => () => {
        const base = symbolOf(tok, subText);
        return sup ? pow(base, sup()) : base;
      };
      const subs = this.subexpr(p + 1);
      if (allowSup) {
        for (const s of this.supexpr(p + 1)) for (const b of this.subexpr(s.end)) out.push({ end: b.end, v: make(b.text, s.v) });
        for (const b of subs) for (const s of this.supexpr(b.end)) out.push({ end: s.end, v: make(b.text, s.v) });
      }
      for (const b of subs) out.push({ end: b.end, v: make(b.text, null) });
      if (allowSup) for (const s of this.supexpr(p + 1)) out.push({ end: s.end, v: make(null, s.v) });
      out.push({ end: p + 1, v: make(null, null) });
      return out;
    });
  }

  /** `_x` or `_{...}`: the subscript's text (tokens joined, no spaces) and its value where it has one. */
  private subexpr(p: number): (R<Expr> & { text: string })[] {
    if (this.type(p) !== "UNDERSCORE") return [];
    const out: (R<Expr> & { text: string })[] = [];
    for (const a of this.atom(p + 1)) out.push({ end: a.end, v: a.v, text: this.text(p + 1, a.end) });
    if (this.type(p + 1) === "L_BRACE") {
      for (const e of this.closeAfter(this.expr(p + 2), "R_BRACE")) out.push({ end: e.end, v: e.v, text: this.text(p + 2, e.end - 1) });
      for (const e of this.closeAfter(this.argsList(p + 2), "R_BRACE")) {
        out.push({ end: e.end, v: () => { throw new ConvertError("subscript args"); }, text: this.text(p + 2, e.end - 1) });
      }
    }
    const seen = new Set<number>();
    return out.filter((x) => (seen.has(x.end) ? false : (seen.add(x.end), true)));
  }

  private supexpr(p: number): R<Expr>[] {
    return this.type(p) === "CARET" ? this.supArg(p + 1) : [];
  }

  /** args: expr ',' args | expr — only its extent matters. */
  private argsList(p: number): R<null>[] {
    return this.m("args", p, () => {
      const out: R<null>[] = [];
      for (const e of this.expr(p)) {
        if (this.type(e.end) === "COMMA") out.push(...this.argsList(e.end + 1));
        out.push({ end: e.end, v: () => null });
      }
      return out;
    });
  }

  // ---- functions ----
  private func(p: number): R<Expr>[] {
    return this.m("func", p, () => {
      const tok = this.t[p];
      if (!tok) return [];
      const out: R<Expr>[] = [];
      const ty = tok.type;
      if (ty === "FUNC1" || ty === "FUNC_MULTI" || (ty === "CMD_OPERATORNAME" && this.type(p + 1) === "L_BRACE"
        && (this.type(p + 2) === "OPNAME1" || this.type(p + 2) === "OPNAME_MULTI") && this.type(p + 3) === "R_BRACE")) {
        const multi = ty === "FUNC_MULTI" || (ty === "CMD_OPERATORNAME" && this.type(p + 2) === "OPNAME_MULTI");
        const name = ty === "CMD_OPERATORNAME" ? `op:${this.t[p + 2]!.text}` : tok.text.slice(1);
        const after = ty === "CMD_OPERATORNAME" ? p + 4 : p + 1;
        for (const sc of this.scripts(after)) {
          // The argument: ( expr ) or a product without function calls.
          const args: R<{ v: Expr; text: string | null }>[] = [];
          if (this.type(sc.end) === "L_PAREN") {
            // ( expr ) for one argument; ( expr , expr ... ) for max, min, gcd, lcm.
            const inner = multi ? this.argsList(sc.end + 1) as R<unknown>[] : this.expr(sc.end + 1);
            for (const e of this.closeAfter(inner, "R_PAREN")) {
              args.push({ end: e.end, v: () => ({ v: multi ? ONE : e.v() as Expr, text: this.text(sc.end + 1, e.end - 1) }) });
            }
          }
          // Without parentheses: a product with no function calls (for the multi-argument functions
          // the reference then fails: it splits a parse tree, not text).
          for (const e of this.mp(sc.end, true)) args.push({ end: e.end, v: () => ({ v: e.v(), text: null }) });
          for (const a of args) {
            out.push({ end: a.end, v: () => {
              const arg = a.v();
              if (!multi) return singleFunc(name, arg.v, sc.v());
              if (arg.text === null) throw new ConvertError("function arguments without parentheses");
              return multiFunc(name, arg.text, sc.v(), this.reparse);
            } });
          }
        }
      }
      if (ATOM_BASES.has(ty)) {
        for (const base of this.atomExpr(p, false)) {
          const nameText = this.text(p, base.end);
          const sups: R<Expr | null>[] = [...this.supexpr(base.end), { end: base.end, v: () => null }];
          for (const sup of sups) {
            const q = sup.end;
            const forms: [string[], string[]][] = [[["L_PAREN"], ["R_PAREN"]], [["L_BRACKET"], ["R_BRACKET"]],
              [["L_BRACE", "L_PAREN"], ["R_PAREN", "R_BRACE"]], [["L_BRACE", "L_BRACKET"], ["R_BRACKET", "R_BRACE"]]];
            for (const [open, close] of forms) {
              if (!open.every((o, i) => this.type(q + i) === o)) continue;
              for (const a of this.commonArgs(q + open.length)) {
                if (!close.every((c, i) => this.type(a.end + i) === c)) continue;
                const argText = this.text(q + open.length, a.end);
                out.push({ end: a.end + close.length, v: () => {
                  const f = undefinedFunc(nameText, argText, this.reparse);
                  const s = sup.v();
                  return s ? pow(f, s) : f;
                } });
              }
            }
          }
        }
      }
      if (ty === "FUNC_SQRT") {
        const roots: R<Expr | null>[] = [...this.expect(p + 1, "L_BRACKET", (q) => this.closeAfter(this.expr(q), "R_BRACKET")), { end: p + 1, v: () => null }];
        for (const r of roots) {
          for (const b of this.expect(r.end, "L_BRACE", (q) => this.closeAfter(this.expr(q), "R_BRACE"))) {
            out.push({ end: b.end, v: () => { const root = r.v(); return pow(b.v(), root ? reciprocal(root) : HALF); } });
          }
        }
      }
      if (ty === "FUNC_SUM" || ty === "FUNC_PROD") {
        const what = ty === "FUNC_SUM" ? "sum" : "product";
        const heads: R<{ v: Expr; lo: Expr; hi: Expr }>[] = [];
        for (const s of this.subeq(p + 1)) for (const u of this.supexpr(s.end)) heads.push({ end: u.end, v: () => ({ ...s.v(), hi: u.v() }) });
        for (const u of this.supexpr(p + 1)) for (const s of this.subeq(u.end)) heads.push({ end: s.end, v: () => ({ ...s.v(), hi: u.v() }) });
        for (const h of heads) {
          for (const body of this.mp(h.end, false)) {
            out.push({ end: body.end, v: () => { const x = h.v(); return { k: "big", what, body: body.v(), v: x.v, lo: x.lo, hi: x.hi }; } });
          }
        }
      }
      if (ty === "EXP_E") {
        for (const s of this.supexpr(p + 1)) out.push({ end: s.end, v: () => expOf(s.v()) });
        out.push({ end: p + 1, v: () => cst("E") });
      }
      return out;
    });
  }

  /** subexpr? supexpr? | supexpr? subexpr? after a function name. */
  private scripts(p: number): R<{ sub: Expr | null; sup: Expr | null }>[] {
    const out: R<{ sub: Expr | null; sup: Expr | null }>[] = [];
    for (const s of this.subexpr(p)) {
      for (const u of this.supexpr(s.end)) out.push({ end: u.end, v: () => ({ sub: s.v(), sup: u.v() }) });
      out.push({ end: s.end, v: () => ({ sub: s.v(), sup: null }) });
    }
    for (const u of this.supexpr(p)) {
      for (const s of this.subexpr(u.end)) out.push({ end: s.end, v: () => ({ sub: s.v(), sup: u.v() }) });
      out.push({ end: u.end, v: () => ({ sub: null, sup: u.v() }) });
    }
    out.push({ end: p, v: () => ({ sub: null, sup: null }) });
    return uniq(out);
  }

  private subeq(p: number): R<{ v: Expr; lo: Expr }>[] {
    if (this.type(p) !== "UNDERSCORE" || this.type(p + 1) !== "L_BRACE") return [];
    const out: R<{ v: Expr; lo: Expr }>[] = [];
    for (const l of this.expr(p + 2)) {
      const op = this.type(l.end);
      if (op !== "EQUAL" && op !== "ASSIGNMENT") continue;
      for (const r of this.closeAfter(this.expr(l.end + 1), "R_BRACE")) out.push({ end: r.end, v: () => ({ v: l.v(), lo: r.v() }) });
    }
    return out;
  }

  /** func_common_args: atom | expr ',' | expr ',' args — only the extent; the text is re-parsed. */
  private commonArgs(p: number): R<null>[] {
    const out: R<null>[] = [];
    for (const a of this.atom(p)) out.push({ end: a.end, v: () => null });
    for (const e of this.expr(p)) {
      if (this.type(e.end) !== "COMMA") continue;
      out.push(...this.argsList(e.end + 1));
      out.push({ end: e.end + 1, v: () => null });
    }
    return uniq(out);
  }
}
