// bench/metrics.mjs — speed of the stdlib's metrics and of the GoLongRL reward mix, against the
// reference's figures in shared/reference/perf.md. Build first: npx tsc -p tsconfig.build.json.
// Prints one line per case: what, n, median and p95 per case, throughput, ratio vs the reference.
import { readFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { isMainThread } from "node:worker_threads";
import { goldenMetrics, golongrlReward, functions } from "../dist/stdlib/index.js";
import { fmtUs, measure, quantile } from "./lib/timing.mjs";

const GOLDEN = new URL("../test/data/golden/", import.meta.url);
const readJsonl = (f) => readFileSync(new URL(f, GOLDEN), "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));

/** Piscina worker entry. `{ from, to }` scores rows [from, to) of the reward file; `{ metric, reps }`
 *  scores the golden cases of one metric (or one realistic case, `realistic: what`) `reps` times.
 *  Returns how many cases it scored. Inputs are built in the worker, never sent. */
let workerRows;
const workerCases = new Map();
export default function scoreChunk(job) {
  if (job.metric !== undefined) {
    let cases = workerCases.get(job.metric);
    if (!cases) { cases = job.realistic ? realisticCase(job.metric) : goldenCases(job.metric); workerCases.set(job.metric, cases); }
    const { score, inputs } = cases;
    for (let k = 0; k < job.reps; k++) for (const input of inputs) score(input);
    return job.reps * inputs.length;
  }
  workerRows ??= readJsonl("rewards.jsonl");
  let n = 0;
  for (let i = job.from; i < job.to; i++) {
    const r = workerRows[i];
    try { golongrlReward(r.data_source, r.solution_str, r.ground_truth, r.extra_info ?? null); } catch { /* counted anyway */ }
    n++;
  }
  return n;
}

/** The golden cases of one metric, in the form the reference's function receives them. */
let metricRows;
function goldenCases(name) {
  const m = goldenMetrics.get(name);
  metricRows ??= readJsonl("metrics.jsonl");
  const inputs = metricRows.filter((r) => r.metric === name).map((r) => {
    const input = m.input.parse(r);
    return m.prepare ? m.prepare(input, JSON.stringify(r)) : input;
  });
  return { score: (i) => m.score(i), inputs };
}

// perf.md, µs per case of the reference (midpoints of its ranges).
const REF_US = { em: 0.17, multi_choice: 1.8, accuracy: 3.1, subem: 4.1, f1_score: 6, pairwise_accuracy: 6.5, iou: 15, ndcg: 30,
  longbench_pro: 195, retrieval_calculate: 1500, math_verify: 5700, summary: 138000, summary_max_rouge_l: 91000 };

function line(what, n, per, refUs, unit = "cases/s") {
  const med = quantile(per, 0.5);
  const ratio = refUs ? `  ×${(refUs / med).toFixed(1)} vs reference (${fmtUs(refUs)})` : "";
  const cpu = per.cpuUs ? `  [cpu ${fmtUs(per.cpuUs)}/case, ${(1e6 / per.cpuUs).toFixed(0)}/s${refUs ? `, ×${(refUs / per.cpuUs).toFixed(1)}` : ""}]` : "";
  console.log(`${what.padEnd(44)} n=${String(n).padEnd(6)} median ${fmtUs(med).padEnd(10)} p95 ${fmtUs(quantile(per, 0.95)).padEnd(10)} ${(1e6 / med).toFixed(0).padStart(9)} ${unit}${ratio}${cpu}`);
}

/** Deterministic text: `count` words drawn from `vocab` with a linear congruential generator. */
function text(vocab, count, sep, seed = 7) {
  let x = seed;
  const out = [];
  for (let i = 0; i < count; i++) { x = (Math.imul(x, 1103515245) + 12345) >>> 0; out.push(vocab[x % vocab.length]); }
  return out.join(sep);
}
const EN = "the board approved revenue growth river audit model trial dataset policy court witness archive budget merger report chapter server value quarter table figure decline increase migrated signed delayed closed opened".split(" ");
const ZH = "数据 审计 河流 董事会 收购 合同 增长 报告 服务器 季度 证人 上诉 目前 表明 我们 因此 推迟 项目 部署 拒绝 数值 平均 下降 城市 研究 今天 北京 上海 长江 信件".split(" ");

// perf.md's realistic sizes, built the same way in the main thread and in every worker.
const REALISTIC = [
  { what: "Summary en: 64,000-char output vs 506 words", out: () => text(EN, 9763, " ") + ".", ref: () => text(EN, 506, " ", 3), language: "English", refUs: 2.36e6 },
  { what: "Summary zh: 24,000 chars vs 506 tokens", out: () => text(ZH, 10000, "", 5).slice(0, 24000), ref: () => text(ZH, 506, "", 9), language: "Chinese", refUs: 9.2e6 },
  { what: "Summary zh: 64,000 chars vs 506 tokens", out: () => text(ZH, 27000, "", 5).slice(0, 64000), ref: () => text(ZH, 506, "", 9), language: "Chinese", refUs: 26.4e6 },
];
const LINE_CASES = [
  ["T1.1 Global Cohesive Retrieval", "NDCG", 230],
  ["T2.1 Global Timeline Reconstruction", "Pairwise_Accuracy", 2000],
  ["T5.1 Full-Sentence Citation Alignment", "F1_Score", 130],
].map(([sub, metric, refUs]) => ({ what: `longbench_pro ${metric}: 64,000-char output, 200 lines`, sub, refUs }));

/** One realistic case (by its `what`) as a longbench_pro input. */
function realisticCase(what) {
  const score = (i) => goldenMetrics.get("longbench_pro").score(i);
  const s = REALISTIC.find((c) => c.what === what);
  if (s) return { score, inputs: [{ model_output: s.out(), ground_truth: [s.ref()], sub_task: "T4.1 Global-Coverage Constrained Summary", language: s.language }] };
  const l = LINE_CASES.find((c) => c.what === what);
  const lines200 = Array.from({ length: 200 }, (_, i) => `Doc ${(i * 37) % 211}`);
  const answers200 = Array.from({ length: 200 }, (_, i) => `Doc ${i}`);
  const long = text(EN, 9000, " ") + "\n[Answer]\n" + lines200.join("\n");
  return { score, inputs: [{ model_output: long, ground_truth: answers200, sub_task: l.sub, language: "English" }] };
}

async function main() {
  const c = cpus();
  console.log(`node ${process.version} · ${c[0]?.model ?? "unknown CPU"} · ${c.length} cores`);

  // METRICS_BENCH=summary,lines,golden,workers,mix picks sections (default: all); parts (only when
  // named) times the golden line metrics in their parts.
  const only = process.env.METRICS_BENCH?.split(",");
  const run = (section) => !only || only.includes(section);
  const summary = goldenMetrics.get("longbench_pro");
  const oneThreadUs = new Map(); // per-case median on one thread, for the all-cores section

  // ---- realistic sizes (first, so the peak-memory figures are this case's) ----
  if (run("summary")) {
  const rssStart = process.resourceUsage().maxRSS;
  const tDict = performance.now();
  functions.get("rouge_l").impl("字典", ["字典"], "Chinese"); // loads the jieba dictionary once
  console.log(`${"jieba dictionary load (once per process)".padEnd(44)} ${(performance.now() - tDict).toFixed(0)} ms, peak RSS ${(rssStart / 1024).toFixed(0)} → ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
  const rss0 = process.resourceUsage().maxRSS;
  const realistic = REALISTIC.map((c) => [c.what, c.out(), c.ref(), c.language, c.refUs]);
  for (const [what, out, ref, language, refUs] of realistic) {
    const input = { model_output: out, ground_truth: [ref], sub_task: "T4.1 Global-Coverage Constrained Summary", language };
    const per = measure(() => summary.score(input), 1, { budgetMs: 1500 });
    oneThreadUs.set(what, quantile(per, 0.5));
    line(what, 1, per, refUs, "cases/s");
    console.log(`${"".padEnd(44)} peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB (${(rss0 / 1024).toFixed(0)} MB before the realistic cases, dictionary loaded)`);
  }
  const rougeL = functions.get("rouge_l");
  const zhOut = text(ZH, 10000, "", 5).slice(0, 24000);
  const zhRef = text(ZH, 506, "", 9);
  line("rouge_l (golong) zh: 24,000 chars vs 506", 1, measure(() => rougeL.impl(zhOut, [zhRef], "Chinese"), 1, { budgetMs: 1500 }), undefined);
  const en16k = text(EN, 16000, " ");
  const en500 = text(EN, 500, " ", 3);
  line("rouge_l (golong) en: 16K tokens vs 500", 1, measure(() => rougeL.impl(en16k, [en500]), 1, { budgetMs: 800 }), undefined);
  }

  if (run("lines")) {

  for (const c of LINE_CASES) {
    const { inputs: [input] } = realisticCase(c.what);
    const per = measure(() => summary.score(input), 1);
    oneThreadUs.set(c.what, quantile(per, 0.5));
    line(c.what, 1, per, c.refUs);
  }
  }

  // ---- golden inputs, per metric ----
  if (run("golden")) {
  console.log("golden metrics: each repetition times all n cases of a metric as one batch (per case = batch / n)");
  const rows = readJsonl("metrics.jsonl");
  // One batch function for every metric: its `m.score` call site sees every metric's score (as a
  // dispatch by metric name does), so it is megamorphic, and the empty score below pays the same.
  const batchOf = (m, inputs) => () => { for (const input of inputs) m.score(input); };
  for (const [name, m] of goldenMetrics) {
    // The reference's figures time the Python function on inputs json.loads already produced, so
    // the inputs are put in that form (prepare) outside the timed region.
    const mine = goldenCases(name).inputs;
    const per = measure(batchOf(m, mine), mine.length);
    oneThreadUs.set(name, quantile(per, 0.5));
    line(`golden ${name}`, mine.length, per, REF_US[name]);
  }
  // What the loop and the dispatch cost: an empty score over the em inputs through the same batch
  // function, timed the same way (each repetition times a whole batch of cases, so the clock's
  // resolution is not the limit): the floor under every golden figure above.
  const emInputs = rows.filter((r) => r.metric === "em").map((r) => goldenMetrics.get("em").input.parse(r));
  const empty = { score: (i) => i.solution_str.length };
  line("floor: empty score, same dispatch, em inputs", emInputs.length, measure(batchOf(empty, emInputs), emInputs.length), undefined);
  }

  // ---- where a golden line-metric case's time goes (METRICS_BENCH=parts only) ----
  if (only?.includes("parts")) await parts();

  // ---- each metric with all cores: the same cases through a pool of worker threads ----
  const threads = Number(process.env.METRICS_BENCH_THREADS ?? Math.min(2, c.length));
  const { Piscina } = await import("piscina");
  if (run("workers") && oneThreadUs.size > 0) {
    console.log(`each metric on ${threads} worker threads (cases built in the workers; 4 jobs per thread of ~10 ms each)`);
    const pool = new Piscina({ filename: new URL(import.meta.url).href, minThreads: threads, maxThreads: threads });
    for (const [what, usPerCase] of oneThreadUs) {
      const realistic = !goldenMetrics.has(what);
      const n = realistic ? 1 : goldenCases(what).inputs.length;
      const reps = Math.max(1, Math.round(10_000 / (usPerCase * n)));
      const round = async () => {
        const jobs = [];
        for (let k = 0; k < threads * 4; k++) jobs.push(pool.run({ metric: what, realistic, reps }));
        return (await Promise.all(jobs)).reduce((a, b) => a + b, 0);
      };
      for (const until = performance.now() + 300; performance.now() < until;) await round();
      const per = [];
      for (const until = performance.now() + 800; performance.now() < until || per.length < 3;) {
        const t = process.hrtime.bigint();
        const cases = await round();
        per.push(Number(process.hrtime.bigint() - t) / 1000 / cases);
      }
      const med = quantile(per, 0.5);
      const ref = realistic ? [...REALISTIC, ...LINE_CASES].find((x) => x.what === what).refUs : REF_US[what];
      console.log(`${`  ${what}`.padEnd(44)} ${(1e6 / med).toFixed(0).padStart(10)} cases/s on ${threads} threads  ×${(usPerCase / med).toFixed(2)} vs 1 thread${ref ? `  ×${(ref / med).toFixed(1)} vs reference (1 process)` : ""}`);
    }
    await pool.destroy();
  }

  // ---- the golden reward mix, one thread and both cores ----
  if (!run("mix")) return;
  const rewards = readJsonl("rewards.jsonl");
  const one = measure(() => scoreChunk.call(null, { from: 0, to: rewards.length }), rewards.length, { budgetMs: 2000 });
  const perCore = 1e6 / one.cpuUs;
  line("golden reward mix, 1 thread", rewards.length, one, 1e6 / 1075, "rewards/s");
  const pool = new Piscina({ filename: new URL(import.meta.url).href, minThreads: threads, maxThreads: threads });
  // A few large chunks per thread: each message costs tens of µs, and the rows are read once per
  // worker (from the file), never sent.
  const chunk = Math.ceil(rewards.length / (threads * 4));
  const all = async () => {
    const jobs = [];
    for (let from = 0; from < rewards.length; from += chunk) jobs.push(pool.run({ from, to: Math.min(rewards.length, from + chunk) }));
    await Promise.all(jobs);
  };
  // Warm-up for as long as the one-thread figure ran: each worker reads the file, loads the jieba
  // dictionary and gets its code optimised (a few rounds are not enough for that).
  for (const until = performance.now() + 2000; performance.now() < until;) await all();
  const per = [];
  const cpu0 = process.cpuUsage(); // every thread of the process
  for (const until = performance.now() + 2000; performance.now() < until || per.length < 5;) {
    const t = process.hrtime.bigint();
    await all();
    per.push(Number(process.hrtime.bigint() - t) / 1000 / rewards.length);
  }
  const cpu = process.cpuUsage(cpu0);
  per.cpuUs = (cpu.user + cpu.system) / (per.length * rewards.length);
  line(`golden reward mix, ${threads} worker threads`, rewards.length, per, 1e6 / 2490, "rewards/s");
  console.log(`${"".padEnd(44)} ${threads} threads vs 1: ×${(quantile(one, 0.5) / quantile(per, 0.5)).toFixed(2)} (median wall); load average ${loadavg()[0].toFixed(1)} on ${c.length} cores`);
  console.log(`${"".padEnd(44)} target ~23,000 rewards/s per core: ${perCore >= 23000 ? "met" : "not met"} (${perCore.toFixed(0)}/s of CPU time)`);
  await pool.destroy();
}

/** The golden cases of each line metric timed whole and in its parts, CPU time per case: finding
 *  the answer area, the prediction's lines normalised and hashed (with the area), the answers, and
 *  what is left (the value table and the metric); and the reading floor: finding the area, then a
 *  loop that only sums the code units after it and those of the answers. */
async function parts() {
  const { areaStart } = await import("../dist/stdlib/extract/answer-area.js");
  const { LineRefs, fillAnswerLines, fillAnswers } = await import("../dist/stdlib/extract/line-refs.js");
  const pred = new LineRefs();
  const gold = new LineRefs();
  const read = (c) => {
    let h = 0;
    for (let i = areaStart(c.prediction); i < c.prediction.length; i++) h = (h + c.prediction.charCodeAt(i)) | 0;
    for (const a of c.answers) for (let i = 0; i < a.length; i++) h = (h + a.charCodeAt(i)) | 0;
    return h;
  };
  const pieces = [
    ["area", (c) => areaStart(c.prediction)],
    ["lines", (c) => { fillAnswerLines(c.prediction, pred); return pred.count; }],
    ["answers", (c) => { fillAnswers(c.answers, gold); return gold.count; }],
    ["read", read],
  ];
  console.log("golden line metrics in parts (CPU ns a case; lines include finding the area; rest = whole - lines - answers: the table and the metric;");
  console.log("  read = finding the area, then only summing the code units after it and the answers' units: a floor for reading them in JavaScript)");
  for (const name of ["subem", "f1_score", "pairwise_accuracy", "ndcg", "accuracy"]) {
    const m = goldenMetrics.get(name);
    const inputs = goldenCases(name).inputs;
    const units = inputs.reduce((n, c) => n + c.prediction.length - areaStart(c.prediction) + c.answers.reduce((k, a) => k + a.length, 0), 0);
    const cpu = {};
    for (const [what, f] of [["whole", (c) => m.score(c)], ...pieces]) {
      cpu[what] = measure(() => { let s = 0; for (const c of inputs) s += f(c); return s; }, inputs.length, { budgetMs: 300 }).cpuUs * 1000;
    }
    const rest = name === "accuracy" ? "" : `  rest ${(cpu.whole - cpu.lines - cpu.answers).toFixed(0)}`;
    console.log(`  ${name.padEnd(18)} whole ${cpu.whole.toFixed(0)}  area ${cpu.area.toFixed(0)}  lines ${cpu.lines.toFixed(0)}  answers ${cpu.answers.toFixed(0)}${rest}  read ${cpu.read.toFixed(0)} (${(units / inputs.length).toFixed(0)} units a case)`);
  }
}

if (isMainThread) await main();
