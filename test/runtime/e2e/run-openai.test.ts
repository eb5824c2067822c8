// `golongc run` end to end, in-process, against a real HTTP server on 127.0.0.1 speaking OpenAI
// chat/completions: three task types, the think gate, several steps; metrics.jsonl is checked against
// advantages and per-task metrics recomputed here from the rollout files. Engine faults (server down,
// 500s, timeouts, malformed JSON) are retried, then reported with exit 1, never a hang.
import { mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../../cli/main.js";
import { fakeIo } from "../../helpers/fake-io.js";
import { computeAdvantages } from "../../../stdlib/advantage/index.js";
import { startServer, type FakeServer } from "./openai-server.js";
import { writeFixture } from "./fixture.js";
import { referenceTaskMetrics } from "../core/reference-metrics.js";

let server: FakeServer;
let root: string;
beforeAll(async () => {
  server = await startServer();
  root = await mkdtemp(join(tmpdir(), "golong-e2e-"));
});
afterAll(async () => {
  await server.close();
  await rm(root, { recursive: true, force: true });
});

async function readJsonl(path: string): Promise<Record<string, any>[]> {
  return (await readFile(path, "utf8")).split("\n").filter(Boolean).map((l) => JSON.parse(l));
}

describe("golongc run against an OpenAI-compatible server", () => {
  it("trains several steps over three task types; metrics.jsonl matches recomputed advantages and task metrics", async () => {
    const dir = join(root, "ok");
    const graph = await writeFixture(dir, { endpoint: server.url, steps: 4, promptsPerStep: 6, genPromptsPerStep: 9, n: 4, dynamic: 3, evalEvery: 2, checkpointEvery: 2 });
    const io = fakeIo();
    const code = await runCli(["run", graph, "--run-dir", join(dir, "run"), "--dry-run"], io);
    expect(io.err).not.toMatch(/internal error/);
    expect(code).toBe(0);
    expect(JSON.parse(io.out)).toMatchObject({ steps: 4, finished: true });
    expect(io.err).toMatch(/step 4\/4 {2}reward/);
    expect(io.err).toMatch(/held-out reward/);

    const lines = await readJsonl(join(dir, "run", "metrics.jsonl"));
    expect(lines.map((l) => l.step)).toEqual([0, 1, 2, 3, 4]);
    const seenFlags = new Set<string>();
    for (const line of lines.slice(1)) {
      const rollouts = await readJsonl(join(dir, "run", "rollouts", `step-${String(line.step).padStart(6, "0")}.jsonl`));
      for (const r of rollouts) {
        r.flags.forEach((f: string) => seenFlags.add(f));
        // the score is what the server's response earns: gate first, then the task's metric
        if (!r.response.includes("</think>")) expect(r.score).toBe(0);
      }
      const used = rollouts.filter((r) => r.used);
      expect(used.length).toBe(line.dynamic_sampling.groups_used * 4);
      const scores = used.map((r) => r.score);
      const uids = used.map((r) => r.uid);
      const tasks = used.map((r) => r.task);
      const adv = computeAdvantages({ estimator: "tmn_grpo", difficultyReweight: true, smoothAlpha: 0.8 }, { scores, index: uids, taskLabels: tasks });
      used.forEach((r, i) => expect(r.advantage).toBeCloseTo(adv.advantages[i], 6));
      expect(line["difficulty/mean_pass_rate"]).toBeCloseTo(adv.metrics["difficulty/mean_pass_rate"], 6);
      const expected = referenceTaskMetrics(scores, uids, tasks);
      expect(Object.keys(line.tasks).sort()).toEqual(Object.keys(expected).sort());
      for (const [task, m] of Object.entries(expected)) {
        for (const [k, v] of Object.entries(m)) expect(Math.abs(line.tasks[task][k] - v)).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(v)));
      }
      expect(line.reward_mean).toBeCloseTo(scores.reduce((a, b) => a + b, 0) / scores.length, 6);
      expect(line.response_quality["response_quality/word_count/mean"]).toBeGreaterThan(0);
      // dynamic sampling: every used group has spread
      const byUid = new Map<string, number[]>();
      used.forEach((r) => byUid.set(r.uid, [...(byUid.get(r.uid) ?? []), r.score]));
      for (const s of byUid.values()) expect(new Set(s).size).toBeGreaterThan(1);
      // the dry-run trainer wrote the batch it was given, advantages included
      const batch = await readJsonl(join(dir, "run", "batches", `step-${String(line.step).padStart(6, "0")}.jsonl`));
      expect(batch.length).toBe(used.length);
    }
    expect(seenFlags.has("gated")).toBe(true);
    expect(Object.keys(lines[0].val_tasks).sort()).toEqual(["lookup", "ranking", "summary"]);
    expect(lines[4].val_reward_mean).toBeTypeOf("number");
    expect((await readdir(join(dir, "run", "checkpoints"))).sort()).toEqual(["step-000002", "step-000004"]);
    const state = JSON.parse(await readFile(join(dir, "run", "state.json"), "utf8"));
    expect(state).toMatchObject({ step: 4, finished: true, checkpoint: "checkpoints/step-000004" });

    // golongc stats --run recomputes every step from the rollouts and agrees with metrics.jsonl...
    const sio = fakeIo();
    expect(await runCli(["stats", "--run", join(dir, "run")], sio)).toBe(0);
    const recomputed = sio.out.trim().split("\n").map((l) => JSON.parse(l));
    expect(recomputed.map((r) => r.step)).toEqual([1, 2, 3, 4]);
    for (const r of recomputed) {
      expect(r.differences).toEqual([]);
      expect(r.metrics.tasks).toEqual(lines[r.step].tasks);
    }
    // ...and reports a tampered line
    const tampered = lines.map((l) => (l.step === 2 ? { ...l, tasks: { ...l.tasks, lookup: { ...l.tasks.lookup, mean_reward: 0.123 } } } : l));
    await writeFile(join(dir, "run", "metrics.jsonl"), tampered.map((l) => JSON.stringify(l)).join("\n") + "\n");
    const tio = fakeIo();
    expect(await runCli(["stats", "--run", join(dir, "run")], tio)).toBe(1);
    expect(tio.err).toMatch(/1 step of .* disagree with metrics.jsonl: 2/);
    expect(JSON.parse(tio.out.split("\n")[1]).differences).toEqual([{ key: "tasks.lookup.mean_reward", logged: 0.123, recomputed: lines[2].tasks.lookup.mean_reward }]);
  });

  it("verifies in worker threads the same as inline", async () => {
    const a = join(root, "inline"), b = join(root, "workers");
    const opts = { endpoint: server.url, steps: 2, promptsPerStep: 6, n: 3, dynamic: null, evalEvery: null, checkpointEvery: null };
    const ga = await writeFixture(a, { ...opts, workers: 0 });
    const gb = await writeFixture(b, { ...opts, workers: 2 });
    expect(await runCli(["run", ga, "--run-dir", join(a, "run"), "--dry-run"], fakeIo())).toBe(0);
    expect(await runCli(["run", gb, "--run-dir", join(b, "run"), "--dry-run"], fakeIo())).toBe(0);
    for (const s of ["step-000001.jsonl", "step-000002.jsonl"]) {
      expect(await readJsonl(join(b, "run", "rollouts", s))).toEqual(await readJsonl(join(a, "run", "rollouts", s)));
    }
  });
});

describe("engine faults", () => {
  const opts = { steps: 2, promptsPerStep: 3, n: 2, dynamic: null, evalEvery: null, checkpointEvery: null, timeoutMs: 400, retries: 1 };

  it("server down: retried, then exit 1 naming the endpoint", async () => {
    const dir = join(root, "down");
    const graph = await writeFixture(dir, { ...opts, endpoint: "http://127.0.0.1:1/v1" });
    const io = fakeIo();
    expect(await runCli(["run", graph, "--run-dir", join(dir, "run"), "--dry-run"], io)).toBe(1);
    expect(io.err).toMatch(/error: rollout engine 'openai' failed: .*127\.0\.0\.1:1.*after 2 attempts: cannot reach/);
    expect(io.err).not.toMatch(/--resume/); // nothing completed, nothing to resume
  });

  it("a server that fails mid-run: exit 1 keeping the completed steps, then --resume finishes the run", async () => {
    const dir = join(root, "midrun");
    const graph = await writeFixture(dir, { ...opts, steps: 3, endpoint: server.url });
    // 3 prompts in chunks of 8: one request per prompt, so step 1 takes 3 requests
    server.fault = { kind: "status", status: 500, times: 1000, afterRequests: server.requests + 3 };
    const io = fakeIo();
    expect(await runCli(["run", graph, "--run-dir", join(dir, "run"), "--dry-run"], io)).toBe(1);
    expect(io.err).toMatch(/HTTP 500/);
    expect(io.err).toMatch(/keeps its 1 completed step; continue with --resume --run-dir .*midrun/);
    server.fault = { kind: "none" };
    const io2 = fakeIo();
    expect(await runCli(["run", graph, "--run-dir", join(dir, "run"), "--dry-run", "--resume"], io2)).toBe(0);
    expect(io2.err).toMatch(/resuming e2e after step 1/);
    const steps = (await readJsonl(join(dir, "run", "metrics.jsonl"))).map((l) => l.step);
    expect(steps).toEqual([1, 2, 3]);
  });

  it("a 500 is retried and the run goes on; persistent 500s exit 1", async () => {
    const dir = join(root, "500");
    const graph = await writeFixture(dir, { ...opts, endpoint: server.url });
    server.fault = { kind: "status", status: 500, times: 1 };
    const io = fakeIo();
    expect(await runCli(["run", graph, "--run-dir", join(dir, "run"), "--dry-run"], io)).toBe(0);
    expect(server.fault).toMatchObject({ times: 0 });
    server.fault = { kind: "status", status: 503, times: 1000 };
    const io2 = fakeIo();
    expect(await runCli(["run", graph, "--run-dir", join(dir, "run2"), "--dry-run"], io2)).toBe(1);
    expect(io2.err).toMatch(/HTTP 503/);
    server.fault = { kind: "none" };
  });

  it("a server that never answers: timeouts, then exit 1 (no hang)", async () => {
    const dir = join(root, "hang");
    const graph = await writeFixture(dir, { ...opts, endpoint: server.url });
    server.fault = { kind: "hang" };
    const io = fakeIo();
    const t0 = Date.now();
    expect(await runCli(["run", graph, "--run-dir", join(dir, "run"), "--dry-run"], io)).toBe(1);
    expect(Date.now() - t0).toBeLessThan(20_000);
    expect(io.err).toMatch(/no answer within 400 ms/);
    server.fault = { kind: "none" };
  });

  it("malformed JSON: retried, then exit 1 saying what came back", async () => {
    const dir = join(root, "malformed");
    const graph = await writeFixture(dir, { ...opts, endpoint: server.url });
    server.fault = { kind: "malformed" };
    const io = fakeIo();
    expect(await runCli(["run", graph, "--run-dir", join(dir, "run"), "--dry-run"], io)).toBe(1);
    expect(io.err).toMatch(/error: rollout engine 'openai' failed: .*(JSON|response)/);
    server.fault = { kind: "none" };
  });
});
