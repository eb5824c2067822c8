// cli/commands/run.ts — `golongc run`: compile the recipe (or read a graph `golongc graph` printed),
// wire engines, verifier and trainer, and run it into a run directory with progress on stderr. Input
// problems exit 1 saying what failed; a dead engine is retried, then stops the run: it never hangs.
import { readFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import type { Command } from "../command.js";
import { parseFlags } from "../args.js";
import { EXIT, type Io } from "../io.js";
import { Graph } from "../../compiler/index.js";
import { compileRecipe } from "../compile-recipe.js";
import { createProgress, planRun, runTraining, stdlibStepMetrics, wirePorts, PlanError, RunDirError } from "../../runtime/index.js";

const HELP = `golongc run: run a recipe on this machine

usage: golongc run RECIPE [--set PATH=VALUE]... [--run-dir DIR] [--steps N] [--resume] [--dry-run]
                          [--target local] [--verify-workers N]

RECIPE is a .golong file, or a graph .json printed by \`golongc graph --format json\`.

options:
  --set PATH=VALUE     override a recipe field (type-checked like the file), e.g. --set rollout.n=8
  --run-dir DIR        where the run writes (default runs/<recipe>-<UTC timestamp>)
  --steps N            stop after step N (overrides train.steps)
  --resume             continue the run in --run-dir where it stopped (no step applied twice)
  --dry-run            use the 'none' trainer: write each batch with its advantages, update nothing
  --target local       run here (the only target; for verl: golongc emit RECIPE --target verl)
  --verify-workers N   verification threads (default: the recipe's, 0 = one per core)

The run directory holds recipe.golong, graph.json, metrics.jsonl (one line a step), rollouts/,
eval/, checkpoints/ and state.json (see docs/runtime.md).

examples:
  golongc run examples/quickstart.golong
  golongc run recipe.golong --set rollout.n=4 --steps 20 --run-dir runs/try
  golongc run recipe.golong --run-dir runs/try --resume
`;

const FLAGS = {
  set: { type: "string", multiple: true },
  "run-dir": { type: "string" },
  steps: { type: "string" },
  resume: { type: "boolean" },
  "dry-run": { type: "boolean" },
  target: { type: "string" },
  "verify-workers": { type: "string" },
} as const;

/** A problem the user can fix: printed as one clear error, exit 1. */
class InputError extends Error {}

function timestamp(d: Date): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getUTCFullYear()}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}-${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}`;
}

async function loadGraph(recipePath: string, sets: string[], io: Io): Promise<{ graph: Graph; recipeText?: string } | number> {
  let text: string;
  try {
    text = await readFile(recipePath, "utf8");
  } catch (e) {
    io.stderr(`error: cannot read ${recipePath}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
    return EXIT.inputErrors;
  }
  if (recipePath.endsWith(".json")) {
    if (sets.length) io.stderr(`warning: --set is ignored for a graph .json (it is already compiled)\n`);
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (e) {
      io.stderr(`error: ${recipePath}: not valid JSON (${(e as Error).message})\n`);
      return EXIT.inputErrors;
    }
    const parsed = Graph.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      io.stderr(`error: ${recipePath}: not a golong graph: field '${issue.path.join(".")}': ${issue.message}\n`);
      return EXIT.inputErrors;
    }
    return { graph: parsed.data };
  }
  const compiled = compileRecipe(recipePath, sets, io, (error) => {
    io.stderr(`error: ${error}\n`);
    return EXIT.inputErrors;
  });
  if (typeof compiled === "number") return compiled;
  return { graph: compiled, recipeText: text };
}

export const command: Command = {
  name: "run",
  summary: "run a recipe on this machine",
  help: HELP,
  async run(argv, io) {
    const parsed = parseFlags(argv, FLAGS);
    if (!parsed.ok) {
      io.stderr(`golongc run: ${parsed.message}\n`);
      return EXIT.usage;
    }
    const v = parsed.values;
    if (parsed.positionals.length !== 1) {
      io.stderr(`golongc run: expected one RECIPE, got ${parsed.positionals.length}\n  usage: golongc run RECIPE [--run-dir DIR] [--resume] ... (golongc run --help)\n`);
      return EXIT.usage;
    }
    if (v.target !== undefined && v.target !== "local") {
      io.stderr(v.target === "verl"
        ? `golongc run: run does not launch verl; write its launch with \`golongc emit ${parsed.positionals[0]} --target verl\` and run the launch.sh it writes from verl's checkout (golongc emit --help)\n`
        : `golongc run: unknown --target ${v.target} (expected local)\n`);
      return EXIT.usage;
    }
    const steps = v.steps === undefined ? undefined : Number(v.steps);
    if (steps !== undefined && (!Number.isInteger(steps) || steps < 1)) {
      io.stderr(`golongc run: --steps expects a positive integer, got '${v.steps}'\n`);
      return EXIT.usage;
    }
    const verifyWorkers = v["verify-workers"] === undefined ? undefined : Number(v["verify-workers"]);
    if (verifyWorkers !== undefined && (!Number.isInteger(verifyWorkers) || verifyWorkers < 0)) {
      io.stderr(`golongc run: --verify-workers expects a non-negative integer, got '${v["verify-workers"]}'\n`);
      return EXIT.usage;
    }
    if (v.resume && v["run-dir"] === undefined) {
      io.stderr("golongc run: --resume needs --run-dir DIR (the run to continue)\n");
      return EXIT.usage;
    }
    const recipePath = resolve(io.cwd(), parsed.positionals[0]);
    const loaded = await loadGraph(recipePath, (v.set as string[] | undefined) ?? [], io);
    if (typeof loaded === "number") return loaded;
    const { graph } = loaded;
    const runDir = resolve(io.cwd(), (v["run-dir"] as string | undefined) ?? join("runs", `${graph.recipe}-${timestamp(new Date())}`));

    const log = (line: string) => io.stderr(line.endsWith("\n") ? line : line + "\n");
    const controller = new AbortController();
    const onSignal = () => {
      io.stderr("\ninterrupted: stopping (Ctrl-C again to quit at once)\n");
      controller.abort(new InputError("interrupted"));
    };
    process.once("SIGINT", onSignal);
    let wired: Awaited<ReturnType<typeof wirePorts>> | undefined;
    try {
      const plan = planRun(graph, steps !== undefined ? { steps } : {});
      const metrics = await stdlibStepMetrics();
      wired = await wirePorts(graph, {
        runDir, baseDir: dirname(recipePath),
        env: (n) => io.env(n), dryRun: Boolean(v["dry-run"]), log, ...metrics,
        ...(verifyWorkers !== undefined ? { verifyWorkers } : {}),
      });
      const progress = createProgress({
        write: (t) => io.stderr(t), isTty: io.isTty, colour: io.colour, nowMs: () => performance.now(),
        ...(process.stderr.columns ? { columns: process.stderr.columns } : {}),
      });
      const summary = await runTraining({
        graph, plan, ports: wired.ports, runDir, resume: Boolean(v.resume), progress, signal: controller.signal,
        ...(loaded.recipeText !== undefined ? { recipeText: loaded.recipeText } : {}),
      });
      io.stdout(JSON.stringify({ run_dir: summary.runDir, steps: summary.steps, finished: summary.finished }) + "\n");
      return EXIT.ok;
    } catch (e) {
      if (isInputProblem(e)) {
        io.stderr(`error: ${(e as Error).message}\n`);
        const done = await completedSteps(runDir);
        if (done > 0) io.stderr(`${runDir} keeps its ${done} completed step${done === 1 ? "" : "s"}; continue with --resume --run-dir ${runDir}\n`);
        return EXIT.inputErrors;
      }
      throw e;
    } finally {
      process.removeListener("SIGINT", onSignal);
      await wired?.close();
    }
  },
};

async function completedSteps(runDir: string): Promise<number> {
  try {
    const step = (JSON.parse(await readFile(join(runDir, "state.json"), "utf8")) as { step?: unknown }).step;
    return typeof step === "number" ? step : 0;
  } catch {
    return 0;
  }
}

// Errors that describe the user's data, recipe, engine or run directory rather than a golong bug.
const INPUT_ERRORS = new Set(["DataError", "EngineError", "RolloutError", "RunDirError", "TrainerError", "PlanError", "VerifyError", "TokenizerError", "InputError"]);
function isInputProblem(e: unknown): boolean {
  if (e instanceof RunDirError || e instanceof PlanError || e instanceof InputError) return true;
  return e instanceof Error && INPUT_ERRORS.has(e.constructor.name);
}
