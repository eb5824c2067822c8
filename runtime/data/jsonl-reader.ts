// runtime/data/jsonl-reader.ts — streams a JSON-lines file one row at a time (readline over a read
// stream), so memory does not grow with the file; or, to shuffle, indexes where its lines start and
// reads them in any order. Blank lines are skipped; they carry no record.
import { createReadStream, readSync } from "node:fs";
import { open } from "node:fs/promises";
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

/** Where each line of a JSONL file starts and how long it is (bytes, without the newline). 16 bytes
 *  a line: a 1M-line file indexes in 16 MB, whatever the size of its records. */
export interface JsonlIndex { offsets: Float64Array; lengths: Float64Array; lines: number }

export async function indexJsonlLines(path: string): Promise<JsonlIndex> {
  const stream = createReadStream(path, { highWaterMark: 1 << 20 });
  let offsets = new Float64Array(1024);
  let lengths = new Float64Array(1024);
  let lines = 0;
  let lineStart = 0;
  let position = 0;
  const push = (end: number) => {
    if (lines === offsets.length) {
      const o = new Float64Array(lines * 2); o.set(offsets); offsets = o;
      const l = new Float64Array(lines * 2); l.set(lengths); lengths = l;
    }
    offsets[lines] = lineStart;
    lengths[lines] = end - lineStart;
    lines++;
  };
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) {
        push(position + i);
        lineStart = position + i + 1;
      }
      position += chunk.length;
    }
  } catch (e) {
    throw new DataError(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, { file: path });
  }
  if (position > lineStart) push(position);
  return { offsets, lengths, lines };
}

/** The lines of an indexed JSONL file in `order` (0-based line numbers), each read where it lies:
 *  a full shuffle holds one line at a time, not the file. */
export async function* readJsonlRowsAt(path: string, index: JsonlIndex, order: ArrayLike<number>): AsyncGenerator<RawRow> {
  let handle;
  try {
    handle = await open(path, "r");
  } catch (e) {
    throw new DataError(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, { file: path });
  }
  try {
    for (let k = 0; k < order.length; k++) {
      const i = order[k];
      const length = index.lengths[i];
      const buffer = Buffer.allocUnsafe(length);
      // A synchronous positioned read: an awaited one per line costs ~30x more, and a line is
      // one record, read in microseconds.
      readSync(handle.fd, buffer, 0, length, index.offsets[i]);
      let line = buffer.toString("utf8");
      if (line.endsWith("\r")) line = line.slice(0, -1);
      if (i === 0 && line.charCodeAt(0) === 0xfeff) line = line.slice(1);
      if (line.trim() === "") continue;
      try {
        yield { row: i + 1, value: JSON.parse(line) };
      } catch (e) {
        yield { row: i + 1, error: `not valid JSON (${(e as Error).message})` };
      }
    }
  } finally {
    await handle.close();
  }
}
