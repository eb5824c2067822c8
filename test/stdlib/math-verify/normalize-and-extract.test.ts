// test/stdlib/math-verify/normalize-and-extract.test.ts — the string layer against the reference:
// every expected value below was produced by running latex2sympy2_extended 1.10.2's normalize_latex
// (math-verify's configuration) and math-verify 0.8.0's parse on the same input.
import { describe, expect, test } from "vitest";
import { normalizeLatex, extractBoxed } from "../../../stdlib/math-verify/normalize-latex.js";
import { parseAnswer, lastCodePoints } from "../../../stdlib/math-verify/index.js";

// [input, boxed="all", boxed="last"]
const NORMALIZED: readonly (readonly [string, string, string])[] = [
  ["\\boxed{1} and \\boxed{2}", "1,2", "1,2"],
  ["\\boxed{a} text text text text text text \\boxed{b}", "a,b", "b"],
  ["\\dfrac{1}{2}", "\\frac{1}{2}", "\\frac{1}{2}"],
  ["\\left( \\frac{1}{2}, 3 \\right)", "( \\frac{1}{2}, 3 )", "( \\frac{1}{2}, 3 )"],
  ["5\\text{ cm}", "5", "5"],
  ["12 meters", "12", "12"],
  ["28 percent", "28\\%", "28\\%"],
  ["0.5", "\\frac{1}{2}", "\\frac{1}{2}"],
  [".5", "\\frac{1}{2}", "\\frac{1}{2}"],
  ["\\frac12", "\\frac{1}{2}", "\\frac{1}{2}"],
  ["\\sqrt3", "\\sqrt{3}", "\\sqrt{3}"],
  ["10/9", "\\frac{10}{9}", "\\frac{10}{9}"],
  ["1 \\text{ and } 2", "1, 2", "1, 2"],
  ["x \\in \\mathbb{R}", "x \\in \\mathbb{R}", "x \\in \\mathbb{R}"],
  ["\\mathrm{e}", "\\text{e}", "\\text{e}"],
  ["\\$16386.17", "16386.17", "16386.17"],
  ["45^\\circ", "45^\\circ", "45^\\circ"],
  ["3 apples", "3", "3"],
  ["1{,}000", "1,000", "1,000"],
  ["\\frac{1}{3} \\textbf{meters}", "\\frac{1}{3}", "\\frac{1}{3}"],
  ["a\\\\b", "a\\b", "a\\b"],
  ["\\begin{pmatrix}1\\\\2\\end{pmatrix}", "\\begin{pmatrix}1\\\\2\\end{pmatrix}", "\\begin{pmatrix}1\\\\2\\end{pmatrix}"],
  ["x^(2)", "x^{2}", "x^{2}"],
  ["sqrt(5)", "\\sqrt{5}", "\\sqrt{5}"],
  ["inf", "\\infty", "\\infty"],
  ["(n)_{k}", "\\frac{(n)!}{((n)-(k))!}", "\\frac{(n)!}{((n)-(k))!}"],
  ["\\displaystyle \\frac{1}{2}", "\\frac{1}{2}", "\\frac{1}{2}"],
  ["\\boxed{\\boxed{42}}", "42", "42"],
  ["\\fbox{7}", "7", "7"],
  ["100\\%", "100\\%", "100\\%"],
  ["2 pct", "2\\%", "2\\%"],
];

// parse(text): "EXPR" stands for a parsed value, strings are the matched text the reference returns.
const PARSED: readonly (readonly [string, readonly string[]])[] = [
  ["The answer is $\\frac{1}{2}$ and $3$", ["EXPR", "\\frac{1}{2} and 3"]],
  ["Final Answer: The final answer is $5$. I hope it is correct.", ["EXPR", "5"]],
  ["answer: 1,234.5", ["EXPR", "1234.5"]],
  ["so x = 7 cm", ["EXPR", "7"]],
  ["\\boxed{1} and \\boxed{2}", ["EXPR", "1,2"]],
  ["costs $3.50", ["EXPR", "3.50"]],
  ["It is 25 percent", ["EXPR", "25"]],
  ["\\(x^2\\) or \\(y\\)", ["EXPR", "x^2 and y"]],
  ["no math here", []],
  ["the answer is 3/4.", ["EXPR", "3/4."]],
  // A known reference quirk: the inline-$ pattern stops at the first "}" of \mathrm{e}'s group.
  ["$1 - \\frac{1}{\\mathrm{e}}$", ["EXPR", "1 - \\frac{1}{"]],
];

describe("normalizeLatex", () => {
  test.each(NORMALIZED)("%j", (input, all, last) => {
    expect(normalizeLatex(input, "all")).toBe(all);
    expect(normalizeLatex(input, "last")).toBe(last);
  });

  test("boxed extraction tolerates an unclosed box and nested boxes", () => {
    expect(extractBoxed("\\boxed{\\frac{1}{2}", "last")).toBe("{\\frac{1}{2}");
    expect(extractBoxed("x \\boxed{a{b}c} y", "all")).toBe("a{b}c");
    expect(extractBoxed("no box", "all")).toBe("no box");
  });
});

describe("parseAnswer", () => {
  test.each(PARSED)("%j", (input, want) => {
    expect(parseAnswer(input).map((x) => (typeof x === "string" ? x : "EXPR"))).toEqual(want);
  });
});

describe("lastCodePoints", () => {
  test("counts code points as Python's s[-n:] does", () => {
    expect(lastCodePoints("abcdef", 3)).toBe("def");
    expect(lastCodePoints("a😀b😀", 3)).toBe("😀b😀");
    expect(lastCodePoints("x\ud800y", 2)).toBe("\ud800y");
    expect(lastCodePoints("short", 500)).toBe("short");
  });
});
