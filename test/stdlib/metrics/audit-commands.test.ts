// test/stdlib/metrics/audit-commands.test.ts — score, reward and extract as a user meets them: bad
// lines answered with an error naming the line and field, the rest still answered, exit codes.
import { describe, expect, it } from "vitest";
import { runCli } from "../../../cli/main.js";
import { fakeIo } from "../../helpers/fake-io.js";

async function run(argv: string[], stdin: string) {
  const io = fakeIo(stdin);
  const code = await runCli(argv, io);
  return { code, lines: io.out.split("\n").filter(Boolean).map((l) => JSON.parse(l)), err: io.err };
}

describe("golongc score", () => {
  it("answers good lines and names the line and field of bad ones", async () => {
    const input = [
      JSON.stringify({ id: "a", metric: "em", solution_str: " 42 ", ground_truth: { golden_label: "42" } }),
      JSON.stringify({ id: "b", metric: "accuracy", answers: "Paris", prediction: "Paris" }),
      "{not json",
      JSON.stringify({ id: "d", metric: "rouge" }),
      JSON.stringify({ id: "e", metric: "subem", answers: ["x"] }),
      JSON.stringify({ id: "f", metric: "ndcg", answers: ["a", "b"], prediction: "[Answer]\nb\na" }),
    ].join("\n");
    const { code, lines, err } = await run(["score"], input);
    expect(code).toBe(1);
    expect(lines[0]).toEqual({ id: "a", score: 1 });
    expect(lines[1]).toMatchObject({ line: 2, id: "b" });
    expect(lines[1].error).toContain('field "answers"');
    expect(lines[1].error).toContain("expected array");
    expect(lines[2]).toMatchObject({ line: 3 });
    expect(lines[2].error).toContain("not valid JSON");
    expect(lines[3].error).toContain('unknown metric "rouge"');
    expect(lines[4].error).toContain('field "prediction" is missing');
    expect(lines[5].id).toBe("f");
    expect(lines[5].score).toBeGreaterThan(0);
    expect(lines[5].score).toBeLessThan(1);
    expect(err).toContain("4 lines");
  });
  it("reports an unknown LongBench-Pro sub-task on its line, as the reference raises", async () => {
    const { code, lines } = await run(["score"], JSON.stringify({ id: "s", metric: "longbench_pro", model_output: "x",
      ground_truth: ["x"], sub_task: "T3.2 single-hop fact qa", language: "English" }));
    expect(code).toBe(1);
    expect(lines[0]).toMatchObject({ line: 1, id: "s" });
    expect(lines[0].error).toContain("unknown LongBench-Pro sub-task");
  });
  it("rejects an unknown flag with a suggestion (exit 2)", async () => {
    const io = fakeIo("");
    expect(await runCli(["score", "--inptu", "x"], io)).toBe(2);
    expect(io.err).toContain("did you mean --input");
  });
  it("prints help with an example", async () => {
    const io = fakeIo("");
    expect(await runCli(["score", "--help"], io)).toBe(0);
    expect(io.out).toContain("example:");
  });
});

describe("golongc reward", () => {
  it("needs --preset golongrl", async () => {
    const io = fakeIo("");
    expect(await runCli(["reward"], io)).toBe(2);
    expect(io.err).toContain("--preset");
  });
  it("scores through the gate, and reports what the reference cannot score", async () => {
    const input = [
      { id: "ok", data_source: "EM", solution_str: "<think>x</think> 42", ground_truth: { golden_label: "42" }, extra_info: {} },
      { id: "gate", data_source: "EM", solution_str: "42", ground_truth: { golden_label: "42" }, extra_info: {} },
      { id: "judge", data_source: "model_judge", solution_str: "<think></think>7", ground_truth: "8",
        extra_info: { reward_mode: "model_judge", ground_truth: "8" } },
      { id: "nosrc", data_source: "gsm8k", solution_str: "</think>1", ground_truth: "1", extra_info: {} },
      { id: "notext", data_source: "EM", solution_str: 5, ground_truth: {}, extra_info: {} },
    ].map((x) => JSON.stringify(x)).join("\n");
    const { code, lines } = await run(["reward", "--preset", "golongrl"], input);
    expect(code).toBe(1);
    expect(lines[0]).toEqual({ id: "ok", reward: 1 });
    expect(lines[1]).toEqual({ id: "gate", reward: 0 });
    expect(lines[2].error).toContain("remote judge");
    expect(lines[3].error).toContain('no GoLongRL reward for data source "gsm8k"');
    expect(lines[4].error).toContain('field "solution_str"');
  });
});

describe("Python number semantics of inline gold tables", () => {
  // Written by hand: JSON.stringify would print 7.0 as 7. Python's json reads 7.0 as a float, whose
  // str() "7.0" is not the int 7's "7".
  it("score iou and reward multitableqa keep 7.0 apart from 7", async () => {
    const pred = JSON.stringify("<answer>{\"data\": [[7], [8]]}</answer>");
    const score = await run(["score"], `{"id": "i", "metric": "iou", "solution_str": ${pred}, "answer": {"data": [[7.0], [8]]}}`);
    expect(score.lines).toEqual([{ id: "i", score: 1 / 3 }]);
    const out = JSON.stringify("</think><answer>{\"data\": [[7], [8]]}</answer>");
    const reward = await run(["reward", "--preset", "golongrl"],
      `{"id": "r", "data_source": "multitableqa_pretraining", "solution_str": ${out}, "ground_truth": {"data": [[7.0], [8]]}, "extra_info": {}}`);
    expect(reward.lines).toEqual([{ id: "r", reward: 1 / 3 }]);
  });
});

describe("golongc extract", () => {
  it("runs the named extractor", async () => {
    const { code, lines } = await run(["extract"], JSON.stringify({ id: "e", extractor: "last_boxed_only_string", string: "a \\boxed{x{y}} b" }));
    expect(code).toBe(0);
    expect(lines).toEqual([{ id: "e", value: "\\boxed{x{y}}" }]);
  });
  it("names a wrongly typed input field", async () => {
    const { code, lines } = await run(["extract"], JSON.stringify({ id: "e", extractor: "get_answer_area", text: 3 }));
    expect(code).toBe(1);
    expect(lines[0].error).toContain('field "text": expected string, got number');
  });
});
