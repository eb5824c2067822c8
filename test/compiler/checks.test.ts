// One-line check cases: a small valid recipe, one mistake at a time, the exact codes reported.
import { describe, expect, test } from "vitest";
import { BASE } from "./base-recipe.js";
import { codes, compileText, rendered } from "./helpers.js";


/** Replace `from` (which must occur exactly once) by `to`. */
function edit(from: string, to: string): string {
  const i = BASE.indexOf(from);
  if (i < 0 || BASE.indexOf(from, i + 1) >= 0) throw new Error(`edit: '${from}' must occur once in BASE`);
  return BASE.slice(0, i) + to + BASE.slice(i + from.length);
}

test("the base recipe is clean and lowers to a graph", () => {
  const c = compileText(BASE);
  expect(rendered(c)).toBe("");
  expect(c.graph?.nodes.map((n) => n.kind)).toEqual([
    "source", "source", "filter", "rollout", "verify", "gate", "dynamic_sampling", "advantage", "update", "sync_weights", "eval", "checkpoint",
  ]);
  const update = c.graph!.nodes.find((n) => n.kind === "update")!;
  expect(update.config).toMatchObject({ clipLow: 0.2, clipHigh: 0.28, kl: null, miniBatch: 32, maxTokensPerGpu: (6144 + 1024) / 2 });
});

const cases: [string, string, string[]][] = [
  // names
  ["unknown record field", edit("reward em(strip_think(output), answer)", "reward em(strip_think(output), anwser)"), ["GL0201"]],
  ["unknown nested field", edit(`where kind == "qa"`, `where extra.mod == "qa"`), ["GL0206"]],
  ["duplicate task", edit("task rank {", "task qa {"), ["GL0202"]],
  ["unknown source in task", edit(`from train where kind == "qa"`, `from trian where kind == "qa"`), ["GL0203"]],
  ["unknown type", edit(`: Rec\nsource held`, `: Recc\nsource held`), ["GL0204"]],
  ["unknown function", edit("reward ndcg(", "reward ndgc("), ["GL0205"]],
  ["unknown module", edit("recipe t\n", "recipe t\nimport std.golongrll\n"), ["GL0207"]],
  ["unknown block", edit("sampling dynamic", "samplng dynamic"), ["GL0209"]],
  ["unknown advantage variant", edit("advantage tmn_grpo", "advantage tmn_grop"), ["GL0209"]],
  ["unknown field", edit("temperature: 1.0,", "temprature: 1.0,"), ["GL0210"]],
  ["unknown task set", edit("gate think_format", "tasks golongrl.all from train\ngate think_format"), ["GL0211"]],
  ["unknown gate", edit("gate think_format", "gate think_fromat"), ["GL0212"]],
  ["field set twice", edit("n: 8,", "n: 8, n: 16,"), ["GL0213"]],
  ["missing required field", edit("update ppo { lr: 1e-6,", "update ppo {"), ["GL0214"]],
  ["missing block", edit("advantage tmn_grpo { difficulty_reweight: true, smooth_alpha: 0.8 }\n", ""), ["GL0214"]],
  ["unknown named argument", edit("reward ndcg(answer_lines(output), ids)", "reward summary(output, ids, lang: extra.lang)"), ["GL0216"]],
  // types
  ["metric argument type", edit("reward ndcg(answer_lines(output), ids)", "reward ndcg(output, ids)"), ["GL0301"]],
  ["wrong arity", edit("reward em(strip_think(output), answer)", "reward em(strip_think(output))"), ["GL0302"]],
  ["missing unit", edit("max_response: 1k tokens", "max_response: 1024"), ["GL0303"]],
  ["wrong unit", edit("save_every: 5 steps", "save_every: 5s"), ["GL0303"]],
  ["field of a text", edit("reward em(strip_think(output), answer)", "reward em(strip_think(output), answer.text)"), ["GL0304"]],
  ["where not bool", edit(`where kind == "qa"`, `where kind`), ["GL0305"]],
  ["reward not a number", edit("reward em(strip_think(output), answer)", "reward strip_think(output)"), ["GL0306"]],
  ["no reward", edit("  reward em(strip_think(output), answer)\n", ""), ["GL0307"]],
  ["two rewards", edit("  reward em(strip_think(output), answer)\n", "  reward em(strip_think(output), answer)\n  reward em(output, answer)\n"), ["GL0308"]],
  ["no source", edit(`  from train where kind == "qa"\n`, ""), ["GL0309"]],
  ["fractional count", edit("n: 8,", "n: 7.5,"), ["GL0310"]],
  ["bad enum", edit("loss_agg: token_mean", "loss_agg: token_avg"), ["GL0311"]],
  ["in over a field", edit(`where kind == "qa"`, `where kind in ids`), ["GL0312"]],
  ["arithmetic per record", edit(`where kind == "qa"`, `where kind + "x" == "qa"`), ["GL0313"]],
  // values
  ["probability out of range", edit("smooth_alpha: 0.8", "smooth_alpha: 1.5"), ["GL0401"]],
  ["lr not positive", edit("lr: 1e-6", "lr: 0"), ["GL0401"]],
  ["clip swapped", edit("clip: [0.2, 0.28]", "clip: [0.28, 0.2]"), ["GL0402"]],
  ["over the context", edit("max_prompt: 6k tokens", "max_prompt: 7.5k tokens"), ["GL0403"]],
  ["onnx with a path model", edit("engine: vllm", "engine: onnx"), ["GL0404"]],
  ["warm-up with a path model", edit("gate think_format", "gate think_format\nwarmup supervised { steps: 10, lr: 1e-4 }"), ["GL0404"]],
  ["external trainer without a command", edit("update ppo { lr: 1e-6,", "update ppo { trainer: external, lr: 1e-6,"), ["GL0404"]],
  // batch
  ["gen below prompts", edit("gen_prompts_per_step: 32", "gen_prompts_per_step: 8"), ["GL0501"]],
  ["mini batch does not divide", edit("mini_batch: 32", "mini_batch: 100"), ["GL0502"]],
  ["layout does not divide", edit("actor { tp: 2, cp: 2, pp: 1 }", "actor { tp: 3, cp: 2, pp: 1 }"), ["GL0503"]],
  ["rollout tp", edit("engine: vllm,", "engine: vllm, tp: 3,"), ["GL0504"]],
  ["expert layout", edit("actor { tp: 2, cp: 2, pp: 1 }", "actor { tp: 2, cp: 2, pp: 1, ep: 32 }"), ["GL0505"]],
  // environment
  ["env unset", edit(`env("LLM")`, `env("NO_SUCH_VARIABLE")`), ["GL0601"]],
  ["file source without a type", edit(`source held = jsonl("/d/held.jsonl") : Rec`, `source held = jsonl("/d/held.jsonl")`), ["GL0608"]],
];

describe("one mistake, one diagnostic", () => {
  test.each(cases)("%s", (_name, text, expected) => {
    const c = compileText(text);
    expect(codes(c), rendered(c)).toEqual(expected);
    expect(c.graph).toBeUndefined();
  });
});

test("tmn_grpo: a label read from an optional field is reported", () => {
  const text = edit(`task rank {\n  from train`, `task rank {\n  label: extra.mode\n  from train`);
  expect(codes(compileText(text))).toEqual(["GL0607"]);
  expect(codes(compileText(text.replace("advantage tmn_grpo", "advantage grpo")))).toEqual([]);
});

test("a misspelt field gets the nearest name", () => {
  const c = compileText(edit("temperature: 1.0,", "temprature: 1.0,"));
  expect(c.diagnostics[0].help).toBe("did you mean `temperature`?");
  expect(c.diagnostics[0].message).toBe("`rollout` has no field `temprature`");
});

test("GL0502 says what divides", () => {
  const c = compileText(edit("mini_batch: 32", "mini_batch: 100"));
  expect(c.diagnostics[0].primary.label).toBe("16 × 8 = 128, not a multiple of 100");
  expect(c.diagnostics[0].help).toBe("use a mini_batch that divides 128, such as 64 or 128");
});

test("a failed expression silences its dependents", () => {
  // one unknown name inside nested calls: one diagnostic, not one per enclosing call
  const c = compileText(edit("reward ndcg(answer_lines(output), ids)", "reward ndcg(answer_lines(outptu), ids)"));
  expect(codes(c)).toEqual(["GL0201"]);
});

test("several mistakes are all reported", () => {
  const text = edit("n: 8,", "n: 7.5,").replace("smooth_alpha: 0.8", "smooth_alpha: 2");
  expect(codes(compileText(text)).sort()).toEqual(["GL0310", "GL0401"]);
});

test("import cycles between files are reported", () => {
  const files = { "a.golong": 'import "./b.golong"\n', "b.golong": 'import "./a.golong"\n' };
  const c = compileText(`recipe r\nimport "./a.golong"\n`, { files, path: "main.golong" });
  expect(codes(c)).toContain("GL0208");
});

test("a mistake in a let used by several tasks is reported once", () => {
  const text = edit("gate think_format", "let { kind2: kindd }\ngate think_format")
    .replace(`where kind == "qa"`, `where kind2 == "qa"`).replace(`where kind in ["rank", "order"]`, `where kind2 in ["rank", "order"]`);
  expect(codes(compileText(text))).toEqual(["GL0201"]);
});

test("tasks from an imported file are taken with `tasks FILE.all from SOURCE`", () => {
  const tasksFile = `type Rec2 { answer: text }\nlet { modes: ["qa"] }\ntask exact {\n  from input where kind in modes\n  reward em(strip_think(output), answer)\n}\n`;
  const text = edit("gate think_format", "tasks shared.all from train\ngate think_format").replace("recipe t\n", "recipe t\nimport \"./lib/shared.golong\"\n");
  const c = compileText(text, { files: { "lib/shared.golong": tasksFile }, path: "recipe.golong" });
  expect(rendered(c)).toBe("");
  const tasks = (c.graph!.nodes.find((n) => n.kind === "filter")!.config as { tasks: { name: string; source: string }[] }).tasks;
  expect(tasks.map((t) => `${t.name}:${t.source}`)).toEqual(["qa:train", "rank:train", "exact:train"]);
  const bad = compileText(text, { files: { "lib/shared.golong": tasksFile + "rollout { n: 2 }\n" }, path: "recipe.golong" });
  expect(bad.diagnostics.map((d) => [d.code, d.file])).toEqual([["GL0209", "lib/shared.golong"]]);
});

test("an imported file's mistakes are reported on every compilation, not only the first", () => {
  const lib = `type Rec2 { answer: txt }\n`;
  const text = BASE.replace("recipe t\n", "recipe t\nimport \"./lib/types.golong\"\n");
  for (let i = 0; i < 2; i++) {
    const c = compileText(text, { files: { "lib/types.golong": lib }, path: "recipe.golong" });
    expect(codes(c)).toEqual(["GL0204"]);
  }
});

test("the eval source must have the records the tasks read", () => {
  const text = edit(`source held = jsonl("/d/held.jsonl") : Rec`, `type Other { prompt: messages }\nsource held = jsonl("/d/held.jsonl") : Other`);
  const c = compileText(text);
  expect(codes(c)).toEqual(["GL0301"]);
  expect(c.diagnostics[0].primary.label).toBe("Other is not Rec");
});

test("an empty recipe gets one diagnostic naming everything it lacks", () => {
  const c = compileText("recipe empty\n");
  expect(codes(c)).toEqual(["GL0214"]);
  expect(c.diagnostics[0].primary.label).toBe("needs a `model`, a `rollout { }` block, an `advantage` block, an `update ppo { }` block and a `train { }` block");
});
