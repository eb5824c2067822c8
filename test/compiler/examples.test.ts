// Every example checks clean; its graph (JSON, dot, Mermaid) matches the golden files in
// test/compiler/golden/ (GOLONG_UPDATE_GOLDEN=1 rewrites them; review the diff like code).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { printDot, printMermaid, type Graph } from "../../compiler/index.js";
import { codes, compileExample, compileText, rendered } from "./helpers.js";

const EXAMPLES = ["golongrl-4b-tmn", "golongrl-4b-grpo", "golongrl-30b-grpo", "quickstart"];
const UPDATE = process.env.GOLONG_UPDATE_GOLDEN === "1";
const GOLDEN = "test/compiler/golden";

function golden(file: string, actual: string): void {
  const path = `${GOLDEN}/${file}`;
  if (UPDATE || !existsSync(path)) {
    if (!UPDATE) throw new Error(`${path} is missing: run with GOLONG_UPDATE_GOLDEN=1 to write it`);
    mkdirSync(GOLDEN, { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  expect(actual).toBe(readFileSync(path, "utf8"));
}

describe.each(EXAMPLES)("examples/%s.golong", (name) => {
  const c = compileExample(`${name}.golong`);
  test("checks clean", () => {
    expect(rendered(c)).toBe("");
    expect(c.graph).toBeDefined();
  });
  test("graph matches the golden JSON, dot and Mermaid", () => {
    const g = c.graph as Graph;
    golden(`${name}.graph.json`, JSON.stringify(g, null, 2) + "\n");
    golden(`${name}.dot`, printDot(g));
    golden(`${name}.mmd`, printMermaid(g));
  });
});

test("the 4B TMN graph has every stage with the launch's settings", () => {
  const g = compileExample("golongrl-4b-tmn.golong").graph!;
  const byKind = (k: string) => g.nodes.find((n) => n.kind === k)!.config as Record<string, unknown>;
  expect(g.nodes.map((n) => n.kind)).toEqual(expect.arrayContaining(["source", "filter", "rollout", "verify", "gate", "dynamic_sampling", "advantage", "update", "sync_weights", "eval", "checkpoint"]));
  expect(byKind("advantage")).toMatchObject({ estimator: "tmn_grpo", difficultyReweight: true, smoothAlpha: 0.8 });
  expect(byKind("dynamic_sampling")).toEqual({ metric: "score", keep: "nonzero_std", maxGenBatches: 32 });
  expect(byKind("rollout")).toMatchObject({ engine: "sglang", mode: "async", n: 16, tp: 8, maxPromptTokens: 163_840, maxResponseTokens: 16_384, truncation: "left", val: { n: 1, temperature: 0.6, topP: 0.95, topK: -1 } });
  expect(byKind("update")).toMatchObject({ lr: 2e-6, warmupSteps: 5, clipLow: 0.2, clipHigh: 0.28, dualClip: 3, kl: null, maxTokensPerGpu: 22_528 });
  expect(byKind("filter").tasks).toHaveLength(9);
  expect(g.train).toMatchObject({ promptsPerStep: 128, genPromptsPerStep: 512, miniBatch: 128, epochs: 10 });
  expect(g.cluster).toMatchObject({ nodes: 16, gpusPerNode: 8, actor: { tp: 8, cp: 8, pp: 1 } });
});

test("the GoLongRL preset labels records as the reference's TMN does", () => {
  const g = compileExample("golongrl-4b-tmn.golong").graph!;
  const tasks = (g.nodes.find((n) => n.kind === "filter")!.config as { tasks: { name: string; labelExpr?: unknown; where: unknown }[] }).tasks;
  const ranking = tasks.find((t) => t.name === "ranking")!;
  expect(ranking.labelExpr).toEqual({ kind: "call", fn: "task_label", args: [{ kind: "field", path: ["extra_info", "reward_mode"] }] });
  expect(ranking.where).toEqual({ kind: "in", value: { kind: "field", path: ["extra_info", "reward_mode"] }, set: ["T1.1 Global Cohesive Retrieval", "T1.2 Key-Snippet Retrieval"] });
});

test("without the environment the GoLongRL examples name each unset variable", () => {
  const c = compileExample("golongrl-4b-tmn.golong", [], {});
  expect(new Set(codes(c))).toEqual(new Set(["GL0601"]));
  expect(c.diagnostics.map((d) => d.message)).toContain("environment variable `LLM` is not set");
});

test.each(["design-golongrl-4b-tmn", "design-quickstart"])("DESIGN.md's sketch %s checks as written there", (name) => {
  const c = compileText(readFileSync(`test/compiler/sketches/${name}.golong`, "utf8"));
  // The 4B sketch declares `val` but elides the eval block: a warning, not an error.
  expect(c.diagnostics.map((d) => `${d.severity} ${d.code}`)).toEqual(name === "design-quickstart" ? [] : ["warning GL0610"]);
  expect(c.graph).toBeDefined();
});

test("synthetic capabilities are checked by name", () => {
  const text = readFileSync("examples/quickstart.golong", "utf8").replace(/capabilities: all, (context: \d+ tokens, count: 20k)/, "capabilities: [ranking, summarisation], $1");
  const c = compileText(text);
  expect(codes(c)).toEqual(["GL0608"]);
  expect(c.diagnostics[0].help).toBe("did you mean `summarization`?");
});

test("warmup supervised lowers its lr schedule, batch and record count to the IR, with defaults", () => {
  const base = readFileSync("examples/quickstart.golong", "utf8");
  const withWarmup = (block: string) => compileText(base.replace(/^warmup supervised \{[^}]*\}/m, block));
  const full = withWarmup("warmup supervised { steps: 10, lr: 1e-3, batch: 16, schedule: cosine, lr_warmup: 5 steps, min_lr: 0.2, prompt_loss: 0.5, records: 100, beta2: 0.98 }");
  expect(codes(full)).toEqual([]);
  expect((full.graph as Graph).warmup).toEqual({
    kind: "supervised", steps: 10, lr: 1e-3, batch: 16, schedule: "cosine", lrWarmupSteps: 5, minLrRatio: 0.2, promptLossWeight: 0.5, records: 100, beta2: 0.98,
  });
  const plain = withWarmup("warmup supervised { steps: 10, lr: 1e-3 }");
  expect((plain.graph as Graph).warmup).toEqual({
    kind: "supervised", steps: 10, lr: 1e-3, batch: 32, schedule: "constant", lrWarmupSteps: 0, minLrRatio: 0.1, promptLossWeight: 0, records: 4096, beta2: 0.999,
  });
  expect(codes(withWarmup("warmup supervised { steps: 10, lr: 1e-3, schedule: cosin }")).length).toBe(1);
});
