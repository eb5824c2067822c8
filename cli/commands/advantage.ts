// cli/commands/advantage.ts — `golongc advantage`: one batch of scored responses per JSON line in,
// its advantages and the estimator's metrics out (the golden advantages.jsonl format).
import { z } from "zod";
import {
  ESTIMATORS, computeAdvantages, configFromReference, type EstimatorName,
} from "../../stdlib/advantage/index.js";
import type { Command } from "../command.js";
import { parseFlags } from "../args.js";
import { EXIT } from "../io.js";
import { JsonNumber, LineError, runJsonLines } from "../jsonl.js";

const HELP = `golongc advantage: compute advantages for batches of scored responses (JSON lines)

usage: golongc advantage [--input FILE] [--estimator NAME]

Each input line is one batch:
  {"id", "estimator": "grpo" | "tmn_grpo" | "qwenlong_grpo", "params": {...},
   "scores": [number...], "index": [group id...], "reward_mode": [task label...]}
params use the reference trainer's names: grpo {norm_adv_by_std_in_grpo, difficulty_reweight,
difficulty_gamma, epsilon}; tmn_grpo {norm_adv_by_task_scale, difficulty_reweight, difficulty_gamma,
difficulty_smooth_alpha, epsilon}; qwenlong_grpo {epsilon}. Left-out params take the trainer's
defaults. reward_mode (task labels) is required by tmn_grpo and qwenlong_grpo.
Each output line is {"id", "advantages": [...], "metrics": {...}}; a line that cannot be answered
gets {"line", "id", "error"} instead, and the exit code is 1.

options:
  --input FILE       read from FILE instead of standard input ("-" = standard input)
  --estimator NAME   estimator for lines that have no "estimator" field
  -h, --help         show this help

example:
  echo '{"id":"b1","estimator":"grpo","scores":[1,0,0.5,0.5],"index":["q1","q1","q2","q2"]}' | golongc advantage
  golongc advantage --input test/data/golden/advantages.jsonl
`;

const Line = z.object({
  id: z.string().optional(),
  estimator: z.enum(ESTIMATORS).optional(),
  params: z.record(z.unknown()).optional(),
  scores: z.array(JsonNumber),
  index: z.array(z.union([z.string(), z.number().int()])),
  reward_mode: z.array(z.string()).optional(),
}).passthrough();

function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  const field = issue.path.length ? issue.path.join(".") : "line";
  if (issue.code === "invalid_enum_value" && issue.path[0] === "estimator") {
    return `estimator: expected one of ${ESTIMATORS.join(", ")}, got ${JSON.stringify(issue.received)}`;
  }
  return `${field}: ${issue.message.toLowerCase()}`;
}

export function answerLine(record: Record<string, unknown>, fallback?: EstimatorName): Record<string, unknown> {
  const parsed = Line.safeParse(record);
  if (!parsed.success) throw new LineError(describeIssue(parsed.error));
  const line = parsed.data;
  const estimator = line.estimator ?? fallback;
  if (!estimator) throw new LineError(`estimator: missing (give "estimator" on the line or --estimator)`);
  const n = line.scores.length;
  if (line.index.length !== n) throw new LineError(`index: ${line.index.length} entries for ${n} scores`);
  if (line.reward_mode !== undefined && line.reward_mode.length !== n) {
    throw new LineError(`reward_mode: ${line.reward_mode.length} entries for ${n} scores`);
  }
  if (estimator !== "grpo" && line.reward_mode === undefined) {
    throw new LineError(`reward_mode: ${estimator} needs a task label per response`);
  }
  const config = configFromReference(estimator, line.params);
  if (!config.ok) throw new LineError(config.message);
  const { advantages, metrics } = computeAdvantages(config.config, {
    scores: line.scores,
    index: line.index.map(String),
    taskLabels: line.reward_mode,
  });
  return { ...(line.id !== undefined ? { id: line.id } : {}), advantages: Array.from(advantages), metrics };
}

export const command: Command = {
  name: "advantage",
  summary: "compute advantages for batches (JSON lines)",
  help: HELP,
  async run(argv, io) {
    const flags = parseFlags(argv, {
      input: { type: "string" },
      estimator: { type: "string" },
    }, false);
    if (!flags.ok) {
      io.stderr(`golongc advantage: ${flags.message}\n`);
      return EXIT.usage;
    }
    const fallback = flags.values.estimator as string | undefined;
    if (fallback !== undefined && !(ESTIMATORS as readonly string[]).includes(fallback)) {
      io.stderr(`golongc advantage: --estimator must be one of ${ESTIMATORS.join(", ")}, got '${fallback}'\n`);
      return EXIT.usage;
    }
    return runJsonLines(flags.values.input, io, (record) => answerLine(record, fallback as EstimatorName | undefined));
  },
};
