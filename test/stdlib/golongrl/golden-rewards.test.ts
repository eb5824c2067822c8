// test/stdlib/golongrl/golden-rewards.test.ts — every case of golden/rewards.jsonl through
// `golongc reward --preset golongrl`; rows whose reward comes from math-verify run once engineer 4's
// math-verify replaces the provisional stub.
import { describe, expect, it } from "vitest";
import { thinkGate } from "../../../stdlib/index.js";
import { mathVerifyIsProvisional, mismatches, readGolden } from "../metrics/golden-files.js";

const rows = readGolden("rewards.jsonl");
const mode = (r: Record<string, unknown>) => (r.extra_info as { reward_mode?: unknown } | null)?.reward_mode;
const dependsOnMath = (r: Record<string, unknown>) =>
  r.gate === "pass" && (r.data_source === "retrieval_calculate" || mode(r) === "math_verify");

describe("golden rewards.jsonl", () => {
  it("the think gate agrees with the recorded gate on every row", () => {
    expect(rows.filter((r) => thinkGate(r.solution_str as string) !== r.gate).map((r) => r.id)).toEqual([]);
  });
  for (const source of new Set(rows.map((r) => r.data_source as string))) {
    it(`${source}: every case not needing math-verify equal`, async () => {
      const mine = rows.filter((r) => r.data_source === source && !dependsOnMath(r));
      expect(mine.length).toBeGreaterThan(0);
      expect(await mismatches(["reward", "--preset", "golongrl"], mine, "reward", 1e-9)).toEqual([]);
    }, 60_000);
  }
  it.runIf(!mathVerifyIsProvisional())("math-verify rows: every case equal", async () => {
    expect(await mismatches(["reward", "--preset", "golongrl"], rows.filter(dependsOnMath), "reward", 1e-9)).toEqual([]);
  }, 120_000);
});
