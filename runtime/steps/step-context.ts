// runtime/steps/step-context.ts — what the run loop hands a step that generates (a training batch, an
// evaluation), and the generateGroups options every such call shares.
import type { ResourcePool } from "../scheduler/index.js";
import type { RunPlan } from "../run/plan.js";
import type { GenerateOptions } from "./generate.js";
import type { StepPorts } from "./ports.js";

export interface StepContext {
  plan: RunPlan;
  ports: StepPorts;
  pool: ResourcePool;
  chunkPrompts: number;
  queueCapacity: number;
  signal?: AbortSignal;
  onPhase?: (phase: "rollout" | "verify", done: number, total: number) => void;
}

/** This call's own part: the engine, its sampling settings and the seed path of its requests. */
export type GenerateCall = Pick<GenerateOptions, "engine" | "sampling" | "seedPath">;

/** generateGroups' options for one call: the run's plan, pool and ports, with the call's own part. */
export function generateOptions(ctx: StepContext, call: GenerateCall): GenerateOptions {
  const { plan } = ctx;
  return {
    engine: call.engine,
    verifier: ctx.ports.verifier,
    gate: ctx.ports.gate,
    sampling: call.sampling,
    seed: plan.seed,
    seedPath: call.seedPath,
    chunkPrompts: ctx.chunkPrompts,
    rolloutConcurrency: plan.rolloutConcurrency,
    verifyConcurrency: plan.verifyWorkers,
    queueCapacity: ctx.queueCapacity,
    pool: ctx.pool,
    rolloutResources: plan.rolloutResources,
    verifyResources: plan.verifyResources,
    signal: ctx.signal,
    onProgress: ctx.onPhase,
  };
}
