// test/stdlib/metrics/last-index.test.ts — lastIndexOfMarker (forward searches in windows growing
// back from the end) gives String#lastIndexOf's answer, short texts and long, few markers and many.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { areaStart } from "../../../stdlib/extract/answer-area.js";
import { lastIndexOfMarker } from "../../../stdlib/extract/last-index.js";

const MARKERS = ["[Answer]", "[答案]"];
const piece = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom("[Answer]", "[答案]", "[Answer", "Answer]", "[答", "[", "]", "\n", "x") },
  { weight: 1, arbitrary: fc.string({ maxLength: 5 }) },
  // filler that moves the markers across the 2,048-unit window and its 4× growth
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 9000 }).map((n) => "ab ".repeat(n).slice(0, n)) },
);

describe("lastIndexOfMarker", () => {
  it("equals lastIndexOf on random texts of any length", () => {
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
      const text = parts.join("");
      for (const m of MARKERS) expect(lastIndexOfMarker(text, m)).toBe(text.lastIndexOf(m));
    }), { numRuns: 2000 });
  });

  it("finds markers straddling a window start, and hands many markers over to lastIndexOf", () => {
    for (const len of [2048, 8192, 32768, 100_000]) {
      for (let back = len - 12; back <= len + 4; back++) {
        const text = "y".repeat(Math.max(0, 200_000 - back)) + "[Answer]" + "z".repeat(Math.max(0, back - 8));
        expect(lastIndexOfMarker(text, "[Answer]")).toBe(text.lastIndexOf("[Answer]"));
      }
    }
    for (const count of [1, 8, 9, 10, 5000]) {
      const text = "q ".repeat(50) + "[Answer]".repeat(count) + " tail";
      expect(lastIndexOfMarker(text, "[Answer]")).toBe(text.lastIndexOf("[Answer]"));
      expect(lastIndexOfMarker(text, "[答案]")).toBe(-1);
    }
    expect(lastIndexOfMarker("", "[Answer]")).toBe(-1);
    expect(lastIndexOfMarker("[Answer]", "[Answer]")).toBe(0);
  });

  it("gives areaStart the reference's precedence: the last [Answer], else the last [答案]", () => {
    expect(areaStart("a [答案] b [Answer] c [答案] d")).toBe(17);
    expect(areaStart("a [答案] b [答案] d")).toBe(13);
    expect(areaStart("no marker")).toBe(0);
    const long = "x".repeat(70_000) + "[Answer]" + "y".repeat(5000) + "[答案]";
    expect(areaStart(long)).toBe(70_008);
  });
});
