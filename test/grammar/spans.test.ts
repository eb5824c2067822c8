// Spans: every node's span covers exactly its text, so diagnostics point at the right characters.
import { describe, expect, test } from "vitest";
import type { Expr, Span } from "../../grammar/index.js";
import { parse } from "./parse-helpers.js";

const TEXT = `recipe demo
model policy = embedded { layers: 2 }
source train = parquet(env("TRAIN")) : list<text>?
task ranking {
  from train where mode in golongrl.ndcg_tasks
  reward ndcg(answer_lines(output), truth.doc_ids, k: 10)
}
update ppo { lr: -2e-6, warmup: 160k tokens, clip: [0.2, 0.28], r: 1..8, ok: not a == b }
`;

describe("spans", () => {
  const { recipe } = parse(TEXT);
  const at = (s: Span) => TEXT.slice(s.start, s.end);

  test("declarations span from their keyword to their end", () => {
    expect(recipe.items.map((d) => at(d.span))).toEqual([
      "recipe demo",
      "model policy = embedded { layers: 2 }",
      'source train = parquet(env("TRAIN")) : list<text>?',
      TEXT.slice(TEXT.indexOf("task ranking"), TEXT.indexOf("}\nupdate") + 1),
      TEXT.slice(TEXT.indexOf("update ppo"), TEXT.length - 1),
    ]);
    expect(at(recipe.name!.span)).toBe("demo");
  });

  test("names, types and expressions", () => {
    const [, model, source, task, update] = recipe.items;
    if (model.kind !== "model" || source.kind !== "source" || task.kind !== "task" || update.kind !== "block") throw new Error("shape");
    expect(at(model.name.span)).toBe("policy");
    expect(at(model.provider!.span)).toBe("embedded");
    expect(at(model.body.span)).toBe("{ layers: 2 }");
    expect(at(source.init.span)).toBe('parquet(env("TRAIN"))');
    expect(at(source.recordType!.span)).toBe("list<text>?");
    if (source.recordType!.kind !== "optional_type") throw new Error("shape");
    expect(at(source.recordType!.inner.span)).toBe("list<text>");
    expect(at(task.bodySpan)).toBe(TEXT.slice(TEXT.indexOf("{\n  from"), TEXT.indexOf("}\nupdate") + 1));
    const [from, reward] = task.body;
    if (from.kind !== "from" || reward.kind !== "reward") throw new Error("shape");
    expect(at(from.span)).toBe("from train where mode in golongrl.ndcg_tasks");
    expect(at(from.where!.span)).toBe("mode in golongrl.ndcg_tasks");
    if (from.where!.kind !== "binary") throw new Error("shape");
    expect(at(from.where!.opSpan)).toBe("in");
    expect(at(from.where!.right.span)).toBe("golongrl.ndcg_tasks");
    expect(at(reward.expr.span)).toBe("ndcg(answer_lines(output), truth.doc_ids, k: 10)");
    if (reward.expr.kind !== "call") throw new Error("shape");
    expect(reward.expr.args.map((a) => at(a.span))).toEqual(["answer_lines(output)", "truth.doc_ids", "k: 10"]);
    expect(at(reward.expr.args[2].name!.span)).toBe("k");

    const fields = update.body.members.map((m) => (m.kind === "field" ? m : undefined)!);
    expect(fields.map((f) => at(f.key.span))).toEqual(["lr", "warmup", "clip", "r", "ok"]);
    expect(fields.map((f) => at(f.value.span))).toEqual(["-2e-6", "160k tokens", "[0.2, 0.28]", "1..8", "not a == b"]);
    const warmup = fields[1].value as Extract<Expr, { kind: "quantity" }>;
    expect(at(warmup.unitSpan)).toBe("tokens");
    expect(at(warmup.amount.span)).toBe("160k");
    expect(fields.map((f) => at(f.span))[0]).toBe("lr: -2e-6");
  });

  test("diagnostic spans cover the offending text", () => {
    const text = 'b { x: 5 stpes, y: "a\\qb", z: @@@ }';
    const p = parse(text);
    expect(p.diagnostics.map((d) => text.slice(d.primary.span.start, d.primary.span.end))).toEqual(["stpes", "\\q", "@@@"]);
  });
});
