// compiler/lower/lower-graph.ts — the checked recipe becomes the execution graph (compiler/ir.ts): one
// node per stage with every setting a runtime or the verl backend needs, derived values computed here
// (max_prompt, gen_prompts_per_step, ppo_max_token_len_per_gpu, the checkpoint directory).
import { Graph, IR_VERSION, type Edge, type GraphNode, type PortType } from "../ir.js";
import { lineColOf, type SourceFile, type Span } from "../../diagnostics/index.js";
import { get, type BlockValues } from "../checks/block-fields.js";
import type { CheckedGate, CheckedModel, CheckedSource, CheckedTask } from "../checks/declarations.js";
import { maxPromptOf, type Settings } from "../checks/cross-field.js";
import type { VerlValue } from "../checks/verl-block.js";
import { toSchema } from "../types/value-types.js";

export interface LowerInput {
  readonly recipe: string;
  readonly file: SourceFile;
  readonly model: CheckedModel;
  readonly sources: readonly CheckedSource[];
  readonly tasks: readonly CheckedTask[];
  readonly gates: readonly CheckedGate[];
  readonly settings: Settings;
  readonly verl: Record<string, VerlValue>;
}

type AnyNode = Omit<GraphNode, "span" | "resources"> & { resources?: { gpus?: number; cpuWorkers?: number }; span?: Span };

export function lowerGraph(input: LowerInput): Graph {
  const B = (k: string): BlockValues => input.settings.blocks.get(k)!;
  const rollout = B("rollout"), update = B("update"), train = B("train"), advantage = B("advantage");
  const sampling = B("sampling"), evalB = B("eval"), cluster = B("cluster"), logging = B("logging");
  const overlong = B("overlong"), verify = B("verify"), warmup = B("warmup");
  const model = input.model;
  const here = (span: Span | undefined) => {
    if (!span) return undefined;
    const { line, column } = lineColOf(input.file, span.start);
    return { file: input.file.path, line, column };
  };

  const nodes: AnyNode[] = [];
  const edges: Edge[] = [];
  const link = (from: string, fromPort: string, to: string, toPort: string, type: PortType) =>
    edges.push({ from: { node: from, port: fromPort }, to: { node: to, port: toPort }, type });

  for (const s of input.sources) {
    nodes.push({
      id: `source.${s.name}`, kind: "source", span: s.span,
      config: {
        name: s.name, format: s.format, ...(s.path !== undefined ? { path: s.path } : {}),
        ...(s.synthetic ? { synthetic: s.synthetic } : {}),
        recordType: s.recordType.kind === "error" ? { kind: "json" } : toSchema(s.recordType),
        promptField: s.promptField,
        shuffle: get<boolean>(train, "shuffle") && input.tasks.some((t) => t.spec.source === s.name) ? { seed: get<number>(train, "seed") } : null,
        onBadRecord: s.onBadRecord,
      },
      inputs: [], outputs: [{ name: "records", type: "records" }],
    } as AnyNode);
  }
  const taskSpecs = input.tasks.map((t) => t.spec);
  nodes.push({ id: "tasks", kind: "filter", config: { tasks: taskSpecs, unmatched: get(train, "unmatched") }, inputs: [{ name: "records", type: "records" }], outputs: [{ name: "prompts", type: "prompts" }] } as AnyNode);
  for (const src of new Set(taskSpecs.map((t) => t.source))) link(`source.${src}`, "records", "tasks", "records", "records");

  const embedded = model.kind === "embedded";
  const maxPrompt = maxPromptOf(input.settings) ?? 1;
  const maxResponse = get<number>(rollout, "max_response");
  const val = rollout.blocks.get("val")!;
  const rtp = get<number>(rollout, "tp");
  nodes.push({
    id: "rollout", kind: "rollout", span: rollout.decl?.span, resources: { gpus: embedded ? 0 : rtp },
    config: {
      engine: get(rollout, "engine"), mode: get(rollout, "mode"), n: get(rollout, "n"),
      temperature: get(rollout, "temperature"), topP: get(rollout, "top_p"), topK: get(rollout, "top_k"),
      maxPromptTokens: maxPrompt, maxResponseTokens: maxResponse,
      truncation: get(rollout, "truncation"), filterOverlongPrompts: get(rollout, "filter_overlong_prompts"), tp: rtp,
      ...opt("endpoint", get(rollout, "endpoint")), ...opt("modelName", get(rollout, "model_name")), ...opt("replayFile", get(rollout, "replay_file")),
      concurrency: get(rollout, "concurrency"), timeoutMs: get(rollout, "timeout"), retries: get(rollout, "retries"),
      val: { n: get(val, "n"), temperature: get(val, "temperature"), topP: get(val, "top_p"), topK: get(val, "top_k") },
    },
    inputs: [{ name: "prompts", type: "prompts" }, { name: "weights", type: "weights" }], outputs: [{ name: "responses", type: "responses" }],
  } as AnyNode);
  link("tasks", "prompts", "rollout", "prompts", "prompts");

  const workers = get<number>(verify, "workers");
  nodes.push({
    id: "verify", kind: "verify", span: verify.decl?.span, resources: { cpuWorkers: workers },
    config: {
      tasks: taskSpecs, timeLimitMs: get(verify, "timeout"), workers,
      overlong: overlong.decl ? { enabled: get<boolean>(overlong, "penalty"), bufferTokens: get(overlong, "buffer"), penaltyFactor: get(overlong, "penalty_factor"), log: get(overlong, "log") } : null,
    },
    inputs: [{ name: "responses", type: "responses" }], outputs: [{ name: "scored", type: "scored" }],
  } as AnyNode);
  link("rollout", "responses", "verify", "responses", "responses");

  let last = "verify";
  for (const g of input.gates) {
    const id = `gate.${g.name}`;
    nodes.push({ id, kind: "gate", span: g.span, config: { name: g.name, expr: g.expr }, inputs: [{ name: "scored", type: "scored" }], outputs: [{ name: "scored", type: "scored" }] } as AnyNode);
    link(last, "scored", id, "scored", "scored");
    last = id;
  }
  // DAPO filters groups before computing advantages: the estimator sees only the kept groups.
  if (sampling.decl) {
    const keep = get<{ keep: "nonzero_std"; metric: "score" }>(sampling, "keep_groups_with");
    nodes.push({
      id: "dynamic_sampling", kind: "dynamic_sampling", span: sampling.decl.span,
      config: { metric: keep.metric, keep: keep.keep, maxGenBatches: get(sampling, "max_gen_batches") },
      inputs: [{ name: "scored", type: "scored" }], outputs: [{ name: "scored", type: "scored" }, { name: "more", type: "prompts" }],
    } as AnyNode);
    link(last, "scored", "dynamic_sampling", "scored", "scored");
    link("dynamic_sampling", "more", "rollout", "prompts", "prompts");
    last = "dynamic_sampling";
  }
  nodes.push({
    id: "advantage", kind: "advantage", span: advantage.decl?.span,
    config: {
      estimator: advantage.decl?.variant?.name ?? "grpo", normByStd: get(advantage, "norm_by_std"), normByTaskScale: get(advantage, "norm_by_task_scale"),
      difficultyReweight: get(advantage, "difficulty_reweight"), smoothAlpha: get(advantage, "smooth_alpha"), gamma: get(advantage, "gamma"), epsilon: get(advantage, "epsilon"),
    },
    inputs: [{ name: "scored", type: "scored" }], outputs: [{ name: "advantages", type: "advantages" }],
  } as AnyNode);
  link(last, "scored", "advantage", "scored", "scored");

  const actor = cluster.blocks.get("actor")!;
  const cp = cluster.decl ? get<number>(actor, "cp") : 1;
  const kl = get<number | null>(update, "kl");
  const is = update.blocks.get("importance_sampling")!;
  const trainer = get<string | undefined>(update, "trainer") ?? (embedded ? "embedded" : cluster.decl ? "verl" : "none");
  const [clipLow, clipHigh] = get<[number, number]>(update, "clip");
  nodes.push({
    id: "update", kind: "update", span: update.decl?.span,
    resources: { gpus: embedded ? 0 : cluster.decl ? get<number>(cluster, "nodes") * get<number>(cluster, "gpus_per_node") : 1 },
    config: {
      algorithm: "ppo", trainer, ...opt("command", get(update, "command")),
      lr: get(update, "lr"), warmupSteps: get(update, "warmup"), weightDecay: get(update, "weight_decay"), gradClip: get(update, "grad_clip"),
      clipLow, clipHigh, dualClip: get(update, "dual_clip"), lossAgg: get(update, "loss_agg"),
      kl: kl === null ? null : { coef: kl, inReward: get(update, "kl_in_reward") },
      entropyCoef: get(update, "entropy_coef"), ppoEpochs: get(update, "ppo_epochs"), miniBatch: get(train, "mini_batch"),
      ...opt("maxTokensPerGpu", get<number | undefined>(update, "max_tokens_per_gpu") ?? (cluster.decl ? Math.ceil((maxPrompt + maxResponse) / cp) : undefined)),
      importanceSampling: is.decl ? {
        level: get(is, "level"), threshold: get(is, "threshold"), thresholdLower: get(is, "threshold_lower") ?? null,
        mode: get(is, "mode"), veto: get(is, "veto") ?? null,
      } : null,
    },
    inputs: [{ name: "advantages", type: "advantages" }], outputs: [{ name: "weights", type: "weights" }],
  } as AnyNode);
  link("advantage", "advantages", "update", "advantages", "advantages");
  nodes.push({ id: "sync_weights", kind: "sync_weights", config: {}, inputs: [{ name: "weights", type: "weights" }], outputs: [{ name: "weights", type: "weights" }] } as AnyNode);
  link("update", "weights", "sync_weights", "weights", "weights");
  link("sync_weights", "weights", "rollout", "weights", "weights");

  if (evalB.decl) {
    nodes.push({
      id: "eval", kind: "eval", span: evalB.decl.span,
      config: { source: get(evalB, "on"), everySteps: get(evalB, "every"), beforeTrain: get(evalB, "before_train"), afterTrain: get(evalB, "after_train"), logGenerations: get(evalB, "log_generations") },
      inputs: [{ name: "weights", type: "weights" }], outputs: [{ name: "metrics", type: "metrics" }],
    } as AnyNode);
    link("sync_weights", "weights", "eval", "weights", "weights");
    link(`source.${get<string>(evalB, "on")}`, "records", "eval", "records", "records");
  }
  const project = get<string>(logging, "project");
  const experiment = get<string | undefined>(logging, "experiment") ?? input.recipe;
  const workDir = get<string | undefined>(train, "work_dir");
  const saveEvery = get<number | null>(train, "save_every");
  if (saveEvery !== null || workDir !== undefined) {
    nodes.push({
      id: "checkpoint", kind: "checkpoint",
      config: {
        everySteps: saveEvery, keep: get(train, "keep_checkpoints"),
        dir: workDir !== undefined ? `${workDir.replace(/\/+$/, "")}/ckpts/${project}/${experiment}/` : null,
        resume: get(train, "resume"),
      },
      inputs: [{ name: "weights", type: "weights" }], outputs: [],
    } as AnyNode);
    link("update", "weights", "checkpoint", "weights", "weights");
  }

  const pps = get<number>(train, "prompts_per_step");
  const graph = {
    version: IR_VERSION, recipe: input.recipe, file: input.file.path,
    model: model.kind === "embedded"
      ? { kind: "embedded", layers: get(model.values, "layers"), width: get(model.values, "width"), heads: get(model.values, "heads"), contextTokens: get(model.values, "context"), seed: get(model.values, "seed"), positions: get(model.values, "positions"), device: get(model.values, "device") }
      : { kind: "path", path: get(model.values, "path"), maxContextTokens: get(model.values, "max_context"), ...opt("tokenizer", get(model.values, "tokenizer")), trustRemoteCode: get(model.values, "trust_remote_code") },
    train: {
      promptsPerStep: pps, genPromptsPerStep: get<number | undefined>(train, "gen_prompts_per_step") ?? pps, miniBatch: get(train, "mini_batch"),
      epochs: get(train, "epochs") ?? null, steps: get(train, "steps") ?? null, seed: get(train, "seed"), overlap: get(train, "overlap"),
      shuffle: get(train, "shuffle"), saveRollouts: get(train, "save_rollouts"),
    },
    cluster: cluster.decl ? {
      nodes: get(cluster, "nodes"), gpusPerNode: get(cluster, "gpus_per_node"),
      actor: { tp: get(actor, "tp"), cp, pp: get(actor, "pp"), ep: get(actor, "ep"), etp: get(actor, "etp") },
      microBatchPerGpu: get(cluster, "micro_batch_per_gpu"), dynamicBatch: get(cluster, "dynamic_batch"),
    } : null,
    warmup: warmup.decl ? {
      kind: "supervised", steps: get(warmup, "steps"), lr: get(warmup, "lr"), batch: get(warmup, "batch"), schedule: get(warmup, "schedule"),
      lrWarmupSteps: get(warmup, "lr_warmup"), minLrRatio: get(warmup, "min_lr"), promptLossWeight: get(warmup, "prompt_loss"), records: get(warmup, "records"),
      beta2: get(warmup, "beta2"),
    } : null,
    logging: { project, experiment, loggers: get(logging, "loggers") },
    verl: input.verl,
    nodes: nodes.map((n) => ({ ...n, span: here(n.span), resources: { gpus: n.resources?.gpus ?? 0, cpuWorkers: n.resources?.cpuWorkers ?? 0 } })),
    edges,
  };
  // A schema failure here is a compiler bug, not a recipe mistake: let it throw (exit 70).
  return Graph.parse(graph);
}

function opt<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
