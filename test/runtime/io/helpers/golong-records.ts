// Test helpers: GoLongRL-shaped records (verl's layout) written as JSONL or parquet, and their
// declared record type. Parquet is written with hyparquet-writer using verl's nested schema.
import { writeFile } from "node:fs/promises";
import { parquetWriteBuffer } from "hyparquet-writer";
import type { TypeSchema } from "../../../../compiler/ir.js";

export interface GoLongRow {
  data_source: string;
  prompt: Array<{ role: string; content: string }>;
  ability: string;
  reward_model: { ground_truth: { doc_ids: unknown; golden_label: string[]; summary: string }; style: string };
  extra_info: { index: number; reward_mode: string };
}

export const GoLongRecordType: TypeSchema = {
  kind: "record", name: "GoLongRecord", fields: {
    data_source: { kind: "text" },
    prompt: { kind: "messages" },
    ability: { kind: "text" },
    reward_model: { kind: "record", fields: {
      ground_truth: { kind: "record", fields: {
        doc_ids: { kind: "list", of: { kind: "text" } },
        golden_label: { kind: "list", of: { kind: "text" } },
        summary: { kind: "text" },
      } },
    } },
    extra_info: { kind: "record", fields: { index: { kind: "number" }, reward_mode: { kind: "text" } } },
  },
};

const MODES = ["ndcg", "em", "summary", "multi_choice"];

export function makeRow(i: number, promptChars = 40): GoLongRow {
  const mode = MODES[i % MODES.length];
  return {
    data_source: `longbench_${mode}`,
    prompt: [{ role: "user", content: `Question ${i}: ${"x".repeat(promptChars)}` }],
    ability: "long_context",
    reward_model: { ground_truth: { doc_ids: [`d${i}`, `d${i + 1}`], golden_label: [`A${i % 4}`], summary: i % 2 ? "en" : "zh" }, style: "rule" },
    extra_info: { index: i, reward_mode: mode },
  };
}

export async function writeJsonl(path: string, rows: readonly unknown[]): Promise<void> {
  await writeFile(path, rows.map((r) => JSON.stringify(r) + "\n").join(""));
}

const str = (name: string) => ({ name, type: "BYTE_ARRAY", converted_type: "UTF8", repetition_type: "OPTIONAL" }) as const;
const listOf = (name: string, element: Record<string, unknown>[]) => [
  { name, repetition_type: "OPTIONAL", converted_type: "LIST", num_children: 1 },
  { name: "list", repetition_type: "REPEATED", num_children: 1 },
  ...element,
];

// verl's parquet layout: prompt list<struct<role, content>>, reward_model struct, extra_info struct.
// `docIdsAsNumbers` writes doc_ids as a list of int64, to make a record that breaks its type.
export function goLongParquet(rows: readonly GoLongRow[], rowGroupSize: number, docIdsAsNumbers = false): ArrayBuffer {
  const schema = [
    { name: "root", num_children: 5 },
    str("data_source"),
    ...listOf("prompt", [{ name: "element", repetition_type: "OPTIONAL", num_children: 2 }, str("role"), str("content")]),
    str("ability"),
    { name: "reward_model", repetition_type: "OPTIONAL", num_children: 2 },
    { name: "ground_truth", repetition_type: "OPTIONAL", num_children: 3 },
    ...listOf("doc_ids", [docIdsAsNumbers ? { name: "element", type: "INT64", repetition_type: "OPTIONAL" } : str("element")]),
    ...listOf("golden_label", [str("element")]),
    str("summary"),
    str("style"),
    { name: "extra_info", repetition_type: "OPTIONAL", num_children: 2 },
    { name: "index", type: "INT64", repetition_type: "OPTIONAL" },
    str("reward_mode"),
  ];
  const prepared = rows.map((r) => ({
    ...r,
    reward_model: { ...r.reward_model, ground_truth: { ...r.reward_model.ground_truth, doc_ids: docIdsAsNumbers ? (r.reward_model.ground_truth.doc_ids as unknown[]).map((_, k) => BigInt(k)) : r.reward_model.ground_truth.doc_ids } },
    extra_info: { ...r.extra_info, index: BigInt(r.extra_info.index) },
  }));
  const columns = ["data_source", "prompt", "ability", "reward_model", "extra_info"] as const;
  return parquetWriteBuffer({
    columnData: columns.map((name) => ({ name, data: prepared.map((r) => r[name]) })),
    schema: schema as never,
    rowGroupSize,
  });
}

export async function writeParquet(path: string, rows: readonly GoLongRow[], rowGroupSize = 50, docIdsAsNumbers = false): Promise<void> {
  await writeFile(path, new Uint8Array(goLongParquet(rows, rowGroupSize, docIdsAsNumbers)));
}
