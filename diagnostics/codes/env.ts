// diagnostics/codes/env.ts — GL06xx: environment, data and the verl backend (env() variables,
// task labels for TMN, verl keys).
import { defineCodes } from "../catalog.js";

export const envCodes = defineCodes("env", {
  GL0601: {
    title: "environment variable is not set",
    explanation:
      "`env(\"X\")` reads the variable X when the recipe is compiled, so that a path or a secret is not written " +
      "into the recipe. X is not set in this environment: export it (`export LLM=/models/Qwen3-4B`) or pass the " +
      "value with `--set` (`--set model.path=/models/Qwen3-4B`).",
  },
  GL0602: {
    title: "unknown verl key",
    explanation:
      "A key of the `verl { }` block is not in verl's configuration (compiler/verl/verl-keys.generated.json, " +
      "derived from verl's own config files). Hydra would refuse it at launch, after the cluster has started. Fix " +
      "the spelling, or write `\"+key\": value` to add a key verl's config does not declare (a new NCCL variable, " +
      "an engine keyword argument).",
  },
  GL0603: {
    title: "verl no longer reads this key",
    explanation:
      "The key is one the published GoLongRL launches pass but their bundled verl no longer reads: Hydra refuses " +
      "it, and adding `+` makes verl start with the setting silently ignored (the launches' importance-sampling " +
      "correction is then off). The help line says what verl reads today, or which golong field expresses the " +
      "setting (docs/verl.md has the table).",
  },
  GL0604: {
    title: "verl value has the wrong type",
    explanation:
      "The value given to a verl key does not match the type of the key's default in verl's configuration " +
      "(a string for an integer key, a number for a boolean). Hydra would reject or misread it. Write a value of " +
      "the key's type.",
  },
  GL0605: {
    title: "verl key is set by a golong field",
    explanation:
      "The key is what a first-class golong field becomes (`actor_rollout_ref.rollout.n` is `rollout.n`). Setting " +
      "it in the `verl { }` block as well would give two values for one setting, and the local runtime would not " +
      "see it. Set the golong field instead.",
  },
  GL0606: {
    title: "`+` on a key verl already has",
    explanation:
      "`+key` adds a key to verl's configuration; Hydra refuses to add a key that already exists with a value " +
      "(\"Could not append to config\"). Write the key without `+` to override it. (Adding is allowed over a key " +
      "whose default is null.)",
  },
  GL0607: {
    title: "tmn_grpo needs a task label on every sample",
    explanation:
      "TMN-GRPO normalises advantages per task, so every training sample must carry a task label. A task's " +
      "`label:` (or its `where`) reads a record field that the record type declares optional, so some samples " +
      "could have none. Make the field required in the type, or give the task a constant label.",
  },
  GL0608: {
    title: "invalid source",
    explanation:
      "A source is `parquet(PATH) : RecordType`, `jsonl(PATH) : RecordType` or `synthetic(capabilities: ..., " +
      "context: N tokens, count: N, seed: N)`. A file source needs its record type after `:` so tasks can be " +
      "checked against it, and its path must be a string or `env(\"X\")`.",
  },
  GL0609: {
    title: "invalid --set override",
    explanation:
      "`--set PATH=VALUE` changes one field for one run: PATH is the block and field (`rollout.n`, " +
      "`cluster.actor.tp`, `verl.trainer.nnodes`) and VALUE is written as in a recipe (`8`, `16k tokens`, " +
      "`\"text\"`). The override is checked like the file.",
  },
  GL0610: {
    title: "source is never used",
    severity: "warning",
    explanation:
      "A source is declared but no task reads it and `eval { on: ... }` does not name it, so its records are " +
      "never read. Usually a task's `from` or the eval block names another source by mistake. Use the source, " +
      "or remove the declaration.",
  },
});
