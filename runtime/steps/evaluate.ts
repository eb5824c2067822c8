// runtime/steps/evaluate.ts — held-out evaluation: every prompt of the eval source, sampled with the
// validation settings, verified and gated like training; the mean reward overall and per task.
import { generateGroups, type ScoredGroup } from "./generate.js";
import type { TaskRecord } from "./ports.js";
import { generateOptions, type StepContext } from "./step-context.js";

export interface EvalResult {
  reward_mean: number;
  tasks: Record<string, { reward_mean: number; num_prompts: number; num_responses: number }>;
  groups: ScoredGroup[];
}

export type EvalContext = StepContext;

export async function evaluate(ctx: EvalContext, records: readonly TaskRecord[], step: number): Promise<EvalResult> {
  const groups = await generateGroups(records, generateOptions(ctx, {
    engine: ctx.ports.evalEngine ?? ctx.ports.engine,
    sampling: ctx.plan.valSampling,
    seedPath: ["eval", step],
  }));
  const tasks: EvalResult["tasks"] = {};
  const sums: Record<string, number> = {};
  let total = 0, count = 0;
  for (const g of groups) {
    const t = (tasks[g.prompt.task] ??= { reward_mean: 0, num_prompts: 0, num_responses: 0 });
    t.num_prompts++;
    for (const s of g.samples) {
      t.num_responses++;
      sums[g.prompt.task] = (sums[g.prompt.task] ?? 0) + s.score;
      total += s.score;
      count++;
    }
  }
  for (const [name, t] of Object.entries(tasks)) t.reward_mean = t.num_responses ? sums[name] / t.num_responses : 0;
  return { reward_mean: count ? total / count : 0, tasks: sortKeys(tasks), groups };
}

export function sortKeys<V>(o: Record<string, V>): Record<string, V> {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
