// test/stdlib/metrics/golden-extractors.test.ts — every case of golden/extractors.jsonl through
// `golongc extract`, compared as JSON.
import { describe, expect, it } from "vitest";
import { mismatches, readGolden } from "./golden-files.js";

const rows = readGolden("extractors.jsonl");

describe("golden extractors.jsonl", () => {
  for (const name of new Set(rows.map((r) => r.extractor as string))) {
    it(`${name}: every case equal`, async () => {
      expect(await mismatches(["extract"], rows.filter((r) => r.extractor === name), "value", 0)).toEqual([]);
    });
  }
  it("covers the seven extractors", () => {
    expect(new Set(rows.map((r) => r.extractor)).size).toBe(7);
  });
});
