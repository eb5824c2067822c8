// The dispatcher: help, unknown commands, exit codes, run through the real binary.
import { execa } from "execa";
import { describe, expect, test } from "vitest";

const bin = new URL("../../bin/golongc.mjs", import.meta.url).pathname;

describe("golongc dispatcher", () => {
  test("--help lists every command on stdout and exits 0", async () => {
    const r = await execa("node", [bin, "--help"], { reject: false });
    expect(r.exitCode).toBe(0);
    for (const c of ["check", "graph", "run", "score", "reward", "advantage", "stats", "extract"]) expect(r.stdout).toContain(c);
  });
  test("an unknown command gets a suggestion and exit 2", async () => {
    const r = await execa("node", [bin, "chek"], { reject: false });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain("did you mean 'check'");
    expect(r.stdout).toBe("");
  });
  test("no command prints usage to stderr and exits 2", async () => {
    const r = await execa("node", [bin], { reject: false });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain("usage: golongc");
  });
});
