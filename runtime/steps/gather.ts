// runtime/steps/gather.ts — a step's batch: sample prompts, generate and score them, and with dynamic
// sampling drop the groups whose scores have no spread (and more than one response), generating more
// batches (up to max_gen_batches) until prompts_per_step groups are kept, then cut to that many.
import type { CursorStream } from "./cursor-stream.js";
import { generateGroups, keepGroup, type ScoredGroup } from "./generate.js";
import { generateOptions, type StepContext } from "./step-context.js";

export interface GeneratedGroup { group: ScoredGroup; genBatch: number; kept: boolean; used: boolean }

export interface GatheredBatch {
  step: number;
  /** The groups to train on, in order. */
  groups: ScoredGroup[];
  /** Every group generated this step (for the rollout file), with what happened to it. */
  all: GeneratedGroup[];
  counts: { gen_batches: number; groups_generated: number; groups_kept: number; groups_dropped: number; groups_used: number; short: 0 | 1 };
  epoch: number;
  generateSeconds: number;
}

export interface GatherContext extends StepContext {
  nowMs: () => number;
}

export async function gatherBatch(ctx: GatherContext, step: number, stream: CursorStream): Promise<GatheredBatch> {
  const { plan } = ctx;
  const started = ctx.nowMs();
  const all: GeneratedGroup[] = [];
  const kept: GeneratedGroup[] = [];
  const maxBatches = plan.maxGenBatches ?? 1;
  let genBatch = 0;
  const epoch = stream.cursor.epoch;
  while (genBatch < maxBatches && kept.length < plan.promptsPerStep) {
    const prompts = await stream.take(plan.genPromptsPerStep);
    if (prompts.length === 0) break;
    genBatch++;
    const groups = await generateGroups(prompts, {
      ...generateOptions(ctx, { engine: ctx.ports.engine, sampling: plan.sampling, seedPath: ["rollout", step, genBatch] }),
      overlong: plan.overlong,
      ...(ctx.ports.tokenize ? { tokenize: ctx.ports.tokenize } : {}),
    });
    for (const group of groups) {
      const g: GeneratedGroup = { group, genBatch, kept: plan.maxGenBatches === null || keepGroup(group), used: false };
      all.push(g);
      if (g.kept) kept.push(g);
    }
  }
  const used = kept.slice(0, plan.promptsPerStep);
  for (const g of used) g.used = true;
  return {
    step,
    groups: used.map((g) => g.group),
    all,
    counts: {
      gen_batches: genBatch,
      groups_generated: all.length,
      groups_kept: kept.length,
      groups_dropped: all.length - kept.length,
      groups_used: used.length,
      short: used.length < plan.promptsPerStep ? 1 : 0,
    },
    epoch,
    generateSeconds: (ctx.nowMs() - started) / 1000,
  };
}
