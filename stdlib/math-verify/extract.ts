// stdlib/math-verify/extract.ts — math-verify's `parse` with its default configuration: try the
// answer patterns by priority; within a priority, the match ending last (then starting first) goes
// first; the first match that parses gives the value. The result is [value, first matched text] —
// the text of the first match tried, even when a later one gave the value — or just [text] when
// nothing parsed, or [] when nothing matched.

import { type Expr, fset, percentOf } from "./expr.js";
import { PATTERNS, type Pattern } from "./patterns.js";
import { normalizeLatex } from "./normalize-latex.js";
import { parseLatexExpr } from "./latex-parser.js";
import { parsePlainExpr } from "./plain-expr.js";
import { numberFromString } from "./latex-symbols.js";
import { autoEval } from "./poly.js";

export type Parsed = readonly (Expr | string)[];

interface Found { readonly m: RegExpExecArray; readonly kind: Pattern["kind"]; readonly start: number; readonly end: number }

const MAX_MATCHES_PER_GROUP = 20_000;
const GROUPS: readonly (readonly Pattern[])[] = (() => {
  const byPriority = new Map<number, Pattern[]>();
  for (const p of PATTERNS) byPriority.set(p.priority, [...(byPriority.get(p.priority) ?? []), p]);
  return [...byPriority.values()];
})();

export function parseAnswer(text: string): Parsed {
  const fallbacks: string[] = [];
  for (const group of GROUPS) {
    const found: Found[] = [];
    for (const p of group) {
      if (p.needs.some((r) => !r.test(text))) continue;
      // exec on the shared global regex (matchAll would clone it, and lose its compiled code, per call).
      const re = p.re;
      re.lastIndex = 0;
      for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        found.push({ m, kind: p.kind, start: m.index, end: m.index + m[0].length });
        if (m[0].length === 0) re.lastIndex++;
        if (found.length > MAX_MATCHES_PER_GROUP) break;
      }
    }
    found.sort((a, b) => b.end - a.end || a.start - b.start);
    for (const f of found) {
      const [value, str] = f.kind === "latex" ? extractLatex(f.m) : extractExpr(f.m);
      if (str) fallbacks.push(str);
      if (value) return fallbacks.length > 0 ? [value, fallbacks[0]!] : [value];
    }
  }
  return fallbacks.length > 0 ? [fallbacks[0]!] : [];
}

const latexCache = new Map<string, Expr | null>();

/** parse_latex_cached: the whole string, else (if that fails) the part after its last "=". */
export function parseLatexLenient(latex: string): Expr | null {
  const hit = latexCache.get(latex);
  if (hit !== undefined) return hit;
  let out: Expr | null = null;
  try {
    out = parseLatexExpr(latex);
  } catch {
    const last = lastEquation(latex);
    if (last !== latex) {
      try { out = parseLatexExpr(last); } catch { out = null; }
    }
  }
  if (latexCache.size > 256) latexCache.clear();
  latexCache.set(latex, out);
  return out;
}

function lastEquation(latex: string): string {
  if (latex.includes(",") || latex.includes(";")) return latex;
  const parts = latex.split(/(?<![\\<!>])=/u);
  return parts.length > 2 ? parts[parts.length - 1]! : latex;
}

function extractLatex(m: RegExpExecArray): [Expr | null, string] {
  const groups = m.groups ?? {};
  const names = Object.keys(groups);
  const picked: [string, string][] = [];
  const first = names.find((n) => n.startsWith("first_latex") && groups[n]);
  if (first) picked.push([first, groups[first]!]);
  for (let i = 1; i <= 5; i++) {
    const n = names.find((x) => x.startsWith(`next${i}_latex`) && groups[x]);
    if (n) picked.push([n, groups[n]!]);
  }
  const exprs: (Expr | null)[] = [];
  const strs: string[] = [];
  for (const [name, latex] of picked) {
    const [prefix, groupName] = name.split("_") as [string, string | undefined];
    const isPercent = Boolean(groups[`${prefix}_percent`]);
    const normalized = normalizeLatex(latex, groupName === "latexBoxed" ? "last" : "all");
    strs.push(normalized);
    const parsed = parseLatexLenient(normalized);
    exprs.push(parsed && isPercent ? percentOfParsed(parsed) : parsed);
  }
  if (exprs.length === 0) return [null, ""];
  if (exprs.length > 1 && exprs.every((e) => e !== null)) {
    const all: Expr[] = [];
    for (const e of exprs as Expr[]) { if (e.k === "fset") all.push(...e.args); else all.push(e); }
    return [fset(all), strs.join(" and ")];
  }
  return [exprs[0]!, strs[0]!];
}

/** sympy.Mul(x, 1/100, evaluate=False): a relation cannot be multiplied (the match then counts as
 *  unparsed); a matrix is scaled elementwise. */
function percentOfParsed(e: Expr): Expr | null {
  if (e.k === "rel") return null;
  if (e.k === "matrix") return { k: "matrix", rows: e.rows.map((r) => r.map((x) => autoEval(percentOf(x)))) };
  return percentOf(e);
}

function extractExpr(m: RegExpExecArray): [Expr | null, string] {
  const g = m.groups ?? {};
  const expr = g.expr ?? "";
  let integer = g.integer1 || g.integer2 || g.integer3 || "";
  const decimal = g.decimal1 || g.decimal2 || g.decimal3 || "";
  if (integer || decimal) {
    integer = integer.replace(/[, ]/gu, "").replace(/^0+/u, "");
    if (integer.length === 0) integer = "0";
    const numberStr = `${integer}${decimal.replace(",", ".")}`;
    let value: Expr;
    try { value = numberFromString(numberStr); } catch { return [null, numberStr]; }
    return [g.percent ? percentOf(value) : value, numberStr];
  }
  if (expr) return [parsePlainExpr(expr.replaceAll("\n", " ").replaceAll("^", "**")), expr];
  return [null, expr];
}
