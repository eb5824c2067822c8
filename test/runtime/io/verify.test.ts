// The verification pool: worker-thread scores equal inline scores; a verifier past the time limit
// scores 0 with a `timeout` flag and does not hold up its batch; a throwing verifier scores 0 with
// `verifier_error`; gates zero a score and say which gate failed. Workers need the compiled
// worker (dist/), which `npm test` builds first.
import { afterAll, describe, expect, it } from "vitest";
import type { Expr, TaskSpec } from "../../../compiler/ir.js";
import { createVerifier, evaluateExpr, ExprError, type GateSpec, type Verifier, type VerifyConfig, type VerifyItem } from "../../../runtime/verify/index.js";

const registry = new URL("./fixtures/verify-registry.mjs", import.meta.url).href;

const out: Expr = { kind: "output" };
const field = (...path: string[]): Expr => ({ kind: "field", path });
const call = (fn: string, ...args: Expr[]): Expr => ({ kind: "call", fn, args });
const task = (name: string, reward: Expr): TaskSpec => ({ name, label: name, source: "train", where: null, reward });

const config = (timeLimitMs = 1_000): VerifyConfig => ({
  timeLimitMs, workers: 2, overlong: null,
  tasks: [
    task("qa", call("contains", out, field("truth"))),
    task("length", call("length_score", out)),
    task("broken", call("boom", out)),
    task("hangs", call("maybe_hang", out)),
    task("bool_reward", { kind: "compare", op: "==", left: out, right: field("truth") }),
    task("exits", call("exit_worker", out)),
  ],
});
const gates: GateSpec[] = [{ name: "think_format", expr: call("has_think", out) }];

const verifiers: Verifier[] = [];
afterAll(async () => { await Promise.all(verifiers.map((v) => v.close())); });
const make = async (...args: Parameters<typeof createVerifier>) => {
  const v = await createVerifier(...args);
  verifiers.push(v);
  return v;
};

function mixedItems(n: number): VerifyItem[] {
  const items: VerifyItem[] = [];
  for (let i = 0; i < n; i++) {
    const truth = `t${i % 7}`;
    const think = i % 5 === 0 ? "" : "<think>hm</think>";
    const kind = ["qa", "length", "broken", "bool_reward"][i % 4];
    items.push({ task: kind, record: { truth }, output: `${think}${i % 3 ? truth : "nothing"}${"!".repeat(i % 50)}` });
  }
  return items;
}

describe("verification pool", () => {
  it("scores in worker threads exactly as inline, in input order", async () => {
    const items = mixedItems(300);
    const inline = await make(config(), { workers: 0, registry, gates });
    const pooled = await make(config(), { workers: 2, registry, gates, batchSize: 16 });
    const a = await inline.score(items);
    const b = await pooled.score(items);
    expect(b).toEqual(a);
    // and the inline answers are the registry's own, item by item
    const qa = items.findIndex((it, i) => it.task === "qa" && i % 3 !== 0 && i % 5 !== 0);
    expect(a[qa]).toEqual({ score: 1, rawScore: 1, flags: [] });
  });

  it("zeroes a score when a gate fails and names the gate", async () => {
    const v = await make(config(), { workers: 0, registry, gates });
    const [ok, gated] = await v.score([
      { task: "qa", record: { truth: "x" }, output: "<think>a</think>x" },
      { task: "qa", record: { truth: "x" }, output: "x" },
    ]);
    expect(ok).toEqual({ score: 1, rawScore: 1, flags: [] });
    expect(gated).toEqual({ score: 0, rawScore: 1, flags: ["gated"], gatesFailed: ["think_format"] });
  });

  it("turns a throwing verifier into 0 and a verifier_error flag, in workers and inline", async () => {
    for (const workers of [0, 2]) {
      const v = await make(config(), { workers, registry });
      const [r] = await v.score([{ task: "broken", record: {}, output: "x" }]);
      expect(r).toEqual({ score: 0, rawScore: 0, flags: ["verifier_error"], error: "verifier exploded" });
    }
  });

  it("stops a verifier that never returns: score 0, timeout flag, and the rest of its batch still scored", async () => {
    const v = await make(config(300), { workers: 2, registry, gates: [] , batchSize: 8 });
    const items: VerifyItem[] = ["a", "b", "hang", "c", "d", "hang", "e"].map((o) => ({ task: "hangs", record: {}, output: o }));
    items.push({ task: "qa", record: { truth: "z" }, output: "zz" });
    const started = Date.now();
    const r = await v.score(items);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(r.map((x) => x.score)).toEqual([0.5, 0.5, 0, 0.5, 0.5, 0, 0.5, 1]);
    expect(r.map((x) => x.flags)).toEqual([[], [], ["timeout"], [], [], ["timeout"], [], []]);
    // the pool still works afterwards
    expect((await v.score([{ task: "hangs", record: {}, output: "fine" }]))[0].score).toBe(0.5);
  });

  it("scores 0 with a timeout flag when a verifier finishes but took longer than the limit (inline too)", async () => {
    const v = await make(config(50), { workers: 0, registry });
    const [slow, quick] = await v.score([
      { task: "hangs", record: {}, output: "slow:120" },
      { task: "hangs", record: {}, output: "slow:1" },
    ]);
    expect(slow).toEqual({ score: 0, rawScore: 0.5, flags: ["timeout"] });
    expect(quick).toEqual({ score: 0.5, rawScore: 0.5, flags: [] });
  });

  it("survives a verifier that ends its worker thread: that item is a verifier error, the rest are scored", async () => {
    const v = await make(config(), { workers: 2, registry, batchSize: 4 });
    const items: VerifyItem[] = ["a", "b", "exit", "c", "d", "e"].map((o) => ({ task: "exits", record: {}, output: o }));
    const r = await v.score(items);
    expect(r.slice(0, 2).map((x) => x.score)).toEqual([1, 1]);
    expect(r[2]).toMatchObject({ score: 0, flags: ["verifier_error"], error: expect.stringMatching(/verification worker failed/) });
    expect(r.map((x) => x.score)).toEqual([1, 1, 0, 1, 1, 1]);
    expect((await v.score([{ task: "exits", record: {}, output: "fine" }]))[0].score).toBe(1);
  });

  it("rejects an item whose task the recipe does not have", async () => {
    const v = await make(config(), { workers: 0, registry });
    await expect(v.score([{ task: "nope", record: {}, output: "" }])).rejects.toThrow(/no task named nope/);
  });

  it("loads the registry from the module a test names, and reports one without functions", async () => {
    await expect(createVerifier(config(), { workers: 0, registry: new URL("./fixtures/not-a-registry.mjs", import.meta.url).href })).rejects.toThrow(/exports neither `functions` nor `lookupFunction`/);
    await expect(createVerifier(config(), { workers: 2, registry: new URL("./fixtures/broken-registry.mjs", import.meta.url).href })).rejects.toThrow("registry broken at import");
  });
});

describe("evaluateExpr", () => {
  const lookup = () => undefined;
  const rec = { a: { b: [1, 2] }, mode: "ndcg", n: 3, big: 5n };
  it("reads fields, compares, tests membership and combines with logic", () => {
    expect(evaluateExpr(field("a", "b"), { record: rec }, lookup)).toEqual([1, 2]);
    expect(evaluateExpr(field("a", "missing", "x"), { record: rec }, lookup)).toBeUndefined();
    expect(evaluateExpr(field("big"), { record: rec }, lookup)).toBe(5);
    expect(evaluateExpr({ kind: "in", value: field("mode"), set: ["ndcg", "em"] }, { record: rec }, lookup)).toBe(true);
    expect(evaluateExpr({ kind: "in", value: field("mode"), set: ["em"], negate: true }, { record: rec }, lookup)).toBe(true);
    expect(evaluateExpr({ kind: "compare", op: ">=", left: field("n"), right: { kind: "literal", value: 3 } }, { record: rec }, lookup)).toBe(true);
    expect(evaluateExpr({ kind: "compare", op: "==", left: field("a", "b"), right: { kind: "literal", value: [1, 2] } }, { record: rec }, lookup)).toBe(true);
    expect(evaluateExpr({ kind: "logic", op: "and", args: [{ kind: "literal", value: true }, { kind: "logic", op: "not", args: [{ kind: "literal", value: false }] }] }, { record: rec }, lookup)).toBe(true);
  });
  it("refuses `output` in a filter, unknown functions and ordering unlike values", () => {
    expect(() => evaluateExpr(out, { record: rec }, lookup)).toThrow(ExprError);
    expect(() => evaluateExpr(call("nope"), { record: rec, output: "" }, lookup)).toThrow("unknown function nope");
    expect(() => evaluateExpr({ kind: "compare", op: "<", left: field("mode"), right: field("n") }, { record: rec }, lookup)).toThrow(/cannot order string and number/);
  });
});

describe("verification pool with the standard library", () => {
  it("scores with the stdlib's registry by default, in workers exactly as inline and as a direct call", async () => {
    const { functions } = await import("../../../stdlib/index.js");
    const { makeRow } = await import("./helpers/golong-records.js");
    const cfg: VerifyConfig = {
      timeLimitMs: 5_000, workers: 2, overlong: null,
      tasks: [
        task("retrieval", call("f1", call("answer_lines", out), field("reward_model", "ground_truth", "doc_ids"))),
        task("preset", call("golongrl_reward", field("data_source"), out, field("reward_model", "ground_truth"), field("extra_info"))),
      ],
    };
    const think: GateSpec[] = [{ name: "think_format", expr: call("think_format", out) }];
    const items: VerifyItem[] = [];
    for (let i = 0; i < 60; i++) {
      const record = makeRow(i) as unknown as Record<string, unknown>;
      const answer = i % 3 === 0 ? `d${i}\nd${i + 1}` : i % 3 === 1 ? `d${i}` : "nothing";
      const output = `${i % 4 ? "<think>ok</think>" : ""}[Answer]\n${answer}`;
      items.push({ task: i % 2 ? "retrieval" : "preset", record, output });
    }
    const inline = await make(cfg, { workers: 0, gates: think });
    const pooled = await make(cfg, { workers: 2, gates: think, batchSize: 7 });
    const a = await inline.score(items);
    expect(await pooled.score(items)).toEqual(a);
    const f1 = functions.get("f1")!.impl, lines = functions.get("answer_lines")!.impl;
    for (const [i, item] of items.entries()) {
      if (item.task !== "retrieval") continue;
      const direct = f1(lines(item.output), (item.record as any).reward_model.ground_truth.doc_ids) as number;
      expect(a[i].rawScore).toBe(direct);
      expect(a[i].score).toBe(i % 4 ? direct : 0);
    }
    expect(a.some((r) => r.score > 0 && r.score < 1)).toBe(true);
  });
});

describe("overlong penalty (DAPO)", () => {
  it("adds 0 up to max_response - buffer, then falls linearly to -factor at max_response", async () => {
    const cfg: VerifyConfig = { ...config(), overlong: { enabled: true, bufferTokens: 20, penaltyFactor: 1, log: false } };
    const v = await make(cfg, { workers: 0, registry, maxResponseTokens: 100 });
    const items = [50, 80, 90, 100].map((n) => ({ task: "qa", record: { truth: "x" }, output: "x", responseTokens: n }));
    const r = await v.score(items);
    expect(r.map((x) => x.overlongPenalty)).toEqual([0, 0, -0.5, -1]);
    expect(r.map((x) => x.score)).toEqual([1, 1, 0.5, 0]);
    expect(r[2].rawScore).toBe(1);
  });

  it("is applied only when the caller gives max_response, and then needs each response's length", async () => {
    const cfg: VerifyConfig = { ...config(), overlong: { enabled: true, bufferTokens: 20, penaltyFactor: 1, log: false } };
    const without = await make(cfg, { workers: 0, registry });
    expect(await without.score([{ task: "qa", record: { truth: "x" }, output: "x", responseTokens: 100 }])).toEqual([{ score: 1, rawScore: 1, flags: [] }]);
    const off = await make({ ...cfg, overlong: { ...cfg.overlong!, enabled: false } }, { workers: 0, registry, maxResponseTokens: 100 });
    expect(await off.score([{ task: "qa", record: { truth: "x" }, output: "x", responseTokens: 100 }])).toEqual([{ score: 1, rawScore: 1, flags: [] }]);
    const v = await make(cfg, { workers: 0, registry, maxResponseTokens: 100 });
    await expect(v.score([{ task: "qa", record: { truth: "x" }, output: "x" }])).rejects.toThrow(/item 0 \(task qa\) has no responseTokens/);
  });
});
