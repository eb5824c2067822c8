// `golongc advantage` and `golongc stats` on lines of random shape: every line gets an answer or an
// error line of its own, and the command never ends in an internal error (exit 70).
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { runCli } from "../../../cli/main.js";
import { fakeIo } from "../../helpers/fake-io.js";

const field = fc.oneof(
  fc.anything(),
  fc.array(fc.oneof(fc.double(), fc.integer(), fc.string(), fc.constant(null), fc.constantFrom("NaN", "Infinity")), { maxLength: 6 }),
);

const advantageLine = fc.record({
  id: fc.oneof(fc.string(), fc.integer()),
  estimator: fc.oneof(fc.constantFrom("grpo", "tmn_grpo", "qwenlong_grpo"), fc.string()),
  params: fc.oneof(fc.constant({}), fc.dictionary(fc.constantFrom("epsilon", "difficulty_reweight", "difficulty_gamma", "norm_adv_by_task_scale", "x"), fc.anything())),
  scores: field, index: field, reward_mode: field,
}, { requiredKeys: [] });

const statsLine = fc.record({
  id: fc.string(),
  function: fc.constantFrom("compute_reward_mode_metrics", "compute_task_grouped_metrics", "_compute_single_response_quality", "compute_response_quality_metrics", "nope"),
  inputs: fc.oneof(fc.anything(), fc.record({ scores: field, uid: field, reward_mode: field, text: fc.anything(), responses: field }, { requiredKeys: [] })),
}, { requiredKeys: [] });

async function answersEveryLine(command: string, lines: unknown[]): Promise<void> {
  const io = fakeIo(lines.map((l) => JSON.stringify(l)).join("\n") + "\n");
  const code = await runCli([command], io);
  expect([0, 1]).toContain(code);
  const out = io.out.split("\n").filter((l) => l);
  expect(out).toHaveLength(lines.length);
  for (const l of out) {
    const o = JSON.parse(l);
    expect("error" in o || "advantages" in o || "metrics" in o).toBe(true);
  }
}

describe("audit commands on random shapes", () => {
  test("golongc advantage", async () => {
    await fc.assert(fc.asyncProperty(fc.array(advantageLine, { minLength: 1, maxLength: 8 }), (lines) => answersEveryLine("advantage", lines)), { numRuns: 150 });
  });
  test("golongc stats", async () => {
    await fc.assert(fc.asyncProperty(fc.array(statsLine, { minLength: 1, maxLength: 8 }), (lines) => answersEveryLine("stats", lines)), { numRuns: 150 });
  });
});
