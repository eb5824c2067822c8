// Every task_metrics.jsonl case from the reference: exactly the expected keys, values within the
// README's tolerances (label metrics 1e-6·max(1,|want|), quality metrics 1e-9 absolute).
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import {
  rewardModeMetrics, taskGroupedMetrics, responseQuality, responseQualityMetrics,
} from "../../../stdlib/task-metrics/index.js";

interface Case { id: string; function: string; inputs: any; expected: Record<string, number>; note?: string }

const cases: Case[] = readFileSync(new URL("../../data/golden/task_metrics.jsonl", import.meta.url), "utf8")
  .split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));

function run(c: Case): Record<string, number> {
  const i = c.inputs;
  switch (c.function) {
    case "compute_reward_mode_metrics": return rewardModeMetrics(i.scores, i.uid, i.reward_mode);
    case "compute_task_grouped_metrics": return taskGroupedMetrics(i.scores, i.uid, i.reward_mode);
    case "_compute_single_response_quality": return { ...responseQuality(i.text) };
    case "compute_response_quality_metrics": return responseQualityMetrics(i.responses);
    default: throw new Error(`unknown function ${c.function}`);
  }
}

describe("golden task metrics", () => {
  test("all 217 cases of the four functions are loaded", () => {
    expect(cases.length).toBe(217);
    expect(new Set(cases.map((c) => c.function)).size).toBe(4);
  });

  test.each(cases.map((c) => [c.id, c] as const))("%s", (_id, c) => {
    const got = run(c);
    expect(Object.keys(got).sort()).toEqual(Object.keys(c.expected).sort());
    const quality = c.function.includes("quality");
    const bad: string[] = [];
    for (const [k, want] of Object.entries(c.expected)) {
      const tol = quality ? 1e-9 : 1e-6 * Math.max(1, Math.abs(want));
      const exact = k.endsWith("/num_queries") || k.endsWith("/num_rollouts") || k === "word_count" || k === "unclosed_think_tag" || k === "answer_in_output";
      if (exact ? got[k] !== want : !(Math.abs(got[k] - want) <= tol)) bad.push(`${k}: got ${got[k]} want ${want}`);
    }
    expect(bad).toEqual([]);
  });
});
