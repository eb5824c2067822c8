// golongc check and golongc graph, run in-process: stdout, stderr and exit codes.
import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { runCli } from "../../cli/main.js";
import { fakeIo } from "../helpers/fake-io.js";
import { EXAMPLE_ENV } from "./helpers.js";

const run = async (argv: string[], env: Record<string, string> = EXAMPLE_ENV) => {
  const io = fakeIo("", env);
  const code = await runCli(argv, io);
  return { code, out: io.out, err: io.err };
};

test("check: a clean recipe exits 0 with nothing on stdout", async () => {
  const r = await run(["check", "examples/golongrl-4b-tmn.golong", "examples/quickstart.golong"]);
  expect(r).toEqual({ code: 0, out: "", err: "2 recipes: no errors\n" });
});

test("check: errors go to stderr, exit 1", async () => {
  const r = await run(["check", "examples/golongrl-4b-tmn.golong"], {});
  expect(r.code).toBe(1);
  expect(r.out).toBe("");
  expect(r.err).toContain("error[GL0601]: environment variable `LLM` is not set");
  expect(r.err).toMatch(/\d+ errors\n$/);
});

test("check --format json: an array of diagnostics on stdout", async () => {
  const r = await run(["check", "test/diagnostics/cases/gl0502-mini-batch-not-divisible.golong", "--format", "json"]);
  expect(r.code).toBe(1);
  const json = JSON.parse(r.out);
  expect(json).toHaveLength(1);
  expect(json[0]).toMatchObject({ code: "GL0502", severity: "error" });
});

test("check --set is checked like the file", async () => {
  const r = await run(["check", "examples/quickstart.golong", "--set", "train.mini_batch=100"]);
  expect(r.code).toBe(1);
  expect(r.err).toContain(" --> <--set>:1:18");
  expect(r.err).toContain("64 × 8 = 512, not a multiple of 100");
});

test("check: bad usage exits 2", async () => {
  expect((await run(["check"])).code).toBe(2);
  expect((await run(["check", "examples/quickstart.golong", "--format", "xml"])).code).toBe(2);
  expect((await run(["check", "no/such/recipe.golong"])).err).toBe("golongc check: cannot read no/such/recipe.golong\n");
  const r = await run(["check", "examples/quickstart.golong", "--fromat", "json"]);
  expect(r.code).toBe(2);
  expect(r.err).toContain("did you mean --format?");
});

test("graph: JSON, dot and Mermaid on stdout", async () => {
  const json = await run(["graph", "examples/quickstart.golong"]);
  expect(json.code).toBe(0);
  expect(JSON.parse(json.out)).toEqual(JSON.parse(readFileSync("test/compiler/golden/quickstart.graph.json", "utf8")));
  const dot = await run(["graph", "examples/golongrl-4b-tmn.golong", "--format", "dot"]);
  expect(dot.out).toBe(readFileSync("test/compiler/golden/golongrl-4b-tmn.dot", "utf8"));
  const mmd = await run(["graph", "examples/golongrl-4b-tmn.golong", "--format", "mermaid"]);
  expect(mmd.out).toContain("estimator: tmn_grpo");
  expect(mmd.out).toContain("smoothAlpha: 0.8");
});

test("graph: a recipe with errors prints no graph and exits 1", async () => {
  const r = await run(["graph", "examples/golongrl-4b-tmn.golong"], {});
  expect(r.code).toBe(1);
  expect(r.out).toBe("");
});

test("--help has an example", async () => {
  for (const c of ["check", "graph"]) {
    const r = await run([c, "--help"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`golongc ${c} examples/`);
  }
});
