// test/stdlib/metrics/binary.test.ts — the built `golongc` binary end to end (needs `npm run build`,
// which `npm test` does first): stdout holds the answers, stderr the summary, and the exit code.
import { execa } from "execa";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const bin = fileURLToPath(new URL("../../../bin/golongc.mjs", import.meta.url));

describe("golongc binary", () => {
  it("score answers on stdout and reports bad lines on stderr with exit 1", async () => {
    const input = [
      JSON.stringify({ id: "ok", metric: "subem", answers: ["a", "b"], prediction: "[Answer]\nb\nc" }),
      JSON.stringify({ id: "bad", metric: "subem", answers: ["a"] }),
    ].join("\n");
    const r = await execa("node", [bin, "score"], { input, reject: false, timeout: 60_000 });
    expect(r.exitCode).toBe(1);
    const lines = r.stdout.split("\n").map((l) => JSON.parse(l));
    expect(lines[0]).toEqual({ id: "ok", score: 0.5 });
    expect(lines[1].error).toContain('<stdin>:2: subem: field "prediction" is missing');
    expect(r.stderr).toContain("1 line of <stdin> could not be answered");
  }, 60_000);
});
