// runtime/data/index.ts — data sources: JSONL and parquet readers, record validation against the
// declared type, seeded shuffling, overlong-prompt filtering, task selection by `where`.
export { openSource, type SourceConfig, type SourceRecord, type SourceStats, type BadRecord, type RecordSource, type OpenSourceOptions, type SyntheticGenerator } from "./source.js";
export { DataError, formatBadRecord } from "./errors.js";
export { readJsonlRows, indexJsonlLines, readJsonlRowsAt, type RawRow, type JsonlIndex } from "./jsonl-reader.js";
export { readParquetRows, parquetLayout, type ParquetLayout } from "./parquet-reader.js";
export { writeParquetRecords, type WriteParquetOptions } from "./parquet-writer.js";
export { inferType } from "./infer-type.js";
export { compileRecordSchema, recordZodSchema, showSchema, describeValue, type FieldProblem, type Validated } from "./record-schema.js";
export { seededRandom, epochSeed, permutation, shuffleBuffer, approxBytes, type ShuffleBufferLimits } from "./shuffle.js";
export { promptMessages, promptTokens } from "./prompt.js";
export { selectTask, taskLabel } from "./select-task.js";
