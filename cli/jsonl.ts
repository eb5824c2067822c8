// cli/jsonl.ts — the audit commands' shared loop (score, reward, advantage, stats, extract): a JSON
// line out per JSON line in (--input FILE or stdin), in order; blank lines skipped. A line that cannot
// be answered gets {"line", "id"?, "error"} in its place, the rest are still answered, and exit is 1.
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { z } from "zod";
import { EXIT, type Io } from "./io.js";

/** A problem with one input line: reported on that line, never a crash. */
export class LineError extends Error {}

/** `line` is the input line's JSON text, for handlers that must re-read a field with other number
 *  semantics than JSON.parse (Python's int/float distinction in `golongc score`). */
export type LineHandler = (record: Record<string, unknown>, lineNo: number, line: string) => Record<string, unknown>;

/** Serialises numbers the way the golden files do: NaN and infinities as strings. (metrics.jsonl
 *  writes them the same way; the copy here keeps the runtime out of the audit commands' start-up.) */
export function toJsonLine(value: unknown): string {
  return JSON.stringify(value, (_k, v) =>
    typeof v === "number" && !Number.isFinite(v) ? (Number.isNaN(v) ? "NaN" : v > 0 ? "Infinity" : "-Infinity") : v);
}

/** A number as the golden files write it (the reverse of toJsonLine): a JSON number, or NaN and the
 *  infinities as strings. */
export const JsonNumber = z.union([
  z.number(),
  z.enum(["NaN", "Infinity", "-Infinity"]).transform((s) => Number(s)),
]);

export async function runJsonLines(input: string | undefined, io: Io, handle: LineHandler): Promise<number> {
  let stream: NodeJS.ReadableStream;
  if (input !== undefined && input !== "-") {
    const s = createReadStream(input, { encoding: "utf8" });
    const opened = await new Promise<Error | null>((resolve) => {
      s.once("open", () => resolve(null));
      s.once("error", (e) => resolve(e));
    });
    if (opened) {
      io.stderr(`error: cannot read --input ${input}: ${(opened as NodeJS.ErrnoException).code ?? opened.message}\n`);
      return EXIT.usage;
    }
    stream = s;
  } else {
    stream = io.stdinStream();
  }
  const where = input && input !== "-" ? input : "<stdin>";
  let failed = 0;
  let lineNo = 0;
  const out: string[] = [];
  const flush = () => { if (out.length) { io.stdout(out.join("")); out.length = 0; } };
  for await (const raw of createInterface({ input: stream, crlfDelay: Infinity })) {
    lineNo++;
    const line = raw.trim();
    if (line === "") continue;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (e) {
      failed++;
      out.push(toJsonLine({ line: lineNo, error: `${where}:${lineNo}: not valid JSON (${(e as Error).message})` }) + "\n");
      continue;
    }
    if (record === null || typeof record !== "object" || Array.isArray(record)) {
      failed++;
      out.push(toJsonLine({ line: lineNo, error: `${where}:${lineNo}: expected a JSON object` }) + "\n");
      continue;
    }
    const obj = record as Record<string, unknown>;
    try {
      out.push(toJsonLine(handle(obj, lineNo, line)) + "\n");
    } catch (e) {
      if (!(e instanceof LineError)) throw e;
      failed++;
      out.push(toJsonLine({ line: lineNo, ...(typeof obj.id === "string" ? { id: obj.id } : {}), error: `${where}:${lineNo}: ${e.message}` }) + "\n");
    }
    if (out.length >= 256) flush();
  }
  flush();
  if (failed) io.stderr(`${failed} line${failed === 1 ? "" : "s"} of ${where} could not be answered (see the "error" lines)\n`);
  return failed ? EXIT.inputErrors : EXIT.ok;
}
