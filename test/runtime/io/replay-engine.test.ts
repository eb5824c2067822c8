// The replay engine: responses read back from a JSONL file by uid or by prompt; a missing entry
// is an error naming the uid; bad lines are reported with their line number.
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { RolloutRequest } from "../../../runtime/engine.js";
import { createEngine, createReplayEngine, EngineError } from "../../../runtime/engines/index.js";

let dir: string;
beforeAll(async () => { dir = await mkdtemp(join(tmpdir(), "golong-replay-")); });

const req = (uid: string, n: number, content = `prompt of ${uid}`): RolloutRequest => ({
  uid, messages: [{ role: "user", content }], sampling: { n, temperature: 1, topP: 1, topK: -1, maxResponseTokens: 8, seed: 0 },
});

async function file(name: string, lines: unknown[]): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, lines.map((l) => (typeof l === "string" ? l : JSON.stringify(l)) + "\n").join(""));
  return path;
}

describe("replay engine", () => {
  it("returns the recorded responses by uid, adding up lines with the same uid", async () => {
    const path = await file("by-uid.jsonl", [
      { uid: "a", responses: ["a1", { text: "a2", finish_reason: "length", logprobs: [-1, -2], tokens: [7, 8] }] },
      { uid: "b", response: "b1" },
      "",
      { uid: "a", response: "a3" },
    ]);
    const e = await createReplayEngine({ file: path });
    const [a, b] = await e.generate([req("a", 3), req("b", 1)]);
    expect(a.samples.map((s) => s.text)).toEqual(["a1", "a2", "a3"]);
    expect(a.samples[1]).toMatchObject({ finishReason: "length" });
    expect(Array.from(a.samples[1].tokens!)).toEqual([7, 8]);
    expect(Array.from(a.samples[1].logprobs!)).toEqual([-1, -2]);
    expect(b.samples.map((s) => s.text)).toEqual(["b1"]);
    // n smaller than what is recorded: the first n
    const [a2] = await e.generate([req("a", 2)]);
    expect(a2.samples.map((s) => s.text)).toEqual(["a1", "a2"]);
  });

  it("falls back to the prompt (text is the same as one user message)", async () => {
    const path = await file("by-prompt.jsonl", [
      { prompt: "what is 2+2?", responses: ["4"] },
      { prompt: [{ role: "system", content: "s" }, { role: "user", content: "hi" }], responses: ["hello"] },
    ]);
    const e = await createReplayEngine({ file: path });
    const [r] = await e.generate([req("x", 1, "what is 2+2?")]);
    expect(r.samples[0].text).toBe("4");
    const [r2] = await e.generate([{ ...req("y", 1), messages: [{ role: "system", content: "s" }, { role: "user", content: "hi" }] }]);
    expect(r2.samples[0].text).toBe("hello");
  });

  it("replays a run's own rollout lines as they are", async () => {
    const line = (sample: number, response: string, finish: string) => ({
      step: 1, uid: "train:7", task: "qa", label: "qa", prompt: { source: "train", row: 7 }, gen_batch: 0, kept: true, used: true,
      sample, response, finish_reason: finish, score: 1, flags: [], advantage: 0.5,
    });
    const path = await file("rollouts.jsonl", [line(0, "first", "stop"), line(1, "second", "length")]);
    const [r] = await (await createReplayEngine({ file: path })).generate([req("train:7", 2)]);
    expect(r.samples).toEqual([{ text: "first", finishReason: "stop" }, { text: "second", finishReason: "length" }]);
  });

  it("names the uid that has no responses, or too few", async () => {
    const path = await file("few.jsonl", [{ uid: "a", responses: ["1", "2"] }]);
    const e = await createReplayEngine({ file: path });
    await expect(e.generate([req("zzz", 1)])).rejects.toThrow(`replay engine: ${path} has no responses for uid zzz (nor for its prompt)`);
    await expect(e.generate([req("a", 4)])).rejects.toThrow(`${path} has 2 responses for uid a, the rollout asks for n = 4`);
  });

  it("reports a bad line with its number, and a missing file", async () => {
    const bad = await file("bad.jsonl", [{ uid: "a", response: "x" }, { uid: "b" }]);
    await expect(createReplayEngine({ file: bad })).rejects.toThrow(`${bad} line 2: a line needs responses (a list) or response`);
    const notJson = await file("notjson.jsonl", ["{ uid"]);
    await expect(createReplayEngine({ file: notJson })).rejects.toThrow(/notjson\.jsonl line 1: not valid JSON/);
    await expect(createReplayEngine({ file: join(dir, "none.jsonl") })).rejects.toBeInstanceOf(EngineError);
  });

  it("is what createEngine gives for replay, with the file relative to baseDir", async () => {
    await file("rel.jsonl", [{ uid: "a", responses: ["r"] }]);
    const base = { mode: "sync", n: 1, temperature: 1, topP: 1, topK: -1, maxPromptTokens: 10, maxResponseTokens: 10, truncation: "error", filterOverlongPrompts: false, tp: 1, concurrency: 2, timeoutMs: 1000, retries: 0, val: { n: 1, temperature: 0, topP: 1, topK: -1 } } as const;
    const e = await createEngine({ ...base, engine: "replay", replayFile: "rel.jsonl" }, { baseDir: dir });
    expect(e.name).toBe("replay");
    expect((await e.generate([req("a", 1)]))[0].samples[0].text).toBe("r");
    await expect(createEngine({ ...base, engine: "replay" })).rejects.toThrow(/needs a replay file/);
  });
});
