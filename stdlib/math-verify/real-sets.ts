// stdlib/math-verify/real-sets.ts — subsets of the real line as unions of intervals with numeric
// ends: what the reference needs when it asks sympy whether two sets have an empty symmetric
// difference, or turns a one-variable relation such as 1 <= |z| <= 3/2 into a set.

import { type Expr, freeSymbols, fset, num, cst } from "./expr.js";
import { evalReal } from "./numeric.js";

interface Piece { lo: number; hi: number; lopen: boolean; ropen: boolean }
const TOL = 1e-12;
const close = (a: number, b: number): boolean =>
  a === b || (Number.isFinite(a) && Number.isFinite(b) && Math.abs(a - b) <= TOL * Math.max(1, Math.abs(a), Math.abs(b)));

function constValue(e: Expr): number | null {
  if (freeSymbols(e).size > 0) return null;
  const v = evalReal(e);
  return Number.isNaN(v) ? null : v;
}

function toPieces(e: Expr): Piece[] | null {
  switch (e.k) {
    case "fset": {
      const out: Piece[] = [];
      for (const a of e.args) {
        const v = constValue(a);
        if (v === null || !Number.isFinite(v)) return null;
        out.push({ lo: v, hi: v, lopen: false, ropen: false });
      }
      return normalise(out);
    }
    case "interval": {
      const lo = constValue(e.lo), hi = constValue(e.hi);
      if (lo === null || hi === null) return null;
      return normalise([{ lo, hi, lopen: e.lopen || !Number.isFinite(lo), ropen: e.ropen || !Number.isFinite(hi) }]);
    }
    case "sset":
      return e.name === "Reals" ? [{ lo: -Infinity, hi: Infinity, lopen: true, ropen: true }] : e.name === "EmptySet" ? [] : null;
    case "setop": {
      const parts = e.args.map(toPieces);
      if (parts.some((p) => p === null)) return null;
      const [first, ...rest] = parts as Piece[][];
      if (e.op === "union") return normalise([first!, ...rest].flat());
      if (e.op === "intersection") return rest.reduce((acc, p) => intersect(acc, p), first!);
      return rest.reduce((acc, p) => intersect(acc, complement(p)), first!);
    }
    default: return null;
  }
}

function normalise(ps: Piece[]): Piece[] {
  const xs = ps.filter((p) => p.lo < p.hi || (close(p.lo, p.hi) && !p.lopen && !p.ropen)).sort((a, b) => a.lo - b.lo || Number(a.lopen) - Number(b.lopen));
  const out: Piece[] = [];
  for (const p of xs) {
    const last = out[out.length - 1];
    if (last && (p.lo < last.hi || (close(p.lo, last.hi) && (!p.lopen || !last.ropen)))) {
      if (p.hi > last.hi || (close(p.hi, last.hi) && !p.ropen)) { last.hi = p.hi; last.ropen = close(p.hi, last.hi) ? p.ropen && last.ropen : p.ropen; }
    } else out.push({ ...p });
  }
  return out;
}

function complement(ps: Piece[]): Piece[] {
  const out: Piece[] = [];
  let lo = -Infinity, lopen = true;
  for (const p of ps) {
    out.push({ lo, hi: p.lo, lopen, ropen: !p.lopen });
    lo = p.hi; lopen = !p.ropen;
  }
  out.push({ lo, hi: Infinity, lopen, ropen: true });
  return normalise(out);
}

function intersect(a: Piece[], b: Piece[]): Piece[] {
  const out: Piece[] = [];
  for (const x of a) for (const y of b) {
    const lo = Math.max(x.lo, y.lo), hi = Math.min(x.hi, y.hi);
    const lopen = x.lo === lo && x.lopen || y.lo === lo && y.lopen;
    const ropen = x.hi === hi && x.ropen || y.hi === hi && y.ropen;
    out.push({ lo, hi, lopen, ropen });
  }
  return normalise(out);
}

/** Whether two sets are equal as sets of reals (false when either has a non-numeric part). Two
 *  finite sets are equal when each element of one equals (by `same`) an element of the other. */
export function setsEqualAsReal(a: Expr, b: Expr, same: (x: Expr, y: Expr) => boolean): boolean {
  if (a.k === "fset" && b.k === "fset") {
    const covers = (xs: readonly Expr[], ys: readonly Expr[]) => xs.every((x) => ys.some((y) => same(x, y)));
    return covers(a.args, b.args) && covers(b.args, a.args);
  }
  const x = toPieces(a), y = toPieces(b);
  if (!x || !y || x.length !== y.length) return false;
  return x.every((p, i) => {
    const q = y[i]!;
    return close(p.lo, q.lo) && close(p.hi, q.hi) && p.lopen === q.lopen && p.ropen === q.ropen;
  });
}

type Rel = { k: "rel"; op: string; lhs: Expr; rhs: Expr };

/** Polynomials, roots and absolute values: what sympy's univariate inequality solver handles.
 *  Anything transcendental makes the reference give up (and keep the relation). */
function isAlgebraic(e: Expr): boolean {
  switch (e.k) {
    case "num": case "float": case "sym": return true;
    case "const": return e.name === "pi" || e.name === "E" || e.name === "oo" || e.name === "-oo";
    case "add": case "mul": return e.args.every(isAlgebraic);
    case "pow": return isAlgebraic(e.base) && (e.exp.k === "num" || freeSymbols(e.exp).size === 0 && isAlgebraic(e.exp));
    case "fn": return e.name === "Abs" && e.args.every(isAlgebraic);
    default: return false;
  }
}

/** The solution set of a relation (or chain of relations) in one variable, or null. */
export function asSet(e: Expr): Expr | null {
  const rels = (e.k === "and" ? e.args : [e]) as Rel[];
  if (rels.some((r) => r.k !== "rel")) return null;
  const vars = freeSymbols(e);
  if (vars.size !== 1 || !rels.every((r) => isAlgebraic(r.lhs) && isAlgebraic(r.rhs))) return null;
  const [name] = vars;
  const f = (r: Rel, v: number): number => {
    const m = new Map([[name!, v]]);
    return evalReal(r.lhs, { seed: 0, vars: m }) - evalReal(r.rhs, { seed: 0, vars: m });
  };
  const holds = (v: number): boolean => rels.every((r) => {
    const d = f(r, v);
    if (Number.isNaN(d)) return false;
    const z = Math.abs(d) <= 1e-9;
    switch (r.op) {
      case "eq": return z;
      case "ne": return !z;
      case "lt": return d < 0 && !z;
      case "le": return d < 0 || z;
      case "gt": return d > 0 && !z;
      case "ge": return d > 0 || z;
      default: return false;
    }
  });
  const roots: number[] = [];
  for (const r of rels) roots.push(...signChanges((v) => f(r, v)));
  const bounds = [...new Set(roots.map(snap))].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  const cuts = [-Infinity, ...bounds, Infinity];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const lo = cuts[i]!, hi = cuts[i + 1]!;
    const mid = !Number.isFinite(lo) ? (Number.isFinite(hi) ? hi - 1 : 0) : !Number.isFinite(hi) ? lo + 1 : (lo + hi) / 2;
    if (holds(mid)) pieces.push({ lo, hi, lopen: true, ropen: true });
    if (Number.isFinite(hi) && holds(hi)) pieces.push({ lo: hi, hi, lopen: false, ropen: false });
  }
  const merged = normalise(pieces);
  const sets = merged.map((p) => (p.lo === p.hi ? fset([valueExpr(p.lo)]) : { k: "interval", lo: valueExpr(p.lo), hi: valueExpr(p.hi), lopen: p.lopen, ropen: p.ropen } as Expr));
  if (sets.length === 0) return { k: "sset", name: "EmptySet" };
  if (sets.length === 1) return sets[0]!;
  if (sets.every((x) => x.k === "fset")) return fset(sets.flatMap((x) => (x as { args: readonly Expr[] }).args));
  return { k: "setop", op: "union", args: sets };
}

const GRID: readonly number[] = (() => {
  const g: number[] = [];
  for (let i = -400; i <= 400; i++) g.push(i / 4);
  for (let k = 1; k <= 40; k++) g.push(100 * 1.35 ** k, -100 * 1.35 ** k);
  return g.sort((a, b) => a - b);
})();

/** Zeros and sign changes of f on a grid over roughly ±1.6e7, refined by bisection. */
function signChanges(f: (v: number) => number): number[] {
  const roots: number[] = [];
  let prevX = GRID[0]!, prev = f(prevX);
  if (prev === 0) roots.push(prevX);
  for (let i = 1; i < GRID.length; i++) {
    const x = GRID[i]!, y = f(x);
    if (y === 0) roots.push(x);
    else if (Number.isFinite(prev) && Number.isFinite(y) && prev !== 0 && Math.sign(prev) !== Math.sign(y)) {
      let a = prevX, b = x, fa = prev;
      for (let k = 0; k < 80; k++) {
        const m = (a + b) / 2, fm = f(m);
        if (fm === 0) { a = b = m; break; }
        if (Math.sign(fm) === Math.sign(fa)) { a = m; fa = fm; } else b = m;
      }
      // A sign change across a pole (1/x) is not a root.
      const m = (a + b) / 2, fm = f(m);
      if (Number.isFinite(fm) && Math.abs(fm) <= 1e-6 * Math.max(1, Math.abs(prev), Math.abs(y))) roots.push(snap(m));
    }
    prevX = x; prev = y;
  }
  return roots;
}

/** The real solutions of lhs = rhs in its one variable (null when it has more or fewer variables). */
export function realSolutions(lhs: Expr, rhs: Expr): { variable: string; roots: number[] } | null {
  const vars = freeSymbols(lhs);
  for (const v of freeSymbols(rhs)) vars.add(v);
  if (vars.size !== 1) return null;
  const [name] = vars;
  const f = (v: number): number => {
    const m = new Map([[name!, v]]);
    return evalReal(lhs, { seed: 0, vars: m }) - evalReal(rhs, { seed: 0, vars: m });
  };
  return { variable: name!, roots: [...new Set(signChanges(f).map(snap))].sort((a, b) => a - b) };
}

/** A root found numerically, moved onto a nearby simple fraction when there is one. */
function snap(x: number): number {
  for (let q = 1; q <= 1000; q++) {
    const p = Math.round(x * q);
    if (Math.abs(p / q - x) <= 1e-10 * Math.max(1, Math.abs(x))) return p / q;
  }
  return x;
}

function valueExpr(x: number): Expr {
  if (x === Infinity) return cst("oo");
  if (x === -Infinity) return cst("-oo");
  for (let q = 1; q <= 1000; q++) {
    const p = Math.round(x * q);
    if (p / q === x) return num(BigInt(p), BigInt(q));
  }
  return { k: "float", v: x };
}
