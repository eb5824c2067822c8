// test/stdlib/golongrl/golden-rewards.test.ts — every case of golden/rewards.jsonl through
// `golongc reward --preset golongrl` (rows ending in math-verify go through engineer 4's stdlib/math-verify).
import { describe, expect, it } from "vitest";
import { thinkGate } from "../../../stdlib/index.js";
import { mismatches, readGolden } from "../metrics/golden-files.js";

const rows = readGolden("rewards.jsonl");

describe("golden rewards.jsonl", () => {
  it("the think gate agrees with the recorded gate on every row", () => {
    expect(rows.filter((r) => thinkGate(r.solution_str as string) !== r.gate).map((r) => r.id)).toEqual([]);
  });
  for (const source of new Set(rows.map((r) => r.data_source as string))) {
    it(`${source}: every case equal`, async () => {
      const mine = rows.filter((r) => r.data_source === source);
      expect(await mismatches(["reward", "--preset", "golongrl"], mine, "reward", 1e-9)).toEqual([]);
    }, 120_000);
  }
});
