// test/embedded/quickstart-short.test.ts — examples/quickstart.golong itself, shortened with --set
// (300 warm-up steps on 4k records, 2 RL steps of 16 prompts), run through `golongc run` for three
// model seeds: each run's held-out reward, as metrics.jsonl records it, ends well above where it
// started, and the closing summary shows before, after the warm-up and after RL.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { runCli } from "../../cli/main.js";
import { fakeIo } from "../helpers/fake-io.js";

let dir: string;
beforeAll(async () => { dir = await mkdtemp(join(tmpdir(), "golong-quickstart-")); });
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

const SHORT = [
  "warmup.steps=300", "warmup.records=4k", "train.steps=2", "train.prompts_per_step=16", "train.mini_batch=64", "eval.every=2 steps",
].flatMap((s) => ["--set", s]);

describe("the quickstart, shortened", () => {
  for (const seed of [1, 2, 3]) {
    test(`model seed ${seed}: the held-out reward rises from 0 by a clear margin`, async () => {
      const runDir = join(dir, `seed-${seed}`);
      const io = fakeIo();
      const code = await runCli(["run", "examples/quickstart.golong", ...SHORT, "--set", `model.seed=${seed}`, "--run-dir", runDir], io);
      expect(code, io.err.slice(-2000)).toBe(0);
      const lines = (await readFile(join(runDir, "metrics.jsonl"), "utf8")).trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
      const evals = lines.filter((l) => typeof l.val_reward_mean === "number");
      // Before any update, after the warm-up, after the last step.
      expect(evals.map((l) => [l.step, l.phase ?? null])).toEqual([[0, null], [0, "warmup"], [2, null]]);
      const [before, warm, after] = evals.map((l) => l.val_reward_mean as number);
      console.log(`seed ${seed}: held-out ${before.toFixed(3)} -> ${warm.toFixed(3)} (warm-up) -> ${after.toFixed(3)}`);
      // Random weights score 0 on every synthetic task; 300 warm-up steps of 64 reach 0.15-0.17.
      expect(before).toBeLessThan(0.02);
      expect(warm).toBeGreaterThan(before + 0.1);
      expect(after).toBeGreaterThan(before + 0.1);
      expect(io.err).toMatch(/held-out reward\s+task\s+before\s+warm-up\s+after/);
      expect(io.err).toMatch(/\n\s+all\s+0\.000\s+0\.\d{3}\s+0\.\d{3}/);
    }, 600_000);
  }
});
