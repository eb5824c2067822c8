// test/stdlib/math-verify/exp-construction.test.ts — `e^{…}` is built by latex2sympy with an evaluating
// sympy.exp. Expected scores are derived from sympy 1.14's exp.eval (checked with sympy's constructors,
// arguments built unevaluated as latex2sympy2_extended builds them), not from a run of math-verify.
import { describe, expect, test } from "vitest";
import { mathVerify } from "../../../stdlib/math-verify/index.js";
import { expOf } from "../../../stdlib/math-verify/exp-eval.js";
import { type Expr, add, cst, fn, keyOf, mul, num, pow, sym } from "../../../stdlib/math-verify/expr.js";

const SCORES: readonly (readonly [string, string, number, string])[] = [
  ["$\\boxed{e^{\\ln x}}$", "x", 1, "exp(log(x)) is x"],
  ["$\\boxed{e^{2\\ln x}}$", "x^2", 1, "exp(2 log(x)) is x**2"],
  ["$\\boxed{e^{\\ln(x+1)}}$", "x+1", 1, "exp(log(x + 1)) is x + 1"],
  ["$\\boxed{e^{-\\ln x}}$", "\\frac{1}{x}", 1, "-1 is the coefficient: x**-1"],
  ["$\\boxed{e^{\\frac{1}{2}\\ln x}}$", "\\sqrt{x}", 1, "a rational coefficient: x**(1/2)"],
  ["$\\boxed{e^{\\frac{\\ln x}{2}}}$", "\\sqrt{x}", 1, "the coefficient may follow the log"],
  ["$\\boxed{e^{\\log_2 x}}$", "x", 1, "any base: log(x, 2) is kept unevaluated and exp takes its argument"],
  ["$\\boxed{e^{\\log x}}$", "x", 1, "\\log without a base is base 10, and the same"],
  ["$\\boxed{e^{\\log_2 8}}$", "8", 1, "so e^{log_2 8} is 8 in the reference"],
  ["$\\boxed{e^{\\log_2 8}}$", "e^3", 0, "and not e^3"],
  ["$\\boxed{e^{2\\ln 3}}$", "9", 1, "a number to a number: 3**2 is 9"],
  ["$\\boxed{e^{\\ln x + z}}$", "x e^{z}", 1, "a sum splits: x*exp(z)"],
  ["$\\boxed{e^{\\ln x - \\ln y}}$", "\\frac{x}{y}", 1, "each term of a sum: x * y**-1"],
  ["$\\boxed{e^{1 + \\ln x}}$", "e x", 1, "the 1 of a sum stays in the exponent: E*x"],
  ["$\\boxed{e^{I\\pi}}$", "-1", 1, "I*pi: exp(I*pi) is -1"],
  ["$\\boxed{e^{\\ln x}}$", "x^2", 0, "x is not x**2"],
];

describe("e^{…} is an evaluated exp (scores derived from sympy 1.14's exp.eval)", () => {
  test.each(SCORES)("%j vs %j → %d (%s)", (output, gold, want) => {
    expect(mathVerify(output, gold)).toBe(want);
  });
});

const x = sym("x"), z = sym("z"), k = sym("k");
const ln = (a: Expr): Expr => fn("log", [a, cst("E")]);
const log10 = (a: Expr): Expr => fn("log", [a, num(10n)]);
const PI_I = [cst("I"), cst("pi")];

// [argument as latex2sympy builds it, what sympy.exp(argument) gives (printed by sympy 1.14)]
const TREES: readonly (readonly [string, Expr, Expr])[] = [
  ["exp(0) = 1", num(0n), num(1n)],
  ["exp(1) = E", num(1n), cst("E")],
  ["exp(1.0) stays", { k: "float", v: 1 }, fn("exp", [{ k: "float", v: 1 }])],
  ["exp(0.0) = 1", { k: "float", v: 0 }, num(1n)],
  ["exp(oo) = oo", cst("oo"), cst("oo")],
  ["exp(-oo) = 0", cst("-oo"), num(0n)],
  ["exp(zoo) = nan", cst("zoo"), cst("nan")],
  ["exp(log(x, 10)) = x", log10(x), x],
  ["exp(k*log(x)) stays: a symbolic coefficient", mul([k, ln(x)]), fn("exp", [mul([k, ln(x)])])],
  ["exp(x*log(x)) stays", mul([x, ln(x)]), fn("exp", [mul([x, ln(x)])])],
  ["exp(pi*log(x)) = x**pi: pi is comparable", mul([cst("pi"), ln(x)]), pow(x, cst("pi"))],
  ["exp(0*log(x)) = 1", mul([num(0n), ln(x)]), num(1n)],
  ["exp(2*3*log(x)) = x**6", mul([num(2n), num(3n), ln(x)]), pow(x, num(6n))],
  ["exp(2*(2*log(x))) = x**4: the rest after a leading number is split once", mul([num(2n), mul([num(2n), ln(x)])]), pow(x, num(4n))],
  ["exp((2*log(x))*2) stays: a nested product not after a number", mul([mul([num(2n), ln(x)]), num(2n)]), fn("exp", [mul([mul([num(2n), ln(x)]), num(2n)])])],
  ["exp(log(x)*log(z)) stays: two logs", mul([ln(x), ln(z)]), fn("exp", [mul([ln(x), ln(z)])])],
  ["exp(log(x)**2) stays", pow(ln(x), num(2n)), fn("exp", [pow(ln(x), num(2n))])],
  ["exp(1/3*log(8)) = 2", mul([num(1n, 3n), ln(num(8n))]), num(2n)],
  ["exp(2*log(E)) = exp(2)", mul([num(2n), ln(cst("E"))]), fn("exp", [num(2n)])],
  ["exp(log(x) + 2) = x*exp(2)", add([ln(x), num(2n)]), mul([x, fn("exp", [num(2n)])])],
  ["exp(log(x) + 1 - 1) = x", add([ln(x), num(1n), num(-1n)]), x],
  ["exp(x + 0) = exp(x)", add([x, num(0n)]), fn("exp", [x])],
  ["exp(x - x) stays: not decided zero", add([x, mul([num(-1n), x])]), fn("exp", [add([x, mul([num(-1n), x])])])],
  ["exp(2 - 2) = 1", add([num(2n), num(-2n)]), num(1n)],
  ["exp(2*pi*I) = 1", mul([num(2n), ...PI_I]), num(1n)],
  ["exp(3/2*I*pi) = -I", mul([num(3n, 2n), ...PI_I]), mul([num(-1n), cst("I")])],
  ["exp(I*pi*2**-1) = I", mul([...PI_I, pow(num(2n), num(-1n))]), cst("I")],
  ["exp(7/3*I*pi) = exp(1/3*I*pi)", mul([num(7n, 3n), ...PI_I]), fn("exp", [mul([num(1n, 3n), ...PI_I])])],
  ["exp(z + 7/3*I*pi) = exp(z + 1/3*I*pi)", add([z, mul([num(7n, 3n), ...PI_I])]), fn("exp", [add([z, mul([num(1n, 3n), ...PI_I])])])],
  ["exp(1 + I*pi) = -E", add([num(1n), mul(PI_I)]), mul([num(-1n), cst("E")])],
  ["exp(2*log(0)) stays: a zero log argument is falsy in exp.eval", mul([num(2n), ln(num(0n))]), fn("exp", [mul([num(2n), ln(num(0n))])])],
  ["exp(1 + 0) = 1*exp(1, evaluate=False), an exp object", add([num(1n), num(0n)]), fn("exp", [num(1n)])],
  ["exp(z + log(1, 2)*pi) = exp(z): 1**pi is 1", add([z, mul([fn("log", [num(1n), num(2n)]), cst("pi")])]), fn("exp", [z])],
  ["exp((log(pi, 10) + pi)*log(z, 2)) = z**(log(pi, 10) + pi): a constant sum is a coefficient",
    mul([add([log10(cst("pi")), cst("pi")]), fn("log", [z, num(2n)])]), pow(z, add([log10(cst("pi")), cst("pi")]))],
  ["exp(log(x)*(pi + 0**-2)) stays: zoo is not comparable", mul([ln(x), add([cst("pi"), pow(num(0n), num(-2n))])]),
    fn("exp", [mul([ln(x), add([cst("pi"), pow(num(0n), num(-2n))])])])],
];

describe("expOf against sympy.exp", () => {
  test.each(TREES)("%s", (_what, arg, want) => {
    expect(keyOf(expOf(arg))).toBe(keyOf(want));
  });
});
