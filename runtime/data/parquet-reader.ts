// runtime/data/parquet-reader.ts — parquet read one row group at a time with hyparquet, so peak memory
// is a row group (verl's hold a few thousand rows), not the file. Nested columns (verl's `prompt`
// list<struct<role, content>>, `reward_model` struct) arrive as plain arrays and objects.
import { asyncBufferFromFile, parquetMetadataAsync, parquetReadObjects, type FileMetaData } from "hyparquet";
import { DataError } from "./errors.js";
import type { RawRow } from "./jsonl-reader.js";

/** int64 columns decode as bigint, which JSON cannot hold and the recipe's `number` does not know:
 *  every one becomes a number (exact up to 2^53, which row indices and counts never pass). */
export function withoutBigints(v: unknown): unknown {
  if (typeof v === "bigint") return Number(v);
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) if (typeof v[i] === "bigint" || (v[i] !== null && typeof v[i] === "object")) v[i] = withoutBigints(v[i]);
    return v;
  }
  if (v !== null && typeof v === "object" && !(v instanceof Uint8Array) && !(v instanceof Date)) {
    const o = v as Record<string, unknown>;
    for (const k in o) if (typeof o[k] === "bigint" || (o[k] !== null && typeof o[k] === "object")) o[k] = withoutBigints(o[k]);
  }
  return v;
}

export interface ParquetLayout { file: string; rows: number; rowGroups: Array<{ start: number; rows: number }> }

async function open(path: string) {
  let file;
  try {
    file = await asyncBufferFromFile(path);
  } catch (e) {
    throw new DataError(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, { file: path });
  }
  let metadata: FileMetaData;
  try {
    metadata = await parquetMetadataAsync(file);
  } catch (e) {
    throw new DataError(`${path}: not a readable parquet file (${(e as Error).message})`, { file: path });
  }
  return { file, metadata };
}

/** Row count and row groups from the footer alone. */
export async function parquetLayout(path: string): Promise<ParquetLayout> {
  const { metadata } = await open(path);
  let start = 0;
  const rowGroups = metadata.row_groups.map((g) => {
    const r = { start, rows: Number(g.num_rows) };
    start += r.rows;
    return r;
  });
  return { file: path, rows: Number(metadata.num_rows), rowGroups };
}

/** Rows in file order, or row groups in `groupOrder` (for shuffling). `row` is the 0-based row. */
export async function* readParquetRows(path: string, groupOrder?: ArrayLike<number>): AsyncGenerator<RawRow> {
  const { file, metadata } = await open(path);
  const starts: number[] = [];
  let start = 0;
  for (const g of metadata.row_groups) { starts.push(start); start += Number(g.num_rows); }
  const order = groupOrder ?? starts.map((_, i) => i);
  for (let k = 0; k < order.length; k++) {
    const g = order[k];
    const rowStart = starts[g];
    const rowEnd = rowStart + Number(metadata.row_groups[g].num_rows);
    let rows: Record<string, unknown>[];
    try {
      rows = await parquetReadObjects({ file, metadata, rowStart, rowEnd });
    } catch (e) {
      throw new DataError(`${path}: cannot decode rows ${rowStart}-${rowEnd - 1} (${(e as Error).message})`, { file: path, row: rowStart });
    }
    for (let i = 0; i < rows.length; i++) yield { row: rowStart + i, value: withoutBigints(rows[i]) };
  }
}
