// stdlib/math-verify/latex-symbols.ts — symbol names and number literals as latex2sympy2_extended
// makes them: lower-cased names, Greek commands spelled out, \pi as the constant, \text{...} as a
// plain name, subscripts kept in the name; "1.5" a Float, "0012" the Integer 12.

import type { Token } from "./latex-lexer.js";
import { type Expr, num, cst, sym } from "./expr.js";
import { ConvertError } from "./latex-convert.js";

const GREEK_NAMES: Record<string, string> = {
  "α": "alpha", "β": "beta", "γ": "gamma", "Γ": "Gamma", "δ": "delta", "Δ": "Delta", "ε": "epsilon", "ϵ": "varepsilon",
  "ζ": "zeta", "η": "eta", "θ": "theta", "Θ": "Theta", "ϑ": "vartheta", "ι": "iota", "κ": "kappa", "λ": "lambda",
  "Λ": "Lambda", "μ": "mu", "ν": "nu", "ξ": "xi", "Ξ": "Xi", "ο": "omicron", "π": "pi", "Π": "Pi", "ϖ": "varpi",
  "ρ": "rho", "ϱ": "varrho", "σ": "sigma", "Σ": "Sigma", "ς": "varsigma", "τ": "tau", "υ": "upsilon", "Υ": "Upsilon",
  "φ": "phi", "Φ": "Phi", "ϕ": "varphi", "χ": "chi", "ψ": "psi", "Ψ": "Psi", "ω": "omega", "Ω": "Omega",
};

/** The symbol an atom token (with its subscript text) stands for. */
export function symbolOf(tok: Token, subText: string | null): Expr {
  let text = tok.text;
  if (tok.type === "LETTER_NO_E" && text === "I") return cst("I");
  if (tok.type === "ACCENT") {
    const brace = text.indexOf("{");
    let name = text.slice(1, brace);
    let inner = text.slice(brace + 1, -1).replaceAll(" ", "");
    if (name === "bar" || name === "overline") name = "bar";
    else if (name === "vec" || name === "overrightarrow") name = "vec";
    else if (name === "tilde" || name === "widetilde") name = "tilde";
    else if (name.includes("text") || name.includes("mbox")) { name = ""; inner = inner.replaceAll("(", "").replaceAll(")", ""); }
    else if (name.includes("math")) name = "math";
    text = name ? `${name}{${inner}}` : inner;
  }
  let sub = "";
  if (subText !== null) sub = [...subText].length > 1 ? `_{${subText}}` : `_${subText}`;
  let full = pyStrip(text) + sub;
  full = pyStrip(full);
  let letter = GREEK_NAMES[full.replaceAll('"', "")] ?? (full.startsWith("\\") && GREEK_CMDS.has(full.slice(1)) ? full.slice(1) : full);
  if (letter.startsWith("\\")) letter = letter.slice(1);
  letter = letter.toLowerCase();
  if (letter === "pi") return cst("pi");
  return sym(letter);
}

const GREEK_CMDS = new Set(Object.values(GREEK_NAMES));
const pyStrip = (s: string): string => s.replace(/^[\t-\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+|[\t-\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+$/gu, "");

/** latex2sympy's is_expr_of_only_symbols. */
export function isOnlySymbols(e: Expr): boolean {
  if (e.k === "sym") return true;
  if (e.k === "pow" && e.exp.k === "num" && e.exp.v.p === -1n && e.exp.v.q === 1n && (e.base.k === "sym" || childArgs(e.base).every(isOnlySymbols))) return true;
  const args = childArgs(e);
  return args.length > 0 && args.every(isOnlySymbols);
}

function childArgs(e: Expr): readonly Expr[] {
  switch (e.k) {
    case "add": case "mul": case "fn": case "and": case "tuple": case "fset": return e.args;
    case "pow": return [e.base, e.exp];
    case "rel": return [e.lhs, e.rhs];
    default: return [];
  }
}

/** sympy.Number of a literal. `whole` is the reference's convert_number for "1,234"-style input. */
export function parseNumberText(text: string, whole: boolean): Expr {
  let t = text;
  if (whole) {
    if (t.includes(",") && t.startsWith("0")) t = t.replaceAll(",", ".");
    t = t.replaceAll(",", "").replaceAll(" ", "").replace(/^0+/u, "");
    if (t.length === 0) t = "0";
  } else {
    t = t.replaceAll(",", "");
    if (/^[0-9]+$/u.test(t)) t = t.replace(/^0+(?=.)/u, "");
  }
  return numberFromString(t);
}

/** sympy.Number(str): an Integer for digits, else a Float. */
export function numberFromString(t: string): Expr {
  const s = t.trim();
  if (/^[-+]?[0-9]+$/u.test(s)) return num(BigInt(s));
  if (/^[-+]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?$/u.test(s)) return { k: "float", v: Number.parseFloat(s) };
  throw new ConvertError(`not a number: ${t}`);
}
