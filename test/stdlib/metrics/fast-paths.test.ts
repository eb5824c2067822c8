// test/stdlib/metrics/fast-paths.test.ts — the perf fast paths agree with the definitions they
// shortcut: line normalisation (lower the area, split on "\n", collapse), float repr, json.loads.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { answerArea, answerLines, firstAnswerLine, normalizeAnswers } from "../../../stdlib/extract/answer-area.js";
import { choiceLetter } from "../../../stdlib/extract/multi-choice.js";
import { collapseSpaces, normalizeSlice, pyLower, pyStrip } from "../../../stdlib/extract/python-text.js";
import { exactMatch, multiChoiceScore } from "../../../stdlib/metrics/choice-and-match.js";
import { NOT_JSON, PyDict, PyFloat, PyInt, pyFloatRepr, pyJsonTryLoads, type PyValue } from "../../../stdlib/metrics/python-value.js";

const reference = (text: string) => pyLower(answerArea(text)).split("\n").map(collapseSpaces);

describe("normalizeSlice", () => {
  it("equals collapse(lower(.)) for every BMP code unit, alone and between letters", () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      for (const s of [ch, `Ab${ch}c`, `x ${ch} Σ`, `${ch}${ch}`]) {
        const want = collapseSpaces(pyLower(s));
        if (normalizeSlice(s, 0, s.length) !== want) expect({ code: c.toString(16), got: normalizeSlice(s, 0, s.length) }).toEqual({ code: c.toString(16), got: want });
      }
    }
  });

  it("normalises only the given span", () => {
    expect(normalizeSlice("xx  A  B\t c  yy", 2, 13)).toBe("a b c");
    expect(normalizeSlice("三季度 ΟΔΟΣ", 0, 8)).toBe("三季度 οδος");
  });
});

describe("answerLines", () => {
  const pieces = ["[Answer]", "[答案]", "\n", "\r\n", " ", "  ", "\t", "\u3000", "\xa0", "A", "b", "Σ", "İ", "三季度", "Doc 7", "，", "Ｚ", "ß", "\u200b", "\x1c"];
  const texts = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 4 }), fc.string({ unit: "binary", maxLength: 3 })), { maxLength: 30 }).map((a) => a.join(""));

  it("equals the reference's lower/split/collapse on arbitrary text", () => {
    fc.assert(fc.property(texts, (t) => {
      expect(answerLines(t)).toEqual(reference(t));
      expect(firstAnswerLine(t)).toBe(reference(t)[0]);
      expect(normalizeAnswers([t, t.toUpperCase()])).toEqual([collapseSpaces(pyLower(t)), collapseSpaces(pyLower(t.toUpperCase()))]);
    }), { numRuns: 3000 });
  });

  it("agrees on long areas and long answer lists (the whole-area and joined paths)", () => {
    fc.assert(fc.property(fc.array(texts, { minLength: 32, maxLength: 80 }), (parts) => {
      const t = "[Answer]" + parts.join("\n");
      expect(answerLines(t)).toEqual(reference(t));
      expect(normalizeAnswers(parts)).toEqual(parts.map((p) => collapseSpaces(pyLower(p))));
    }), { numRuns: 300 });
    const many = Array.from({ length: 40 }, (_, i) => (i % 7 ? `İtem ${i}` : `Two\nLines ΑΣ ${i}`));
    expect(normalizeAnswers(many)).toEqual(many.map((p) => collapseSpaces(pyLower(p))));
    const area = "[Answer]" + "İ ΟΔΟΣ\n".repeat(300) + "Last";
    expect(answerLines(area)).toEqual(reference(area));
  });

  it("keeps blank lines inside the area and drops those around it", () => {
    expect(answerLines("x [Answer]\n\n A \n\n\tB  c\n \n")).toEqual(["a", "", "b c"]);
    expect(answerLines("[Answer] \n ")).toEqual([""]);
  });
});

/** Python's repr(float) from its definition: shortest digits, scientific below 1e-4 or from 1e16. */
function reprByDefinition(x: number): string {
  const [mant, expStr] = Math.abs(x).toExponential().split("e");
  const exp = Number(expStr);
  const digits = mant.replace(".", "");
  const sign = x < 0 ? "-" : "";
  if (exp < -4 || exp >= 16) {
    const e = Math.abs(exp);
    return `${sign}${digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits}e${exp < 0 ? "-" : "+"}${e < 10 ? "0" : ""}${e}`;
  }
  if (exp < 0) return `${sign}0.${"0".repeat(-exp - 1)}${digits}`;
  if (digits.length <= exp + 1) return `${sign}${digits}${"0".repeat(exp + 1 - digits.length)}.0`;
  return `${sign}${digits.slice(0, exp + 1)}.${digits.slice(exp + 1)}`;
}

describe("pyFloatRepr", () => {
  it("agrees with the definition on random doubles and the range edges", () => {
    const edges = [1e-4, 9.999999999999999e-5, 1e16, 9999999999999998, 0.1, 123.0, -7.5, 2 ** 53, 1e15 + 0.5];
    for (const x of edges) expect(pyFloatRepr(x)).toBe(reprByDefinition(x));
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }).filter((x) => x !== 0), (x) => {
      expect(pyFloatRepr(x)).toBe(reprByDefinition(x));
    }), { numRuns: 5000 });
  });
});

/** A parsed Python value as plain JSON, numbers tagged by kind, to compare with JSON.parse. */
function plain(v: PyValue): unknown {
  if (v instanceof PyInt) return { int: v.digits };
  if (v instanceof PyFloat) return { float: v.value };
  if (v instanceof PyDict) return Object.fromEntries([...v.entries].map(([k, x]) => [k, plain(x)]));
  return Array.isArray(v) ? v.map(plain) : v;
}
function tagged(v: unknown, text: string): unknown {
  if (typeof v === "number") return Number.isInteger(v) && !/[.eE]/.test(text) ? { int: String(v) } : { float: v };
  if (Array.isArray(v)) return v.map((x) => tagged(x, JSON.stringify(x)));
  if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, tagged(x, JSON.stringify(x))]));
  return v;
}

describe("pyJsonTryLoads", () => {
  it("reads what JSON.parse reads (safe integers, strings with escapes), with ints and floats apart", () => {
    const value = fc.jsonValue({ maxDepth: 4 }).filter((v) => JSON.stringify(v) !== undefined);
    fc.assert(fc.property(value, fc.constantFrom(0, 2), (v, indent) => {
      const text = JSON.stringify(v, (_k, x) => (typeof x === "number" && !Number.isSafeInteger(x) && Number.isInteger(x) ? x + 0.5 : x), indent);
      const got = pyJsonTryLoads(text);
      expect(got).not.toBe(NOT_JSON);
      expect(plain(got as PyValue)).toEqual(tagged(JSON.parse(text), text));
    }), { numRuns: 1000 });
  });

  it("rejects what JSON.parse rejects, without throwing", () => {
    for (const bad of ["", "{", "[1,]", "{\"a\" 1}", "\"\\x\"", "\"a\nb\"", "01", "[1] 2", "\"\\u12g4\"", "nul", "-", "1.", "<think>"]) {
      expect(pyJsonTryLoads(bad), bad).toBe(NOT_JSON);
    }
    expect(plain(pyJsonTryLoads("[\"\\u957f\\n\", 1e2, -0, NaN]") as PyValue)).toEqual(["长\n", { float: 100 }, { int: "0" }, { float: NaN }]);
  });
});

describe("choiceLetter", () => {
  it("equals the reference's two regex searches", () => {
    const byRegex = (r: string) => {
      const t = r.replaceAll("*", "");
      return /The correct answer is \(([A-D])\)/.exec(t)?.[1] ?? /The correct answer is ([A-D])/.exec(t)?.[1] ?? null;
    };
    const piece = fc.constantFrom("The correct answer is ", "The correct answer is", "*", "(", ")", "A", "B", "D", "E", "a", " ", "\n", "答");
    fc.assert(fc.property(fc.array(piece, { maxLength: 14 }).map((a) => a.join("")), (r) => {
      expect(choiceLetter(r)).toBe(byRegex(r));
    }), { numRuns: 5000 });
  });
});

describe("multiChoiceScore", () => {
  it("is 1 when the response's letter equals the raw label or the label's own letter (labels of any length)", () => {
    const piece = fc.constantFrom("The correct answer is ", "*", "(", ")", "A", "B", "C", "b", " ", "**");
    const text = fc.array(piece, { maxLength: 8 }).map((a) => a.join(""));
    fc.assert(fc.property(text, text, (r, label) => {
      const got = choiceLetter(r);
      const want = got !== null && (got === label || got === choiceLetter(label)) ? 1 : 0;
      expect(multiChoiceScore(r, label)).toBe(want);
    }), { numRuns: 5000 });
    expect(multiChoiceScore("The correct answer is (C)", "The correct answer is C")).toBe(1);
    expect(multiChoiceScore("The correct answer is (C)", "**The correct answer is C**")).toBe(1);
    expect(multiChoiceScore("The correct answer is (C)", "The correct answer is ")).toBe(0);
    expect(multiChoiceScore("The correct answer is (C)", "C")).toBe(1);
  });
});

describe("exactMatch", () => {
  it("equals strip() on both sides, then ==", () => {
    const piece = fc.constantFrom(" ", "\t", "\n", "\u3000", "\xa0", "\u200b", "a", "A", "12", "北京");
    const side = fc.array(piece, { maxLength: 8 }).map((a) => a.join(""));
    fc.assert(fc.property(side, side, (r, l) => {
      expect(exactMatch(r, l)).toBe(pyStrip(r) === pyStrip(l) ? 1 : 0);
      expect(exactMatch(` ${l}\n`, l)).toBe(1);
    }), { numRuns: 5000 });
  });
});
