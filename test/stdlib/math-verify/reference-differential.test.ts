// test/stdlib/math-verify/reference-differential.test.ts — cases where an earlier golong differed
// from the reference in differential runs against math-verify 0.8.0 (generated outputs and golds,
// scored by the reference locally). Each expected value is the reference's score.
import { describe, expect, test } from "vitest";
import { mathVerify } from "../../../stdlib/math-verify/index.js";

const CASES: readonly (readonly [string, string | string[], number, string])[] = [
  ["$$ \\max(1,2) $$", "\\max(1,2)", 1, "\\max takes a comma-separated argument list"],
  ["hence $ (-\\infty, 2) $ and $ \\max(1,2) $", "(-\\infty, 2)", 0, "both spans parse, so the answer is the pair of them"],
  ["The answer is $\\boxed{\\mathbb{R}}$.", "\\left( \\frac{1}{2}, 3 \\right)", 0, "an infinite end is not close to a finite one"],
  ["so the answer is $x=\\mathbb{R}$", "3 < x < 5", 0, "3 < x < 5 as a set is (3, 5), not all reals"],
  ["$x = 3$ percent", "3", 1, "a percentage of an equation does not parse; the plain 3 after it does"],
  ["Answer: $y = \\ln(\\frac{y}{5})$", "x = \\ln(\\frac{x}{5})", 1, "neither equation has a real solution: sympy's solve lists are both empty"],
  ["Final Answer: The final answer is $\\ln(10-y) = \\ln(\\ln(\\frac{3}{9}) 5.620539)$. I hope it is correct.",
    "\\ln(10-x) = \\ln(\\ln(\\frac{3}{9}) 5.620539)", 0, "a complex constant: not solved over the reals"],
  ["so the answer is $x=x \\in (1,3)$", "x \\in (1,3)", 0, "an interval on the right of an equation is not solved"],
  ["\\boxed{y \\in (\\pi, 2)}", "x \\in (\\pi, 2)", 0, "x = S and y = S are different assignments"],
  ["Thus the answer is 28/12.", "\\frac{28}{12}", 0, "\"12.\" is a Python float, and a Float never equals the Rational 7/3"],
  ["Thus the answer is 5/12.", ["\\frac{5}{12}", "51.986\\%"], 0, "the same with a list of golds"],
  ["\\[ y/0/y-8+\\frac{y}{y}-y \\]", "y/0/y-8+\\frac{y}{x}-y", 0, "a difference with a division by zero is never zero"],
  ["$\\boxed{[11, \\frac{3}{5})}$", "y \\leq \\ln(y-9)/\\ln(\\cos y)", 0, "sympy cannot turn a relation with log and cos into a set"],
  ["$\\boxed{6}$", "\\gcd(12, 18)", 1, "\\gcd of integers is evaluated"],
  ["The answer is $ \\begin{vmatrix}1&2\\\\3&4\\end{vmatrix} $.", "\\begin{vmatrix}1&2\\\\3&4\\end{vmatrix}", 1, "a vmatrix is its determinant"],
  ["The answer is $ \\begin{vmatrix}1&2\\\\3&4\\end{vmatrix} $.", "-2", 1, "a vmatrix is its determinant"],
  ["the values are $ \\frac{6!}{3!3!} $, $ \\binom{6}{3} $", "\\frac{6!}{3!3!}", 0, "unevaluated factorials keep the two set elements apart"],
  ["the values are $ \\sqrt{x^2} $, $ |x| $", "\\sqrt{x^2}", 1, "sqrt(x^2) is |x| for a real x: a one-element set"],
  ["the values are $ \\tan x $, $ \\frac{\\sin x}{\\cos x} $", "\\tan x", 0, "set elements are compared without simplification"],
  ["$\\boxed{x = 3.5}$", "2x-5 = 2", 0, "one-variable equations with solutions never match by solving"],
  ["\\[ 6x + 24 = -6 \\]", "2x+8 = -2", 0, "nor do scaled one-variable equations"],
  ["\\[ 2x + 6 > 10 \\]", "x+3 > 5", 0, "solving an inequality fails in the reference"],
  ["\\[ x = 0 \\text{ and } x = -2 \\]", "(x - -2)(x - 0) = 0", 1, "an equation against a set of values becomes its solution set"],
  ["The answer is $ x=a122+x $.", "x = a 12 2+x", 1, "x = 122a + x and x = 14a + x are solved for x and a: both a = 0"],
  ["The answer is (4+8)/5.", "(4+8)/5", 1, "12/5. (a float) against 12/5: evalf(chop=True) drops the rounding residue"],
  ["The answer is 0.1+0.2", "0.3", 1, "the same for a sum of floats"],
];

describe("cases found by differential runs against the reference", () => {
  test.each(CASES)("%j vs %j → %d (%s)", (output, gold, want) => {
    expect(mathVerify(output, gold)).toBe(want);
  });
});
