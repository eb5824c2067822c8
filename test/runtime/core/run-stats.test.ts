// `golongc stats --run` on damaged run directories: a clear error with the file and line, exit 1.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../../cli/main.js";
import { fakeIo } from "../../helpers/fake-io.js";

let dir: string;
beforeAll(async () => { dir = await mkdtemp(join(tmpdir(), "golong-runstats-")); });
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

describe("golongc stats --run", () => {
  it("a directory that is not a run is exit 1", async () => {
    const io = fakeIo();
    expect(await runCli(["stats", "--run", join(dir, "nothing")], io)).toBe(1);
    expect(io.err).toMatch(/is not a run directory \(no rollouts\/\)/);
  });

  it("a damaged rollout line names its file, line and field", async () => {
    const run = join(dir, "run");
    await mkdir(join(run, "rollouts"), { recursive: true });
    const ok = { step: 1, uid: "e0-0", task: "t", used: true, response: "a", score: 1 };
    await writeFile(join(run, "rollouts", "step-000001.jsonl"), [JSON.stringify(ok), JSON.stringify({ ...ok, score: "high" })].join("\n") + "\n");
    const io = fakeIo();
    expect(await runCli(["stats", "--run", run], io)).toBe(1);
    expect(io.err).toMatch(/step-000001\.jsonl:2: field 'score': Expected number, received string/);
    await writeFile(join(run, "rollouts", "step-000001.jsonl"), "{not json\n");
    const io2 = fakeIo();
    expect(await runCli(["stats", "--run", run], io2)).toBe(1);
    expect(io2.err).toMatch(/step-000001\.jsonl:1: not valid JSON/);
  });

  it("a damaged metrics.jsonl line names its file and line (not an internal error)", async () => {
    const run = join(dir, "run-metrics");
    await mkdir(join(run, "rollouts"), { recursive: true });
    const ok = { step: 1, uid: "e0-0", task: "t", used: true, response: "a", score: 1 };
    await writeFile(join(run, "rollouts", "step-000001.jsonl"), JSON.stringify(ok) + "\n");
    await writeFile(join(run, "metrics.jsonl"), "{\"step\": 1, \"reward_mean\n");
    const io = fakeIo();
    expect(await runCli(["stats", "--run", run], io)).toBe(1);
    expect(io.err).toMatch(/metrics\.jsonl:1: not valid JSON/);
    await writeFile(join(run, "metrics.jsonl"), JSON.stringify({ step: "one" }) + "\n");
    const io2 = fakeIo();
    expect(await runCli(["stats", "--run", run], io2)).toBe(1);
    expect(io2.err).toMatch(/metrics\.jsonl:1: field /);
  });

  it("--run and --input together are a usage error", async () => {
    const io = fakeIo();
    expect(await runCli(["stats", "--run", dir, "--input", "x.jsonl"], io)).toBe(2);
    expect(io.err).toMatch(/--run and --input are exclusive/);
  });
});
