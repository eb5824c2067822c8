// test/stdlib/metrics/golden-files.ts — runs a golden file through a golongc audit command in-process
// (the same handler the CLI uses) and lists the cases whose answer differs from `expected`.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { runCli } from "../../../cli/main.js";
import { fakeIo } from "../../helpers/fake-io.js";

export const goldenDir = fileURLToPath(new URL("../../data/golden/", import.meta.url));

export interface GoldenRow { id: string; expected: unknown; [k: string]: unknown }

export function readGolden(file: string): GoldenRow[] {
  return readFileSync(goldenDir + file, "utf8").split("\n").filter((l) => l.trim() !== "").map((l) => JSON.parse(l));
}

function same(got: unknown, want: unknown, tol: number): boolean {
  if (typeof want === "number") return typeof got === "number" && Math.abs(got - want) <= tol;
  return JSON.stringify(got) === JSON.stringify(want);
}

/** Feeds `rows` to `golongc <argv>` and returns "id: got X, want Y" for each mismatch. */
export async function mismatches(argv: string[], rows: GoldenRow[], field: string, tol: number): Promise<string[]> {
  const io = fakeIo(rows.map((r) => JSON.stringify(r)).join("\n") + "\n");
  const code = await runCli(argv, io);
  const answers = io.out.split("\n").filter((l) => l !== "").map((l) => JSON.parse(l));
  const bad: string[] = [];
  if (code !== 0) bad.push(`exit code ${code}: ${io.err}`);
  if (answers.length !== rows.length) bad.push(`${answers.length} answers for ${rows.length} lines`);
  rows.forEach((r, i) => {
    const a = answers[i];
    if (!a || a.id !== r.id || !same(a[field], r.expected, tol)) bad.push(`${r.id}: got ${JSON.stringify(a)}, want ${JSON.stringify(r.expected)}`);
  });
  return bad;
}
