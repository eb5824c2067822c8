// `golongc advantage` in-process: golden lines answered in order, bad lines get error lines and
// exit 1, usage mistakes exit 2.
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { runCli } from "../../../cli/main.js";
import { fakeIo } from "../../helpers/fake-io.js";

const golden = new URL("../../data/golden/advantages.jsonl", import.meta.url).pathname;
const lines = (s: string) => s.split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));

describe("golongc advantage", () => {
  test("answers every golden line with its id, advantages and metrics, exit 0", async () => {
    const io = fakeIo();
    expect(await runCli(["advantage", "--input", golden], io)).toBe(0);
    const want = lines(readFileSync(golden, "utf8"));
    const got = lines(io.out);
    expect(got.map((o) => o.id)).toEqual(want.map((c) => c.id));
    got.forEach((o, k) => {
      expect(o.advantages).toHaveLength(want[k].expected.length);
      o.advantages.forEach((a: number, i: number) =>
        expect(Math.abs(a - want[k].expected[i])).toBeLessThanOrEqual(1e-5 * Math.max(1, Math.abs(want[k].expected[i]))));
      expect(Object.keys(o.metrics).sort()).toEqual(Object.keys(want[k].expected_metrics).sort());
    });
    expect(io.err).toBe("");
  });

  test("reads standard input; --estimator fills in a missing estimator", async () => {
    const io = fakeIo(`{"id":"b","scores":[1,0],"index":["q","q"]}\n`);
    expect(await runCli(["advantage", "--estimator", "grpo"], io)).toBe(0);
    const [o] = lines(io.out);
    expect(o.id).toBe("b");
    expect(o.advantages[0]).toBeCloseTo(0.7071, 3);
    expect(o.advantages[1]).toBeCloseTo(-0.7071, 3);
  });

  test("bad lines get error lines naming the line and field; the others are answered; exit 1", async () => {
    const input = [
      `{"id":"ok","estimator":"qwenlong_grpo","scores":[1,0],"index":["a","b"],"reward_mode":["T","T"]}`,
      `{"id":"short","estimator":"grpo","scores":[1,0],"index":["a"]}`,
      `{"id":"typo","estimator":"grpo","params":{"difficulty_gama":1},"scores":[1],"index":["a"]}`,
      `{"id":"est","estimator":"ppo","scores":[1],"index":["a"]}`,
      `{"id":"task","estimator":"tmn_grpo","scores":[1],"index":["a"]}`,
      `{"id":"type","estimator":"grpo","scores":["x"],"index":["a"]}`,
      `{"id":"none","scores":[1],"index":["a"]}`,
      `[1,2]`,
    ].join("\n");
    const io = fakeIo(input);
    expect(await runCli(["advantage"], io)).toBe(1);
    const out = lines(io.out);
    expect(out).toHaveLength(8);
    expect(out[0].id).toBe("ok");
    expect(out[0].advantages).toHaveLength(2);
    expect(out[1].error).toMatch(/<stdin>:2: index: 1 entries for 2 scores/);
    expect(out[2].error).toMatch(/:3: params: unknown parameter difficulty_gama for grpo/);
    expect(out[3].error).toMatch(/:4: estimator: expected one of grpo, tmn_grpo, qwenlong_grpo/);
    expect(out[4].error).toMatch(/:5: reward_mode: tmn_grpo needs a task label/);
    expect(out[5].error).toMatch(/:6: scores\.0:/);
    expect(out[6].error).toMatch(/:7: estimator: missing/);
    expect(out[7].error).toMatch(/:8: expected a JSON object/);
    expect(io.err).toMatch(/7 lines of <stdin> could not be answered/);
  });

  test("usage mistakes exit 2 with a message on stderr", async () => {
    const a = fakeIo();
    expect(await runCli(["advantage", "--inptu", "x"], a)).toBe(2);
    expect(a.err).toMatch(/did you mean --input/);
    const b = fakeIo();
    expect(await runCli(["advantage", "--estimator", "ppo"], b)).toBe(2);
    const c = fakeIo();
    expect(await runCli(["advantage", "--input", "/nonexistent/file.jsonl"], c)).toBe(2);
    expect(c.err).toMatch(/cannot read --input/);
  });

  test("--help shows an example", async () => {
    const io = fakeIo();
    expect(await runCli(["advantage", "--help"], io)).toBe(0);
    expect(io.out).toMatch(/example:/);
  });
});
