// The committed verl key table is what scripts/derive-verl-keys.mjs makes from verl's configs (copied
// to test/data/reference/verl/), so `npm run verl:keys` regenerates it byte for byte.
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execa } from "execa";
import { expect, test } from "vitest";

const derive = (dir: string, out: string) => execa(process.execPath, ["scripts/derive-verl-keys.mjs", dir, out], { reject: false, timeout: 60_000 });

test("regenerating the verl key table gives the committed file", async () => {
  const out = join(mkdtempSync(join(tmpdir(), "golong-verl-")), "keys.json");
  const r = await derive("test/data/reference/verl", out);
  expect(r.exitCode).toBe(0);
  expect(readFileSync(out, "utf8")).toBe(readFileSync("compiler/verl/verl-keys.generated.json", "utf8"));
});

test("the reader refuses YAML it does not understand, naming the line", async () => {
  const dir = mkdtempSync(join(tmpdir(), "golong-verl-"));
  for (const f of ["_generated_ppo_trainer.yaml", "_generated_ppo_megatron_trainer.yaml", "dapo_trainer.yaml"]) copyFileSync(`test/data/reference/verl/${f}`, join(dir, f));
  writeFileSync(join(dir, "dapo_megatron_trainer.yaml"), "a:\n  b: |\n    text\n");
  const r = await derive(dir, join(dir, "out.json"));
  expect(r.exitCode).not.toBe(0);
  expect(r.stderr).toContain("dapo_megatron_trainer.yaml:2: YAML construct not supported");
});
