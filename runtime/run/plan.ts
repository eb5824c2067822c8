// runtime/run/plan.ts — what the run loop needs from the IR graph, read once: batch sizes, sampling,
// estimator, dynamic sampling, eval and checkpoint cadence, node resources. Missing nodes a run
// cannot do without are reported as errors, not crashes.
import { findNode, type Graph, type NodeKind, type NodeOf } from "../../compiler/ir.js";
import type { SamplingParams } from "../engine.js";
import type { ResourceRequest } from "../scheduler/index.js";

export interface RunPlan {
  recipe: string;
  seed: number;
  promptsPerStep: number;
  /** Prompts per generation batch (gen_prompts_per_step with dynamic sampling, else prompts_per_step). */
  genPromptsPerStep: number;
  /** Dynamic sampling: at most this many generation batches a step; null when off. */
  maxGenBatches: number | null;
  sampling: Omit<SamplingParams, "seed">;
  valSampling: Omit<SamplingParams, "seed">;
  advantage: NodeOf<"advantage">["config"];
  /** Steps to run (null: until the epochs are used up). */
  steps: number | null;
  epochs: number | null;
  overlap: boolean;
  evalSource: string | null;
  evalEverySteps: number | null;
  evalBefore: boolean;
  evalAfter: boolean;
  /** Held-out generations shown on the terminal after each evaluation (verl's log_val_generations). */
  evalLogGenerations: number;
  checkpointEverySteps: number | null;
  checkpointKeep: number | null;
  trainSource: string;
  trainerKind: NodeOf<"update">["config"]["trainer"];
  /** What one engine call holds: the local engine's GPU slots; nothing for a remote server (its
   *  GPUs are not this machine's, and its own request limit applies). */
  rolloutResources: ResourceRequest;
  verifyResources: ResourceRequest;
  /** Requests the engine keeps in flight (the rollout's `concurrency`). */
  rolloutConcurrency: number;
  /** True for an engine on another machine (openai, sglang, vllm). */
  remoteEngine: boolean;
  verifyWorkers: number;
  overlong: { bufferTokens: number; penaltyFactor: number; maxResponseTokens: number } | null;
}

export class PlanError extends Error {}

function need<K extends NodeKind>(graph: Graph, kind: K): NodeOf<K> {
  const n = findNode(graph, kind);
  if (!n) throw new PlanError(`the graph of recipe '${graph.recipe}' has no '${kind}' node; a training run needs one`);
  return n;
}

export function planRun(graph: Graph, overrides: { steps?: number } = {}): RunPlan {
  const rollout = need(graph, "rollout");
  const verify = need(graph, "verify");
  const advantage = need(graph, "advantage");
  const update = need(graph, "update");
  const filter = findNode(graph, "filter");
  const dynamic = findNode(graph, "dynamic_sampling");
  const evalNode = findNode(graph, "eval");
  const ckpt = findNode(graph, "checkpoint");
  const r = rollout.config;
  const t = graph.train;
  const remote = r.engine === "openai" || r.engine === "sglang" || r.engine === "vllm";
  const trainSource = filter?.config.tasks[0]?.source
    ?? findNode(graph, "source")?.id
    ?? "";
  if (trainSource === "") throw new PlanError(`the graph of recipe '${graph.recipe}' has no training source`);
  return {
    recipe: graph.recipe,
    seed: t.seed,
    promptsPerStep: t.promptsPerStep,
    genPromptsPerStep: dynamic ? Math.max(t.genPromptsPerStep, t.promptsPerStep) : t.promptsPerStep,
    maxGenBatches: dynamic ? dynamic.config.maxGenBatches : null,
    sampling: { n: r.n, temperature: r.temperature, topP: r.topP, topK: r.topK, maxResponseTokens: r.maxResponseTokens },
    valSampling: { n: r.val.n, temperature: r.val.temperature, topP: r.val.topP, topK: r.val.topK, maxResponseTokens: r.maxResponseTokens },
    advantage: advantage.config,
    steps: overrides.steps ?? t.steps,
    epochs: t.epochs,
    overlap: t.overlap,
    evalSource: evalNode?.config.source ?? null,
    evalEverySteps: evalNode?.config.everySteps ?? null,
    evalBefore: evalNode?.config.beforeTrain ?? false,
    evalAfter: evalNode?.config.afterTrain ?? false,
    evalLogGenerations: evalNode?.config.logGenerations ?? 0,
    checkpointEverySteps: ckpt?.config.everySteps ?? null,
    checkpointKeep: ckpt?.config.keep ?? null,
    trainSource,
    trainerKind: update.config.trainer,
    rolloutResources: remote ? {} : { gpus: rollout.resources.gpus },
    remoteEngine: remote,
    verifyResources: { cpuWorkers: Math.min(1, verify.resources.cpuWorkers) },
    rolloutConcurrency: Math.max(1, r.concurrency),
    verifyWorkers: Math.max(1, verify.config.workers || verify.resources.cpuWorkers || 1),
    overlong: verify.config.overlong
      ? { bufferTokens: verify.config.overlong.bufferTokens, penaltyFactor: verify.config.overlong.penaltyFactor, maxResponseTokens: r.maxResponseTokens }
      : null,
  };
}
