// An end-to-end run's inputs: JSONL data with three task types (exact-match lookup, ranking scored
// by NDCG, summaries scored by ROUGE-L), the think gate, and the IR graph a recipe lowers to,
// pointed at a local OpenAI-compatible server.
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { Graph } from "../../../compiler/ir.js";
import { buildGraph, type GraphOptions } from "../core/fakes.js";

export const KINDS = ["lookup", "ranking", "summary"] as const;

export function records(count: number, offset = 0): Record<string, unknown>[] {
  return Array.from({ length: count }, (_, j) => {
    const i = j + offset;
    const kind = KINDS[i % 3];
    const docIds = [`doc_${i % 5}`, `doc_${(i + 2) % 5}`, `doc_${(i + 3) % 5}`];
    const references = [`the river ${i} flows north past the mill and the old bridge`];
    const answer = kind === "lookup" ? `value ${i * 7 % 13}` : kind === "ranking" ? docIds.join("|") : references[0];
    return { prompt: `Question ${i} (${kind}) ANSWER:${answer}`, kind, answer, doc_ids: docIds, references };
  });
}

const after = { kind: "call", fn: "after_think", args: [{ kind: "output" }] };
const field = (name: string) => ({ kind: "field", path: [name] });
const tasks = [
  { name: "lookup", label: "lookup", source: "train", where: { kind: "compare", op: "==", left: field("kind"), right: { kind: "literal", value: "lookup" } },
    reward: { kind: "call", fn: "em", args: [after, field("answer")] } },
  { name: "ranking", label: "ranking", source: "train", where: { kind: "compare", op: "==", left: field("kind"), right: { kind: "literal", value: "ranking" } },
    reward: { kind: "call", fn: "ndcg", args: [{ kind: "call", fn: "answer_lines", args: [after] }, field("doc_ids")] } },
  { name: "summary", label: "summary", source: "train", where: { kind: "compare", op: "==", left: field("kind"), right: { kind: "literal", value: "summary" } },
    reward: { kind: "call", fn: "rouge_l", args: [after, field("references")] } },
];

export async function writeFixture(dir: string, o: GraphOptions & { endpoint: string; timeoutMs?: number; retries?: number; workers?: number }): Promise<string> {
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, "train.jsonl"), records(36).map((r) => JSON.stringify(r)).join("\n") + "\n");
  await writeFile(join(dir, "held_out.jsonl"), records(9, 1000).map((r) => JSON.stringify(r)).join("\n") + "\n");
  const g = buildGraph(o) as unknown as { nodes: Array<{ kind: string; config: Record<string, unknown> }> } & Record<string, unknown>;
  const recordType = {
    kind: "record", open: true,
    fields: { prompt: { kind: "text" }, kind: { kind: "text" }, answer: { kind: "text" }, doc_ids: { kind: "list", of: { kind: "text" } }, references: { kind: "list", of: { kind: "text" } } },
  };
  for (const n of g.nodes) {
    if (n.kind === "source") n.config = { ...n.config, recordType, shuffle: { seed: 5 } };
    if (n.kind === "filter") n.config = { ...n.config, tasks };
    if (n.kind === "verify") n.config = { ...n.config, tasks, workers: o.workers ?? 0 };
    if (n.kind === "rollout") n.config = { ...n.config, timeoutMs: o.timeoutMs ?? 5000, retries: o.retries ?? 1 };
  }
  const res = { gpus: 0, cpuWorkers: 0 };
  g.nodes.splice(g.nodes.findIndex((n) => n.kind === "verify") + 1, 0,
    { id: "gate", kind: "gate", resources: res, inputs: [], outputs: [], config: { name: "think_format", expr: { kind: "call", fn: "think_format", args: [{ kind: "output" }] } } } as never);
  g.recipe = "e2e";
  g.file = join(dir, "e2e.golong");
  const graph = Graph.parse(g);
  const path = join(dir, "graph.json");
  await writeFile(path, JSON.stringify(graph, null, 2));
  return path;
}
