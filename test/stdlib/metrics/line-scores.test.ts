// test/stdlib/metrics/line-scores.test.ts — the in-place line metrics (line-scores.ts over
// line-refs.ts) equal the string kernels on answerLines / normalizeAnswers, bit for bit.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { answerLines, normalizeAnswers } from "../../../stdlib/extract/answer-area.js";
import { fillAnswerLines, fillAnswers, itemText, LineRefs, slotHint, textHash } from "../../../stdlib/extract/line-refs.js";
import { accuracyLines, f1Lines, pairwiseAccuracyLines, subemLines } from "../../../stdlib/metrics/line-metrics.js";
import { lineScore, lineScoreFallbacks, type LineMetric } from "../../../stdlib/metrics/line-scores.js";
import { ndcgLines } from "../../../stdlib/metrics/ndcg.js";

const KERNELS: Record<LineMetric, (l: readonly string[], a: readonly string[]) => number> = {
  Accuracy: accuracyLines, F1_Score: f1Lines, SubEM: subemLines, NDCG: ndcgLines, Pairwise_Accuracy: pairwiseAccuracyLines,
};

function expectSame(output: string, answers: string[]): void {
  const lines = answerLines(output);
  const gold = normalizeAnswers(answers);
  for (const [metric, kernel] of Object.entries(KERNELS) as Array<[LineMetric, typeof accuracyLines]>) {
    const want = kernel(lines, gold);
    const got = lineScore(metric, output, answers);
    if (!Object.is(got, want)) expect({ metric, output, answers, got }).toEqual({ metric, output, answers, got: want });
  }
}

function items(refs: LineRefs): string[] {
  return Array.from({ length: refs.count }, (_, i) => itemText(refs, i));
}

// Pieces that exercise every branch of the scanners: capitals, inner/leading/trailing spaces of each
// kind, CRLF, caseless wide characters (CJK, fullwidth), characters that lower-case specially.
const PIECES = ["[Answer]", "[答案]", "\n", "\n", "\r\n", " ", "  ", "\t", "\u3000", "\xa0", "\x1c", "\u200b", "A", "b", "Doc 7",
  "doc 7", "DOC 7", "Σ", "ΟΔΟΣ", "İ", "三季度", "，", "Ｚ", "ß", "é", "\ud83d\ude00", "\ud800", "\x00", "x".repeat(60)];
const piece = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...PIECES) }, { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 3 }) });
const text = (max: number) => fc.array(piece, { maxLength: max }).map((a) => a.join(""));

describe("LineRefs", () => {
  it("holds exactly answerLines and normalizeAnswers", () => {
    const lines = new LineRefs();
    const gold = new LineRefs();
    fc.assert(fc.property(text(40), fc.array(text(6), { maxLength: 12 }), (t, answers) => {
      fillAnswerLines(t, lines);
      expect(items(lines)).toEqual(answerLines(t));
      fillAnswers(answers, gold);
      expect(items(gold)).toEqual(normalizeAnswers(answers));
    }), { numRuns: 3000 });
  });

  it("normalises every BMP code unit as lower()/split() do, alone and between letters", () => {
    const lines = new LineRefs();
    const gold = new LineRefs();
    for (const shape of [(ch: string) => ch, (ch: string) => `Ab${ch}c`, (ch: string) => `x ${ch} y`, (ch: string) => `${ch}${ch}Q`]) {
      const texts = Array.from({ length: 0x10000 }, (_, c) => shape(String.fromCharCode(c)));
      fillAnswers(texts, gold);
      expect(items(gold)).toEqual(normalizeAnswers(texts));
      const area = "[Answer]" + texts.join("\n");
      fillAnswerLines(area, lines);
      expect(items(lines)).toEqual(answerLines(area));
      for (let c = 0; c < 0x10000; c += 1) {
        const t = texts[c];
        const short = `${t}\n ${t}`; // a short area: read in place of copied
        fillAnswerLines(short, lines);
        if (itemText(lines, 0) !== answerLines(short)[0] || itemText(lines, 1) !== answerLines(short)[1]) expect({ code: c.toString(16), got: items(lines) }).toEqual({ code: c.toString(16), got: answerLines(short) });
        for (const answer of [t.toUpperCase(), shape("A"), t]) {
          const want = accuracyLines(answerLines(t), normalizeAnswers([answer]));
          if (lineScore("Accuracy", t, [answer]) !== want) expect({ code: c.toString(16), answer }).toBe(want);
        }
      }
    }
  });

  it("grows past its initial buffers and reuses them", () => {
    const lines = new LineRefs();
    const long = "[Answer]" + Array.from({ length: 3000 }, (_, i) => (i % 5 ? `Line ${i}` : `İtem  ${i}\t x`)).join("\n");
    fillAnswerLines(long, lines);
    expect(items(lines)).toEqual(answerLines(long));
    fillAnswerLines("[Answer] A\nb", lines);
    expect(items(lines)).toEqual(["a", "b"]);
  });
});

describe("lineScore", () => {
  it("equals each kernel on normalised lines, on random outputs and answers", () => {
    fc.assert(fc.property(text(40), fc.array(text(4), { maxLength: 10 }), (t, answers) => expectSame(t, answers)), { numRuns: 3000 });
  });

  it("equals each kernel when answers and lines share values (duplicates, reorderings, case)", () => {
    const value = fc.constantFrom("Doc 1", "doc 1", " DOC  1 ", "Doc 2", "三季度", "ΟΔΟΣ", "", "İ", "x\ty", "Doc 10");
    fc.assert(fc.property(fc.array(value, { maxLength: 60 }), fc.array(value, { maxLength: 60 }), (lines, answers) => {
      expectSame("think [Answer]\n" + lines.join("\n"), answers);
    }), { numRuns: 2000 });
  });

  it("equals each kernel on hundreds of lines (the Fenwick count, table growth)", () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 300 }), { minLength: 33, maxLength: 400 }),
      fc.array(fc.integer({ min: 0, max: 300 }), { minLength: 33, maxLength: 400 }), (ls, as) => {
        expectSame("[Answer]\n" + ls.map((i) => `Doc ${i}`).join("\n"), as.map((i) => (i % 3 ? `Doc ${i}` : `doc ${i}`)));
      }), { numRuns: 200 });
  });

  it("equals each kernel on both sides of the size where subem, ndcg and pairwise_accuracy compare pairs instead of using the table", () => {
    // They compare items pairwise up to 64 line × answer pairs and 16 of each: sizes around that,
    // with repeated lines and answers (last positions) and values in other case and spacing.
    const value = (i: number) => [`Doc ${i % 7}`, `doc ${i % 7}`, ` DOC  ${i % 7} `, "", `x${i % 5}`][i % 5];
    for (const [n, k] of [[8, 8], [8, 9], [16, 4], [16, 5], [17, 3], [4, 16], [4, 17], [1, 16], [16, 1], [2, 32]]) {
      for (const shift of [0, 1, 3]) {
        const lines = Array.from({ length: n }, (_, i) => value(i * 3 + shift));
        const answers = Array.from({ length: k }, (_, i) => value(i * 2 + 1));
        expectSame("[Answer]\n" + lines.join("\n"), answers);
      }
    }
  });

  it("scores the usual corner cases like the kernels", () => {
    for (const [t, answers] of [["", []], ["", ["a"]], ["[Answer]", ["", "a"]], ["[Answer] \n ", [""]], ["a\nb", ["b", "a"]],
      ["A\n\nB", ["a", "", "b"]], ["x [Answer]\n\n A \n\n\tB  c\n \n", ["b c", "a"]]] as Array<[string, string[]]>) expectSame(t, answers);
  });

  it("falls back on the string kernels, with the same values, when values pile up in one probe run", () => {
    // 100 lines whose hashes all start probing at the same slot of a 256-slot table (what values
    // chosen to collide would do): the table gives up after 64 probes instead of going quadratic.
    const piled: string[] = [];
    for (let n = 0; piled.length < 100; n++) if ((slotHint(textHash(`c${n}`)) & 255) === 7) piled.push(`c${n}`);
    const output = "[Answer]\n" + piled.join("\n");
    const answers = [piled[99], piled[3], "C0", piled[50], piled[3], "zz", piled[0], piled[98]];
    for (const metric of ["F1_Score", "SubEM", "NDCG", "Pairwise_Accuracy"] as const) {
      const before = lineScoreFallbacks();
      expect(lineScore(metric, output, answers)).toBe(KERNELS[metric](answerLines(output), normalizeAnswers(answers)));
      expect(lineScoreFallbacks()).toBe(before + 1);
    }
    expect(lineScore("F1_Score", "[Answer]\nDoc 1\nDoc 2", ["doc 2"])).toBe(f1Lines(["doc 1", "doc 2"], ["doc 2"]));
  });
});
