// test/stdlib/metrics/golden-metrics.test.ts — every public case of golden/metrics.jsonl through
// `golongc score`, absolute tolerance 1e-9; the math-verify-dependent rows run once engineer 4's
// math-verify replaces the provisional stub.
import { describe, expect, it } from "vitest";
import { mathVerifyIsProvisional, mismatches, readGolden } from "./golden-files.js";

const rows = readGolden("metrics.jsonl");
const dependsOnMath = (metric: unknown) => metric === "math_verify" || metric === "retrieval_calculate";
const metrics = [...new Set(rows.map((r) => r.metric as string))];

describe("golden metrics.jsonl", () => {
  it("has every metric of the README", () => {
    expect(metrics.sort()).toEqual(["accuracy", "em", "f1_score", "iou", "longbench_pro", "math_verify", "multi_choice", "ndcg",
      "pairwise_accuracy", "retrieval_calculate", "subem", "summary", "summary_max_rouge_l"]);
  });
  for (const metric of metrics.filter((m) => !dependsOnMath(m))) {
    it(`${metric}: every case equal`, async () => {
      const mine = rows.filter((r) => r.metric === metric);
      expect(await mismatches(["score"], mine, "score", 1e-9)).toEqual([]);
    }, 60_000);
  }
  describe.runIf(!mathVerifyIsProvisional())("with math-verify", () => {
    for (const metric of metrics.filter(dependsOnMath)) {
      it(`${metric}: every case equal`, async () => {
        expect(await mismatches(["score"], rows.filter((r) => r.metric === metric), "score", 1e-9)).toEqual([]);
      }, 120_000);
    }
  });
});
