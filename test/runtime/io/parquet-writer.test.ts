// writeParquetRecords: records of a declared type written in verl's parquet layout read back through
// openSource exactly as they went in (nested records, messages, lists, json, optional fields,
// int64 and double columns), for hand-picked and random records; bad records are refused.
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { parquetMetadataAsync, parquetSchema, asyncBufferFromFile } from "hyparquet";
import { beforeAll, describe, expect, it } from "vitest";
import type { TypeSchema } from "../../../compiler/ir.js";
import { DataError, openSource, writeParquetRecords, type SourceRecord } from "../../../runtime/data/index.js";
import { GoLongRecordType, makeRow } from "./helpers/golong-records.js";

let dir: string;
beforeAll(async () => { dir = await mkdtemp(join(tmpdir(), "golong-pqw-")); });

async function readBack(path: string, recordType: TypeSchema): Promise<Record<string, unknown>[]> {
  const out: SourceRecord[] = [];
  for await (const r of openSource({ name: "t", format: "parquet", path, recordType, promptField: "prompt", shuffle: null, onBadRecord: "stop" }).records()) out.push(r);
  return out.map((r) => r.record);
}

const Mixed: TypeSchema = { kind: "record", name: "Mixed", fields: {
  id: { kind: "number" },
  weight: { kind: "number" },
  ok: { kind: "bool" },
  note: { kind: "optional", of: { kind: "text" } },
  prompt: { kind: "messages" },
  truth: { kind: "json" },
  tags: { kind: "list", of: { kind: "text" } },
  grid: { kind: "list", of: { kind: "list", of: { kind: "number" } } },
  meta: { kind: "record", fields: { source: { kind: "text" }, rank: { kind: "optional", of: { kind: "number" } } } },
} };

describe("writeParquetRecords", () => {
  it("round-trips GoLongRL records through openSource, in several row groups", async () => {
    const rows = Array.from({ length: 230 }, (_, i) => makeRow(i));
    const path = join(dir, "golong.parquet");
    expect(await writeParquetRecords(path, rows as never, GoLongRecordType, { rowGroupSize: 100 })).toEqual({ rows: 230 });
    // Columns are the type's fields: `style`, which GoLongRecordType does not declare, is not written.
    const declared = rows.map(({ reward_model: { ground_truth }, ...rest }) => ({ ...rest, reward_model: { ground_truth } }));
    expect(await readBack(path, GoLongRecordType)).toEqual(declared);
    const meta = await parquetMetadataAsync(await asyncBufferFromFile(path));
    expect(meta.row_groups.map((g) => Number(g.num_rows))).toEqual([100, 100, 30]);
    // verl's layout: prompt is list<struct<role, content>>, extra_info.index int64
    const schema = parquetSchema(meta);
    const prompt = schema.children.find((c) => c.element.name === "prompt")!;
    expect(prompt.element.converted_type).toBe("LIST");
    expect(prompt.children[0].children[0].children.map((c) => c.element.name)).toEqual(["role", "content"]);
    const extra = schema.children.find((c) => c.element.name === "extra_info")!;
    expect(extra.children.find((c) => c.element.name === "index")!.element.type).toBe("INT64");
  });

  it("keeps json values of any shape, optional fields, doubles and nested lists", async () => {
    const rows = [
      { id: 1, weight: 0.5, ok: true, note: "n", prompt: [{ role: "user", content: "q" }], truth: { doc_ids: ["a"], golden_label: "x" }, tags: ["a", "b"], grid: [[1, 2], []], meta: { source: "s", rank: 3 } },
      { id: 2, weight: 2, ok: false, note: null, prompt: [], truth: ["last", { golden_label: "y" }], tags: [], grid: [], meta: { source: "t", rank: null } },
      { id: 3, weight: -1.25, ok: true, note: null, prompt: [{ role: "system", content: "" }, { role: "assistant", content: "a\nb" }], truth: "plain answer", tags: ["中文"], grid: [[0]], meta: { source: "", rank: 0 } },
    ];
    const path = join(dir, "mixed.parquet");
    await writeParquetRecords(path, rows, Mixed);
    expect(await readBack(path, Mixed)).toEqual(rows);
  });

  it("round-trips random records", async () => {
    const text = fc.string({ maxLength: 12 });
    const record = fc.record({
      id: fc.integer({ min: -1e6, max: 1e6 }),
      weight: fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }).map((x) => (Object.is(x, -0) ? 0 : x)),
      ok: fc.boolean(),
      note: fc.option(text, { nil: null }),
      prompt: fc.array(fc.record({ role: fc.constantFrom("system", "user", "assistant"), content: text }), { maxLength: 3 }),
      truth: fc.oneof(text, fc.array(text, { maxLength: 3 }), fc.record({ doc_ids: fc.array(text, { maxLength: 3 }) })),
      tags: fc.array(text, { maxLength: 4 }),
      grid: fc.array(fc.array(fc.integer({ min: -9, max: 9 }), { maxLength: 3 }), { maxLength: 3 }),
      meta: fc.record({ source: text, rank: fc.option(fc.integer({ min: 0, max: 99 }), { nil: null }) }),
    });
    let k = 0;
    await fc.assert(fc.asyncProperty(fc.array(record, { minLength: 1, maxLength: 30 }), async (rows) => {
      const path = join(dir, `random-${k++}.parquet`);
      await writeParquetRecords(path, rows, Mixed, { rowGroupSize: 7 });
      // whole numbers in `weight` may make it an int64 column; they read back as the same numbers
      expect(await readBack(path, Mixed)).toEqual(rows);
    }), { numRuns: 40 });
  });

  it("refuses a record that does not fit the type, naming it, and leaves no file", async () => {
    const path = join(dir, "bad.parquet");
    const rows = [makeRow(0), { ...makeRow(1), ability: 7 }];
    await expect(writeParquetRecords(path, rows as never, GoLongRecordType)).rejects.toThrow(`${path}: record 1: ability: expected text, got number`);
    const { existsSync, readdirSync } = await import("node:fs");
    expect(existsSync(path)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.startsWith("bad.parquet"))).toEqual([]);
  });

  it("says when a later row group breaks an int64 column inferred from the first", async () => {
    const Num: TypeSchema = { kind: "record", fields: { x: { kind: "number" } } };
    const err = await writeParquetRecords(join(dir, "num.parquet"), [{ x: 1 }, { x: 2 }, { x: 2.5 }], Num, { rowGroupSize: 2 }).catch((e) => e);
    expect(err).toBeInstanceOf(DataError);
    expect(err.message).toMatch(/record 2: x: 2\.5 is not a whole number, but the column was written as int64/);
    await expect(writeParquetRecords(join(dir, "x.parquet"), [], { kind: "json" })).rejects.toThrow(/needs a record type with fields/);
  });
});
