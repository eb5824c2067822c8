// runtime/trainers/none.ts — the dry-run trainer: applies nothing, writes each batch with its
// advantages to `<runDir>/batches/step-NNNNNN.jsonl` so a user can inspect what an update would see.
// The weights never change, so the version it reports stays where it started.
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod";
import type { Trainer } from "../trainer.js";
import { toWireSample } from "./protocol.js";

const NoneState = z.object({ trainer: z.literal("none"), updates: z.number().int().nonnegative(), version: z.number().int().nonnegative() }).strict();

export interface NoneTrainerOptions { runDir: string }

export function createNoneTrainer(o: NoneTrainerOptions): Trainer {
  let updates = 0;
  let version = 0;
  const dir = join(o.runDir, "batches");
  return {
    name: "none",
    async update(batch) {
      await mkdir(dir, { recursive: true });
      const file = join(dir, `step-${String(batch.step).padStart(6, "0")}.jsonl`);
      const lines = batch.samples.map((s) => JSON.stringify(toWireSample(s)) + "\n").join("");
      // Written whole, then renamed: a reader never sees half a batch.
      await writeFile(file + ".tmp", lines);
      await rename(file + ".tmp", file);
      updates++;
      const n = batch.samples.length;
      const mean = (f: (s: (typeof batch.samples)[number]) => number) => (n ? batch.samples.reduce((a, s) => a + f(s), 0) / n : 0);
      return {
        weights: { version },
        metrics: { samples: n, advantage_mean: mean((s) => s.advantage), score_mean: mean((s) => s.score), response_tokens_mean: mean((s) => s.responseTokens.length) },
      };
    },
    async save(saveDir) {
      await mkdir(saveDir, { recursive: true });
      await writeFile(join(saveDir, "trainer-none.json"), JSON.stringify({ trainer: "none", updates, version }) + "\n");
    },
    async load(loadDir) {
      const file = join(loadDir, "trainer-none.json");
      const parsed = NoneState.safeParse(JSON.parse(await readFile(file, "utf8")));
      if (!parsed.success) throw new Error(`${file}: not a none-trainer state (${parsed.error.issues[0].message})`);
      updates = parsed.data.updates;
      version = parsed.data.version;
    },
    close: async () => {},
  };
}
