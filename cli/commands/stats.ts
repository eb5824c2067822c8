// cli/commands/stats.ts — `golongc stats`: per-task training metrics and response-quality metrics,
// one case per JSON line (the golden task_metrics.jsonl format) in, `{"id", "metrics"}` out.
import { resolve } from "node:path";
import { z } from "zod";
import {
  rewardModeMetrics, taskGroupedMetrics, responseQuality, responseQualityMetrics,
} from "../../stdlib/task-metrics/index.js";
import type { Command } from "../command.js";
import { parseFlags } from "../args.js";
import { EXIT } from "../io.js";
import { JsonNumber, LineError, runJsonLines } from "../jsonl.js";

const HELP = `golongc stats: per-task training metrics of scored groups (JSON lines)

usage: golongc stats [--input FILE]
       golongc stats --run RUN_DIR

Each input line is one call: {"id", "function", "inputs": {...}} with function one of
  compute_reward_mode_metrics       inputs {scores, uid, reward_mode}  (labels used as given)
  compute_task_grouped_metrics      inputs {scores, uid, reward_mode}  (extra_info reward modes,
                                    null = absent; LongBench-Pro sub-tasks map to their metric)
  _compute_single_response_quality  inputs {text}
  compute_response_quality_metrics  inputs {responses}
(the reference trainer's function names). Each output line is {"id", "metrics": {key: number}};
a line that cannot be answered gets {"line", "id", "error"} instead, and the exit code is 1.

With --run, recomputes each step's metrics of a \`golongc run\` directory from its saved rollouts
and prints {"step", "metrics": {reward_mean, tasks, response_quality}, "differences": [...]} per
step; differences lists keys whose value in metrics.jsonl disagrees (then the exit code is 1).

options:
  --input FILE   read from FILE instead of standard input ("-" = standard input)
  --run RUN_DIR  recompute a run's per-step metrics from RUN_DIR/rollouts
  -h, --help     show this help

example:
  echo '{"id":"s1","function":"compute_task_grouped_metrics","inputs":{"scores":[1,0,0.5],"uid":["a","a","b"],"reward_mode":["T3.2 Single-Hop Fact QA","T3.2 Single-Hop Fact QA",null]}}' | golongc stats
  golongc stats --input test/data/golden/task_metrics.jsonl
  golongc stats --run runs/quickstart-20260101-120000
`;

const Scores = z.array(JsonNumber);
const Uids = z.array(z.union([z.string(), z.number()]).transform(String));

const Inputs = {
  compute_reward_mode_metrics: z.object({ scores: Scores, uid: Uids, reward_mode: z.array(z.string()) }).strict(),
  compute_task_grouped_metrics: z.object({ scores: Scores, uid: Uids, reward_mode: z.array(z.string().nullable()) }).strict(),
  _compute_single_response_quality: z.object({ text: z.string() }).strict(),
  compute_response_quality_metrics: z.object({ responses: z.array(z.string()).min(1, "needs at least one response") }).strict(),
} as const;
type StatsFunction = keyof typeof Inputs;
const FUNCTIONS = Object.keys(Inputs) as StatsFunction[];

function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  const field = ["inputs", ...issue.path].join(".");
  if (issue.code === "unrecognized_keys") return `${field}: unexpected field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.join(", ")}`;
  return `${field}: ${issue.message.toLowerCase()}`;
}

/** Computes one stats line's metrics; throws LineError for input it cannot answer. */
export function statsForLine(record: Record<string, unknown>): Record<string, unknown> {
  const fn = record.function;
  if (typeof fn !== "string" || !(FUNCTIONS as string[]).includes(fn)) {
    throw new LineError(`function: expected one of ${FUNCTIONS.join(", ")}, got ${JSON.stringify(fn)}`);
  }
  const parsed = Inputs[fn as StatsFunction].safeParse(record.inputs);
  if (!parsed.success) throw new LineError(describeIssue(parsed.error));
  const i = parsed.data as Record<string, any>;
  if ("scores" in i && (i.uid.length !== i.scores.length || i.reward_mode.length !== i.scores.length)) {
    throw new LineError(`inputs: scores, uid and reward_mode differ in length (${i.scores.length}, ${i.uid.length}, ${i.reward_mode.length})`);
  }
  let metrics: Record<string, number>;
  switch (fn as StatsFunction) {
    case "compute_reward_mode_metrics": metrics = rewardModeMetrics(i.scores, i.uid, i.reward_mode); break;
    case "compute_task_grouped_metrics": metrics = taskGroupedMetrics(i.scores, i.uid, i.reward_mode); break;
    case "_compute_single_response_quality": metrics = { ...responseQuality(i.text) }; break;
    case "compute_response_quality_metrics": metrics = responseQualityMetrics(i.responses); break;
  }
  return { ...(typeof record.id === "string" ? { id: record.id } : {}), metrics };
}

export const command: Command = {
  name: "stats",
  summary: "per-task training metrics of scored groups (JSON lines)",
  help: HELP,
  async run(argv, io) {
    const flags = parseFlags(argv, { input: { type: "string" }, run: { type: "string" } }, false);
    if (!flags.ok) {
      io.stderr(`golongc stats: ${flags.message}\n`);
      return EXIT.usage;
    }
    if (flags.values.run !== undefined) {
      if (flags.values.input !== undefined) {
        io.stderr("golongc stats: --run and --input are exclusive\n");
        return EXIT.usage;
      }
      // --run RUN_DIR (runtime-core): the run's steps recomputed from its rollouts.
      const { statsOfRun } = await import("../../runtime/index.js");
      return statsOfRun(resolve(io.cwd(), flags.values.run), io);
    }
    return runJsonLines(flags.values.input, io, statsForLine);
  },
};
