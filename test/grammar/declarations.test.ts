// Every declaration form, and DESIGN.md's two sketches parsed exactly as written there.
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { expectParse, id, n, name, onlyDecl, stripSpans } from "./parse-helpers.js";

describe("declarations", () => {
  test("recipe and imports", () => {
    const r = expectParse('recipe golongrl_4b\nimport std.golongrl\nimport "./tasks.golong"\n');
    expect(r.name).toMatchObject({ name: "golongrl_4b" });
    expect(stripSpans(r.items)).toEqual([
      { kind: "recipe_name", name: id("golongrl_4b") },
      { kind: "import", target: { kind: "module", name: name("std", "golongrl") } },
      { kind: "import", target: { kind: "file", path: "./tasks.golong" } },
    ]);
  });

  test("model, plain and with a provider", () => {
    expect(onlyDecl('model policy {\n  path: env("LLM")\n  max_context: 176k tokens\n}')).toMatchObject({
      kind: "model", name: id("policy"),
      body: { members: [{ key: { text: "path" } }, { key: { text: "max_context" }, value: { kind: "quantity", value: 180224 } }] },
    });
    const m = onlyDecl("model policy = embedded { layers: 2, width: 128 }");
    expect(m).toMatchObject({ kind: "model", provider: id("embedded") });
  });

  test("sources with and without a record type", () => {
    expect(onlyDecl('source train = parquet(env("TRAIN_FILE")) : GoLongRecord')).toEqual({
      kind: "source", name: id("train"),
      init: { kind: "call", callee: name("parquet"), args: [{ kind: "arg", value: { kind: "call", callee: name("env"), args: [{ kind: "arg", value: { kind: "string", value: "TRAIN_FILE" } }] } }] },
      recordType: { kind: "type_ref", name: name("GoLongRecord"), args: [] },
    });
    expect(onlyDecl("source s = synthetic(capabilities: all, count: 20k, seed: 7)")).toMatchObject({
      kind: "source", init: { kind: "call", args: [{ name: id("capabilities") }, { name: id("count"), value: { value: 20000 } }, { name: id("seed") }] },
    });
    expect(onlyDecl('source s = jsonl("a.jsonl")\n  : golongrl.Record')).toMatchObject({ recordType: { name: name("golongrl", "Record") } });
  });

  test("record types: builtin, generic, optional, nested, named", () => {
    const t = onlyDecl("type Rec {\n  id: text\n  ids: list<text>, n: optional<number>\n  summary: text?\n  truth: { doc_ids: list<list<text>>, type: json }\n  m: messages, b: bool, other: Truth\n}");
    const ref = (nm: string, ...args: unknown[]) => ({ kind: "type_ref", name: name(nm), args });
    expect(t).toEqual({
      kind: "type", name: id("Rec"),
      type: {
        kind: "record_type",
        fields: [
          { kind: "type_field", name: id("id"), type: ref("text") },
          { kind: "type_field", name: id("ids"), type: ref("list", ref("text")) },
          { kind: "type_field", name: id("n"), type: ref("optional", ref("number")) },
          { kind: "type_field", name: id("summary"), type: { kind: "optional_type", inner: ref("text") } },
          { kind: "type_field", name: id("truth"), type: { kind: "record_type", fields: [
            { kind: "type_field", name: id("doc_ids"), type: ref("list", ref("list", ref("text"))) },
            { kind: "type_field", name: id("type"), type: ref("json") },
          ] } },
          { kind: "type_field", name: id("m"), type: ref("messages") },
          { kind: "type_field", name: id("b"), type: ref("bool") },
          { kind: "type_field", name: id("other"), type: ref("Truth") },
        ],
      },
    });
    expect(onlyDecl("type Ids = list<text>")).toEqual({ kind: "type", name: id("Ids"), type: ref("list", ref("text")) });
  });

  test("a task: from, where, reward, other fields; several rewards parse (the checker reports them)", () => {
    const t = onlyDecl("task ranking {\n  from train where reward_mode in golongrl.ndcg_tasks\n  reward ndcg(answer_lines(output), truth.doc_ids)\n  weight: 2, reward f(x)\n}");
    expect(t).toMatchObject({
      kind: "task", name: id("ranking"),
      body: [
        { kind: "from", source: name("train"), where: { kind: "binary", op: "in" } },
        { kind: "reward", expr: { kind: "call", callee: name("ndcg") } },
        { kind: "field", key: { text: "weight" }, value: n(2) },
        { kind: "reward", expr: { kind: "call", callee: name("f") } },
      ],
    });
    expect(onlyDecl("task t { from: 1 }")).toMatchObject({ body: [{ kind: "field", key: { text: "from" } }] });
  });

  test("tasks from a preset", () => {
    expect(onlyDecl("tasks golongrl.all")).toEqual({ kind: "tasks", preset: name("golongrl", "all") });
    expect(onlyDecl("tasks synthetic.all from train")).toEqual({ kind: "tasks", preset: name("synthetic", "all"), from: { kind: "from", source: name("train") } });
  });

  test("gates, bare and with fields", () => {
    expect(onlyDecl("gate think_format")).toEqual({ kind: "gate", name: name("think_format") });
    expect(onlyDecl("gate think_format { penalty: 0 }")).toMatchObject({ kind: "gate", body: { members: [{ key: { text: "penalty" } }] } });
  });

  test("blocks with variants, nested blocks, dotted and quoted keys", () => {
    expect(onlyDecl("sampling dynamic { keep_groups_with: nonzero_std(score), max_gen_batches: 32 }")).toMatchObject({
      kind: "block", keyword: id("sampling"), variant: id("dynamic"),
    });
    expect(onlyDecl("cluster { nodes: 16, gpus_per_node: 8, actor { tp: 8, cp: 8, pp: 1 } }")).toMatchObject({
      kind: "block", keyword: id("cluster"),
      body: { members: [{ kind: "field" }, { kind: "field" }, { kind: "block", keyword: id("actor"), body: { members: [{}, {}, {}] } }] },
    });
    const v = onlyDecl('verl {\n  "actor_rollout_ref.actor.megatron.param_offload": true\n  actor_rollout_ref.rollout.gpu_memory_utilization: 0.6\n}');
    expect(v).toMatchObject({
      body: { members: [
        { key: { text: "actor_rollout_ref.actor.megatron.param_offload", parts: ["actor_rollout_ref", "actor", "megatron", "param_offload"], quoted: true }, value: { kind: "bool", value: true } },
        { key: { text: "actor_rollout_ref.rollout.gpu_memory_utilization", quoted: false }, value: n(0.6) },
      ] },
    });
    expect(onlyDecl("train { }")).toEqual({ kind: "block", keyword: id("train"), body: { kind: "block_body", members: [] } });
  });

  test("comments of both kinds anywhere; their spans are kept", () => {
    const r = expectParse("// head\nrollout { /* inline */ n: 16 // tail\n  /* multi\n line */ tp: 8 }\n");
    expect(r.comments).toHaveLength(4);
    expect(stripSpans(r.items[0])).toMatchObject({ body: { members: [{ key: { text: "n" } }, { key: { text: "tp" } }] } });
  });

  test("CRLF line endings and a byte-order mark", () => {
    const r = expectParse("\uFEFFrecipe x\r\nrollout {\r\n  n: 16\r\n  tp: 8\r\n}\r\n");
    expect(r.items.map((d) => d.kind)).toEqual(["recipe_name", "block"]);
  });
});

describe("DESIGN.md's sketches", () => {
  test("the GoLongRL 4B TMN recipe parses as written", () => {
    const r = expectParse(readFileSync("test/fuzz/seeds/design-golongrl-4b-tmn.golong", "utf8"));
    expect(r.name?.name).toBe("golongrl_4b_tmn");
    expect(r.items.map((d) => (d.kind === "block" ? `${d.keyword.name}${d.variant ? " " + d.variant.name : ""}` : d.kind))).toEqual([
      "recipe_name", "import", "model", "source", "source", "task", "task", "gate",
      "rollout", "sampling dynamic", "advantage tmn_grpo", "update ppo", "train", "cluster",
    ]);
    const rollout = stripSpans(r.items[8]);
    expect(rollout.kind === "block" && rollout.body.members.map((m) => (m.kind === "field" ? m.key.text : "?"))).toEqual([
      "engine", "mode", "tp", "n", "temperature", "top_p", "max_prompt", "max_response", "truncation", "filter_overlong_prompts",
    ]);
    const update = stripSpans(r.items[11]);
    expect(update).toMatchObject({ body: { members: [
      { key: { text: "lr" }, value: n(2e-6, "2e-6") }, { key: { text: "warmup" }, value: { kind: "quantity", value: 5, unit: "steps" } },
      {}, {}, { key: { text: "clip" }, value: { kind: "list", items: [n(0.2), n(0.28)] } }, {}, {}, { key: { text: "kl" }, value: name("off") },
    ] } });
    expect(r.comments.length).toBe(6);
  });

  test("the quickstart parses as written", () => {
    const r = expectParse(readFileSync("test/fuzz/seeds/design-quickstart.golong", "utf8"));
    expect(r.items.map((d) => d.kind)).toEqual(["recipe_name", "import", "model", "source", "source", "tasks", "block", "block", "block", "block", "block", "block"]);
    expect(stripSpans(r.items[5])).toEqual({ kind: "tasks", preset: name("synthetic", "all"), from: { kind: "from", source: name("train") } });
    expect(stripSpans(r.items[11])).toMatchObject({ keyword: id("eval"), body: { members: [
      { key: { text: "every" }, value: { kind: "quantity", value: 10, unit: "steps" } }, { key: { text: "on" }, value: name("held_out") },
    ] } });
  });
});
