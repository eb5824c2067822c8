// runtime/run/run-stats.ts — `golongc stats --run RUN_DIR`: recomputes each step's metrics from the
// run's saved rollouts (the trained responses, with the stdlib's functions) and compares them with
// what metrics.jsonl logged, so a run's numbers can be audited offline.
import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod";
import { RunDir, RunDirError, parseRunJson } from "./run-dir.js";
import { stdlibQualityMetrics, stdlibTaskMetrics } from "./stdlib-metrics.js";
import type { StepLine } from "./metrics-line.js";

const RolloutLine = z.object({
  step: z.number().int(), uid: z.string(), task: z.string(), used: z.boolean(), response: z.string(), score: z.number(),
}).passthrough();

export interface RunStepStats {
  step: number;
  metrics: { reward_mean: number; tasks: Record<string, Record<string, number>>; response_quality?: Record<string, number> };
  /** Keys whose logged value differs from the recomputed one (beyond 1e-9 relative), if any. */
  differences: Array<{ key: string; logged: number | null; recomputed: number }>;
}

export async function runStats(runDir: string): Promise<RunStepStats[]> {
  const dir = new RunDir(runDir);
  const rolloutsDir = join(runDir, "rollouts");
  const names = await readdir(rolloutsDir).catch(() => {
    throw new RunDirError(`${runDir} is not a run directory (no rollouts/)`);
  });
  const logged = new Map<number, StepLine>();
  for (const l of await dir.readMetrics()) if (l.step > 0) logged.set(l.step, l as StepLine);
  const out: RunStepStats[] = [];
  for (const name of names.filter((n) => /^step-\d+\.jsonl$/.test(n)).sort()) {
    const file = join(rolloutsDir, name);
    const used: z.infer<typeof RolloutLine>[] = [];
    let step = Number(/\d+/.exec(name)![0]);
    (await readFile(file, "utf8")).split("\n").forEach((text, i) => {
      if (text.trim() === "") return;
      const r = parseRunJson(RolloutLine, text, `${file}:${i + 1}`);
      step = r.step;
      if (r.used) used.push(r);
    });
    const scores = used.map((r) => r.score);
    const metrics: RunStepStats["metrics"] = {
      reward_mean: scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : 0,
      tasks: scores.length ? stdlibTaskMetrics({ scores, index: used.map((r) => r.uid), labels: used.map((r) => r.task) }) : {},
      ...(used.length ? { response_quality: stdlibQualityMetrics(used.map((r) => r.response)) } : {}),
    };
    out.push({ step, metrics, differences: compare(logged.get(step), metrics) });
  }
  return out;
}

function compare(line: StepLine | undefined, m: RunStepStats["metrics"]): RunStepStats["differences"] {
  const diffs: RunStepStats["differences"] = [];
  const check = (key: string, logged: number | undefined, recomputed: number) => {
    if (logged === undefined || Math.abs(logged - recomputed) > 1e-9 * Math.max(1, Math.abs(recomputed))) diffs.push({ key, logged: logged ?? null, recomputed });
  };
  if (!line) return [{ key: "step", logged: null, recomputed: 1 }];
  if (line.update_skipped) return diffs;
  check("reward_mean", line.reward_mean, m.reward_mean);
  for (const [task, values] of Object.entries(m.tasks)) {
    for (const [k, v] of Object.entries(values)) check(`tasks.${task}.${k}`, (line.tasks[task] as Record<string, number> | undefined)?.[k], v);
  }
  for (const [k, v] of Object.entries(m.response_quality ?? {})) {
    if (line.response_quality) check(`response_quality.${k}`, line.response_quality[k], v);
  }
  return diffs;
}

/** Prints one JSON line per step on `stdout`; returns 0, or 1 when the run directory cannot be read
 *  or a logged value disagrees with its recomputation. */
export async function statsOfRun(runDir: string, io: { stdout(t: string): void; stderr(t: string): void }): Promise<number> {
  let steps: RunStepStats[];
  try {
    steps = await runStats(runDir);
  } catch (e) {
    if (!(e instanceof RunDirError)) throw e;
    io.stderr(`error: ${e.message}\n`);
    return 1;
  }
  io.stdout(steps.map((s) => JSON.stringify(s) + "\n").join(""));
  const bad = steps.filter((s) => s.differences.length > 0);
  if (bad.length) io.stderr(`${bad.length} step${bad.length === 1 ? "" : "s"} of ${runDir} disagree with metrics.jsonl: ${bad.map((s) => s.step).join(", ")}\n`);
  return bad.length ? 1 : 0;
}
