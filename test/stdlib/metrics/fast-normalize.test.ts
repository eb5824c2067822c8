// test/stdlib/metrics/fast-normalize.test.ts — the one-scan line normalisation (perf fast paths)
// agrees with the reference's definition: lower() the answer area, split on "\n", collapse spaces.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { answerArea, answerLines, firstAnswerLine, normalizeAnswers } from "../../../stdlib/extract/answer-area.js";
import { collapseSpaces, normalizeSlice, pyLower } from "../../../stdlib/extract/python-text.js";

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

  it("keeps blank lines inside the area and drops those around it", () => {
    expect(answerLines("x [Answer]\n\n A \n\n\tB  c\n \n")).toEqual(["a", "", "b c"]);
    expect(answerLines("[Answer] \n ")).toEqual([""]);
  });
});
