// `golongc stats` in-process: golden lines answered in order with exactly the expected keys; bad
// lines get error lines naming the field, exit 1; usage mistakes exit 2.
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { runCli } from "../../../cli/main.js";
import { fakeIo } from "../../helpers/fake-io.js";

const golden = new URL("../../data/golden/task_metrics.jsonl", import.meta.url).pathname;
const lines = (s: string) => s.split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));

describe("golongc stats", () => {
  test("answers every golden line with exactly the expected keys, exit 0", async () => {
    const io = fakeIo();
    expect(await runCli(["stats", "--input", golden], io)).toBe(0);
    const want = lines(readFileSync(golden, "utf8"));
    const got = lines(io.out);
    expect(got.map((o) => o.id)).toEqual(want.map((c) => c.id));
    got.forEach((o, k) => {
      expect(Object.keys(o.metrics).sort()).toEqual(Object.keys(want[k].expected).sort());
      for (const [key, v] of Object.entries(want[k].expected as Record<string, number>)) {
        expect(Math.abs(o.metrics[key] - v)).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(v)));
      }
    });
  });

  test("the help example: LongBench-Pro sub-task mapped to its metric, null reward mode is unknown", async () => {
    const io = fakeIo(`{"id":"s1","function":"compute_task_grouped_metrics","inputs":{"scores":[1,0,0.5],"uid":["a","a","b"],"reward_mode":["T3.2 Single-Hop Fact QA","T3.2 Single-Hop Fact QA",null]}}\n`);
    expect(await runCli(["stats"], io)).toBe(0);
    const [o] = lines(io.out);
    expect(o.metrics).toEqual({
      "task_metrics/Accuracy/mean_reward": 0.5, "task_metrics/Accuracy/std_reward": 0.5,
      "task_metrics/Accuracy/mean_std_reward": 0.5, "task_metrics/Accuracy/rate_adv": 1,
      "task_metrics/Accuracy/rate_num": 0.5, "task_metrics/Accuracy/num_queries": 1, "task_metrics/Accuracy/num_rollouts": 2,
      "task_metrics/unknown/mean_reward": 0.5, "task_metrics/unknown/std_reward": 0,
      "task_metrics/unknown/mean_std_reward": 0, "task_metrics/unknown/rate_adv": 0,
      "task_metrics/unknown/rate_num": 0.5, "task_metrics/unknown/num_queries": 1, "task_metrics/unknown/num_rollouts": 1,
    });
  });

  test("bad lines get error lines; the others are answered; exit 1", async () => {
    const input = [
      `{"id":"ok","function":"_compute_single_response_quality","inputs":{"text":"<think>x</think> B"}}`,
      `{"id":"fn","function":"compute_metrics","inputs":{}}`,
      `{"id":"len","function":"compute_reward_mode_metrics","inputs":{"scores":[1],"uid":["a","b"],"reward_mode":["x"]}}`,
      `{"id":"empty","function":"compute_response_quality_metrics","inputs":{"responses":[]}}`,
      `{"id":"type","function":"compute_task_grouped_metrics","inputs":{"scores":[1],"uid":["a"],"reward_mode":[3]}}`,
      `{"id":"extra","function":"_compute_single_response_quality","inputs":{"text":"a","txt":"b"}}`,
    ].join("\n");
    const io = fakeIo(input);
    expect(await runCli(["stats"], io)).toBe(1);
    const out = lines(io.out);
    expect(out[0]).toEqual({ id: "ok", metrics: {
      repeated_4gram_ratio: 0, repetition_loop_score: 0, word_count: 4, unclosed_think_tag: 0, answer_in_output: 1, type_token_ratio: 3 / 4, // think, x, think, b
    } });
    expect(out[1].error).toMatch(/:2: function: expected one of compute_reward_mode_metrics/);
    expect(out[2].error).toMatch(/:3: inputs: scores, uid and reward_mode differ in length \(1, 2, 1\)/);
    expect(out[3].error).toMatch(/:4: inputs\.responses: needs at least one response/);
    expect(out[4].error).toMatch(/:5: inputs\.reward_mode\.0:/);
    expect(out[5].error).toMatch(/:6: inputs: unexpected field txt/);
  });

  test("usage mistakes exit 2; --help has an example", async () => {
    const a = fakeIo();
    expect(await runCli(["stats", "--inptu", "x"], a)).toBe(2);
    expect(a.err).toMatch(/did you mean --input/);
    const b = fakeIo();
    expect(await runCli(["stats", "--help"], b)).toBe(0);
    expect(b.out).toMatch(/example:/);
  });
});
