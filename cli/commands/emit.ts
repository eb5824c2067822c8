// cli/commands/emit.ts — `golongc emit RECIPE --target verl`: compile the recipe and write verl's launch
// (overrides.txt, launch.sh, CHANGES.md) into a folder, atomically: all three files or nothing.
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import type { Command } from "../command.js";
import { parseFlags } from "../args.js";
import { EXIT, type Io } from "../io.js";
import { compileRecipe } from "../compile-recipe.js";
import { verlOverrides } from "../../compiler/index.js";
import { changesFile, launchScript, overridesFile } from "../verl-launch-files.js";

const HELP = `golongc emit: write a recipe's launch for another trainer

usage: golongc emit RECIPE --target verl [-o DIR] [--force] [--set PATH=VALUE]...

Compiles the recipe (errors: exit 1, nothing written) and writes into DIR:
  overrides.txt   verl's entry point and one Hydra override a line (the format of the published
                  GoLongRL overrides files)
  launch.sh       bash: python3 <entry> <each override, quoted> "$@" (further overrides appended)
  CHANGES.md      each key of the published launches that verl no longer reads, and what was
                  emitted instead
The folder appears whole or not at all. env() in the recipe reads the environment, e.g. LLM,
TRAIN_FILE, TEST_FILE, WORK_DIR, TIMESTAMP for the GoLongRL examples. The DIR path goes to stdout.

options:
  --target verl        the trainer to launch (verl is the only one)
  -o, --out DIR        where to write (default emit/<recipe>-verl)
  --force              replace DIR when it exists and is not empty
  --set PATH=VALUE     override a recipe field (repeatable): --set rollout.n=8
  --help               show this help

examples:
  LLM=/models/Qwen3-4B TRAIN_FILE=/data/train.parquet TEST_FILE=/data/test.parquet \\
  WORK_DIR=/work/run TIMESTAMP=$(date +%Y%m%d-%H%M%S) \\
    golongc emit examples/golongrl-4b-grpo.golong --target verl -o launch/4b-grpo
  cd verl && bash ../launch/4b-grpo/launch.sh
`;

const FLAGS = {
  target: { type: "string" },
  out: { type: "string", short: "o" },
  force: { type: "boolean" },
  set: { type: "string", multiple: true },
} as const;

function isNonEmptyDir(path: string): boolean | "not-a-dir" {
  if (!existsSync(path)) return false;
  if (!statSync(path).isDirectory()) return "not-a-dir";
  return readdirSync(path).length > 0;
}

export const command: Command = {
  name: "emit",
  summary: "write a recipe's verl launch (overrides.txt, launch.sh, CHANGES.md)",
  help: HELP,
  async run(argv, io) {
    const parsed = parseFlags(argv, FLAGS);
    if (!parsed.ok) {
      io.stderr(`golongc emit: ${parsed.message}\n`);
      return EXIT.usage;
    }
    const v = parsed.values;
    if (parsed.positionals.length !== 1) {
      io.stderr(`golongc emit: expected one RECIPE, got ${parsed.positionals.length}\n  usage: golongc emit RECIPE --target verl [-o DIR] (golongc emit --help)\n`);
      return EXIT.usage;
    }
    if (v.target !== "verl") {
      io.stderr(v.target === undefined
        ? "golongc emit: give the trainer to launch: --target verl\n"
        : `golongc emit: unknown --target ${v.target} (expected verl)\n`);
      return EXIT.usage;
    }
    const recipe = parsed.positionals[0];
    const name = basename(recipe).replace(/\.golong$/, "");
    const dir = resolve(io.cwd(), v.out ?? join("emit", `${name}-verl`));
    const existing = isNonEmptyDir(dir);
    if (existing === "not-a-dir") {
      io.stderr(`golongc emit: ${dir} exists and is not a folder\n`);
      return EXIT.usage;
    }
    if (existing && !v.force) {
      io.stderr(`golongc emit: ${dir} exists and is not empty; pass --force to replace it, or -o another folder\n`);
      return EXIT.usage;
    }
    const g = compileRecipe(resolve(io.cwd(), recipe), v.set ?? [], io, (error) => {
      io.stderr(`golongc emit: ${error}\n`);
      return EXIT.usage;
    });
    if (typeof g === "number") return g;
    const overrides = verlOverrides(g);
    return writeAtomically(dir, {
      "overrides.txt": overridesFile(overrides),
      "launch.sh": launchScript(overrides, recipe),
      "CHANGES.md": changesFile(overrides, recipe),
    }, io);
  },
};

/** Writes the files into a temporary folder beside `dir`, then renames it into place. */
function writeAtomically(dir: string, files: Record<string, string>, io: Io): number {
  let tmp: string | undefined;
  let old: string | undefined;
  try {
    mkdirSync(dirname(dir), { recursive: true });
    tmp = mkdtempSync(join(dirname(dir), `.${basename(dir)}.tmp-`));
    for (const [file, text] of Object.entries(files)) writeFileSync(join(tmp, file), text);
    chmodSync(join(tmp, "launch.sh"), 0o755);
    chmodSync(tmp, 0o755);  // mkdtemp makes it private; the launch folder is an ordinary one
    if (existsSync(dir)) {
      // An empty folder, or --force: move it aside first so the new one lands whole.
      old = mkdtempSync(join(dirname(dir), `.${basename(dir)}.old-`));
      renameSync(dir, join(old, "d"));
    }
    renameSync(tmp, dir);
    tmp = undefined;
    if (old) rmSync(old, { recursive: true, force: true });
    io.stdout(dir + "\n");
    return EXIT.ok;
  } catch (e) {
    if (old && !existsSync(dir) && existsSync(join(old, "d"))) renameSync(join(old, "d"), dir);
    if (old) rmSync(old, { recursive: true, force: true });
    if (tmp) rmSync(tmp, { recursive: true, force: true });
    io.stderr(`golongc emit: could not write ${dir}: ${(e as Error).message}\n`);
    return EXIT.internal;
  }
}
