// runtime/trainers/create-trainer.ts — the trainer a recipe's update names: `none` (dry run),
// `external` (a process speaking the JSON-lines protocol), `embedded` (engineer 8's ONNX trainer,
// loaded only when asked for). `verl` trains inside verl, so it has no local trainer.
import type { z } from "zod";
import type { UpdateConfig as UpdateConfigSchema } from "../../compiler/ir.js";
import type { Trainer } from "../trainer.js";
import { createExternalTrainer, TrainerError } from "./external.js";
import { createNoneTrainer } from "./none.js";

export type UpdateConfig = z.output<typeof UpdateConfigSchema>;

export interface TrainerDeps {
  /** The run directory (the none trainer writes batches under it). */
  runDir: string;
  /** Working directory of an external trainer (the recipe's directory). */
  cwd?: string;
  env?: Record<string, string>;
  log?: (line: string) => void;
  /** Passed through to the embedded trainer (engineer 8's createEmbeddedTrainer). */
  [extra: string]: unknown;
}

export async function createTrainer(config: UpdateConfig, deps: TrainerDeps): Promise<Trainer> {
  switch (config.trainer) {
    case "none": return createNoneTrainer({ runDir: deps.runDir });
    case "external":
      if (!config.command?.length) throw new TrainerError("update trainer external needs a command (the argv of the trainer process)");
      return createExternalTrainer({
        command: config.command, config,
        ...(deps.cwd ? { cwd: deps.cwd } : {}), ...(deps.env ? { env: deps.env } : {}), ...(deps.log ? { log: deps.log } : {}),
      });
    case "embedded": {
      const embedded = "../embedded/index.js";
      const mod = (await import(embedded)) as { createEmbeddedTrainer?: (config: UpdateConfig, deps: TrainerDeps) => Promise<Trainer> | Trainer };
      if (typeof mod.createEmbeddedTrainer !== "function") throw new TrainerError("update trainer embedded: runtime/embedded does not export createEmbeddedTrainer");
      return mod.createEmbeddedTrainer(config, deps);
    }
    case "verl":
      throw new TrainerError("update trainer verl runs inside verl: use `golongc run --target verl`");
  }
}
