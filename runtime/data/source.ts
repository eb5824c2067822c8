// runtime/data/source.ts — a recipe's `source` as a stream of records: read (JSONL, parquet or
// synthetic), validated against the record type, overlong prompts dropped, shuffled by the seed. A bad
// record stops the run, or with onBadRecord "skip" is counted and reported; never dropped silently.
import { resolve } from "node:path";
import type { z } from "zod";
import type { SourceConfig as SourceConfigSchema } from "../../compiler/ir.js";
import type { Tokenizer } from "../tokenizer/index.js";
import { DataError, formatBadRecord } from "./errors.js";
import { indexJsonlLines, readJsonlRows, readJsonlRowsAt, type RawRow } from "./jsonl-reader.js";
import { parquetLayout, readParquetRows } from "./parquet-reader.js";
import { compileRecordSchema } from "./record-schema.js";
import { approxBytes, epochSeed, permutation, seededRandom, shuffleBuffer } from "./shuffle.js";
import { promptMessages, promptTokens } from "./prompt.js";

export type SourceConfig = z.output<typeof SourceConfigSchema>;

export interface SourceRecord {
  /** Stable id of the record: `<source>:<row>` (row as in error messages). */
  uid: string;
  source: string;
  file: string;
  /** JSONL: 1-based line; parquet: 0-based row; synthetic: 0-based index. */
  row: number;
  /** How messages name the row: "line" (JSONL) or "row". */
  rowKind: "line" | "row";
  record: Record<string, unknown>;
}

export interface BadRecord { file: string; row: number; field?: string; message: string; text: string }

export interface SourceStats {
  /** Records read from the file this epoch (good or bad). */
  read: number;
  /** Records that failed validation or parsing (counted only with onBadRecord "skip"). */
  bad: number;
  /** Records dropped because the prompt is longer than maxPromptTokens. */
  overlong: number;
  /** The first few bad records, for the run summary. */
  badExamples: BadRecord[];
}

/** Supplies the records of a `synthetic(...)` source (engineer 5's stdlib generator). */
export type SyntheticGenerator = (config: NonNullable<SourceConfig["synthetic"]>) => Iterable<Record<string, unknown>> | AsyncIterable<Record<string, unknown>>;

export interface OpenSourceOptions {
  /** Relative paths in the recipe resolve against this (the recipe's directory). */
  baseDir?: string;
  /** Drop records whose templated prompt has more than maxPromptTokens tokens (needs tokenizer). */
  overlong?: { tokenizer: Tokenizer; maxPromptTokens: number };
  /** Records held for shuffling parquet and synthetic sources; default 10,000. */
  shuffleBufferSize?: number;
  /** Estimated bytes the shuffle buffer may hold; default 256 MiB (whichever limit comes first). */
  shuffleBufferBytes?: number;
  /** Called for each bad record skipped under onBadRecord "skip". */
  onBadRecord?: (bad: BadRecord) => void;
  /** Generator for synthetic sources; defaults to the stdlib's generateSynthetic. */
  synthetic?: SyntheticGenerator;
}

export interface RecordSource {
  readonly name: string;
  readonly config: SourceConfig;
  /** Rows in the file when known without reading it (parquet footer, synthetic count). */
  rowCount(): Promise<number | undefined>;
  /** One epoch's records, in the epoch's (seeded) order; `skip` passes over the first records of
   *  that order (to resume mid-epoch). Stats restart with each call. */
  records(options?: { epoch?: number; skip?: number }): AsyncGenerator<SourceRecord>;
  readonly stats: SourceStats;
}

const MAX_BAD_EXAMPLES = 20;

export function openSource(config: SourceConfig, options: OpenSourceOptions = {}): RecordSource {
  const validate = compileRecordSchema(config.recordType);
  const file = config.format === "synthetic" ? `synthetic(${config.name})` : resolve(options.baseDir ?? ".", requirePath(config));
  const shownFile = config.path ?? file;
  const rowKind = config.format === "jsonl" ? "line" : "row";
  const stats: SourceStats = { read: 0, bad: 0, overlong: 0, badExamples: [] };

  const rowCount = async (): Promise<number | undefined> => {
    if (config.format === "parquet") return (await parquetLayout(file)).rows;
    if (config.format === "synthetic") return config.synthetic?.count;
    return undefined;
  };

  async function* raw(epoch: number): AsyncGenerator<RawRow> {
    if (config.format === "jsonl") {
      if (!config.shuffle) { yield* readJsonlRows(file); return; }
      // A full shuffle: index where the lines start, then read them in a seeded permutation.
      const index = await indexJsonlLines(file);
      yield* readJsonlRowsAt(file, index, permutation(index.lines, seededRandom(epochSeed(config.shuffle.seed, epoch))));
      return;
    }
    if (config.format === "parquet") {
      let order: Uint32Array | undefined;
      if (config.shuffle) {
        const layout = await parquetLayout(file);
        order = permutation(layout.rowGroups.length, seededRandom(epochSeed(config.shuffle.seed, epoch) ^ 0x9e37));
      }
      yield* readParquetRows(file, order);
      return;
    }
    const gen = options.synthetic ?? (await defaultSynthetic());
    if (!config.synthetic) throw new DataError(`source ${config.name}: synthetic source without its settings`, { file });
    let row = 0;
    for await (const value of gen(config.synthetic)) yield { row: row++, value };
  }

  const bad = (row: number, field: string | undefined, message: string) => {
    const text = formatBadRecord(shownFile, rowKind, row, field, message);
    if (config.onBadRecord === "stop") throw new DataError(text, { file: shownFile, row, field });
    const entry: BadRecord = { file: shownFile, row, ...(field ? { field } : {}), message, text };
    stats.bad++;
    if (stats.badExamples.length < MAX_BAD_EXAMPLES) stats.badExamples.push(entry);
    options.onBadRecord?.(entry);
  };

  async function* valid(epoch: number): AsyncGenerator<SourceRecord> {
    for await (const r of raw(epoch)) {
      stats.read++;
      if (r.error !== undefined) { bad(r.row, undefined, r.error); continue; }
      const checked = validate(r.value);
      if (!checked.ok) { bad(r.row, checked.problem.path, checked.problem.message); continue; }
      if (options.overlong) {
        const messages = promptMessages(checked.record, config.promptField);
        if (!messages) { bad(r.row, config.promptField, "expected the prompt as text or chat messages"); continue; }
        if (promptTokens(options.overlong.tokenizer, messages).length > options.overlong.maxPromptTokens) { stats.overlong++; continue; }
      }
      yield { uid: `${config.name}:${r.row}`, source: config.name, file: shownFile, row: r.row, rowKind, record: checked.record };
    }
  }

  return {
    name: config.name,
    config,
    stats,
    rowCount,
    async *records({ epoch = 0, skip = 0 } = {}) {
      stats.read = 0; stats.bad = 0; stats.overlong = 0; stats.badExamples.length = 0;
      const limits = { records: options.shuffleBufferSize ?? 10_000, bytes: options.shuffleBufferBytes ?? 256 * 2 ** 20, sizeOf: (r: unknown) => approxBytes((r as SourceRecord).record) };
      const ordered = config.shuffle && config.format !== "jsonl"
        ? shuffleBuffer(valid(epoch), limits, seededRandom(epochSeed(config.shuffle.seed, epoch)))
        : valid(epoch);
      let index = 0;
      for await (const rec of ordered) if (index++ >= skip) yield rec;
    },
  };
}

function requirePath(config: SourceConfig): string {
  if (!config.path) throw new DataError(`source ${config.name}: a ${config.format} source needs a path`, { file: config.name });
  return config.path;
}

// Loaded only for synthetic sources: the stdlib (metrics, jieba, math) is not needed to read files.
async function defaultSynthetic(): Promise<SyntheticGenerator> {
  const { generateSynthetic } = await import("../../stdlib/index.js");
  return (cfg) => generateSynthetic(cfg) as Iterable<unknown> as Iterable<Record<string, unknown>>;
}
