// bench/runtime-io.mjs — the runtime's I/O side (build first): the verification pool scoring the
// GoLongRL reward mix (golden rewards.jsonl) inline and in workers at several batch sizes, against
// reference/perf.md; the JSONL and parquet readers reading and validating GoLongRL records.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { parquetWriteBuffer } from "hyparquet-writer";
import { createVerifier } from "../dist/runtime/verify/index.js";
import { openSource } from "../dist/runtime/data/index.js";
import { quantile } from "./lib/timing.mjs";

const GOLDEN = new URL("../test/data/golden/rewards.jsonl", import.meta.url);
const fmtMs = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`);

function line(what, n, times, unit, refPerSec) {
  const med = quantile(times, 0.5);
  const rate = (n / med) * 1000;
  const ratio = refPerSec ? `  ×${(rate / refPerSec).toFixed(1)} vs reference (${refPerSec} ${unit})` : "";
  console.log(`${what.padEnd(46)} n=${String(n).padEnd(6)} median ${fmtMs(med).padEnd(9)} p95 ${fmtMs(quantile(times, 0.95)).padEnd(9)} ${rate.toFixed(0).padStart(8)} ${unit}${ratio}`);
}

async function repeat(fn, runs) {
  await fn(); // warm-up (workers start, modules load)
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return times;
}

console.log(`node ${process.version} · ${cpus()[0]?.model ?? "cpu"} · ${cpus().length} cores`);

// ---- verification pool -----------------------------------------------------------------------
const rows = readFileSync(GOLDEN, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
const items = rows.map((r) => ({
  task: "preset",
  record: { data_source: r.data_source, reward_model: { ground_truth: r.ground_truth }, extra_info: r.extra_info ?? null },
  output: r.solution_str,
}));
const field = (...path) => ({ kind: "field", path });
const config = {
  timeLimitMs: 10_000, workers: 0, overlong: null,
  tasks: [{ name: "preset", label: "preset", source: "train", where: null,
    reward: { kind: "call", fn: "golongrl_reward", args: [field("data_source"), { kind: "output" }, field("reward_model", "ground_truth"), field("extra_info")] } }],
};
// perf.md: the reference's full dispatch, 1,000-1,150 rewards/s in one process, 2,490 in two.
const REF_ONE = 1075, REF_TWO = 2490;
const cases = [["inline (main thread)", 0, 64, REF_ONE], ["1 worker, batches of 64", 1, 64, REF_ONE], ["2 workers, batches of 1", 2, 1, REF_TWO],
  ["2 workers, batches of 16", 2, 16, REF_TWO], ["2 workers, batches of 64", 2, 64, REF_TWO]];
for (const [what, workers, batchSize, ref] of cases) {
  const v = await createVerifier(config, { workers, batchSize });
  const times = await repeat(() => v.score(items), 10);
  await v.close();
  line(`verify golongrl_reward, ${what}`, items.length, times, "rewards/s", ref);
}

// ---- data readers ----------------------------------------------------------------------------
const N = 20_000;
const modes = ["ndcg", "em", "summary", "multi_choice"];
const records = Array.from({ length: N }, (_, i) => ({
  data_source: `longbench_${modes[i % 4]}`,
  prompt: [{ role: "user", content: `Question ${i}: ${"lorem ipsum ".repeat(40)}` }],
  ability: "long_context",
  reward_model: { ground_truth: { doc_ids: [`d${i}`, `d${i + 1}`], golden_label: [`A${i % 4}`], summary: i % 2 ? "en" : "zh" }, style: "rule" },
  extra_info: { index: i, reward_mode: modes[i % 4] },
}));
const recordType = { kind: "record", name: "GoLongRecord", fields: {
  data_source: { kind: "text" }, prompt: { kind: "messages" }, ability: { kind: "text" },
  reward_model: { kind: "record", fields: { ground_truth: { kind: "record", fields: { doc_ids: { kind: "list", of: { kind: "text" } }, golden_label: { kind: "list", of: { kind: "text" } }, summary: { kind: "text" } } } } },
  extra_info: { kind: "record", fields: { index: { kind: "number" }, reward_mode: { kind: "text" } } },
} };
const dir = mkdtempSync(join(tmpdir(), "golong-bench-io-"));
writeFileSync(join(dir, "train.jsonl"), records.map((r) => JSON.stringify(r) + "\n").join(""));
const str = (name) => ({ name, type: "BYTE_ARRAY", converted_type: "UTF8", repetition_type: "OPTIONAL" });
const listOf = (name, element) => [{ name, repetition_type: "OPTIONAL", converted_type: "LIST", num_children: 1 }, { name: "list", repetition_type: "REPEATED", num_children: 1 }, ...element];
const schema = [
  { name: "root", num_children: 5 }, str("data_source"),
  ...listOf("prompt", [{ name: "element", repetition_type: "OPTIONAL", num_children: 2 }, str("role"), str("content")]),
  str("ability"),
  { name: "reward_model", repetition_type: "OPTIONAL", num_children: 2 }, { name: "ground_truth", repetition_type: "OPTIONAL", num_children: 3 },
  ...listOf("doc_ids", [str("element")]), ...listOf("golden_label", [str("element")]), str("summary"), str("style"),
  { name: "extra_info", repetition_type: "OPTIONAL", num_children: 2 }, { name: "index", type: "INT64", repetition_type: "OPTIONAL" }, str("reward_mode"),
];
const prepared = records.map((r) => ({ ...r, extra_info: { ...r.extra_info, index: BigInt(r.extra_info.index) } }));
writeFileSync(join(dir, "train.parquet"), new Uint8Array(parquetWriteBuffer({
  columnData: ["data_source", "prompt", "ability", "reward_model", "extra_info"].map((name) => ({ name, data: prepared.map((r) => r[name]) })),
  schema, rowGroupSize: 2_000,
})));
for (const [format, shuffle] of [["jsonl", null], ["jsonl", { seed: 1 }], ["parquet", null], ["parquet", { seed: 1 }]]) {
  const src = openSource({ name: "train", format, path: join(dir, `train.${format}`), recordType, promptField: "prompt", shuffle, onBadRecord: "stop" });
  const times = await repeat(async () => { let n = 0; for await (const _ of src.records()) n++; if (n !== N) throw new Error(`read ${n} of ${N}`); }, 3);
  line(`read + validate ${format}${shuffle ? ", shuffled" : ""}`, N, times, "records/s");
}
rmSync(dir, { recursive: true, force: true });
