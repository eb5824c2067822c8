// bench/math-verify-cas.mjs — mathjs (default) or compute-engine (`npm i --no-save @cortex-js/compute-engine@0.24.1`)
// as math_verify's equality step, issue #3: golong's parsing and comparison with "is a - b zero?" decided
// by the library; parity with the golden scores, µs per case against golong. Build dist/ first.
import { readFileSync, readdirSync, writeFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir, cpus, loadavg } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { mathVerify } from "../dist/stdlib/math-verify/index.js";
import { parseAnswer } from "../dist/stdlib/math-verify/extract.js";
import { exprEqual } from "../dist/stdlib/math-verify/equal.js";
import { canonKey, freeSymbols, hasFloat } from "../dist/stdlib/math-verify/expr.js";
import { fmtUs, measure, quantile } from "./lib/timing.mjs";
/** ~1.5 s a case after 2 warm-up calls, at least 5 repetitions. */
const TIMING = { budgetMs: 1500, warmupCalls: 2, warmupMs: 0, minReps: 5 };

const LIB = process.argv[2] ?? "mathjs";
if (LIB !== "mathjs" && LIB !== "compute-engine") throw new Error(`bench/math-verify-cas.mjs: unknown library '${LIB}' (mathjs or compute-engine)`);
const pkgName = LIB === "mathjs" ? "mathjs" : "@cortex-js/compute-engine";
const lib = await import(pkgName).catch(() => {
  console.error(`bench/math-verify-cas.mjs: ${pkgName} is not installed (npm install --no-save ${pkgName}${LIB === "mathjs" ? "" : "@0.24.1"})`);
  process.exit(1);
});
const libVersion = JSON.parse(readFileSync(new URL(`../node_modules/${pkgName}/package.json`, import.meta.url), "utf8")).version;
const mj = LIB === "mathjs" ? lib.create(lib.all) : null;
const ce = LIB === "compute-engine" ? new lib.ComputeEngine() : null;

// ---- golong's comparison with its equality primitives delegated ------------------------------------
// equal.js decides "a - b is zero" in differenceIsZero (exact polynomial arithmetic, then seeded
// sampling) and "two constants are equal" in constantsEqual. A private copy of dist/stdlib/math-verify
// is loaded with those two functions routed through a hook, so everything else (extraction, sets,
// relations, float rounding, the string fast path) stays golong's and only the CAS differs.
const DIST = fileURLToPath(new URL("../dist/stdlib/math-verify/", import.meta.url));
const copyDir = mkdtempSync(join(tmpdir(), "golong-mv-cas-"));
process.on("exit", () => rmSync(copyDir, { recursive: true, force: true }));
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => process.exit(130));
for (const f of readdirSync(DIST).filter((x) => x.endsWith(".js"))) {
  let src = readFileSync(join(DIST, f), "utf8");
  if (f === "equal.js") {
    for (const name of ["differenceIsZero", "constantsEqual"]) {
      const def = `function ${name}(`;
      if (src.split(def).length !== 2) throw new Error(`bench/math-verify-cas.mjs: dist equal.js has no single '${def}': update the hook`);
      src = src.replace(def, `function __golong_${name}(`);
      src += `\nfunction ${name}(...a) { return __hook ? __hook.${name}(a, __golong_${name}) : __golong_${name}(...a); }\n`;
    }
    src += "let __hook = null;\nexport function __setHook(h) { __hook = h; }\n";
  }
  writeFileSync(join(copyDir, f), src);
}
const hooked = await import(pathToFileURL(join(copyDir, "score.js")).href);
const { __setHook, exprEqual: hookedExprEqual } = await import(pathToFileURL(join(copyDir, "equal.js")).href);

// ---- golong's Expr → a mathjs node ------------------------------------------------------------------
class Unconvertible extends Error {}
const FN = {
  sin: "sin", cos: "cos", tan: "tan", csc: "csc", sec: "sec", cot: "cot", asin: "asin", acos: "acos", atan: "atan",
  acsc: "acsc", asec: "asec", acot: "acot", sinh: "sinh", cosh: "cosh", tanh: "tanh", asinh: "asinh", acosh: "acosh",
  atanh: "atanh", exp: "exp", log: "log", Abs: "abs", floor: "floor", ceiling: "ceil", factorial: "factorial",
  binomial: "combinations", Max: "max", Min: "min", Mod: "mod",
};
const C = (v) => new mj.ConstantNode(v);
const S = (n) => new mj.SymbolNode(n);
const op = (o, f, args) => args.reduce((acc, x) => new mj.OperatorNode(o, f, [acc, x]));
const safeName = (s) => s.replace(/[^A-Za-z0-9_]/gu, (c) => `_${c.codePointAt(0)}_`);

function toMath(e) {
  switch (e.k) {
    case "num": {
      if (e.v.p > 2n ** 53n || -e.v.p > 2n ** 53n || e.v.q > 2n ** 53n) throw new Unconvertible("integer beyond 2^53");
      return e.v.q === 1n ? C(Number(e.v.p)) : new mj.OperatorNode("/", "divide", [C(Number(e.v.p)), C(Number(e.v.q))]);
    }
    case "float": return C(e.v);
    case "sym": return S(`v_${safeName(e.name)}`);
    case "const":
      switch (e.name) {
        case "pi": return S("pi");
        case "E": return S("e");
        case "I": return S("i");
        case "oo": return S("Infinity");
        case "-oo": return new mj.OperatorNode("-", "unaryMinus", [S("Infinity")]);
        default: return S("NaN");
      }
    case "add": return op("+", "add", e.args.map(toMath));
    case "mul": return op("*", "multiply", e.args.map(toMath));
    case "pow": return new mj.OperatorNode("^", "pow", [toMath(e.base), toMath(e.exp)]);
    case "fn": {
      if (e.name === "UnevaluatedExpr") return toMath(e.args[0]);
      const name = e.undef ? `u_${safeName(e.name)}` : FN[e.name] ?? `g_${safeName(e.name)}`;
      return new mj.FunctionNode(S(name), e.args.map(toMath));
    }
    case "big": return bigToMath(e);
    case "opaque": return S(`o_${opaqueId(e.text)}`);
    default: throw new Unconvertible(`a ${e.k} is not a scalar expression`);
  }
}
const opaqueIds = new Map();
const opaqueId = (key) => { if (!opaqueIds.has(key)) opaqueIds.set(key, opaqueIds.size); return opaqueIds.get(key); };
/** A finite sum or product with integer bounds is written out (up to 1,000 terms); else a symbol. */
function bigToMath(e) {
  const n = (x) => (x.k === "num" && x.v.q === 1n ? Number(x.v.p) : NaN);
  const lo = n(e.lo), hi = n(e.hi);
  if (e.v.k !== "sym" || !Number.isInteger(lo) || !Number.isInteger(hi) || hi - lo > 1000) return S(`o_${opaqueId(canonKey(e))}`);
  if (hi < lo) return C(e.what === "sum" ? 0 : 1);
  const v = `v_${safeName(e.v.name)}`, body = toMath(e.body), terms = [];
  for (let i = lo; i <= hi; i++) terms.push(body.transform((x) => (x.isSymbolNode && x.name === v ? C(i) : x)));
  return e.what === "sum" ? op("+", "add", terms) : op("*", "multiply", terms);
}

// ---- mathjs's decision: simplify(a - b) == 0, then simplify(rationalize(a - b)) == 0 ---------------
const isZeroNode = (n) =>
  (n.isConstantNode && Number(n.value) === 0) || (n.isOperatorNode && n.fn === "divide" && isZeroNode(n.args[0]));

/** mode "strict": only an exact 0 from simplify or rationalize counts. mode "numeric": differences
 *  without symbols are decided by evaluating both sides with mathjs (equal to 1e-12 relative, bit for
 *  bit when a float is involved), since simplify folds irrational constants to floats (sqrt(2)^2 - 2
 *  is 4.4e-16) and keeps sin(pi/6) as it is. */
function mathjsZero(a, b, mode, stats) {
  let A, B;
  try { A = toMath(a); B = toMath(b); } catch (err) {
    if (err instanceof Unconvertible) { stats.unconvertible++; return { zero: false, why: err.message }; }
    throw err;
  }
  if (mode === "numeric" && freeSymbols(a).size === 0 && freeSymbols(b).size === 0) {
    try {
      const x = Number(A.evaluate()), y = Number(B.evaluate());
      if (!Number.isFinite(x) || !Number.isFinite(y)) return { zero: false, why: `evaluates to ${x}, ${y}` };
      const ok = hasFloat(a) || hasFloat(b) ? x === y : Math.abs(x - y) <= 1e-12 * Math.max(1, Math.abs(x), Math.abs(y));
      return { zero: ok, why: `evaluate: ${x} vs ${y}` };
    } catch (err) { return { zero: false, why: `evaluate failed: ${err.message}` }; }
  }
  const d = new mj.OperatorNode("-", "subtract", [A, B]);
  let shown = "";
  try {
    const s = mj.simplify(d);
    if (isZeroNode(s)) return { zero: true, why: "simplify" };
    shown = `simplify gives ${s.toString()}`;
    if (s.isConstantNode) return { zero: false, why: shown };
  } catch (err) { shown = `simplify failed: ${err.message}`; }
  try {
    // rationalize leaves like terms uncollected ((a+b)^3 - ...): simplify collects them.
    const r = mj.rationalize(d);
    if (isZeroNode(r) || isZeroNode(mj.simplify(r))) return { zero: true, why: "rationalize" };
  } catch { /* rationalize refuses functions, non-integer powers, floats in exponents */ }
  return { zero: false, why: shown };
}

// ---- golong's Expr → MathJSON, and compute-engine's decision ------------------------------------------
const CE_FN = {
  sin: "Sin", cos: "Cos", tan: "Tan", csc: "Csc", sec: "Sec", cot: "Cot", asin: "Arcsin", acos: "Arccos", atan: "Arctan",
  acsc: "Arccsc", asec: "Arcsec", acot: "Arccot", sinh: "Sinh", cosh: "Cosh", tanh: "Tanh", asinh: "Arsinh", acosh: "Arcosh",
  atanh: "Artanh", exp: "Exp", Abs: "Abs", floor: "Floor", ceiling: "Ceil", factorial: "Factorial", binomial: "Binomial",
  Max: "Max", Min: "Min", Mod: "Mod",
};
const CE_CONST = { pi: "Pi", E: "ExponentialE", I: "ImaginaryUnit", oo: "PositiveInfinity", "-oo": "NegativeInfinity", zoo: "NaN", nan: "NaN" };
const bigNum = (n) => (n >= -(2n ** 53n) && n <= 2n ** 53n ? Number(n) : { num: n.toString() });

function toMathJson(e) {
  switch (e.k) {
    case "num": return e.v.q === 1n ? bigNum(e.v.p) : ["Rational", bigNum(e.v.p), bigNum(e.v.q)];
    case "float": return e.v;
    case "sym": return `v_${safeName(e.name)}`;
    case "const": return CE_CONST[e.name];
    case "add": return ["Add", ...e.args.map(toMathJson)];
    case "mul": return ["Multiply", ...e.args.map(toMathJson)];
    case "pow": return ["Power", toMathJson(e.base), toMathJson(e.exp)];
    case "fn": {
      if (e.name === "UnevaluatedExpr") return toMathJson(e.args[0]);
      if (e.name === "log") return e.args.length > 1 && !(e.args[1].k === "const" && e.args[1].name === "E")
        ? ["Log", toMathJson(e.args[0]), toMathJson(e.args[1])] : ["Ln", toMathJson(e.args[0])];
      const name = e.undef ? `u_${safeName(e.name)}` : CE_FN[e.name] ?? `g_${safeName(e.name)}`;
      return [name, ...e.args.map(toMathJson)];
    }
    case "big": {
      const n = (x) => (x.k === "num" && x.v.q === 1n ? Number(x.v.p) : NaN);
      const lo = n(e.lo), hi = n(e.hi);
      if (e.v.k !== "sym" || !Number.isInteger(lo) || !Number.isInteger(hi) || hi - lo > 1000) return `o_${opaqueId(canonKey(e))}`;
      if (hi < lo) return e.what === "sum" ? 0 : 1;
      const v = `v_${safeName(e.v.name)}`, body = toMathJson(e.body), terms = [];
      const subst = (j, i) => (j === v ? i : Array.isArray(j) ? j.map((x) => subst(x, i)) : j);
      for (let i = lo; i <= hi; i++) terms.push(subst(body, i));
      return [e.what === "sum" ? "Add" : "Multiply", ...terms];
    }
    case "opaque": return `o_${opaqueId(e.text)}`;
    default: throw new Unconvertible(`a ${e.k} is not a scalar expression`);
  }
}

/** mode "strict": simplify(a - b) is 0, or a.isEqual(b). mode "numeric": constants by N(). */
function ceZero(a, b, mode, stats) {
  let A, B;
  try { A = toMathJson(a); B = toMathJson(b); } catch (err) {
    if (err instanceof Unconvertible) { stats.unconvertible++; return { zero: false, why: err.message }; }
    throw err;
  }
  if (mode === "numeric" && freeSymbols(a).size === 0 && freeSymbols(b).size === 0) {
    const x = Number(ce.box(A).N().valueOf()), y = Number(ce.box(B).N().valueOf());
    if (!Number.isFinite(x) || !Number.isFinite(y)) return { zero: false, why: `N gives ${x}, ${y}` };
    const ok = hasFloat(a) || hasFloat(b) ? x === y : Math.abs(x - y) <= 1e-12 * Math.max(1, Math.abs(x), Math.abs(y));
    return { zero: ok, why: `N: ${x} vs ${y}` };
  }
  const s = ce.box(["Subtract", A, B]).simplify();
  if (s.isZero === true) return { zero: true, why: "simplify" };
  if (ce.box(A).isEqual(ce.box(B)) === true) return { zero: true, why: "isEqual" };
  return { zero: false, why: `simplify gives ${JSON.stringify(s.json)}` };
}

const casZero = LIB === "mathjs" ? mathjsZero : ceZero;
const show = (e) => { try { return (LIB === "mathjs" ? toMath(e).toString() : JSON.stringify(toMathJson(e))).replace(/\bv_/gu, ""); } catch { return canonKey(e); } };

/** One equality step by the library. differenceIsZero(a, b, false) is the reference's numeric check,
 *  which never simplifies: with symbols left it is false, for golong and the library alike. */
function libDecides(kind, a, b, simplify, mode, stats) {
  if (kind === "differenceIsZero" && simplify === false && (freeSymbols(a).size > 0 || freeSymbols(b).size > 0)) {
    return { zero: false, why: "numeric check with symbols" };
  }
  return casZero(a, b, mode, stats);
}

/** The hook for the copy of equal.js: the library decides; golong's own answer is kept for the report. */
function makeHook(mode, log) {
  const stats = { unconvertible: 0 };
  const decide = (kind) => ([a, b, simplify], golong) => {
    const res = libDecides(kind, a, b, simplify, mode, stats);
    if (log) log.push({ a, b, simplify, kind, lib: res.zero, why: res.why, golong: golong(a, b, simplify) });
    return res.zero;
  };
  return { stats, differenceIsZero: decide("differenceIsZero"), constantsEqual: decide("constantsEqual") };
}

// ---- cases, parity, speed -----------------------------------------------------------------------------
const GOLDEN = new URL("../test/data/golden/", import.meta.url);
const readJsonl = (f) => readFileSync(new URL(f, GOLDEN), "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
const SETS = [
  ["metrics.jsonl math_verify", readJsonl("metrics.jsonl").filter((r) => r.metric === "math_verify"), 5700, 283],
  ["math_verify_peer.jsonl", readJsonl("math_verify_peer.jsonl"), undefined, undefined],
];
const clip = (s, n = 90) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

console.log(`node ${process.version} · ${cpus()[0]?.model ?? "unknown CPU"} · ${cpus().length} cores · load ${loadavg()[0].toFixed(2)} · ${LIB} ${libVersion}`);

const MODES = LIB === "mathjs"
  ? { strict: "simplify or rationalize gives exactly 0", numeric: "constants by mathjs evaluate, the rest by simplify or rationalize" }
  : { strict: "simplify gives 0 or isEqual holds", numeric: "constants by N(), the rest by simplify or isEqual" };
for (const [mode, what] of Object.entries(MODES)) {
  console.log(`\n== parity, ${LIB} ${mode}: ${what}`);
  for (const [what, rows] of SETS) {
    let same = 0, golongSame = 0, reached = 0, unconvertible = 0, steps = 0, stepsDiffer = 0;
    const diffs = [];
    for (const r of rows) {
      const log = [], hook = makeHook(mode, log);
      __setHook(hook);
      const score = hooked.mathVerify(r.solution_str, r.ground_truth);
      __setHook(null);
      unconvertible += hook.stats.unconvertible;
      steps += log.length;
      stepsDiffer += log.filter((c) => c.lib !== c.golong).length;
      if (log.length > 0) reached++;
      if (mathVerify(r.solution_str, r.ground_truth) === r.expected) golongSame++;
      if (score === r.expected) { same++; continue; }
      const split = [...new Map(log.filter((c) => c.lib !== c.golong).map((c) => [`${canonKey(c.a)}|${canonKey(c.b)}`, c])).values()];
      const reason = split.length > 0
        ? split.map((c) => `${c.golong ? `golong proves, ${LIB} does not` : `${LIB} proves, golong does not`}: ${clip(show(c.a), 40)} = ${clip(show(c.b), 40)} (${clip(c.why, 60)})`).join("; ")
        : "no equality decision differs";
      diffs.push(`  ${r.id}: golden ${r.expected}, ${LIB} ${score}; ${reason}`);
    }
    console.log(`${what}: ${LIB} ${same}/${rows.length} as golden, golong ${golongSame}/${rows.length}; ${reached} cases reach ${steps} equality steps, ${stepsDiffer} decided otherwise than golong (${unconvertible} steps given a set, relation or matrix, which the library cannot take: not equal)`);
    for (const d of diffs) console.log(d);
  }
}

// Identities the evaluation turned on (sympy 1.14's simplify proves all of them for real symbols, as
// latex2sympy makes them): both sides parsed by golong, then golong's comparison with golong's or
// the library's equality step.
const IDENTITIES = [
  ["(x+1)^2", "x^2+2x+1"], ["(a+b)^3", "a^3+3a^2b+3ab^2+b^3"], ["\\frac{x}{2}+\\frac{x}{3}", "\\frac{5x}{6}"],
  ["\\frac{x^2-1}{x-1}", "x+1"], ["\\frac{1}{x+1}+\\frac{1}{x-1}", "\\frac{2x}{x^2-1}"], ["\\sqrt{8}", "2\\sqrt{2}"],
  ["\\frac{\\sqrt{2}}{2}", "\\frac{1}{\\sqrt{2}}"], ["\\sin\\frac{\\pi}{6}", "\\frac{1}{2}"], ["\\log_2 8", "3"],
  ["\\sin^2 x+\\cos^2 x", "1"], ["\\sec^2 y", "\\tan^2 y+1"], ["\\tan x", "\\frac{\\sin x}{\\cos x}"],
  ["e^{\\ln x}", "x"], ["\\sqrt{x^2}", "|x|"],
];
console.log(`\n== identities (golong / ${LIB} strict / ${LIB} numeric)`);
for (const [l, r] of IDENTITIES) {
  const a = parseAnswer(`$${l}$`)[0], b = parseAnswer(`$${r}$`)[0];
  if (typeof a !== "object" || typeof b !== "object") { console.log(`  ${l} = ${r}: does not parse`); continue; }
  const withLib = (mode) => { __setHook(makeHook(mode, null)); try { return hookedExprEqual(a, b); } finally { __setHook(null); } };
  const yn = (x) => (x ? "yes" : "no ");
  console.log(`  ${yn(exprEqual(a, b))} / ${yn(withLib("strict"))} / ${yn(withLib("numeric"))}  ${l} = ${r}`);
}

function report(what, n, per, refUs, targetUs) {
  const med = quantile(per, 0.5), p95 = quantile(per, 0.95);
  const ratio = refUs ? `  ×${(refUs / med).toFixed(1)} vs reference ${fmtUs(refUs)}` : "";
  const target = targetUs ? `  (target ≤ ${fmtUs(targetUs)}: ${med <= targetUs ? "met" : "NOT met"})` : "";
  console.log(`${what}  n=${n}  median ${fmtUs(med)}  p95 ${fmtUs(p95)}  CPU ${fmtUs(per.cpuUs)}  ${Math.round(1e6 / med).toLocaleString("en")} cases/s${ratio}${target}`);
  return med;
}

console.log("\n== speed per case (whole math_verify: extraction, parsing, comparison)");
for (const [what, rows, ref, target] of SETS) {
  const run = (f) => () => { for (const r of rows) f(r.solution_str, r.ground_truth); };
  report(`golong ${what}`, rows.length, measure(run(mathVerify), rows.length, TIMING), ref, target);
  __setHook(makeHook("numeric", null));
  report(`with ${LIB} (numeric mode) ${what}`, rows.length, measure(run(hooked.mathVerify), rows.length, TIMING), ref, target);
  __setHook(null);
}

console.log("\n== speed per equality decision (the a, b pairs the golden cases send to differenceIsZero)");
const pairs = [];
let golongFn = null;
for (const [, rows] of SETS) {
  for (const r of rows) {
    const log = [];
    __setHook(makeHook("numeric", log));
    hooked.mathVerify(r.solution_str, r.ground_truth);
    __setHook({ differenceIsZero: (a, g) => { golongFn = g; return g(...a); }, constantsEqual: (a, g) => g(...a) });
    hooked.mathVerify(r.solution_str, r.ground_truth);
    __setHook(null);
    for (const c of log) if (c.kind === "differenceIsZero") pairs.push(c);
  }
}
const stats = { unconvertible: 0 };
if (golongFn !== null) {
  report("golong differenceIsZero".padEnd(28), pairs.length, measure(() => { for (const c of pairs) golongFn(c.a, c.b, c.simplify); }, pairs.length, TIMING));
}
report(`${LIB} (numeric mode)`.padEnd(28), pairs.length, measure(() => { for (const c of pairs) libDecides(c.kind, c.a, c.b, c.simplify, "numeric", stats); }, pairs.length, TIMING));
