// Kill -9 a real `golongc run` process at random points, resume it each time, and check the result
// equals an uninterrupted run with the same seed: the same metrics (timings aside), the same rollouts,
// the same trained batches; no step applied twice, no sample lost. Needs the build (`npm test` builds
// first). GOLONG_CRASH_ITERATIONS=N kills N times instead of 3.
import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { execa, type ResultPromise } from "execa";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Rng } from "../../../runtime/scheduler/index.js";
import { startServer, type FakeServer } from "./openai-server.js";
import { writeFixture } from "./fixture.js";

const BIN = resolve(import.meta.dirname, "../../../bin/golongc.mjs");
const KILLS = Number(process.env.GOLONG_CRASH_ITERATIONS ?? 3);

let server: FakeServer;
let root: string;
beforeAll(async () => {
  server = await startServer(8);
  root = await mkdtemp(join(tmpdir(), "golong-crash-"));
});
afterAll(async () => {
  await server.close();
  await rm(root, { recursive: true, force: true });
});

function golongc(args: string[]): ResultPromise<{ reject: false; all: true }> {
  return execa(process.execPath, [BIN, ...args], { reject: false, all: true, timeout: 60_000 });
}

async function snapshot(runDir: string): Promise<Record<string, unknown>> {
  const files: Record<string, unknown> = {};
  const lines = (await readFile(join(runDir, "metrics.jsonl"), "utf8")).split("\n").filter(Boolean).map((l) => ({ ...JSON.parse(l), timing_s: null }));
  files.metrics = lines;
  for (const sub of ["rollouts", "batches", "eval"]) {
    for (const name of (await readdir(join(runDir, sub)).catch(() => [] as string[])).sort()) files[`${sub}/${name}`] = await readFile(join(runDir, sub, name), "utf8");
  }
  return files;
}

function stepOf(dir: string): number {
  try {
    return JSON.parse(readFileSync(join(dir, "state.json"), "utf8")).step as number;
  } catch {
    return -1; // not written yet, or caught mid-rename on a slow file system
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.skipIf(!existsSync(resolve(import.meta.dirname, "../../../dist/cli/main.js")))("kill -9 and --resume", () => {
  it(`a run killed ${KILLS} times at random points and resumed equals an uninterrupted run`, async () => {
    const graph = await writeFixture(join(root, "in"), {
      endpoint: server.url, steps: 8, promptsPerStep: 4, genPromptsPerStep: 6, n: 3, dynamic: 3, evalEvery: 3, checkpointEvery: 2,
    });
    const straight = join(root, "straight");
    const t0 = Date.now();
    const ok = await golongc(["run", graph, "--run-dir", straight, "--dry-run", "--verify-workers", "0"]);
    expect(ok.all).not.toMatch(/internal error/);
    expect(ok.exitCode).toBe(0);
    const runMs = Date.now() - t0;

    const dir = join(root, "crashed");
    const rng = new Rng(20261125);
    let kills = 0;
    let finished = false;
    let attempts = 0;
    const killedAfter: number[] = [];
    while (!finished && attempts++ < KILLS + 3) {
      const child = golongc(["run", graph, "--run-dir", dir, "--dry-run", "--verify-workers", "0", ...(existsSync(join(dir, "state.json")) ? ["--resume"] : [])]);
      if (kills < KILLS) {
        // Wait until this process has committed a step of its own (so every attempt makes progress
        // and startup is behind it), then kill at a random moment within the next step or two.
        const from = stepOf(dir);
        while (stepOf(dir) <= from && child.exitCode === null) await sleep(5);
        await sleep(rng.next() * (runMs / 8) * 1.5);
        if (child.exitCode === null) {
          child.kill("SIGKILL");
          kills++;
        }
      }
      const r = await child;
      if (r.signal === "SIGKILL") killedAfter.push(JSON.parse(await readFile(join(dir, "state.json"), "utf8")).step);
      if (r.exitCode === 0) finished = true;
      else expect(r.signal === "SIGKILL" || r.exitCode === 0, r.all).toBe(true);
    }
    expect(finished).toBe(true);
    expect(kills).toBeGreaterThan(0);
    // the kills landed inside the run, not only before its first step
    expect(killedAfter.some((s) => s > 0 && s < 8), `killed after steps ${killedAfter}`).toBe(true);
    const state = JSON.parse(await readFile(join(dir, "state.json"), "utf8"));
    expect(state).toMatchObject({ step: 8, finished: true });
    expect(await snapshot(dir)).toEqual(await snapshot(straight));

    // Ctrl-C: the run stops cleanly with exit 1, keeps its completed steps, and --resume finishes it.
    const intr = join(root, "interrupted");
    server.latencyMs = 40; // slower answers (same content), so the signal surely lands mid-run
    const child = golongc(["run", graph, "--run-dir", intr, "--dry-run", "--verify-workers", "0"]);
    while (stepOf(intr) < 2 && child.exitCode === null) await sleep(5);
    child.kill("SIGINT");
    const r = await child;
    server.latencyMs = 8;
    expect(r.exitCode, r.all).toBe(1);
    expect(r.all).toMatch(/interrupted/);
    expect(r.all).toMatch(/continue with --resume --run-dir/);
    const resumed = await golongc(["run", graph, "--run-dir", intr, "--dry-run", "--verify-workers", "0", "--resume"]);
    expect(resumed.exitCode, resumed.all).toBe(0);
    expect(await snapshot(intr)).toEqual(await snapshot(straight));
  });
});
