// The real binary (bin/golongc.mjs over dist/, built by `npm test` first): exit codes, stdout and
// stderr, NO_COLOR and FORCE_COLOR.
import { execa } from "execa";
import { expect, test } from "vitest";

const golongc = (args: string[], env: Record<string, string> = {}) =>
  execa(process.execPath, ["bin/golongc.mjs", ...args], { reject: false, timeout: 60_000, env: { PATH: process.env.PATH ?? "", ...env }, extendEnv: false });

test("check: clean, errors, colour", async () => {
  const ok = await golongc(["check", "examples/quickstart.golong"]);
  expect([ok.exitCode, ok.stdout, ok.stderr]).toEqual([0, "", "examples/quickstart.golong: no errors"]);
  const bad = await golongc(["check", "test/diagnostics/cases/gl0502-mini-batch-not-divisible.golong"], { NO_COLOR: "1", LLM: "/m" });
  expect(bad.exitCode).toBe(1);
  expect(bad.stderr).toContain("error[GL0502]: prompts_per_step × n is not divisible by mini_batch");
  expect(bad.stderr).not.toContain("\x1b[");
  const coloured = await golongc(["check", "test/diagnostics/cases/gl0502-mini-batch-not-divisible.golong"], { FORCE_COLOR: "1", LLM: "/m" });
  expect(coloured.stderr).toContain("\x1b[");
});

test("graph: JSON on stdout", async () => {
  const r = await golongc(["graph", "examples/quickstart.golong"]);
  expect(r.exitCode).toBe(0);
  expect(JSON.parse(r.stdout).recipe).toBe("quickstart");
});
