// Every advantages.jsonl case from the reference, through computeAdvantages: each advantage within
// 1e-5·max(1, |want|) and every expected metric present and within the same tolerance.
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { computeAdvantages, configFromReference, type EstimatorName } from "../../../stdlib/advantage/index.js";

interface Case {
  id: string; estimator: EstimatorName; params: Record<string, unknown>;
  scores: number[]; index: string[]; reward_mode: string[];
  expected: number[]; expected_metrics: Record<string, number>;
}

const cases: Case[] = readFileSync(new URL("../../data/golden/advantages.jsonl", import.meta.url), "utf8")
  .split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));

const within = (got: number, want: number) => Math.abs(got - want) <= 1e-5 * Math.max(1, Math.abs(want));

describe("golden advantages", () => {
  test("all 253 cases are loaded, of every estimator", () => {
    expect(cases.length).toBe(253);
    expect(new Set(cases.map((c) => c.estimator))).toEqual(new Set(["grpo", "tmn_grpo", "qwenlong_grpo"]));
  });

  test.each(cases.map((c) => [c.id, c] as const))("%s", (_id, c) => {
    const parsed = configFromReference(c.estimator, c.params);
    if (!parsed.ok) throw new Error(parsed.message);
    const { advantages, metrics } = computeAdvantages(parsed.config, { scores: c.scores, index: c.index, taskLabels: c.reward_mode });
    expect(advantages.length).toBe(c.expected.length);
    const bad: string[] = [];
    for (let i = 0; i < c.expected.length; i++) {
      if (!within(advantages[i], c.expected[i])) bad.push(`[${i}] got ${advantages[i]} want ${c.expected[i]}`);
    }
    expect(bad.slice(0, 5)).toEqual([]);
    for (const [k, want] of Object.entries(c.expected_metrics)) {
      expect(metrics).toHaveProperty([k]);
      expect(within(metrics[k], want), `${k}: got ${metrics[k]} want ${want}`).toBe(true);
    }
    if (Object.keys(c.expected_metrics).length === 0) expect(metrics).toEqual({});
  });
});
