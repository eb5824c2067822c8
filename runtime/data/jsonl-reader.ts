// runtime/data/jsonl-reader.ts — streams a JSON-lines file one row at a time (readline over a read
// stream), so memory does not grow with the file. Blank lines are skipped; they carry no record.
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { DataError } from "./errors.js";

/** One row as read: the parsed value, or why it could not be parsed. `row` is the 1-based line. */
export interface RawRow { row: number; value?: unknown; error?: string }

export async function* readJsonlRows(path: string): AsyncGenerator<RawRow> {
  const stream = createReadStream(path, { encoding: "utf8", highWaterMark: 1 << 16 });
  const opened = await new Promise<Error | null>((resolve) => {
    stream.once("open", () => resolve(null));
    stream.once("error", (e) => resolve(e));
  });
  if (opened) throw new DataError(`cannot read ${path}: ${(opened as NodeJS.ErrnoException).code ?? opened.message}`, { file: path });
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let row = 0;
  try {
    for await (const line of lines) {
      row++;
      if (line.trim() === "") continue;
      try {
        // A byte-order mark (files saved by some Windows editors) is not part of the first record.
        yield { row, value: JSON.parse(row === 1 && line.charCodeAt(0) === 0xfeff ? line.slice(1) : line) };
      } catch (e) {
        yield { row, error: `not valid JSON (${(e as Error).message})` };
      }
    }
  } finally {
    lines.close();
    stream.destroy();
  }
}
