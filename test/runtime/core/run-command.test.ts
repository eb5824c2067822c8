// `golongc run` usage and input errors: exit 2 for bad usage (with "did you mean"), exit 1 for a
// recipe or graph that cannot be read, with the file and field named.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../../cli/main.js";
import { fakeIo } from "../../helpers/fake-io.js";

let dir: string;
beforeAll(async () => { dir = await mkdtemp(join(tmpdir(), "golong-runcmd-")); });
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

describe("golongc run: usage", () => {
  it("--help shows the options and an example", async () => {
    const io = fakeIo();
    expect(await runCli(["run", "--help"], io)).toBe(0);
    expect(io.out).toMatch(/usage: golongc run RECIPE/);
    expect(io.out).toMatch(/--resume/);
    expect(io.out).toMatch(/golongc run examples\/quickstart\.golong/);
  });

  it.each([
    [[], /expected one RECIPE, got 0/],
    [["a.golong", "b.golong"], /expected one RECIPE, got 2/],
    [["a.golong", "--steps", "0"], /--steps expects a positive integer, got '0'/],
    [["a.golong", "--steps", "two"], /--steps expects a positive integer/],
    [["a.golong", "--resume"], /--resume needs --run-dir/],
    [["a.golong", "--target", "cloud"], /unknown --target cloud/],
    [["a.golong", "--run-dri", "x"], /unknown flag --run-dri; did you mean --run-dir\?/],
  ])("%j is a usage error (exit 2)", async (args, message) => {
    const io = fakeIo();
    expect(await runCli(["run", ...(args as string[])], io)).toBe(2);
    expect(io.err).toMatch(message as RegExp);
    expect(io.out).toBe("");
  });
});

describe("golongc run: unreadable input", () => {
  it("a missing recipe is exit 1 naming it", async () => {
    const io = fakeIo();
    expect(await runCli(["run", join(dir, "nope.golong")], io)).toBe(1);
    expect(io.err).toMatch(/cannot read .*nope\.golong: ENOENT/);
  });

  it("a graph .json that is not JSON, or not a graph, is exit 1 with the field", async () => {
    await writeFile(join(dir, "bad.json"), "{ nope");
    await writeFile(join(dir, "wrong.json"), JSON.stringify({ version: 1, recipe: "x" }));
    const io = fakeIo();
    expect(await runCli(["run", join(dir, "bad.json")], io)).toBe(1);
    expect(io.err).toMatch(/bad\.json: not valid JSON/);
    const io2 = fakeIo();
    expect(await runCli(["run", join(dir, "wrong.json")], io2)).toBe(1);
    expect(io2.err).toMatch(/wrong\.json: not a golong graph: field '(file|model|train|nodes)'/);
  });
});
