// runtime/run/run-dir.ts — the run directory: recipe and graph snapshot, metrics.jsonl, rollouts per
// step, checkpoints and the state file. Every write that a resume depends on is atomic; metrics.jsonl
// is append-only and cut back to the state file's line count on resume.
import { appendFile, mkdir, open, readFile, readdir, rm, stat, truncate } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod";
import { writeDirAtomic, writeFileAtomic } from "./atomic.js";
import { MetricsLine, metricsLineJson } from "./metrics-line.js";

export const STATE_VERSION = 1 as const;

export const RunState = z.object({
  version: z.literal(STATE_VERSION),
  recipe: z.string(),
  seed: z.number().int(),
  /** Last step whose results are all written (0: none yet). */
  step: z.number().int().nonnegative(),
  /** Training data position after that step. */
  cursor: z.object({ epoch: z.number().int().nonnegative(), offset: z.number().int().nonnegative() }).strict(),
  weightsVersion: z.number().int().nonnegative(),
  /** Lines of metrics.jsonl that belong to steps up to `step`. */
  metricsLines: z.number().int().nonnegative(),
  /** The latest checkpoint directory (relative to the run directory), or null. */
  checkpoint: z.string().nullable(),
  /** True once the last step (and the closing evaluation) are written. */
  finished: z.boolean(),
  /** Held-out reward per task before the first update (for the closing summary after a resume). */
  initialEval: z.object({ reward_mean: z.number(), tasks: z.record(z.number()) }).strict().nullable(),
}).strict();
export type RunState = z.infer<typeof RunState>;

export const stepName = (step: number) => `step-${String(step).padStart(6, "0")}`;

export class RunDir {
  constructor(readonly path: string) {}

  get metricsPath(): string { return join(this.path, "metrics.jsonl"); }
  get statePath(): string { return join(this.path, "state.json"); }
  rolloutsPath(step: number): string { return join(this.path, "rollouts", `${stepName(step)}.jsonl`); }
  evalPath(step: number): string { return join(this.path, "eval", `${stepName(step)}.jsonl`); }
  /** The held-out generations right after the supervised warm-up. */
  get warmupEvalPath(): string { return join(this.path, "eval", "after-warmup.jsonl"); }
  checkpointRel(step: number): string { return join("checkpoints", stepName(step)); }

  async create(snapshot: { recipeText?: string; recipeFile?: string; graph: unknown }): Promise<void> {
    await mkdir(join(this.path, "rollouts"), { recursive: true });
    if (snapshot.recipeText !== undefined) await writeFileAtomic(join(this.path, "recipe.golong"), snapshot.recipeText);
    await writeFileAtomic(join(this.path, "graph.json"), JSON.stringify(snapshot.graph, null, 2) + "\n");
  }

  /** Whether graph.json holds this graph (a resumed run may have been given a changed recipe). */
  async sameGraph(graph: unknown): Promise<boolean> {
    try {
      return JSON.stringify(JSON.parse(await readFile(join(this.path, "graph.json"), "utf8"))) === JSON.stringify(graph);
    } catch {
      return false;
    }
  }

  async exists(): Promise<boolean> {
    return stat(this.statePath).then(() => true, () => false);
  }

  async isEmptyOrMissing(): Promise<boolean> {
    try {
      return (await readdir(this.path)).length === 0;
    } catch {
      return true;
    }
  }

  async readState(path = this.statePath): Promise<RunState> {
    return parseRunJson(RunState, await readFile(path, "utf8"), path);
  }

  async writeState(state: RunState, dir = this.path): Promise<void> {
    await writeFileAtomic(join(dir, "state.json"), JSON.stringify(RunState.parse(state), null, 2) + "\n");
  }

  /** Appends one validated line and fsyncs, so the state file never counts a line that is not on disk. */
  async appendMetrics(line: MetricsLine): Promise<void> {
    const checked = MetricsLine.safeParse(line);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      throw new Error(`metrics line of step ${line.step} does not match its schema: '${issue.path.join(".")}': ${issue.message}`);
    }
    await appendFile(this.metricsPath, metricsLineJson(line) + "\n");
    const fh = await open(this.metricsPath, "r+");
    try { await fh.sync(); } finally { await fh.close(); }
  }

  async readMetrics(): Promise<MetricsLine[]> {
    const text = await readFile(this.metricsPath, "utf8").catch(() => "");
    return text.split("\n").filter((l) => l.trim() !== "").map((l, i) => parseRunJson(MetricsLine, l, `${this.metricsPath}:${i + 1}`));
  }

  /** Cuts metrics.jsonl back to its first `lines` lines (what a state file vouches for). */
  async truncateMetrics(lines: number): Promise<void> {
    const text = await readFile(this.metricsPath, "utf8").catch(() => "");
    let offset = 0;
    for (let i = 0; i < lines; i++) {
      const nl = text.indexOf("\n", offset);
      if (nl < 0) throw new RunDirError(`${this.metricsPath} has fewer lines than the state file says (${lines})`);
      offset = nl + 1;
    }
    if (Buffer.byteLength(text.slice(0, offset)) !== Buffer.byteLength(text)) {
      await truncate(this.metricsPath, Buffer.byteLength(text.slice(0, offset)));
    }
  }

  /** Removes rollout and eval files of steps after `step` (written by a run that did not commit them). */
  async dropStepsAfter(step: number): Promise<void> {
    for (const sub of ["rollouts", "eval"]) {
      const dir = join(this.path, sub);
      const names = await readdir(dir).catch(() => [] as string[]);
      for (const name of names) {
        const m = /^step-(\d+)\.jsonl(\.tmp-\d+)?$/.exec(name);
        if (m && (Number(m[1]) > step || m[2])) await rm(join(dir, name), { force: true });
      }
    }
  }

  async writeLines(path: string, lines: readonly unknown[]): Promise<void> {
    await writeFileAtomic(path, lines.map((l) => JSON.stringify(l)).join("\n") + (lines.length ? "\n" : ""));
  }

  /** Writes a checkpoint atomically: `fill` puts the trainer's files in a temporary directory that
   *  becomes checkpoints/step-N (with its own copy of the state) in one rename. Old ones beyond
   *  `keep` are removed afterwards. */
  async writeCheckpoint(step: number, fill: (dir: string) => Promise<void>, state: RunState, keep: number | null): Promise<string> {
    const rel = this.checkpointRel(step);
    await writeDirAtomic(join(this.path, rel), async (tmp) => {
      await mkdir(join(tmp, "trainer"), { recursive: true });
      await fill(join(tmp, "trainer"));
      await writeFileAtomic(join(tmp, "state.json"), JSON.stringify(RunState.parse({ ...state, checkpoint: rel }), null, 2) + "\n");
    });
    if (keep !== null) {
      const dir = join(this.path, "checkpoints");
      const steps = (await readdir(dir)).map((n) => /^step-(\d+)$/.exec(n)).filter((m): m is RegExpExecArray => m !== null)
        .map((m) => Number(m[1])).sort((a, b) => a - b);
      for (const s of steps.slice(0, Math.max(0, steps.length - keep))) await rm(join(dir, stepName(s)), { recursive: true, force: true });
    }
    return rel;
  }
}

export class RunDirError extends Error {}

/** `text` (a run file, or one line of one) checked against `schema`; a problem is a RunDirError
 *  that starts with `where` (`path` or `path:line`). */
export function parseRunJson<S extends z.ZodTypeAny>(schema: S, text: string, where: string): z.infer<S> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new RunDirError(`${where}: not valid JSON (${(e as Error).message})`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new RunDirError(`${where}: field '${issue.path.join(".")}': ${issue.message}`);
  }
  return parsed.data;
}
