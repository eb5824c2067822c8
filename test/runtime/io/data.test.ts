// Data sources: JSONL and parquet (verl's nested layout) read as the same validated records; bad
// records stop the run with file, row and field, or are counted under "skip"; seeded shuffling is
// reproducible and bounded; overlong prompts are dropped with a real tokenizer; `where` picks tasks.
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { TaskSpec, TypeSchema } from "../../../compiler/ir.js";
import { approxBytes, compileRecordSchema, DataError, openSource, selectTask, type BadRecord, type SourceConfig, type SourceRecord } from "../../../runtime/data/index.js";
import { makeTokenizerJson, tokenizerFromJson } from "../../../runtime/tokenizer/index.js";
import { GoLongRecordType, makeRow, writeJsonl, writeParquet } from "./helpers/golong-records.js";

let dir: string;
beforeAll(async () => { dir = await mkdtemp(join(tmpdir(), "golong-data-")); });

const source = (over: Partial<SourceConfig> & Pick<SourceConfig, "format" | "path">): SourceConfig => ({
  name: "train", recordType: GoLongRecordType, promptField: "prompt", shuffle: null, onBadRecord: "stop", ...over,
});

async function collect(it: AsyncIterable<SourceRecord>): Promise<SourceRecord[]> {
  const out: SourceRecord[] = [];
  for await (const r of it) out.push(r);
  return out;
}

describe("JSONL and parquet sources", () => {
  it("read the same GoLongRL records from both formats, parquet's nested columns included", async () => {
    const rows = Array.from({ length: 120 }, (_, i) => makeRow(i));
    await writeJsonl(join(dir, "same.jsonl"), rows);
    await writeParquet(join(dir, "same.parquet"), rows, 25);
    const fromJsonl = await collect(openSource(source({ format: "jsonl", path: join(dir, "same.jsonl") })).records());
    const parquet = openSource(source({ format: "parquet", path: join(dir, "same.parquet") }));
    const fromParquet = await collect(parquet.records());
    expect(fromParquet.map((r) => r.record)).toEqual(fromJsonl.map((r) => r.record));
    expect(fromParquet.map((r) => r.record)).toEqual(rows);
    // int64 columns come back as numbers, as the record type says
    expect(typeof fromParquet[7].record.extra_info).toBe("object");
    expect((fromParquet[7].record.extra_info as { index: unknown }).index).toBe(7);
    expect(fromJsonl[0]).toMatchObject({ uid: "train:1", row: 1 });
    expect(fromParquet[0]).toMatchObject({ uid: "train:0", row: 0 });
    expect(await parquet.rowCount()).toBe(120);
    expect(parquet.stats).toMatchObject({ read: 120, bad: 0, overlong: 0 });
  });

  it("give int64 parquet values as numbers even inside json and undeclared fields", async () => {
    const path = join(dir, "ints.parquet");
    await writeParquet(path, [makeRow(7)], 10);
    const loose: TypeSchema = { kind: "record", fields: { extra_info: { kind: "json" } } };
    const [r] = await collect(openSource(source({ format: "parquet", path, recordType: loose })).records());
    expect((r.record.extra_info as { index: unknown }).index).toBe(7);
    expect(JSON.parse(JSON.stringify(r.record))).toEqual(makeRow(7));
  });

  it("read JSONL with a byte-order mark and CRLF line ends", async () => {
    const { writeFile } = await import("node:fs/promises");
    await writeFile(join(dir, "bom.jsonl"), "\uFEFF" + [makeRow(0), makeRow(1)].map((r) => JSON.stringify(r)).join("\r\n") + "\r\n");
    const got = await collect(openSource(source({ format: "jsonl", path: join(dir, "bom.jsonl") })).records());
    expect(got.map((r) => r.record)).toEqual([makeRow(0), makeRow(1)]);
  });

  it("resolve relative paths against baseDir and report a missing file", async () => {
    await writeJsonl(join(dir, "rel.jsonl"), [makeRow(0)]);
    const ok = await collect(openSource(source({ format: "jsonl", path: "rel.jsonl" }), { baseDir: dir }).records());
    expect(ok).toHaveLength(1);
    await expect(collect(openSource(source({ format: "jsonl", path: join(dir, "missing.jsonl") })).records())).rejects.toThrow(/cannot read .*missing\.jsonl: ENOENT/);
    await expect(collect(openSource(source({ format: "parquet", path: join(dir, "rel.jsonl") })).records())).rejects.toThrow(/not a readable parquet file/);
  });
});

describe("bad records", () => {
  const rowsWithBad = () => {
    const rows: unknown[] = Array.from({ length: 10 }, (_, i) => makeRow(i));
    (rows[2] as any).reward_model.ground_truth.doc_ids = 5;
    (rows[6] as any).prompt[0].role = "robot";
    return rows;
  };

  it("stop the run at the first one, naming file, line and field path", async () => {
    const path = join(dir, "bad.jsonl");
    await writeJsonl(path, rowsWithBad());
    const err = await collect(openSource(source({ format: "jsonl", path })).records()).catch((e) => e);
    expect(err).toBeInstanceOf(DataError);
    expect(err.message).toBe(`${path} line 3: reward_model.ground_truth.doc_ids: expected list<text>, got number`);
    expect(err).toMatchObject({ row: 3, field: "reward_model.ground_truth.doc_ids" });
  });

  it("name the parquet row of a null where text is required", async () => {
    const rows = Array.from({ length: 200 }, (_, i) => makeRow(i));
    (rows[118].reward_model.ground_truth as any).summary = null;
    const path = join(dir, "bad.parquet");
    await writeParquet(path, rows, 50);
    await expect(collect(openSource(source({ format: "parquet", path })).records()))
      .rejects.toThrow(`${path} row 118: reward_model.ground_truth.summary: expected text, got null`);
  });

  it("under skip are counted, reported and left out, never dropped silently", async () => {
    const path = join(dir, "bad-skip.jsonl");
    await writeJsonl(path, rowsWithBad());
    await import("node:fs/promises").then((fs) => fs.appendFile(path, "{ this is not json\n"));
    const seen: BadRecord[] = [];
    const src = openSource(source({ format: "jsonl", path, onBadRecord: "skip" }), { onBadRecord: (b) => seen.push(b) });
    const good = await collect(src.records());
    expect(good.map((r) => r.row)).toEqual([1, 2, 4, 5, 6, 8, 9, 10]);
    expect(src.stats).toMatchObject({ read: 11, bad: 3 });
    expect(seen.map((b) => b.text)).toEqual([
      `${path} line 3: reward_model.ground_truth.doc_ids: expected list<text>, got number`,
      `${path} line 7: prompt[0].role: expected "system" or "user" or "assistant", got "robot"`,
      expect.stringMatching(new RegExp(`^${path.replace(/[.]/g, "\\.")} line 11: not valid JSON`)),
    ]);
    expect(src.stats.badExamples).toEqual(seen);
  });

  it("report a missing field and a closed record's unexpected field", () => {
    const closed: TypeSchema = { kind: "record", name: "Pair", open: false, fields: { a: { kind: "number" }, b: { kind: "optional", of: { kind: "text" } } } };
    const check = compileRecordSchema(closed);
    expect(check({ a: 1 })).toEqual({ ok: true, record: { a: 1 } });
    expect(check({ a: 1, b: null })).toMatchObject({ ok: true });
    expect(check({ b: "x" })).toEqual({ ok: false, problem: { path: "a", message: "expected number, got nothing (field missing)" } });
    expect(check({ a: 1, c: 2 })).toEqual({ ok: false, problem: { path: "(record)", message: "unexpected field c (the type Pair is closed)" } });
    expect(check([1])).toEqual({ ok: false, problem: { path: "(record)", message: "expected Pair, got list" } });
  });
});

describe("shuffling", () => {
  const N = 300;
  beforeAll(async () => {
    const rows = Array.from({ length: N }, (_, i) => makeRow(i));
    await writeJsonl(join(dir, "shuffle.jsonl"), rows);
    await writeParquet(join(dir, "shuffle.parquet"), rows, 40);
  });
  const order = async (format: "jsonl" | "parquet", seed: number, epoch = 0, bufferSize = 64, skip = 0) =>
    (await collect(openSource(source({ format, path: join(dir, `shuffle.${format}`), shuffle: { seed } }), { shuffleBufferSize: bufferSize }).records({ epoch, skip })))
      .map((r) => (r.record.extra_info as { index: number }).index);

  for (const format of ["jsonl", "parquet"] as const) {
    it(`${format}: the same seed and epoch give the same order; every record appears once`, async () => {
      const a = await order(format, 7);
      expect(await order(format, 7)).toEqual(a);
      expect([...a].sort((x, y) => x - y)).toEqual(Array.from({ length: N }, (_, i) => i));
      expect(a).not.toEqual(Array.from({ length: N }, (_, i) => i));
      expect(await order(format, 8)).not.toEqual(a);
      expect(await order(format, 7, 1)).not.toEqual(a);
    });
  }

  it("resumes mid-epoch: skip k gives the rest of the same order", async () => {
    const all = await order("parquet", 3, 2);
    expect(await order("parquet", 3, 2, 64, 100)).toEqual(all.slice(100));
  });

  it("jsonl: shuffles the whole file (the first record out may come from anywhere)", async () => {
    const firsts = [];
    for (let seed = 1; seed <= 10; seed++) firsts.push((await order("jsonl", seed, 0, 10))[0]);
    expect(Math.max(...firsts)).toBeGreaterThan(N / 2);
  });

  it("jsonl: a shuffled read sees the same lines as a plain one (BOM, CRLF, blank and bad lines)", async () => {
    const { writeFile } = await import("node:fs/promises");
    const path = join(dir, "messy.jsonl");
    const lines = [makeRow(0), makeRow(1), makeRow(2), makeRow(3)].map((r) => JSON.stringify(r));
    await writeFile(path, "\uFEFF" + lines[0] + "\r\n" + lines[1] + "\n\n   \n{ bad\n" + lines[2] + "\r\n" + lines[3]);
    const plain = openSource(source({ format: "jsonl", path, onBadRecord: "skip" }));
    const shuffled = openSource(source({ format: "jsonl", path, onBadRecord: "skip", shuffle: { seed: 4 } }));
    const a = await collect(plain.records());
    const b = await collect(shuffled.records());
    expect(a.map((r) => r.row)).toEqual([1, 2, 6, 7]);
    expect([...b].sort((x, y) => x.row - y.row)).toEqual(a);
    expect(shuffled.stats).toMatchObject({ bad: 1 });
    expect(shuffled.stats.badExamples[0].text).toMatch(/messy\.jsonl line 5: not valid JSON/);
  });

  it("parquet: holds at most the buffer, by count and by bytes", async () => {
    const path = join(dir, "one-group.parquet");
    const rows = Array.from({ length: N }, (_, i) => makeRow(i));
    await writeParquet(path, rows, N);
    const firstOut = async (seed: number, options: { shuffleBufferSize?: number; shuffleBufferBytes?: number }) => {
      const it = openSource(source({ format: "parquet", path, shuffle: { seed } }), options).records()[Symbol.asyncIterator]();
      return ((await it.next()).value.record.extra_info as { index: number }).index;
    };
    const firsts = { count: [] as number[], bytes: [] as number[] };
    const oneRecord = approxBytes(makeRow(0));
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      firsts.count.push(await firstOut(seed, { shuffleBufferSize: 10 }));
      firsts.bytes.push(await firstOut(seed, { shuffleBufferBytes: oneRecord * 4.5 }));
    }
    expect(Math.max(...firsts.count)).toBeLessThanOrEqual(10);
    expect(Math.max(...firsts.bytes)).toBeLessThanOrEqual(4);
    expect(new Set(firsts.count).size).toBeGreaterThan(1);
  });
});

describe("overlong prompts", () => {
  it("are dropped and counted with a real tokenizer, after the chat template", async () => {
    const tokenizer = tokenizerFromJson(makeTokenizerJson());
    const rows = [makeRow(0, 10), makeRow(1, 500), makeRow(2, 20)];
    const path = join(dir, "overlong.jsonl");
    await writeJsonl(path, rows);
    const shortest = tokenizer.encode(tokenizer.applyChatTemplate(rows[2].prompt as never)).length;
    const src = openSource(source({ format: "jsonl", path }), { overlong: { tokenizer, maxPromptTokens: shortest } });
    const kept = await collect(src.records());
    expect(kept.map((r) => r.row)).toEqual([1, 3]);
    expect(src.stats.overlong).toBe(1);
  });
});

describe("streaming", () => {
  it("yields records while the file is still being written (it never reads the file whole)", async () => {
    const { execa } = await import("execa");
    const fifo = join(dir, "stream.fifo");
    await execa("mkfifo", [fifo]);
    const { createWriteStream } = await import("node:fs");
    const writer = createWriteStream(fifo);
    writer.write(JSON.stringify(makeRow(0)) + "\n");
    const it = openSource(source({ format: "jsonl", path: fifo })).records()[Symbol.asyncIterator]();
    const first = await it.next();
    expect(first.value.record).toEqual(makeRow(0));
    // Only now does the rest of the file exist.
    for (let i = 1; i < 2000; i++) writer.write(JSON.stringify(makeRow(i)) + "\n");
    writer.end();
    let n = 1;
    while (!(await it.next()).done) n++;
    expect(n).toBe(2000);
  });
});

describe("parquet streaming", () => {
  it("decodes one row group at a time: a row group damaged after reading began fails only when reached", async () => {
    const { parquetMetadata } = await import("hyparquet");
    const { readFile, open } = await import("node:fs/promises");
    const path = join(dir, "groups.parquet");
    await writeParquet(path, Array.from({ length: 200 }, (_, i) => makeRow(i)), 50);
    const meta = parquetMetadata((await readFile(path)).buffer as ArrayBuffer);
    expect(meta.row_groups).toHaveLength(4);
    const it = openSource(source({ format: "parquet", path })).records()[Symbol.asyncIterator]();
    expect((await it.next()).value.row).toBe(0);
    // Only now: zero the last row group's column chunks (the footer stays intact).
    const cols = meta.row_groups[3].columns.map((c) => c.meta_data!);
    const start = Math.min(...cols.map((c) => Number(c.dictionary_page_offset ?? c.data_page_offset)));
    const end = Math.max(...cols.map((c) => Number(c.data_page_offset) + Number(c.total_compressed_size)));
    const fh = await open(path, "r+");
    await fh.write(new Uint8Array(end - start), 0, end - start, start);
    await fh.close();
    let n = 1;
    const err = await (async () => { for (;;) { const r = await it.next(); if (r.done) return undefined; n++; } })().catch((e) => e);
    expect(n).toBe(150);
    expect(err).toBeInstanceOf(DataError);
    expect(err.message).toMatch(/groups\.parquet: cannot decode rows 150-199/);
  });
});

describe("task selection by where", () => {
  const lookup = () => undefined;
  const task = (name: string, modes: string[] | null, src = "train"): TaskSpec => ({
    name, label: name, source: src, reward: { kind: "literal", value: 1 },
    where: modes && { kind: "in", value: { kind: "field", path: ["extra_info", "reward_mode"] }, set: modes },
  });
  it("takes the first task over the record's source whose where holds", () => {
    const tasks = [task("ranking", ["ndcg"]), task("other_src", null, "val"), task("qa", ["em", "multi_choice"]), task("rest", null)];
    expect(selectTask(tasks, "train", makeRow(0) as never, lookup)?.name).toBe("ranking");
    expect(selectTask(tasks, "train", makeRow(1) as never, lookup)?.name).toBe("qa");
    expect(selectTask(tasks, "train", makeRow(2) as never, lookup)?.name).toBe("rest");
    expect(selectTask(tasks, "val", makeRow(0) as never, lookup)?.name).toBe("other_src");
    expect(selectTask(tasks.slice(0, 1), "train", makeRow(1) as never, lookup)).toBeUndefined();
  });

  it("turns a where that cannot be evaluated into a DataError naming the record", () => {
    const bad: TaskSpec = { ...task("odd", null), where: { kind: "compare", op: "<", left: { kind: "field", path: ["extra_info", "reward_mode"] }, right: { kind: "literal", value: 3 } } };
    let err: unknown;
    try { selectTask([bad], "train", makeRow(0) as never, lookup, { file: "train.jsonl", row: 4, rowKind: "line" }); } catch (e) { err = e; }
    expect(err).toBeInstanceOf(DataError);
    expect((err as DataError).message).toBe("train.jsonl line 4: task odd's where: cannot order string and number with <");
    expect(err).toMatchObject({ file: "train.jsonl", row: 4 });
  });
});

describe("taskLabel", () => {
  it("evaluates the task's label expression on the record, else gives the task's label", async () => {
    const { taskLabel } = await import("../../../runtime/data/index.js");
    const upper = { name: "upper", role: "helper" as const, params: [], returns: { kind: "text" as const }, doc: "", impl: (s: string) => s.toUpperCase() };
    const lookup = (n: string) => (n === "upper" ? upper : undefined);
    const base: TaskSpec = { name: "t", label: "t_label", source: "train", where: null, reward: { kind: "literal", value: 1 } };
    expect(taskLabel(base, makeRow(0) as never, lookup)).toBe("t_label");
    const perRecord = { ...base, labelExpr: { kind: "call", fn: "upper", args: [{ kind: "field", path: ["extra_info", "reward_mode"] }] } } as TaskSpec;
    expect(taskLabel(perRecord, makeRow(1) as never, lookup)).toBe("EM");
    expect(() => taskLabel({ ...base, labelExpr: { kind: "field", path: ["nope"] } }, makeRow(1) as never, lookup)).toThrow(/label expression gave nothing/);
  });
});

describe("synthetic sources", () => {
  const SyntheticRecord: TypeSchema = { kind: "record", name: "SyntheticRecord", fields: {
    data_source: { kind: "text" }, prompt: { kind: "messages" },
    reward_model: { kind: "record", fields: { ground_truth: { kind: "json" } } },
    extra_info: { kind: "record", fields: { reward_mode: { kind: "text" }, index: { kind: "number" } } },
  } };
  const cfg = (seed: number, shuffle: SourceConfig["shuffle"] = null): SourceConfig => ({
    name: "toy", format: "synthetic", recordType: SyntheticRecord, promptField: "prompt", shuffle, onBadRecord: "stop",
    synthetic: { capabilities: ["all"], contextTokens: 200, count: 40, seed },
  });

  it("come from the stdlib's generator, validated like any record, reproducible from the seed", async () => {
    const src = openSource(cfg(7));
    expect(await src.rowCount()).toBe(40);
    const a = await collect(src.records());
    expect(a).toHaveLength(40);
    expect(a[0]).toMatchObject({ uid: "toy:0", row: 0 });
    expect(a.map((r) => r.record)).toEqual((await collect(openSource(cfg(7)).records())).map((r) => r.record));
    expect(a.map((r) => r.record)).not.toEqual((await collect(openSource(cfg(8)).records())).map((r) => r.record));
    const shuffled = await collect(openSource(cfg(7, { seed: 1 }), { shuffleBufferSize: 8 }).records());
    expect(shuffled.map((r) => r.row).sort((x, y) => x - y)).toEqual(a.map((r) => r.row));
    expect(shuffled.map((r) => r.row)).not.toEqual(a.map((r) => r.row));
  });

  it("accept a generator passed in, and validate what it yields", async () => {
    const bad = openSource(cfg(1), { synthetic: function* () { yield { data_source: "s", prompt: "not messages" } as never; } });
    await expect(collect(bad.records())).rejects.toThrow("synthetic(toy) row 0: prompt: expected messages (a list of {role, content}), got text");
  });
});
