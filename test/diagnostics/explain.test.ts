// `golongc explain`: a code's title and explanation, `--list`, and "did you mean" for a bad code.
import { describe, expect, test } from "vitest";
import { runCli } from "../../cli/main.js";
import { catalog } from "../../diagnostics/index.js";
import { fakeIo } from "../helpers/fake-io.js";

describe("golongc explain", () => {
  test("prints the title and the explanation of a code", async () => {
    const io = fakeIo();
    expect(await runCli(["explain", "GL0106"], io)).toBe(0);
    expect(io.out.split("\n")[0]).toBe("GL0106: unknown unit");
    expect(io.out.replace(/\s+/g, " ")).toContain("`160k tokens`");
    expect(io.err).toBe("");
  });

  test("accepts lower case and a bare number", async () => {
    const a = fakeIo();
    const b = fakeIo();
    expect(await runCli(["explain", "gl0102"], a)).toBe(0);
    expect(await runCli(["explain", "102"], b)).toBe(0);
    expect(a.out).toBe(b.out);
    expect(a.out.startsWith("GL0102: unterminated string")).toBe(true);
  });

  test("wraps the explanation at 88 columns", async () => {
    const io = fakeIo();
    await runCli(["explain", "GL0107"], io);
    for (const line of io.out.split("\n")) expect(line.length).toBeLessThanOrEqual(88);
  });

  test("an unknown code gets a suggestion and exit 2", async () => {
    const io = fakeIo();
    expect(await runCli(["explain", "GL0199"], io)).toBe(2);
    expect(io.out).toBe("");
    expect(io.err).toMatch(/no diagnostic code GL0199; did you mean GL01\d\d\?/);
  });

  test("no code is a usage error; --list prints every code", async () => {
    const none = fakeIo();
    expect(await runCli(["explain"], none)).toBe(2);
    const list = fakeIo();
    expect(await runCli(["explain", "--list"], list)).toBe(0);
    expect(list.out.trim().split("\n").length).toBe(catalog.codes.length);
    expect(list.out).toContain("GL0101  unexpected character\n");
  });

  test("--help shows an example", async () => {
    const io = fakeIo();
    expect(await runCli(["explain", "--help"], io)).toBe(0);
    expect(io.out).toContain("golongc explain GL0106");
  });
});
