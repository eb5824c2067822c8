// The checker never throws: mutated recipes (insertions of tokens, deletions, duplicated slices,
// random --set values) give diagnostics or a graph. A few hundred cases here; GOLONG_FUZZ_CASES more.
import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { BASE } from "./base-recipe.js";
import { compileText } from "./helpers.js";

const CASES = Number(process.env.GOLONG_FUZZ_CASES ?? 400);
const TOKENS = ["{", "}", "(", ")", "[", "]", ",", ":", "=", "from", "where", "reward", "task", "tasks", "gate", "in", "not", "and", "0", "-1", "1e9",
  "1.5", "\"x\"", "output", "record", "train", "k", "16k tokens", "5 steps", "30s", "60%", "env(\"LLM\")", "env(\"NOPE\")", "let", "verl", "type", "..",
  "+", "/", "0/0", "label:", "a.b.c", "golongrl.all", "nonzero_std(score)", "import std.golongrl", "import \"./x.golong\"", "x.y", "1..8"];

test(`${CASES} mutated recipes compile without throwing`, () => {
  let seed = 20260101;
  const rnd = (n: number) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
  const seeds = [BASE, ...["golongrl-4b-tmn", "quickstart"].map((n) => readFileSync(`examples/${n}.golong`, "utf8")), readFileSync("stdlib/std/golongrl.golong", "utf8")];
  const failures: string[] = [];
  for (let i = 0; i < CASES; i++) {
    let t = seeds[rnd(seeds.length)];
    for (let j = 1 + rnd(4); j > 0; j--) {
      const p = rnd(t.length + 1);
      const op = rnd(3);
      if (op === 0) t = `${t.slice(0, p)} ${TOKENS[rnd(TOKENS.length)]} ${t.slice(p)}`;
      else if (op === 1) t = t.slice(0, p) + t.slice(p + rnd(20));
      else { const q = rnd(t.length + 1); t = t.slice(0, p) + t.slice(q, q + rnd(40)) + t.slice(p); }
    }
    const overrides = rnd(5) === 0 ? [`rollout.n=${TOKENS[rnd(TOKENS.length)]}`] : [];
    try {
      const c = compileText(t, { overrides });
      if (!c.graph && !c.diagnostics.some((d) => d.severity === "error")) failures.push(`no graph and no error: ${JSON.stringify(t)}`);
    } catch (e) {
      failures.push(`${(e as Error).message}: ${JSON.stringify(t)}`);
    }
  }
  expect(failures.slice(0, 3)).toEqual([]);
});
