// test/embedded/packing.test.ts — training rows share a prompt between its responses: layout,
// positions, targets, weights and the attention mask that keeps segments apart.
import { describe, expect, test } from "vitest";
import { fillBatch, microBatches, packPieces, type Piece } from "../../runtime/embedded/packing.js";
import { MASKED } from "../../runtime/embedded/policy-model.js";

const piece = (prompt: number[], response: number[], w = 1): Piece => ({
  prompt: Int32Array.from(prompt), response: Int32Array.from(response), weights: new Float32Array(response.length).fill(w), advantage: w,
});

describe("packing", () => {
  test("responses to the same prompt share a row; other prompts get their own", () => {
    const pieces = [piece([1, 2, 3], [7, 8]), piece([4, 5], [9]), piece([1, 2, 3], [6, 6, 6])];
    const rows = packPieces(pieces, 100);
    expect(rows.map((r) => r.pieces)).toEqual([[0, 2], [1]]);
    expect(rows[0]).toMatchObject({ prefix: 2, length: 2 + 2 + 3 });
    // A row never passes the token cap: the third piece opens a second row for the same prompt.
    expect(packPieces(pieces, 5).map((r) => r.pieces)).toEqual([[0], [1], [2]]);
  });

  test("a row lays out prefix then segments, each segment seeing the prefix and itself only", () => {
    const pieces = [piece([1, 2, 3], [7, 8], 0.5), piece([1, 2, 3], [6, 5, 4], 0.25)];
    const a = fillBatch(packPieces(pieces, 100), pieces);
    expect([a.B, a.T]).toEqual([1, 7]);
    expect(Array.from(a.tokens, Number)).toEqual([1, 2, 3, 7, 3, 6, 5]);
    expect(Array.from(a.targets, Number)).toEqual([2, 3, 7, 8, 6, 5, 4]);
    expect(Array.from(a.positions, Number)).toEqual([0, 1, 2, 3, 2, 3, 4]);
    expect(Array.from(a.weight)).toEqual([0, 0, 0.5, 0.5, 0.25, 0.25, 0.25]);
    const sees = (q: number): number[] => [...Array(a.T).keys()].filter((k) => a.bias[q * a.T + k] === 0);
    expect(sees(1)).toEqual([0, 1]);
    expect(sees(3)).toEqual([0, 1, 2, 3]);
    expect(sees(4)).toEqual([0, 1, 4]);     // second segment: the prefix and itself, not segment one
    expect(sees(6)).toEqual([0, 1, 4, 5, 6]);
    expect(a.bias[6 * a.T + 3]).toBe(MASKED);
    expect(a.where).toEqual([{ piece: 0, offset: 2, length: 2 }, { piece: 1, offset: 4, length: 3 }]);
  });

  test("micro-batches respect the token and attention-score caps", () => {
    const pieces = [1, 2, 3, 4, 5, 6].map((k) => piece([k, k, k, k], Array(k).fill(9)));
    const rows = packPieces(pieces, 100);
    const batches = microBatches(rows, 20, 1e9);
    for (const b of batches) expect(b.length * Math.max(...b.map((r) => r.length))).toBeLessThanOrEqual(20);
    expect(batches.flat()).toHaveLength(6);
    expect(microBatches(rows, 1000, 100).every((b) => b.length * Math.max(...b.map((r) => r.length)) ** 2 <= 100 || b.length === 1)).toBe(true);
  });

  test("micro-batches cut sorted rows where the padding saved outweighs a call", () => {
    const rowsOf = (lengths: number[]) => packPieces(lengths.map((n, k) => piece([k + 1, ...Array(n - 1).fill(k + 1)], [9])), 10_000);
    const padded = (bs: ReturnType<typeof microBatches>) => bs.reduce((t, b) => t + b.length * Math.max(...b.map((r) => r.length)), 0);
    // Equal lengths: one call. Two far-apart length classes: two calls, no padding at all.
    expect(microBatches(rowsOf(Array(8).fill(50)), 4096, 1e9)).toHaveLength(1);
    const two = microBatches(rowsOf([...Array(10).fill(40), ...Array(10).fill(200)]), 10_000, 1e9);
    expect(two.map((b) => b.map((r) => r.length))).toEqual([Array(10).fill(40), Array(10).fill(200)]);
    // Against every contiguous split of the sorted rows (cost = padded tokens + callCost a call).
    let seed = 5;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
    for (let trial = 0; trial < 30; trial++) {
      const rows = rowsOf(Array.from({ length: 2 + Math.floor(rnd() * 9) }, () => 10 + Math.floor(rnd() * 150)));
      const cost = (bs: ReturnType<typeof microBatches>) => padded(bs) + 60 * bs.length;
      const got = microBatches(rows, 600, 1e9, 60);
      const lens = rows.map((r) => r.length).sort((a, b) => a - b);
      let bestCost = Infinity;
      for (let mask = 0; mask < 1 << (lens.length - 1); mask++) {
        let c = 0, start = 0, ok = true;
        for (let k = 0; k < lens.length; k++) {
          if (k === lens.length - 1 || mask & (1 << k)) {
            const B = k - start + 1;
            if (B > 1 && B * lens[k] > 600) ok = false;
            c += B * lens[k] + 60; start = k + 1;
          }
        }
        if (ok) bestCost = Math.min(bestCost, c);
      }
      expect(cost(got)).toBe(bestCost);
      expect(got.flat()).toHaveLength(rows.length);
      for (const b of got) if (b.length > 1) expect(b.length * Math.max(...b.map((r) => r.length))).toBeLessThanOrEqual(600);
    }
  });
});
