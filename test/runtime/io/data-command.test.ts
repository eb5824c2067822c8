// `golongc data inspect|convert` in-process, and the record-type inference behind it: JSONL ->
// parquet -> JSONL gives back the same records; bad usage exits 2, bad data exits 1 with the row.
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../../cli/main.js";
import { inferType } from "../../../runtime/data/index.js";
import { fakeIo } from "../../helpers/fake-io.js";
import { makeRow, writeJsonl, writeParquet } from "./helpers/golong-records.js";

let dir: string;
beforeAll(async () => { dir = await mkdtemp(join(tmpdir(), "golong-datacmd-")); });

describe("inferType", () => {
  it("finds the narrowest type every sample fits", () => {
    expect(inferType([
      { a: "x", n: 1, m: [{ role: "user", content: "q" }], l: [1, 2], g: { k: true }, j: "s", o: null },
      { a: "y", n: 2.5, m: [], l: [], g: { k: false }, j: { x: 1 }, o: 3 },
      { a: "z", n: 0, m: [{ role: "assistant", content: "a" }], l: [3], g: { k: true } },
    ])).toEqual({ kind: "record", fields: {
      a: { kind: "text" }, n: { kind: "number" }, m: { kind: "messages" }, l: { kind: "list", of: { kind: "number" } },
      g: { kind: "record", fields: { k: { kind: "bool" } } }, j: { kind: "optional", of: { kind: "json" } }, o: { kind: "optional", of: { kind: "number" } },
    } });
    expect(inferType([[{ role: "robot", content: "x" }]])).toEqual({ kind: "list", of: { kind: "record", fields: { role: { kind: "text" }, content: { kind: "text" } } } });
    expect(inferType([null, undefined])).toEqual({ kind: "optional", of: { kind: "json" } });
  });
});

describe("golongc data", () => {
  it("inspect prints the count, row groups, inferred type and first records of a parquet file", async () => {
    const rows = Array.from({ length: 120 }, (_, i) => makeRow(i));
    const path = join(dir, "train.parquet");
    await writeParquet(path, rows, 50);
    const io = fakeIo();
    expect(await runCli(["data", "inspect", path, "--rows", "2"], io)).toBe(0);
    const lines = io.out.trimEnd().split("\n");
    expect(lines.slice(0, 4)).toEqual([`file: ${path}`, "format: parquet", "records: 120", "row groups: 3 (50, 50, 20 rows)"]);
    expect(io.out).toContain("record type (from the first 120): {\n  data_source: text\n  prompt: messages\n");
    expect(io.out).toContain("    doc_ids: list<text>\n");
    expect(lines.slice(-2).map((l) => JSON.parse(l))).toEqual(rows.slice(0, 2));
  });

  it("convert goes JSONL -> parquet -> JSONL without changing a record", async () => {
    const rows = Array.from({ length: 75 }, (_, i) => makeRow(i));
    const src = join(dir, "in.jsonl"), mid = join(dir, "mid.parquet"), back = join(dir, "back.jsonl");
    await writeJsonl(src, rows);
    const io = fakeIo();
    expect(await runCli(["data", "convert", src, mid, "--row-group", "20", "--infer-rows", "30"], io)).toBe(0);
    expect(io.err).toBe(`wrote 75 records to ${mid}\n`);
    expect(await runCli(["data", "convert", mid, back], fakeIo())).toBe(0);
    expect((await readFile(back, "utf8")).trimEnd().split("\n").map((l) => JSON.parse(l))).toEqual(rows);
  });

  it("stops a conversion at a record the inferred type does not fit, writing nothing", async () => {
    const rows: unknown[] = Array.from({ length: 10 }, (_, i) => makeRow(i));
    (rows[8] as any).ability = 5;
    const src = join(dir, "drift.jsonl"), out = join(dir, "drift.parquet");
    await writeJsonl(src, rows);
    const io = fakeIo();
    expect(await runCli(["data", "convert", src, out, "--infer-rows", "4"], io)).toBe(1);
    expect(io.err).toBe(`error: ${out}: record 8: ability: expected text, got number\n`);
    expect(existsSync(out)).toBe(false);
  });

  it("runs through the real binary: records on stdout, exit 0", async () => {
    const { execa } = await import("execa");
    const path = join(dir, "bin.jsonl");
    await writeJsonl(path, [makeRow(0), makeRow(1)]);
    const bin = new URL("../../../bin/golongc.mjs", import.meta.url).pathname;
    const r = await execa("node", [bin, "data", "inspect", path, "--rows", "1"], { reject: false });
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain("records: 2");
    expect(JSON.parse(r.stdout.trimEnd().split("\n").at(-1)!)).toEqual(makeRow(0));
  });

  it("reports bad JSON with its line, and bad usage with exit 2", async () => {
    const bad = join(dir, "bad.jsonl");
    await writeFile(bad, JSON.stringify(makeRow(0)) + "\n{ nope\n");
    const io = fakeIo();
    expect(await runCli(["data", "inspect", bad], io)).toBe(1);
    expect(io.err).toMatch(new RegExp(`^error: ${bad.replace(/\./g, "\\.")} line 2: not valid JSON`));
    for (const argv of [["data"], ["data", "peek", bad], ["data", "inspect"], ["data", "inspect", join(dir, "x.csv")], ["data", "inspect", bad, "--rows", "many"], ["data", "inspect", bad, "--colour"]]) {
      const u = fakeIo();
      expect(await runCli(argv, u)).toBe(2);
      expect(u.err).toMatch(/^golongc data/);
    }
    const help = fakeIo();
    expect(await runCli(["data", "--help"], help)).toBe(0);
    expect(help.out).toContain("golongc data convert data/train.jsonl data/train.parquet");
  });
});
