// bench/math-verify.mjs — speed of math_verify against the reference's figures (shared/reference/
// perf.md): µs per case on the golden inputs, and on a 64,000-character output. Build first:
// npx tsc -p tsconfig.build.json. Prints one line per case: what, n, median and p95 per case,
// throughput, ratio vs the reference.
import { readFileSync } from "node:fs";
import { cpus } from "node:os";
import { mathVerify } from "../dist/stdlib/math-verify/index.js";
import { fmtUs, measure, quantile } from "./lib/timing.mjs";
/** ~1.5 s a case after 3 warm-up calls, at least 5 repetitions. */
const TIMING = { budgetMs: 1500, warmupCalls: 3, warmupMs: 0, minReps: 5 };

const GOLDEN = new URL("../test/data/golden/", import.meta.url);
const readJsonl = (f) => readFileSync(new URL(f, GOLDEN), "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));

function report(what, n, per, refUs, targetUs) {
  const med = quantile(per, 0.5), p95 = quantile(per, 0.95);
  const ratio = refUs ? `  ×${(refUs / med).toFixed(1)} vs reference ${fmtUs(refUs)}` : "";
  const target = targetUs ? `  (target ≤ ${fmtUs(targetUs)}: ${med <= targetUs ? "met" : "NOT met"})` : "";
  console.log(`${what}  n=${n}  median ${fmtUs(med)}  p95 ${fmtUs(p95)}  ${Math.round(1e6 / med).toLocaleString("en")} cases/s${ratio}${target}`);
}

/** A deterministic 64,000-character model output ending in a boxed answer. */
function longOutput() {
  let seed = 12345;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const words = ["the", "sum", "of", "$x^2$", "is", "\\frac{1}{2}", "so", "we", "get", "$3$", "then", "answer", "check", "42", "\\(y\\)"];
  let s = "<think>";
  while (s.length < 63_900) s += words[Math.floor(rnd() * words.length)] + (rnd() < 0.1 ? ".\n" : " ");
  s = s.slice(0, 63_900) + "</think>\nTherefore, the final answer is $\\boxed{\\frac{7}{18}}$.";
  return s.padStart(64_000, " ");
}

console.log(`node ${process.version} · ${cpus()[0]?.model ?? "unknown CPU"} · ${cpus().length} cores`);

const metricRows = readJsonl("metrics.jsonl").filter((r) => r.metric === "math_verify");
const peerRows = readJsonl("math_verify_peer.jsonl");
for (const [what, rows, ref, target] of [
  ["math_verify golden metrics.jsonl", metricRows, 5700, 283],
  ["math_verify golden math_verify_peer.jsonl", peerRows, undefined, undefined],
]) {
  report(what, rows.length, measure(() => { for (const r of rows) mathVerify(r.solution_str, r.ground_truth); }, rows.length, TIMING), ref, target);
}

const long = longOutput();
const reps = 200;
report("math_verify 64,000-character output", reps, measure(() => { for (let i = 0; i < reps; i++) mathVerify(long, "\\dfrac{7}{18}"); }, reps, TIMING), 2300, 134);
