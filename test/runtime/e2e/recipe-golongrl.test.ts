// A .golong recipe end to end: `import std.golongrl`, `tasks golongrl.all`, the think gate, compiled by
// golongc and run against a 127.0.0.1 OpenAI-compatible server on GoLongRL-shaped JSONL records of
// four kinds (EM, selection, LongBench-Pro ranking and QA). Each score is checked against the
// reference's reward dispatch, each label against the LongBench-Pro table, the logged task metrics and
// advantages against a recomputation from the rollout files.
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../../cli/main.js";
import { fakeIo } from "../../helpers/fake-io.js";
import { golongrlReward, taskLabel } from "../../../stdlib/index.js";
import { computeAdvantages } from "../../../stdlib/advantage/index.js";
import { startServer, type FakeServer } from "./openai-server.js";
import { referenceTaskMetrics } from "../core/reference-metrics.js";

let server: FakeServer;
let dir: string;
beforeAll(async () => {
  server = await startServer();
  dir = await mkdtemp(join(tmpdir(), "golong-recipe-"));
});
afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

function record(i: number): Record<string, unknown> {
  const kind = i % 4;
  const user = (q: string, answer: string) => [{ role: "user", content: `Document set ${i}. ${q} ANSWER:${answer}` }];
  if (kind === 0) {
    return { data_source: "EM", prompt: user("Which value?", `value ${i % 5}`), reward_model: { ground_truth: { golden_label: `value ${i % 5}` } }, extra_info: { reward_mode: "EM", index: i } };
  }
  if (kind === 1) {
    const letter = "ABCD"[i % 4];
    return { data_source: "selection", prompt: user("Pick one.", `The correct answer is (${letter})`), reward_model: { ground_truth: { golden_label: letter } }, extra_info: { reward_mode: "selection", index: i } };
  }
  if (kind === 2) {
    const ids = [`[${i % 7}]`, `[${(i + 3) % 7}]`, `[${(i + 5) % 7}]`];
    return { data_source: "longbench_pro", prompt: user("Rank the documents.", ["[Answer]", ...ids].join("|")),
      reward_model: { ground_truth: { doc_ids: ids, summary: "English" } }, extra_info: { reward_mode: "T1.1 Global Cohesive Retrieval", index: i } };
  }
  return { data_source: "longbench_pro", prompt: user("Where?", `[Answer]|city ${i % 3}`),
    reward_model: { ground_truth: { doc_ids: [`city ${i % 3}`], summary: "English" } }, extra_info: { reward_mode: "T3.2 Single-Hop Fact QA", index: i } };
}

const recipe = (endpoint: string) => `recipe e2e_golongrl
import std.golongrl

model policy { path: "fake-model", max_context: 8k tokens }
source train = jsonl("train.jsonl") : GoLongRecord
source val   = jsonl("val.jsonl") : GoLongRecord
tasks golongrl.all from train
gate think_format

rollout {
  engine: openai, endpoint: "${endpoint}", model_name: "fake-model"
  n: 4, temperature: 1.0, top_p: 1.0
  max_prompt: 4k tokens, max_response: 1k tokens
  timeout: 5s, retries: 1
  val { n: 2, temperature: 0.6, top_p: 0.95, top_k: -1 }
}
sampling dynamic { keep_groups_with: nonzero_std(score), max_gen_batches: 3 }
advantage tmn_grpo { difficulty_reweight: true, smooth_alpha: 0.8 }
update ppo { lr: 1e-6, clip: [0.2, 0.28], loss_agg: token_mean }
train { prompts_per_step: 6, gen_prompts_per_step: 9, mini_batch: 8, steps: 3, save_every: 2 steps }
eval { on: val, every: 2 steps }
`;

describe("golongc run RECIPE.golong", () => {
  it("compiles the GoLongRL preset and trains with the reference reward dispatch and labels", async () => {
    const train = Array.from({ length: 40 }, (_, i) => record(i));
    await writeFile(join(dir, "train.jsonl"), train.map((r) => JSON.stringify(r)).join("\n") + "\n");
    await writeFile(join(dir, "val.jsonl"), Array.from({ length: 8 }, (_, i) => JSON.stringify(record(100 + i))).join("\n") + "\n");
    await writeFile(join(dir, "r.golong"), recipe(server.url));
    const io = fakeIo();
    const code = await runCli(["run", join(dir, "r.golong"), "--run-dir", join(dir, "run"), "--dry-run"], io);
    expect(io.err).not.toMatch(/internal error/);
    expect(code, io.err).toBe(0);
    expect(await readFile(join(dir, "run", "recipe.golong"), "utf8")).toBe(recipe(server.url));

    const metrics = (await readFile(join(dir, "run", "metrics.jsonl"), "utf8")).trim().split("\n").map((l) => JSON.parse(l));
    expect(metrics.map((m) => m.step)).toEqual([0, 1, 2, 3]);
    const seenTasks = new Set<string>();
    for (const line of metrics.slice(1)) {
      const rollouts = (await readFile(join(dir, "run", "rollouts", `step-00000${line.step}.jsonl`), "utf8")).trim().split("\n").map((l) => JSON.parse(l));
      for (const r of rollouts) {
        // JSONL rows are 1-based lines
        const rec = train[r.prompt.row - 1] as { data_source: string; reward_model: { ground_truth: unknown }; extra_info: { reward_mode: string } };
        expect(r.score).toBe(golongrlReward(rec.data_source, r.response, rec.reward_model.ground_truth as never, rec.extra_info as never));
        expect(r.label).toBe(taskLabel(rec.extra_info.reward_mode));
        seenTasks.add(r.task);
      }
      const used = rollouts.filter((r) => r.used);
      const scores = used.map((r) => r.score), uids = used.map((r) => r.uid);
      const adv = computeAdvantages({ estimator: "tmn_grpo", difficultyReweight: true, smoothAlpha: 0.8 }, { scores, index: uids, taskLabels: used.map((r) => r.label) });
      used.forEach((r, i) => expect(r.advantage).toBeCloseTo(adv.advantages[i], 6));
      const expected = referenceTaskMetrics(scores, uids, used.map((r) => r.task));
      for (const [task, m] of Object.entries(expected)) {
        for (const [k, v] of Object.entries(m)) expect(Math.abs(line.tasks[task][k] - v)).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(v)));
      }
      // per-record labels (NDCG, Accuracy, EM, selection) get the reference's reward_mode metrics too
      const byLabel = referenceTaskMetrics(scores, uids, used.map((r) => r.label));
      expect(Object.keys(line.labels).sort()).toEqual(Object.keys(byLabel).sort());
      for (const [label, m] of Object.entries(byLabel)) {
        for (const [k, v] of Object.entries(m)) expect(Math.abs(line.labels[label][k] - v)).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(v)));
      }
    }
    expect([...seenTasks].sort()).toEqual(["comprehension", "precise_retrieval", "ranking"]);
    expect(metrics[2].val_reward_mean).toBeTypeOf("number");
  });

  it("a recipe with errors is exit 1 with rendered diagnostics, and nothing is run", async () => {
    await writeFile(join(dir, "bad.golong"), recipe(server.url).replace("n: 4,", "n: -4,"));
    const io = fakeIo();
    const before = server.requests;
    expect(await runCli(["run", join(dir, "bad.golong"), "--run-dir", join(dir, "bad-run")], io)).toBe(1);
    expect(io.err).toMatch(/error\[GL\d{4}\]/);
    expect(io.err).toMatch(/bad\.golong:\d+:\d+/);
    expect(server.requests).toBe(before);
  });

  it("--set overrides a field like the file does", async () => {
    const io = fakeIo();
    expect(await runCli(["run", join(dir, "r.golong"), "--run-dir", join(dir, "set-run"), "--dry-run", "--set", "rollout.n=2", "--set", "train.mini_batch=4", "--set", "train.steps=1"], io)).toBe(0);
    const graph = JSON.parse(await readFile(join(dir, "set-run", "graph.json"), "utf8"));
    expect(graph.nodes.find((n: { kind: string }) => n.kind === "rollout").config.n).toBe(2);
    const first = (await readFile(join(dir, "set-run", "rollouts", "step-000001.jsonl"), "utf8")).trim().split("\n").map((l) => JSON.parse(l));
    expect(first.filter((r) => r.uid === first[0].uid).length).toBe(2);
    expect(JSON.parse(io.out)).toMatchObject({ steps: 1 });
  });
});
