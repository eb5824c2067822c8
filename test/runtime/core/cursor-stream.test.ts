// The training stream across epochs: a cursor reopened anywhere continues the same sequence, epochs
// reshuffle, hasMore looks ahead without moving the cursor, an empty source is an error.
import { describe, expect, it } from "vitest";
import { CursorStream } from "../../../runtime/steps/index.js";
import { memoryRecords, memorySource } from "./fakes.js";

const rows = async (s: CursorStream, n: number) => (await s.take(n)).map((r) => `${r.uid}:${r.ref.row}`);

describe("CursorStream", () => {
  it("reopened at any cursor continues exactly the uninterrupted sequence", async () => {
    const source = memorySource(memoryRecords(10));
    const whole = new CursorStream(source, { epoch: 0, offset: 0 }, 3);
    const all = await rows(whole, 100);
    expect(all.length).toBe(30);
    expect(whole.exhausted).toBe(true);
    for (const cut of [1, 7, 10, 13, 29]) {
      const a = new CursorStream(source, { epoch: 0, offset: 0 }, 3);
      const first = await rows(a, cut);
      const b = new CursorStream(source, a.cursor, 3);
      expect([...first, ...(await rows(b, 100))]).toEqual(all);
    }
  });

  it("gives uids per epoch and position, and a new order each epoch", async () => {
    const s = new CursorStream(memorySource(memoryRecords(10)), { epoch: 0, offset: 0 }, 2);
    const e0 = await s.take(10);
    const e1 = await s.take(10);
    expect(e0.map((r) => r.uid)).toEqual(Array.from({ length: 10 }, (_, i) => `e0-${i}`));
    expect(e1.map((r) => r.uid)).toEqual(Array.from({ length: 10 }, (_, i) => `e1-${i}`));
    expect(new Set(e1.map((r) => r.ref.row))).toEqual(new Set(e0.map((r) => r.ref.row)));
    expect(e1.map((r) => r.ref.row)).not.toEqual(e0.map((r) => r.ref.row));
  });

  it("hasMore looks one record ahead without moving the cursor, across an epoch boundary", async () => {
    const source = memorySource(memoryRecords(4));
    const s = new CursorStream(source, { epoch: 0, offset: 0 }, 2);
    await s.take(4);
    expect(s.cursor).toEqual({ epoch: 0, offset: 4 });
    expect(await s.hasMore()).toBe(true);
    expect(s.cursor).toEqual({ epoch: 1, offset: 0 });
    const resumed = new CursorStream(source, s.cursor, 2);
    expect(await rows(s, 4)).toEqual(await rows(resumed, 4));
    expect(await s.hasMore()).toBe(false);
    expect(s.exhausted).toBe(true);
  });

  it("a source no task takes anything from is an error, not an endless loop", async () => {
    const s = new CursorStream(memorySource([]), { epoch: 0, offset: 0 }, null);
    await expect(s.take(1)).rejects.toThrow(/source 'train' has no records that any task takes/);
  });
});
