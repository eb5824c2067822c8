// Fuzz: mutated example recipes (and DESIGN.md's sketches) through the full pipeline (parse, check,
// lower). Each case must end in diagnostics or success, never a throw, within a time bound, with every
// diagnostic well formed and renderable. A few thousand cases by default; GOLONG_FUZZ_CASES=100000
// (npm run fuzz) for the long run, GOLONG_FUZZ_SEED to vary the seed.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { catalog, renderJson, renderText, type Diagnostic, type SourceFile } from "../../diagnostics/index.js";
import { checkRecipeText } from "../../compiler/index.js";
import { fsHost } from "../../cli/host.js";
import { mutate, prng, tokenSoup } from "./mutate.js";

const CASES = Number(process.env.GOLONG_FUZZ_CASES ?? 1500);
// A long run hands the event loop back now and then: vitest's worker answers its runner over it, and
// a test that holds it for minutes ends in "Timeout calling onTaskUpdate" (npm run fuzz exiting 1).
const YIELD_EVERY = 500;
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));
const SEED = Number(process.env.GOLONG_FUZZ_SEED ?? 20260101);
/** Generous: the machine is shared; a hang or a quadratic blow-up is far beyond it. */
const MS_PER_CASE = 3000;

const seeds: { name: string; text: string }[] = [];
for (const dir of ["examples", "test/fuzz/seeds"]) {
  if (!existsSync(dir)) continue;
  for (const f of readdirSync(dir).filter((x) => x.endsWith(".golong")).sort()) seeds.push({ name: `${dir}/${f}`, text: readFileSync(`${dir}/${f}`, "utf8") });
}

type Run = (path: string, text: string) => { diagnostics: readonly Diagnostic[]; files: ReadonlyMap<string, SourceFile> };

// The examples' variables are set; imports other than std.* read nothing from disk.
const env: Record<string, string> = { LLM: "/m", TRAIN_FILE: "/d/train.parquet", TEST_FILE: "/d/test.parquet", WORK_DIR: "/w", TIMESTAMP: "0" };
const host = { ...fsHost({ env: (n: string) => env[n] }), readText: () => undefined, resolveStd: fsHost({ env: () => undefined }).resolveStd };
const run: Run = (path, text) => checkRecipeText(path, text, host);

describe(`fuzz (full pipeline, ${CASES} cases, seed ${SEED})`, () => {
  test("the seeds compile without syntax errors", () => {
    expect(seeds.length).toBeGreaterThanOrEqual(2);
    for (const s of seeds) {
      const out = run(s.name, s.text);
      expect(out.diagnostics.filter((d) => d.code.startsWith("GL01")).map((d) => `${s.name}: ${d.code} ${d.message}`)).toEqual([]);
    }
  });

  test("mutated recipes give diagnostics or success, never a throw, in bounded time", async () => {
    const rnd = prng(SEED);
    for (let i = 0; i < CASES; i++) {
      if (i % YIELD_EVERY === YIELD_EVERY - 1) await breathe();
      const seed = seeds[Math.floor(rnd() * seeds.length)];
      const { text, what } = mutate(seed.text, rnd);
      const where = `case ${i} (seed ${SEED}) from ${seed.name} after ${what.join(", ")}: ${JSON.stringify(text.slice(0, 300))}`;
      const t0 = performance.now();
      let out: ReturnType<Run>;
      try {
        out = run("fuzz.golong", text);
        renderText(out.diagnostics, out.files);
        renderJson(out.diagnostics, out.files);
      } catch (e) {
        throw new Error(`threw on ${where}\n${(e as Error).stack}`);
      }
      const ms = performance.now() - t0;
      if (ms > MS_PER_CASE) throw new Error(`took ${ms.toFixed(0)} ms on ${where}`);
      for (const d of out.diagnostics) {
        const len = out.files.get(d.file)?.text.length ?? Infinity;
        const ok = catalog.byCode.has(d.code) && d.primary.span.start >= 0 && d.primary.span.start <= d.primary.span.end && d.primary.span.end <= len && d.message.length > 0;
        if (!ok) throw new Error(`malformed diagnostic ${JSON.stringify(d)} on ${where}`);
      }
    }
  }, Math.max(60_000, CASES * 60));

  test("token soups, small and large, give diagnostics, never a throw", async () => {
    const rnd = prng(SEED + 1);
    const soups = Math.max(30, Math.floor(CASES / 20));
    for (let i = 0; i < soups; i++) {
      if (i % (YIELD_EVERY / 10) === YIELD_EVERY / 10 - 1) await breathe();
      const count = i % 10 === 9 ? 20_000 : 1 + Math.floor(rnd() * 400);
      const text = tokenSoup(count, rnd);
      const t0 = performance.now();
      try {
        const out = run("soup.golong", text);
        renderText(out.diagnostics, out.files);
      } catch (e) {
        throw new Error(`threw on soup ${i} (seed ${SEED + 1}, ${count} tokens): ${JSON.stringify(text.slice(0, 300))}\n${(e as Error).stack}`);
      }
      const ms = performance.now() - t0;
      if (ms > MS_PER_CASE * 3) throw new Error(`took ${ms.toFixed(0)} ms on soup ${i} (${count} tokens)`);
    }
  }, Math.max(60_000, CASES * 60));
});
