// test/stdlib/metrics/golden-metrics.test.ts — every public case of golden/metrics.jsonl through
// `golongc score`, absolute tolerance 1e-9 (math_verify and retrieval_calculate go through
// stdlib/math-verify, engineer 4's).
import { describe, expect, it } from "vitest";
import { mismatches, readGolden } from "./golden-files.js";

const rows = readGolden("metrics.jsonl");
const metrics = [...new Set(rows.map((r) => r.metric as string))];

describe("golden metrics.jsonl", () => {
  it("has every metric of the README", () => {
    expect(metrics.sort()).toEqual(["accuracy", "em", "f1_score", "iou", "longbench_pro", "math_verify", "multi_choice", "ndcg",
      "pairwise_accuracy", "retrieval_calculate", "subem", "summary", "summary_max_rouge_l"]);
  });
  for (const metric of metrics) {
    it(`${metric}: every case equal`, async () => {
      const mine = rows.filter((r) => r.metric === metric);
      expect(await mismatches(["score"], mine, "score", 1e-9)).toEqual([]);
    }, 120_000);
  }
});
