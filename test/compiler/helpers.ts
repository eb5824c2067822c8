// Test helpers for the compiler: compile recipe text against the real std modules with a fake env.
import { readFileSync } from "node:fs";
import { checkRecipeText, type Compiled, type Host } from "../../compiler/index.js";
import { renderText } from "../../diagnostics/index.js";
import { fsHost } from "../../cli/host.js";

export const EXAMPLE_ENV: Record<string, string> = {
  LLM: "/models/Qwen3-4B", TRAIN_FILE: "/data/train.parquet", TEST_FILE: "/data/test.parquet",
  WORK_DIR: "/work/launch", TIMESTAMP: "20260101-000000",
};

export function testHost(env: Record<string, string> = EXAMPLE_ENV, files: Record<string, string> = {}): Host {
  const real = fsHost({ env: (n) => env[n] });
  return { ...real, readText: (p) => files[p] ?? real.readText(p) };
}

export function compileText(text: string, opts: { env?: Record<string, string>; files?: Record<string, string>; overrides?: string[]; path?: string } = {}): Compiled {
  return checkRecipeText(opts.path ?? "recipe.golong", text, testHost(opts.env ?? EXAMPLE_ENV, opts.files ?? {}), opts.overrides ?? []);
}

export function compileExample(name: string, overrides: string[] = [], env = EXAMPLE_ENV): Compiled {
  const path = `examples/${name}`;
  return checkRecipeText(path, readFileSync(path, "utf8"), testHost(env), overrides);
}

export function rendered(c: Compiled): string {
  return renderText(c.diagnostics, c.files);
}

export const codes = (c: Compiled) => c.diagnostics.map((d) => d.code);
