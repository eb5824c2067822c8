// docs/recipes.md documents every block and field of the compiler's field table, and docs/verl.md
// every retired verl key: the docs cannot silently fall behind the code.
import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { MODEL_EMBEDDED, MODEL_PATH, RETIRED_VERL_KEYS, TOP_BLOCKS, type BlockSpec } from "../../compiler/index.js";

test("docs/recipes.md has a row for every field of every block", () => {
  const doc = readFileSync("docs/recipes.md", "utf8");
  const missing: string[] = [];
  const walk = (b: BlockSpec, where: string) => {
    for (const f of b.fields) if (!doc.includes(`| \`${f.name}\` |`)) missing.push(`${where}.${f.name}`);
    for (const nb of b.blocks ?? []) walk(nb, `${where}.${nb.keyword}`);
  };
  for (const b of [MODEL_PATH, MODEL_EMBEDDED, ...TOP_BLOCKS]) {
    walk(b, b.keyword);
    if (!doc.includes(`### ${b.keyword}`) && b.keyword !== "model") missing.push(`### ${b.keyword}`);
  }
  expect(missing).toEqual([]);
});

test("docs/verl.md lists every retired key", () => {
  const doc = readFileSync("docs/verl.md", "utf8");
  expect(RETIRED_VERL_KEYS.filter((r) => !doc.includes(`\`${r.key}\``)).map((r) => r.key)).toEqual([]);
});
