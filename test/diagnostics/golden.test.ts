// The golden runner: every test/diagnostics/cases/NAME.golong (one mistake each, named after its code:
// `gl0106-unknown-unit.golong`) is compiled with the full pipeline, and its rendered diagnostics must
// equal NAME.stderr (text, no colour) and NAME.json exactly. `GOLONG_UPDATE_GOLDEN=1` rewrites them;
// review the diff like code. Optional NAME.env (KEY=VALUE lines) replaces the default environment and
// NAME.set (one PATH=VALUE a line) passes `--set` overrides.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { catalog, renderJson, renderText, type Diagnostic, type SourceFile } from "../../diagnostics/index.js";
import { checkRecipeText } from "../../compiler/index.js";
import { fsHost } from "../../cli/host.js";

const DIR = "test/diagnostics/cases";
const UPDATE = process.env.GOLONG_UPDATE_GOLDEN === "1";

/** The environment a case sees unless it has a NAME.env: what the examples need. */
const DEFAULT_ENV: Record<string, string> = {
  LLM: "/models/Qwen3-4B", TRAIN_FILE: "/data/train.parquet", TEST_FILE: "/data/test.parquet",
  WORK_DIR: "/work/launch", TIMESTAMP: "20260101-000000",
};

interface Outcome { diagnostics: readonly Diagnostic[]; files: ReadonlyMap<string, SourceFile> }
type Pipeline = (path: string, text: string, env: Record<string, string>, overrides: string[]) => Outcome;

/** The full pipeline (parse, check, lower), reading the case's environment. */
const compileCase: Pipeline = (path, text, env, overrides) =>
  checkRecipeText(path, text, fsHost({ env: (n: string) => env[n] }), overrides);
const cases = existsSync(DIR) ? readdirSync(DIR).filter((f) => f.endsWith(".golong")).sort().map((f) => f.slice(0, -".golong".length)) : [];
const readLines = (p: string) => (existsSync(p) ? readFileSync(p, "utf8").split(/\r?\n/).filter((l) => l.trim() !== "" && !l.startsWith("#")) : undefined);

describe("golden diagnostics (full pipeline)", () => {
  test.each(cases)("%s", (name) => {
    const path = `${DIR}/${name}.golong`;
    const envLines = readLines(`${DIR}/${name}.env`);
    const env = envLines ? Object.fromEntries(envLines.map((l) => [l.slice(0, l.indexOf("=")), l.slice(l.indexOf("=") + 1)])) : DEFAULT_ENV;
    const overrides = readLines(`${DIR}/${name}.set`) ?? [];
    const out = compileCase(path, readFileSync(path, "utf8"), env, overrides);
    const stderr = renderText(out.diagnostics, out.files);
    const json = renderJson(out.diagnostics, out.files);
    if (UPDATE) {
      writeFileSync(`${DIR}/${name}.stderr`, stderr);
      writeFileSync(`${DIR}/${name}.json`, json);
    }
    const code = name.slice(0, 6).toUpperCase();
    expect(name, "a case is named after its code: glNNNN-what.golong").toMatch(/^gl\d{4}-[a-z0-9-]+$/);
    expect(out.diagnostics.map((d) => d.code), `${name} must produce ${code}`).toContain(code);
    expect(stderr).toBe(readFileSync(`${DIR}/${name}.stderr`, "utf8"));
    expect(JSON.parse(json)).toEqual(JSON.parse(readFileSync(`${DIR}/${name}.json`, "utf8")));
  });
});

describe("catalog and cases match both ways", () => {
  const caseCodes = new Set(cases.map((c) => c.slice(0, 6).toUpperCase()));

  test("every case is named after a code of the catalog", () => {
    const unknown = [...caseCodes].filter((c) => !catalog.byCode.has(c));
    expect(unknown).toEqual([]);
  });

  test("every code that is not retired has at least one case", () => {
    const missing = catalog.codes.filter((c) => !c.retired && !caseCodes.has(c.code)).map((c) => c.code);
    expect(missing).toEqual([]);
  });
});
