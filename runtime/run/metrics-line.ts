// runtime/run/metrics-line.ts — the line format of metrics.jsonl, one zod schema (documented key by
// key in docs/runtime.md). Step 0 is the held-out evaluation before the first update (and, after a
// supervised warm-up, a second step-0 line with phase "warmup"); every other line is one training step.
import { z } from "zod";

export const TaskStepMetrics = z.object({
  mean_reward: z.number(),
  std_reward: z.number(),
  mean_std_reward: z.number(),
  sqrt_mean_var: z.number(),
  rate_adv: z.number(),
  rate_num: z.number(),
  num_queries: z.number().int().nonnegative(),
  num_rollouts: z.number().int().nonnegative(),
}).strict();
export type TaskStepMetrics = z.infer<typeof TaskStepMetrics>;

export const ValTaskMetrics = z.object({
  reward_mean: z.number(),
  num_prompts: z.number().int().nonnegative(),
  num_responses: z.number().int().nonnegative(),
}).strict();

const EvalPart = {
  val_reward_mean: z.number().optional(),
  val_tasks: z.record(ValTaskMetrics).optional(),
};

export const DynamicSamplingCounts = z.object({
  gen_batches: z.number().int().nonnegative(),
  groups_generated: z.number().int().nonnegative(),
  groups_kept: z.number().int().nonnegative(),
  groups_dropped: z.number().int().nonnegative(),
  groups_used: z.number().int().nonnegative(),
  /** 1 when max_gen_batches ran out (or the data did) before prompts_per_step groups were kept. */
  short: z.union([z.literal(0), z.literal(1)]),
}).strict();

export const StepLine = z.object({
  step: z.number().int().positive(),
  epoch: z.number().int().nonnegative(),
  reward_mean: z.number(),
  tasks: z.record(TaskStepMetrics),
  /** The same metrics by advantage label, when labels are not the task names (per-record labels,
   *  e.g. GoLongRL's): what the reference logs as reward_mode/<label>/... */
  labels: z.record(TaskStepMetrics).optional(),
  response_quality: z.record(z.number()).optional(),
  "difficulty/mean_pass_rate": z.number().optional(),
  advantage: z.object({ mean: z.number(), min: z.number(), max: z.number() }).strict(),
  dynamic_sampling: DynamicSamplingCounts,
  actor: z.record(z.number()),
  weights_version: z.number().int().nonnegative(),
  /** Present (true) when no group was kept, so nothing was trained this step. */
  update_skipped: z.literal(true).optional(),
  flags: z.record(z.number().int().nonnegative()),
  timing_s: z.record(z.number().nonnegative()),
  ...EvalPart,
}).strict();
export type StepLine = z.infer<typeof StepLine>;

export const InitialEvalLine = z.object({
  step: z.literal(0),
  val_reward_mean: z.number(),
  val_tasks: z.record(ValTaskMetrics),
  timing_s: z.record(z.number().nonnegative()),
}).strict();
export type InitialEvalLine = z.infer<typeof InitialEvalLine>;

/** After a supervised warm-up (before the first RL step): its losses and, with an eval source, the
 *  held-out reward it left. Follows the step-0 evaluation line. */
export const WarmupLine = z.object({
  step: z.literal(0),
  phase: z.literal("warmup"),
  warmup: z.object({
    steps: z.number().int().nonnegative(),
    examples: z.number().int().nonnegative(),
    first_loss: z.number(),
    last_loss: z.number(),
  }).strict(),
  ...EvalPart,
  timing_s: z.record(z.number().nonnegative()),
}).strict();
export type WarmupLine = z.infer<typeof WarmupLine>;

export const MetricsLine = z.union([InitialEvalLine, WarmupLine, StepLine]);
export type MetricsLine = z.infer<typeof MetricsLine>;

/** Serialises a metrics line; non-finite numbers become strings as in the golden files. */
export function metricsLineJson(line: MetricsLine): string {
  return JSON.stringify(line, (_k, v) =>
    typeof v === "number" && !Number.isFinite(v) ? (Number.isNaN(v) ? "NaN" : v > 0 ? "Infinity" : "-Infinity") : v);
}
