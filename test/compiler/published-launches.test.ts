// Every setting of the published GoLongRL launches (reference/golongrl/*.overrides.txt, copied to
// test/data/reference/) has a home in the example recipes: the verl overrides golong derives from the
// compiled graph equal the published ones, except the keys verl no longer reads, which map to what
// verl reads today or are dropped because nothing reads them.
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { findRetiredKey, lookupVerlKey, verlOverrides, VERL_ENTRY } from "../../compiler/index.js";
import { compileExample } from "./helpers.js";

// The placeholders of the published files, passed as the environment: paths then match verbatim.
const PLACEHOLDERS = { LLM: "${LLM}", TRAIN_FILE: "${TRAIN_FILE}", TEST_FILE: "${TEST_FILE}", WORK_DIR: "${WORK_DIR}", TIMESTAMP: "${TIMESTAMP}" };

function published(name: string): { entry: string[]; overrides: Map<string, string> } {
  const lines = readFileSync(`test/data/reference/${name}`, "utf8").trim().split("\n");
  const overrides = new Map<string, string>();
  for (const l of lines.slice(3)) {
    const eq = l.indexOf("=");
    overrides.set(l.slice(0, eq), l.slice(eq + 1));
  }
  return { entry: lines.slice(0, 3), overrides };
}

/** Hydra's text of a value, for comparison with the published text. */
function hydraText(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return `[${v.map(hydraText).join(",")}]`;
  return String(v);
}
function sameValue(publishedText: string, v: unknown): boolean {
  if (typeof v === "boolean") return publishedText.toLowerCase() === String(v);
  if (typeof v === "number") return Number(publishedText) === v;
  return publishedText === hydraText(v);
}

const strip = (k: string) => k.replace(/^\+\+?/, "");

const launches: [string, string][] = [
  ["golongrl-4b-tmn.golong", "qwen3-4B-tmn-reweight.overrides.txt"],
  ["golongrl-4b-grpo.golong", "qwen3-4B-grpo.overrides.txt"],
  ["golongrl-30b-grpo.golong", "qwen3-30B-A3B-grpo.overrides.txt"],
];

describe.each(launches)("%s expresses %s", (example, file) => {
  const c = compileExample(example, [], PLACEHOLDERS);
  const emitted = new Map(verlOverrides(c.graph!).map((o) => [strip(o.key), o]));
  const { entry, overrides } = published(file);

  test("it compiles clean", () => {
    expect(c.diagnostics).toEqual([]);
    expect(entry).toEqual([...VERL_ENTRY]);
  });

  test("every published override is emitted with its value, or retired", () => {
    const problems: string[] = [];
    for (const [rawKey, text] of overrides) {
      const key = strip(rawKey);
      const retired = findRetiredKey(key);
      if (retired) {
        if (retired.replacement && emitted.has(retired.replacement)) continue;
        if (retired.golongField || !retired.replacement) continue;  // expressed by a golong field, or read by nothing
        problems.push(`${key}: retired, but ${retired.replacement} is not emitted`);
        continue;
      }
      const got = emitted.get(key);
      if (!got) problems.push(`${key}=${text}: not emitted`);
      else if (!sameValue(text, got.value)) problems.push(`${key}: published ${text}, emitted ${hydraText(got.value)}`);
    }
    expect(problems).toEqual([]);
  });

  test("importance sampling becomes what verl reads today", () => {
    expect(emitted.get("algorithm.rollout_correction.rollout_is")?.value).toBe("token");
    expect(emitted.get("algorithm.rollout_correction.rollout_is_threshold")?.value).toBe(5);
    expect(emitted.get("algorithm.rollout_correction.rollout_rs_threshold")?.value).toBe("0.5_5.0");
  });

  test("golong emits nothing the launch does not set, and only keys verl has or adds with +", () => {
    const publishedKeys = new Set([...overrides.keys()].map(strip));
    const replaced = new Set([...overrides.keys()].map((k) => findRetiredKey(strip(k))?.replacement).filter(Boolean));
    const extra: string[] = [];
    for (const o of verlOverrides(c.graph!)) {
      const k = strip(o.key);
      if (!o.key.startsWith("+") && !lookupVerlKey(k)) extra.push(`${k}: not a verl key`);
      if (!publishedKeys.has(k) && !replaced.has(k) && !k.startsWith("algorithm.rollout_correction.")) extra.push(`${k}: not in the launch`);
    }
    expect(extra).toEqual([]);
  });
});
