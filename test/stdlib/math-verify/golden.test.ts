// test/stdlib/math-verify/golden.test.ts — every public math_verify case (metrics.jsonl rows with
// metric "math_verify" and all of math_verify_peer.jsonl) through `golongc score`, in-process: the
// same dispatch the CLI uses. A difference is a failure; there is no skip list.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { runCli } from "../../../cli/main.js";
import { fakeIo } from "../../helpers/fake-io.js";
import { mathVerify } from "../../../stdlib/math-verify/index.js";

interface Row { id: string; metric: string; solution_str: string; ground_truth: string | string[]; expected: number }

const dir = fileURLToPath(new URL("../../data/golden/", import.meta.url));
const read = (file: string): Row[] =>
  readFileSync(dir + file, "utf8").split("\n").filter((l) => l.trim() !== "").map((l) => JSON.parse(l) as Row);

const metricRows = read("metrics.jsonl").filter((r) => r.metric === "math_verify");
const peerRows = read("math_verify_peer.jsonl");

async function scoreViaCli(rows: Row[]): Promise<Map<string, number>> {
  const io = fakeIo(rows.map((r) => JSON.stringify(r)).join("\n") + "\n");
  const code = await runCli(["score"], io);
  expect(code, io.err).toBe(0);
  const out = new Map<string, number>();
  for (const line of io.out.split("\n").filter((l) => l !== "")) {
    const a = JSON.parse(line) as { id: string; score: number };
    out.set(a.id, a.score);
  }
  return out;
}

function differences(rows: Row[], got: Map<string, number>): string[] {
  return rows
    .filter((r) => { const g = got.get(r.id); return g === undefined || Math.abs(g - r.expected) > 1e-9; })
    .map((r) => `${r.id}: got ${got.get(r.id)}, want ${r.expected}`);
}

describe("math_verify golden cases", () => {
  test("the files hold the documented counts", () => {
    expect(metricRows).toHaveLength(198);
    expect(peerRows).toHaveLength(597);
    expect(peerRows.every((r) => r.metric === "math_verify")).toBe(true);
  });

  test("metrics.jsonl math_verify rows via golongc score", async () => {
    expect(differences(metricRows, await scoreViaCli(metricRows))).toEqual([]);
  });

  test("math_verify_peer.jsonl via golongc score", async () => {
    expect(differences(peerRows, await scoreViaCli(peerRows))).toEqual([]);
  });

  test("the library export agrees with the CLI on every case", () => {
    const bad = [...metricRows, ...peerRows].filter((r) => Math.abs(mathVerify(r.solution_str, r.ground_truth) - r.expected) > 1e-9);
    expect(bad.map((r) => r.id)).toEqual([]);
  });
});
