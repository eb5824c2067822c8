// The training stream over a real JSONL source: tasks assigned by `where`, per-record labels by
// `labelExpr`, a cursor that skips exactly the records already taken, and unmatched records dropped
// or reported; plus the DAPO overlong penalty on scores.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SourceConfig, type TaskSpec } from "../../../compiler/ir.js";
import { openSource } from "../../../runtime/data/index.js";
import { loadRegistry } from "../../../runtime/verify/index.js";
import { promptSource } from "../../../runtime/index.js";
import { overlongPenalty } from "../../../runtime/steps/generate.js";
import type { TaskRecord } from "../../../runtime/steps/index.js";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "golong-src-"));
  const rows = [
    { prompt: "a0", kind: "qa", reward_mode: "T3.2 Single-Hop Fact QA" },
    { prompt: "a1", kind: "rank", reward_mode: "T1.1 Global Cohesive Retrieval" },
    { prompt: "a2", kind: "other", reward_mode: "x" },
    { prompt: [{ role: "system", content: "be brief" }, { role: "user", content: "a3" }], kind: "qa", reward_mode: "EM" },
    { prompt: "a4", kind: "rank", reward_mode: "T1.2 Key-Snippet Retrieval" },
  ];
  await writeFile(join(dir, "d.jsonl"), rows.map((r) => JSON.stringify(r)).join("\n") + "\n");
});
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

const where = (kind: string) => ({ kind: "compare" as const, op: "==" as const, left: { kind: "field" as const, path: ["kind"] }, right: { kind: "literal" as const, value: kind } });
const tasks: TaskSpec[] = [
  { name: "qa", label: "qa", source: "d", where: where("qa"), reward: { kind: "output" } },
  { name: "rank", label: "rank", source: "d", where: where("rank"), reward: { kind: "output" },
    labelExpr: { kind: "call", fn: "task_label", args: [{ kind: "field", path: ["reward_mode"] }] } },
];

function source() {
  return openSource(SourceConfig.parse({ name: "d", format: "jsonl", path: join(dir, "d.jsonl"), recordType: { kind: "record", fields: {}, open: true } }));
}

async function drain(s: Awaited<ReturnType<ReturnType<typeof promptSource>["open"]>>): Promise<TaskRecord[]> {
  const out: TaskRecord[] = [];
  for (let r = await s.next(); r; r = await s.next()) out.push(r);
  await s.close();
  return out;
}

describe("promptSource", () => {
  it("assigns tasks by where, labels by labelExpr, prompts as messages; drops unmatched records", async () => {
    const ps = promptSource(source(), tasks, "drop", await loadRegistry());
    const all = await drain(await ps.open({ epoch: 0, offset: 0 }));
    expect(all.map((r) => [r.task, r.label, r.ref.row])).toEqual([
      ["qa", "qa", 1], ["rank", "NDCG", 2], ["qa", "qa", 4], ["rank", "NDCG", 5],
    ]);
    expect(all[2].messages).toEqual([{ role: "system", content: "be brief" }, { role: "user", content: "a3" }]);
    expect(all[0].messages).toEqual([{ role: "user", content: "a0" }]);
  });

  it("a cursor skips exactly the records taken before", async () => {
    const ps = promptSource(source(), tasks, "drop", await loadRegistry());
    const all = await drain(await ps.open({ epoch: 0, offset: 0 }));
    const rest = await drain(await ps.open({ epoch: 0, offset: 2 }));
    expect(rest.map((r) => r.ref.row)).toEqual(all.slice(2).map((r) => r.ref.row));
  });

  it("unmatched: error stops at the record no task takes, naming file and line", async () => {
    const ps = promptSource(source(), tasks, "error", await loadRegistry());
    await expect(drain(await ps.open({ epoch: 0, offset: 0 }))).rejects.toThrow(/d\.jsonl:3: no task takes this record/);
  });
});

describe("overlong penalty", () => {
  const o = { bufferTokens: 20, penaltyFactor: 1, maxResponseTokens: 100 };
  const sample = (len: number) => ({ text: "", tokens: new Int32Array(len), finishReason: "stop" as const });
  it("is 0 up to max − buffer, then falls linearly to −factor at max", () => {
    expect(overlongPenalty(sample(70), o)).toBe(0);
    expect(Math.abs(overlongPenalty(sample(80), o))).toBe(0);
    expect(overlongPenalty(sample(90), o)).toBeCloseTo(-0.5, 12);
    expect(overlongPenalty(sample(100), o)).toBeCloseTo(-1, 12);
    expect(overlongPenalty(sample(90), { ...o, penaltyFactor: 0.5 })).toBeCloseTo(-0.25, 12);
  });
  it("counts tokens with the tokenizer when the engine gave none, and says so when it cannot", () => {
    expect(overlongPenalty({ text: "x", finishReason: "stop" }, o, () => new Int32Array(95))).toBeCloseTo(-0.75, 12);
    expect(() => overlongPenalty({ text: "x", finishReason: "stop" }, o)).toThrow(/needs response lengths in tokens/);
  });
});
