// runtime/data/parquet-writer.ts — records of a record type as parquet in verl's layout (messages as
// list<struct<role, content>>, records as structs, lists as LIST, json as text), a row group at a time
// into a temp file renamed into place. openSource reads back what went in (the type's fields only).
import { rename, rm } from "node:fs/promises";
import { fileWriter, parquetWriteRows } from "hyparquet-writer";
import type { TypeSchema } from "../../compiler/ir.js";
import { DataError } from "./errors.js";
import { compileRecordSchema, showSchema } from "./record-schema.js";

export interface WriteParquetOptions {
  /** Rows per row group (default 1,000). Number columns are int64 when every value in the first
   *  row group is a whole number, else double. */
  rowGroupSize?: number;
}

// parquet-format's SchemaElement, as much of it as golong writes.
interface Element {
  name: string;
  type?: "BOOLEAN" | "INT64" | "DOUBLE" | "BYTE_ARRAY";
  converted_type?: "UTF8" | "JSON" | "LIST";
  repetition_type: "OPTIONAL" | "REPEATED" | "REQUIRED";
  num_children?: number;
}

/** Whether each number leaf (by path, lists as `[]`) holds only whole numbers so far. */
type NumberKinds = Map<string, boolean>;

function observeNumbers(t: TypeSchema, v: unknown, path: string, kinds: NumberKinds): void {
  if (v === null || v === undefined) return;
  switch (t.kind) {
    case "number": {
      const whole = Number.isSafeInteger(Number(v));
      kinds.set(path, (kinds.get(path) ?? true) && whole);
      return;
    }
    case "optional": observeNumbers(t.of, v, path, kinds); return;
    case "list": for (const x of v as unknown[]) observeNumbers(t.of, x, `${path}[]`, kinds); return;
    case "record": for (const [k, f] of Object.entries(t.fields)) observeNumbers(f, (v as Record<string, unknown>)[k], path ? `${path}.${k}` : k, kinds); return;
    default: return;
  }
}

function elements(name: string, t: TypeSchema, path: string, kinds: NumberKinds): Element[] {
  switch (t.kind) {
    case "text": return [{ name, type: "BYTE_ARRAY", converted_type: "UTF8", repetition_type: "OPTIONAL" }];
    case "number": return [{ name, type: kinds.get(path) === false ? "DOUBLE" : "INT64", repetition_type: "OPTIONAL" }];
    case "bool": return [{ name, type: "BOOLEAN", repetition_type: "OPTIONAL" }];
    case "json": return [{ name, type: "BYTE_ARRAY", converted_type: "JSON", repetition_type: "OPTIONAL" }];
    case "optional": return elements(name, t.of, path, kinds);
    case "messages":
      return elements(name, { kind: "list", of: { kind: "record", fields: { role: { kind: "text" }, content: { kind: "text" } } } }, path, kinds);
    case "list":
      return [
        { name, repetition_type: "OPTIONAL", converted_type: "LIST", num_children: 1 },
        { name: "list", repetition_type: "REPEATED", num_children: 1 },
        ...elements("element", t.of, `${path}[]`, kinds),
      ];
    case "record": {
      const fields = Object.entries(t.fields);
      // Parquet has no empty groups; a record type with no fields is kept as JSON.
      if (fields.length === 0) return [{ name, type: "BYTE_ARRAY", converted_type: "JSON", repetition_type: "OPTIONAL" }];
      return [
        { name, repetition_type: "OPTIONAL", num_children: fields.length },
        ...fields.flatMap(([k, f]) => elements(k, f, path ? `${path}.${k}` : k, kinds)),
      ];
    }
  }
}

// The value as the writer wants it: int64 leaves as bigint, declared fields only.
function prepare(t: TypeSchema, v: unknown, path: string, kinds: NumberKinds, row: number): unknown {
  if (v === null || v === undefined) return null;
  switch (t.kind) {
    case "number": {
      if (kinds.get(path) === false) return Number(v);
      const n = Number(v);
      if (!Number.isSafeInteger(n)) throw new DataError(`record ${row}: ${path}: ${n} is not a whole number, but the column was written as int64 because the first row group held only whole numbers (use a larger rowGroupSize)`, { file: "", row, field: path });
      return BigInt(n);
    }
    case "optional": return prepare(t.of, v, path, kinds, row);
    case "messages": return (v as Array<{ role: string; content: string }>).map((m) => ({ role: m.role, content: m.content }));
    case "list": return (v as unknown[]).map((x) => prepare(t.of, x, `${path}[]`, kinds, row));
    case "record": {
      const fields = Object.entries(t.fields);
      if (fields.length === 0) return v;
      const out: Record<string, unknown> = {};
      for (const [k, f] of fields) out[k] = prepare(f, (v as Record<string, unknown>)[k], path ? `${path}.${k}` : k, kinds, row);
      return out;
    }
    default: return v;
  }
}

/** Writes `records` (validated against `recordType` first) to `path`; returns the row count. */
export async function writeParquetRecords(
  path: string,
  records: Iterable<Record<string, unknown>> | AsyncIterable<Record<string, unknown>>,
  recordType: TypeSchema,
  options: WriteParquetOptions = {},
): Promise<{ rows: number }> {
  if (recordType.kind !== "record" || Object.keys(recordType.fields).length === 0)
    throw new DataError(`parquet needs a record type with fields to make columns, got ${showSchema(recordType)}`, { file: path });
  const rowGroupSize = options.rowGroupSize ?? 1_000;
  const validate = compileRecordSchema(recordType);
  const iterator = (Symbol.asyncIterator in records ? records[Symbol.asyncIterator]() : (records as Iterable<Record<string, unknown>>)[Symbol.iterator]()) as AsyncIterator<Record<string, unknown>> | Iterator<Record<string, unknown>>;
  let row = 0;
  const next = async (): Promise<Record<string, unknown> | undefined> => {
    const r = await iterator.next();
    if (r.done) return undefined;
    const checked = validate(r.value);
    if (!checked.ok) throw new DataError(`${path}: record ${row}: ${checked.problem.path}: ${checked.problem.message}`, { file: path, row, field: checked.problem.path });
    row++;
    return checked.record;
  };

  // The first row group decides each number column's type, so it is read before the schema exists.
  const first: Record<string, unknown>[] = [];
  for (let r = await next(); r; r = first.length < rowGroupSize ? await next() : undefined) first.push(r);
  const kinds: NumberKinds = new Map();
  for (const r of first) observeNumbers(recordType, r, "", kinds);
  const fields = Object.entries(recordType.fields);
  const schema: Element[] = [
    { name: "root", repetition_type: "REQUIRED", num_children: fields.length },
    ...fields.flatMap(([k, f]) => elements(k, f, k, kinds)),
  ];
  let prepared = 0;
  const prepareRow = (r: Record<string, unknown>) => {
    try {
      return prepare(recordType, r, "", kinds, prepared++) as Record<string, unknown>;
    } catch (e) {
      if (!(e instanceof DataError)) throw e;
      throw new DataError(`${path}: ${e.message}`, { file: path, ...(e.row !== undefined ? { row: e.row } : {}), ...(e.field ? { field: e.field } : {}) });
    }
  };
  async function* rows(): AsyncGenerator<Record<string, unknown>> {
    for (const r of first) yield prepareRow(r);
    if (first.length < rowGroupSize) return;
    for (let r = await next(); r; r = await next()) yield prepareRow(r);
  }

  const tmp = `${path}.tmp-${process.pid}`;
  try {
    await parquetWriteRows({
      writer: fileWriter(tmp),
      rows: rows(),
      columns: fields.map(([name]) => ({ name })),
      schema: schema as never,
      rowGroupSize,
    });
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
  return { rows: row };
}
