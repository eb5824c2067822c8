// test/stdlib/metrics/python-semantics.test.ts — the Python behaviours the reference metrics inherit:
// str.split()/strip() whitespace, json.loads number kinds, str()/repr() formatting, jieba output.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { collapseSpaces } from "../../../stdlib/extract/python-text.js";
import { pyJsonLoads, pyRepr, pySplit, pyStr, pyStrip } from "../../../stdlib/index.js";
import { pyFloatRepr } from "../../../stdlib/metrics/python-value.js";
import { cutPrecise, dictionaryStats } from "../../../stdlib/metrics/jieba.js";

describe("Python str semantics", () => {
  it("split() separates on U+3000 and U+00A0 but not U+200B", () => {
    expect(pySplit("a\u3000b\u00a0c\u200bd  \t e")).toEqual(["a", "b", "c\u200bd", "e"]);
    expect(pySplit(" \n ")).toEqual([]);
  });
  it("collapseSpaces's fast path agrees with \" \".join(s.split())", () => {
    const ch = fc.constantFrom(" ", "  ", "\t", "\u3000", "\u00a0", "\u200b", "\u2028", "\u001c", "\u0085", "a", "b", "é", "\r\n");
    fc.assert(fc.property(fc.array(ch, { maxLength: 12 }).map((xs) => xs.join("")), (s) => {
      expect(collapseSpaces(s)).toBe(pySplit(s).join(" "));
    }), { numRuns: 500 });
  });
  it("strip() uses the same set", () => {
    expect(pyStrip("\u3000\u2028x y\u0085\u001c")).toBe("x y");
    expect(pyStrip("\u200bx")).toBe("\u200bx");
  });
});

describe("json.loads and str()", () => {
  it("keeps ints and floats apart", () => {
    expect(pyStr(pyJsonLoads("1"))).toBe("1");
    expect(pyStr(pyJsonLoads("1.0"))).toBe("1.0");
    expect(pyStr(pyJsonLoads("-0"))).toBe("0");
    expect(pyStr(pyJsonLoads("123456789012345678901234567890"))).toBe("123456789012345678901234567890");
  });
  it("formats floats like repr()", () => {
    const cases: [number, string][] = [[1e16, "1e+16"], [1e15, "1000000000000000.0"], [0.0001, "0.0001"],
      [0.00001, "1e-05"], [1.5e-7, "1.5e-07"], [0.1, "0.1"], [-0, "-0.0"], [123.456, "123.456"], [1e22, "1e+22"],
      [2.5e100, "2.5e+100"], [NaN, "nan"], [-Infinity, "-inf"]];
    for (const [x, s] of cases) expect(pyFloatRepr(x)).toBe(s);
  });
  it("prints containers, booleans and None like str()", () => {
    expect(pyRepr(pyJsonLoads('[1, 2.5, "a", true, null, {"k": [false]}]'))).toBe("[1, 2.5, 'a', True, None, {'k': [False]}]");
    expect(pyRepr(pyJsonLoads('["it\'s", "say \\"hi\\"", "tab\\t", "\\u0000"]'))).toBe(`["it's", 'say "hi"', 'tab\\t', '\\x00']`);
    expect(pyRepr(pyJsonLoads('{"a": 1, "a": 2, "b": 3}'))).toBe("{'a': 2, 'b': 3}");
    expect(pyRepr(pyJsonLoads('["naïve", "\\u200b"]'))).toBe("['naïve', '\\u200b']");
  });
  it("accepts NaN and Infinity, rejects what Python rejects", () => {
    expect(pyStr(pyJsonLoads("[NaN, -Infinity]"))).toBe("[nan, -inf]");
    for (const bad of ["", "[1,]", "{'a': 1}", "01", "1.", '"\t"', "[1] x"]) expect(() => pyJsonLoads(bad)).toThrow();
  });
  it("gives up past Python's recursion depth instead of overflowing the stack", () => {
    expect(() => pyJsonLoads("[".repeat(100_000) + "]".repeat(100_000))).toThrow(/recursion/);
  });
});

describe("jieba precise mode (Python jieba 0.42.1)", () => {
  it("builds Python's prefix dictionary: 498,113 entries, total count 60,101,967", () => {
    expect(dictionaryStats()).toEqual({ entries: 498_113, total: 60_101_967 });
  });
  it("segments the README examples", () => {
    expect(cutPrecise("我来到北京清华大学")).toEqual(["我", "来到", "北京", "清华大学"]);
    expect(cutPrecise("他来到了网易杭研大厦")).toEqual(["他", "来到", "了", "网易", "杭研", "大厦"]);
  });
  it("splits unknown ASCII runs with finalseg's pattern and other characters one by one", () => {
    expect(cutPrecise("GPT-4")).toEqual(["GPT", "-", "4"]);
    expect(cutPrecise("v2.3.1")).toEqual(["v2.3", ".", "1"]);
    expect(cutPrecise("naïve $1.5")).toEqual(["na", "ï", "ve", " ", "$", "1.5"]);
    expect(cutPrecise("a😀b").join("")).toBe("a😀b");
  });
});
