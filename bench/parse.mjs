// bench/parse.mjs — front-end speed (build first): parse and check of the examples and of generated
// recipes of 100 to 10,000 tasks, in ms per 1,000 lines (target <= 100 ms warm); then the cold start
// of `golongc check` (target < 0.5 s) and what each import costs.
import { readdirSync, readFileSync } from "node:fs";
import { cpus } from "node:os";
import { execa } from "execa";
import { parseRecipe } from "../dist/grammar/index.js";
import { createSourceFile, DiagnosticBag } from "../dist/diagnostics/index.js";
import { quantile } from "./lib/timing.mjs";

const root = new URL("..", import.meta.url).pathname;
const TARGET_MS_PER_KLINE = 100;
const TARGET_COLD_MS = 500;

const fmt = (ms) => (ms >= 100 ? ms.toFixed(0) : ms >= 1 ? ms.toFixed(2) : ms.toFixed(3)) + " ms";

function time(fn, { minRuns = 5, minMs = 300, warmup = 2 } = {}) {
  for (let i = 0; i < warmup; i++) fn();
  const runs = [];
  const start = performance.now();
  while (runs.length < minRuns || performance.now() - start < minMs) {
    const t0 = performance.now();
    fn();
    runs.push(performance.now() - t0);
    if (runs.length >= 200) break;
  }
  return { median: quantile(runs, 0.5), p95: quantile(runs, 0.95), n: runs.length };
}

function report(what, lines, t) {
  const perK = (t.median / lines) * 1000;
  console.log(`${what.padEnd(44)} lines=${String(lines).padStart(6)}  runs=${String(t.n).padStart(3)}  median ${fmt(t.median).padStart(10)}  p95 ${fmt(t.p95).padStart(10)}  ` +
    `${fmt(perK).padStart(9)}/1k lines  ${Math.round(lines / (t.median / 1000)).toLocaleString("en")} lines/s  ×${(TARGET_MS_PER_KLINE / perK).toFixed(1)} vs target`);
}

/** A GoLongRL-shaped recipe with `n` tasks (4 lines each). */
function generated(n) {
  const out = ["recipe generated", "import std.golongrl", "", "model policy {", '  path: env("LLM")', "  max_context: 176k tokens", "}",
    'source train = parquet(env("TRAIN_FILE")) : GoLongRecord', ""];
  for (let i = 0; i < n; i++) {
    out.push(`task t${i} {`, `  from train where reward_mode in ["m${i}", "m${i + 1}"] and data_source != "x${i}"`,
      `  reward ndcg(answer_lines(output), truth.doc_ids)`, "}");
  }
  out.push("rollout { engine: sglang, n: 16, temperature: 1.0, max_prompt: 160k tokens, max_response: 16k tokens }",
    "advantage tmn_grpo { difficulty_reweight: true, smooth_alpha: 0.8 }",
    "update ppo { lr: 2e-6, clip: [0.2, 0.28], loss_agg: token_mean, kl: off }",
    "train { prompts_per_step: 128, gen_prompts_per_step: 512, mini_batch: 128, epochs: 10 }", "");
  return out.join("\n");
}

const parseOnly = (path, text) => () => {
  const file = createSourceFile(path, text);
  const bag = new DiagnosticBag(file);
  parseRecipe(file, bag);
  return bag;
};

let check;
try {
  const compiler = await import("../dist/compiler/index.js");
  const { fsHost } = await import("../dist/cli/host.js");
  const env = { LLM: "/m", TRAIN_FILE: "/d/train.parquet", TEST_FILE: "/d/test.parquet", WORK_DIR: "/w", TIMESTAMP: "0" };
  const host = fsHost({ env: (n) => env[n] });
  if (typeof compiler.checkRecipeText === "function") check = (path, text) => () => compiler.checkRecipeText(path, text, host);
} catch { /* compiler not built: parse only */ }

console.log(`node ${process.version} · ${cpus().length} cores · ${cpus()[0]?.model ?? "unknown CPU"}`);

const inputs = [];
for (const f of readdirSync(`${root}examples`).filter((x) => x.endsWith(".golong")).sort()) {
  inputs.push({ what: `examples/${f}`, path: `${root}examples/${f}`, text: readFileSync(`${root}examples/${f}`, "utf8") });
}
for (const n of [100, 1000, 10000]) inputs.push({ what: `generated, ${n.toLocaleString("en")} tasks`, path: `${root}generated.golong`, text: generated(n) });

for (const { what, path, text } of inputs) {
  const lines = text.split("\n").length;
  const big = lines > 10000;
  report(`parse  ${what}`, lines, time(parseOnly(path, text), big ? { minRuns: 3, minMs: 0, warmup: 1 } : undefined));
  if (check) report(`check  ${what}`, lines, time(check(path, text), big ? { minRuns: 3, minMs: 0, warmup: 1 } : undefined));
}

// Cold start: a fresh node each time, as a user runs it.
async function cold(args, runs = 7) {
  const ms = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await execa("node", args, { cwd: root, reject: false, env: { LLM: "/m", TRAIN_FILE: "/d/t.parquet", TEST_FILE: "/d/v.parquet", NO_COLOR: "1" } });
    ms.push(performance.now() - t0);
  }
  return { median: quantile(ms, 0.5), p95: quantile(ms, 0.95), n: runs };
}

const coldCheck = await cold(["bin/golongc.mjs", "check", "examples/quickstart.golong"]);
console.log(`cold   golongc check examples/quickstart.golong     runs=${coldCheck.n}  median ${fmt(coldCheck.median)}  p95 ${fmt(coldCheck.p95)}  ×${(TARGET_COLD_MS / coldCheck.median).toFixed(2)} vs the ${TARGET_COLD_MS} ms target`);

// What the cold start is made of: node itself, then each import on its own (each includes node).
const base = await cold(["-e", "0"]);
console.log(`cold   node -e 0 (baseline)                          runs=${base.n}  median ${fmt(base.median)}`);
for (const mod of ["chevrotain", "./node_modules/chevrotain/lib/chevrotain.mjs", "zod", "./dist/grammar/index.js", "./dist/stdlib/index.js", "./dist/compiler/index.js", "./dist/cli/commands/check.js"]) {
  const t = await cold(["--input-type=module", "-e", `await import(${JSON.stringify(mod)})`], 5);
  console.log(`import ${mod.padEnd(44)} runs=${t.n}  median ${fmt(t.median)}  (+${fmt(t.median - base.median)} over node)`);
}
