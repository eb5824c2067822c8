// docs/recipes.md documents every block and field of the compiler's field table, and docs/verl.md
// every retired verl key: the docs cannot silently fall behind the code.
import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { compileText, rendered } from "./helpers.js";
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

test("the README's recipe checks clean, and the README's GL0502 example is what golongc prints", () => {
  const files = ["README.md"];
  const failing: string[] = [];
  for (const f of files) {
    const text = readFileSync(f, "utf8");
    for (const m of text.matchAll(/```golong\n([\s\S]*?)```/g)) {
      const c = compileText(m[1]);
      if (c.diagnostics.some((d) => d.severity === "error")) failing.push(`${f}:\n${rendered(c)}`);
    }
  }
  expect(failing).toEqual([]);

  const readme = readFileSync("README.md", "utf8");
  const recipe = /```golong\n([\s\S]*?)```/.exec(readme)![1];
  const shown = /```\n(error\[GL0502\][\s\S]*?)```/.exec(readme)![1];
  const got = rendered(compileText(recipe.replace("mini_batch: 128", "mini_batch: 100"), { path: "recipe.golong" }));
  expect(got).toContain(shown.trimEnd());
});
