// cli/commands/data.ts — `golongc data`: look inside a data file (JSONL or parquet) and convert
// between the two, without a recipe: the record type is inferred from the first records.
import { createWriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { resolve } from "node:path";
import { once } from "node:events";
import type { TypeSchema } from "../../compiler/ir.js";
import {
  DataError, inferType, parquetLayout, readJsonlRows, readParquetRows, showSchema, writeParquetRecords, type RawRow,
} from "../../runtime/data/index.js";
import type { Command } from "../command.js";
import { parseFlags } from "../args.js";
import { EXIT, type Io } from "../io.js";

const HELP = `golongc data: look inside a data file, or convert it (JSONL <-> parquet)

usage: golongc data inspect FILE [--rows N] [--infer-rows N]
       golongc data convert IN OUT [--infer-rows N] [--row-group N]

The format comes from the extension: .jsonl (or .json lines) and .parquet.

inspect  prints the row count (and row groups for parquet), the record type inferred from the
         first records, in the notation of a recipe's \`type\`, then the first N records as JSON
         lines (default 3).
convert  writes IN's records to OUT. To parquet, in verl's layout (prompt as
         list<struct<role, content>>, nested records as structs), with the record type inferred
         from the first records; a later record that does not fit it stops the conversion with
         its row and field (raise --infer-rows). OUT is written whole or not at all.

options:
  --rows N         records to print (inspect; default 3)
  --infer-rows N   records the type is inferred from (default 1000)
  --row-group N    rows per parquet row group (convert; default 1000)
  -h, --help       show this help

examples:
  golongc data inspect data/train.parquet --rows 1
  golongc data convert data/train.jsonl data/train.parquet
`;

type Format = "jsonl" | "parquet";

function formatOf(path: string): Format | undefined {
  if (/\.parquet$/i.test(path)) return "parquet";
  if (/\.(jsonl|ndjson|json)$/i.test(path)) return "jsonl";
  return undefined;
}

const rowName = (f: Format) => (f === "jsonl" ? "line" : "row");

async function* records(path: string, format: Format): AsyncGenerator<{ row: number; record: Record<string, unknown> }> {
  const rows: AsyncIterable<RawRow> = format === "jsonl" ? readJsonlRows(path) : readParquetRows(path);
  for await (const r of rows) {
    if (r.error !== undefined) throw new DataError(`${path} ${rowName(format)} ${r.row}: ${r.error}`, { file: path, row: r.row });
    if (r.value === null || typeof r.value !== "object" || Array.isArray(r.value))
      throw new DataError(`${path} ${rowName(format)} ${r.row}: expected a record (a JSON object)`, { file: path, row: r.row });
    yield { row: r.row, record: r.value as Record<string, unknown> };
  }
}

const jsonLine = (v: unknown) => JSON.stringify(v, (_k, x) => (typeof x === "bigint" ? Number(x) : x));

function positiveInt(v: string | undefined, flag: string, fallback: number): number | string {
  if (v === undefined) return fallback;
  const n = Number(v);
  return Number.isInteger(n) && n >= 0 ? n : `--${flag} expects a whole number, got ${v}`;
}

async function inspect(path: string, format: Format, shown: number, inferRows: number, io: Io): Promise<number> {
  const sample: Record<string, unknown>[] = [];
  let count = 0;
  for await (const { record } of records(path, format)) {
    if (sample.length < Math.max(shown, inferRows)) sample.push(record);
    count++;
  }
  const lines = [`file: ${path}`, `format: ${format}`, `records: ${count}`];
  if (format === "parquet") {
    const layout = await parquetLayout(path);
    lines.push(`row groups: ${layout.rowGroups.length} (${layout.rowGroups.map((g) => g.rows).join(", ")} rows)`);
  }
  const type = inferType(sample.slice(0, inferRows));
  lines.push(`record type (from the first ${Math.min(inferRows, count)}): ${describeType(type)}`);
  io.stdout(lines.join("\n") + "\n");
  for (const r of sample.slice(0, shown)) io.stdout(jsonLine(r) + "\n");
  return EXIT.ok;
}

/** A record type written out field by field, as in a recipe's `type` declaration. */
function describeType(t: TypeSchema, indent = ""): string {
  if (t.kind === "optional") return `${describeType(t.of, indent)}?`;
  if (t.kind !== "record") return showSchema(t);
  const inner = indent + "  ";
  return `{\n${Object.entries(t.fields).map(([k, v]) => `${inner}${k}: ${describeType(v, inner)}`).join("\n")}\n${indent}}`;
}

async function convert(input: string, inFormat: Format, output: string, outFormat: Format, inferRows: number, rowGroup: number, io: Io): Promise<number> {
  if (outFormat === "jsonl") {
    const tmp = `${output}.tmp-${process.pid}`;
    const out = createWriteStream(tmp);
    let n = 0;
    try {
      for await (const { record } of records(input, inFormat)) {
        if (!out.write(jsonLine(record) + "\n")) await once(out, "drain");
        n++;
      }
      out.end();
      await once(out, "finish");
      await rename(tmp, output);
    } catch (e) {
      out.destroy();
      await rm(tmp, { force: true });
      throw e;
    }
    io.stderr(`wrote ${n} records to ${output}\n`);
    return EXIT.ok;
  }
  // Parquet needs the type before the first row: infer it from the first records, then write
  // those and the rest of the stream.
  const it = records(input, inFormat)[Symbol.asyncIterator]();
  const head: Record<string, unknown>[] = [];
  for (let r = await it.next(); !r.done; r = head.length < inferRows ? await it.next() : { done: true, value: undefined }) head.push(r.value.record);
  if (head.length === 0) throw new DataError(`${input} has no records to convert`, { file: input });
  const type = inferType(head);
  async function* all(): AsyncGenerator<Record<string, unknown>> {
    yield* head;
    if (head.length < inferRows) return;
    for (let r = await it.next(); !r.done; r = await it.next()) yield r.value.record;
  }
  const { rows } = await writeParquetRecords(output, all(), type, { rowGroupSize: rowGroup });
  io.stderr(`wrote ${rows} records to ${output}\n`);
  return EXIT.ok;
}

export const command: Command = {
  name: "data",
  summary: "inspect a data file, or convert JSONL <-> parquet",
  help: HELP,
  async run(argv, io) {
    const parsed = parseFlags(argv, { rows: { type: "string" }, "infer-rows": { type: "string" }, "row-group": { type: "string" } });
    if (!parsed.ok) { io.stderr(`golongc data: ${parsed.message}\n`); return EXIT.usage; }
    const [sub, ...files] = parsed.positionals;
    const shown = positiveInt(parsed.values.rows, "rows", 3);
    const inferRows = positiveInt(parsed.values["infer-rows"], "infer-rows", 1000);
    const rowGroup = positiveInt(parsed.values["row-group"], "row-group", 1000);
    for (const v of [shown, inferRows, rowGroup]) if (typeof v === "string") { io.stderr(`golongc data: ${v}\n`); return EXIT.usage; }
    if (inferRows === 0 || rowGroup === 0) { io.stderr("golongc data: --infer-rows and --row-group must be at least 1\n"); return EXIT.usage; }
    const want = sub === "inspect" ? 1 : sub === "convert" ? 2 : 0;
    if (want === 0) { io.stderr(`golongc data: expected a subcommand, inspect or convert${sub ? `, got '${sub}'` : ""}\n`); return EXIT.usage; }
    if (files.length !== want) { io.stderr(`golongc data ${sub}: expected ${want === 1 ? "one file" : "an input and an output file"}, got ${files.length}\n`); return EXIT.usage; }
    const paths = files.map((f) => resolve(io.cwd(), f));
    const formats = paths.map(formatOf);
    const unknown = files.find((_, i) => formats[i] === undefined);
    if (unknown) { io.stderr(`golongc data: cannot tell the format of ${unknown} (use .jsonl or .parquet)\n`); return EXIT.usage; }
    try {
      if (sub === "inspect") return await inspect(paths[0], formats[0]!, shown as number, inferRows as number, io);
      return await convert(paths[0], formats[0]!, paths[1], formats[1]!, inferRows as number, rowGroup as number, io);
    } catch (e) {
      if (!(e instanceof DataError)) throw e;
      io.stderr(`error: ${e.message}\n`);
      return EXIT.inputErrors;
    }
  },
};
