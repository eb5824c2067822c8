// `--set PATH=VALUE`: applied to the recipe before checking, checked like the file, and reported
// against the pseudo-file `<--set>`.
import { expect, test } from "vitest";
import { OVERRIDES_FILE } from "../../compiler/index.js";
import { BASE } from "./base-recipe.js";
import { codes, compileText, rendered } from "./helpers.js";

const node = (c: ReturnType<typeof compileText>, kind: string) => c.graph!.nodes.find((n) => n.kind === kind)!.config as Record<string, unknown>;

test("an override replaces a field", () => {
  const c = compileText(BASE, { overrides: ["rollout.n=4", "advantage.smooth_alpha=0.5"] });
  expect(rendered(c)).toBe("");
  expect(node(c, "rollout").n).toBe(4);
  expect(node(c, "advantage").smoothAlpha).toBe(0.5);
});

test("nested blocks, units and new blocks", () => {
  const c = compileText(BASE, { overrides: ["cluster.actor.tp=4", "rollout.max_response=2k tokens", "verify.workers=2", "rollout.val.n=4"] });
  expect(rendered(c)).toBe("");
  expect(c.graph!.cluster!.actor.tp).toBe(4);
  expect(node(c, "rollout").maxResponseTokens).toBe(2048);
  expect(node(c, "rollout").val).toMatchObject({ n: 4 });
  expect(node(c, "verify").workers).toBe(2);
});

test("the model and the verl block can be overridden", () => {
  const c = compileText(BASE, { overrides: ["model.path=\"/other\"", "verl.trainer.balance_batch=false"] });
  expect(rendered(c)).toBe("");
  expect((c.graph!.model as { path: string }).path).toBe("/other");
  expect(c.graph!.verl).toEqual({ "trainer.balance_batch": false });
});

test("a bad value points at the flag, in <--set>", () => {
  const c = compileText(BASE, { overrides: ["rollout.n=8", "rollout.top_p=1.5"] });
  expect(codes(c)).toEqual(["GL0401"]);
  const d = c.diagnostics[0];
  expect(d.file).toBe(OVERRIDES_FILE);
  expect(c.files.get(OVERRIDES_FILE)!.text.slice(d.primary.span.start, d.primary.span.end)).toBe("1.5");
  expect(rendered(c)).toContain(" --> <--set>:2:15");
});

test("an override is checked against the rest of the recipe", () => {
  const c = compileText(BASE, { overrides: ["train.mini_batch=100"] });
  expect(codes(c)).toEqual(["GL0502"]);
  expect(c.diagnostics[0].file).toBe(OVERRIDES_FILE);
  // The related span (where n is set) lies in the recipe, not in the flag, and is drawn there.
  expect(c.diagnostics[0].related.map((r) => r.file)).toEqual(["recipe.golong"]);
  const text = rendered(c);
  expect(text).toContain(" ::: recipe.golong:");
  expect(text.split("\n").filter((l) => l.includes("n is set here"))).toHaveLength(1);
  expect(text.slice(text.indexOf("::: recipe.golong"))).toContain("n is set here");
});

test("unknown blocks, fields and malformed flags", () => {
  expect(codes(compileText(BASE, { overrides: ["rolout.n=8"] }))).toEqual(["GL0609"]);
  expect(codes(compileText(BASE, { overrides: ["rollout.nn=8"] }))).toEqual(["GL0210"]);
  expect(codes(compileText(BASE, { overrides: ["rollout.n"] }))).toEqual(["GL0609"]);
  expect(codes(compileText(BASE, { overrides: ["rollout=8"] }))).toEqual(["GL0609"]);
  expect(codes(compileText(BASE, { overrides: ["rollout.n=[1,"] }))[0]).toMatch(/^GL01/);
  expect(compileText(BASE, { overrides: ["rolout.n=8"] }).diagnostics[0].help).toBe("did you mean `rollout`?");
});
