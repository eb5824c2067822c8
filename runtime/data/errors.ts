// runtime/data/errors.ts — a data problem: which file, which row, which field, what was expected.

export interface DataLocation { file: string; row?: number; rowKind?: "line" | "row"; field?: string }

export class DataError extends Error {
  readonly file: string;
  readonly row?: number;
  readonly field?: string;
  constructor(message: string, where: DataLocation) {
    super(message);
    this.name = "DataError";
    this.file = where.file;
    this.row = where.row;
    this.field = where.field;
  }
}

/** `train.parquet row 118: reward_model.ground_truth.doc_ids: expected list<text>, got number`. */
export function formatBadRecord(file: string, rowKind: "line" | "row", row: number, field: string | undefined, message: string): string {
  return `${file} ${rowKind} ${row}: ${field ? `${field}: ` : ""}${message}`;
}
