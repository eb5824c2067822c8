// compiler/ir.ts — the execution graph, golong's IR: the one contract between the compiler and every
// backend (local runtime, verl emitter, dot/mermaid printers). This zod schema is the single source
// of the TypeScript types; bump `version` on any incompatible change.
import { z } from "zod";

export const IR_VERSION = 1 as const;

/** A reward or filter expression over one record and one response, evaluated by the runtime with
 *  the stdlib's functions. `field` paths start at the record (`["reward_model", "ground_truth"]`);
 *  `output` is the response text. */
export type Expr =
  | { kind: "literal"; value: string | number | boolean | null | unknown[] }
  | { kind: "field"; path: string[] }
  | { kind: "output" }
  | { kind: "call"; fn: string; args: Expr[] }
  | { kind: "in"; value: Expr; set: (string | number)[]; negate?: boolean }
  | { kind: "compare"; op: "==" | "!=" | "<" | "<=" | ">" | ">="; left: Expr; right: Expr }
  | { kind: "logic"; op: "and" | "or" | "not"; args: Expr[] };

// z.lazy calls its getter on every parse: the union is built once and the getter only returns it
// (rebuilding a discriminated union per node made parsing a graph ~30 ms).
let exprUnion: z.ZodType<Expr> | undefined;
export const Expr: z.ZodType<Expr> = z.lazy(() => (exprUnion ??= (z.discriminatedUnion("kind", [
    z.object({ kind: z.literal("literal"), value: z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.unknown())]) }).strict(),
    z.object({ kind: z.literal("field"), path: z.array(z.string()) }).strict(),
    z.object({ kind: z.literal("output") }).strict(),
    z.object({ kind: z.literal("call"), fn: z.string(), args: z.array(Expr) }).strict(),
    z.object({ kind: z.literal("in"), value: Expr, set: z.array(z.union([z.string(), z.number()])), negate: z.boolean().optional() }).strict(),
    z.object({ kind: z.literal("compare"), op: z.enum(["==", "!=", "<", "<=", ">", ">="]), left: Expr, right: Expr }).strict(),
    z.object({ kind: z.literal("logic"), op: z.enum(["and", "or", "not"]), args: z.array(Expr) }).strict(),
  ])) as z.ZodType<Expr>));

/** A record type as data (the declared `type` of a source), so the runtime can validate records. */
export type TypeSchema =
  | { kind: "text" | "number" | "bool" | "json" | "messages" }
  | { kind: "list" | "optional"; of: TypeSchema }
  | { kind: "record"; name?: string; fields: Record<string, TypeSchema>; open?: boolean };
let typeUnion: z.ZodType<TypeSchema> | undefined;
export const TypeSchema: z.ZodType<TypeSchema> = z.lazy(() => (typeUnion ??= (z.discriminatedUnion("kind", [
    z.object({ kind: z.enum(["text", "number", "bool", "json", "messages"]) }).strict(),
    z.object({ kind: z.enum(["list", "optional"]), of: TypeSchema }).strict(),
    z.object({ kind: z.literal("record"), name: z.string().optional(), fields: z.record(TypeSchema), open: z.boolean().optional() }).strict(),
  ])) as z.ZodType<TypeSchema>));

export const PortType = z.enum(["records", "prompts", "responses", "scored", "advantages", "batch", "weights", "metrics"]);
export type PortType = z.infer<typeof PortType>;
export const Port = z.object({ name: z.string(), type: PortType }).strict();
export type Port = z.infer<typeof Port>;

export const Resources = z.object({
  gpus: z.number().int().nonnegative().default(0),
  cpuWorkers: z.number().int().nonnegative().default(0),
}).strict();

const Span = z.object({ file: z.string(), line: z.number().int(), column: z.number().int() }).strict();

// ---- node configs --------------------------------------------------------------------------------

export const SourceConfig = z.object({
  name: z.string(),
  format: z.enum(["jsonl", "parquet", "synthetic"]),
  path: z.string().optional(),                       // resolved (env() already read) for jsonl/parquet
  synthetic: z.object({
    capabilities: z.array(z.string()),
    contextTokens: z.number().int().positive(),
    count: z.number().int().positive(),
    seed: z.number().int(),
  }).strict().optional(),
  recordType: TypeSchema,
  promptField: z.string().default("prompt"),
  shuffle: z.object({ seed: z.number().int() }).strict().nullable().default(null),
  onBadRecord: z.enum(["stop", "skip"]).default("stop"),
}).strict();

export const TaskSpec = z.object({
  name: z.string(),
  /** The task label advantages are normalised by (TMN) and metrics are grouped by. */
  label: z.string(),
  source: z.string(),
  where: Expr.nullable(),
  reward: Expr,
  /** When present, the label is computed per record (GoLongRL: `task_label(reward_mode)`, the
   *  reference's TMN grouping) and `label` is only the task's display name. */
  labelExpr: Expr.optional(),
}).strict();
export type TaskSpec = z.infer<typeof TaskSpec>;

export const FilterConfig = z.object({
  tasks: z.array(TaskSpec),
  /** Records that no task takes: dropped and counted, or an error. */
  unmatched: z.enum(["drop", "error"]).default("drop"),
}).strict();

export const RolloutConfig = z.object({
  engine: z.enum(["onnx", "openai", "replay", "sglang", "vllm"]),
  mode: z.enum(["sync", "async"]).default("sync"),
  n: z.number().int().positive(),
  temperature: z.number().nonnegative(),
  topP: z.number().gt(0).lte(1),
  topK: z.number().int().default(-1),
  maxPromptTokens: z.number().int().positive(),
  maxResponseTokens: z.number().int().positive(),
  truncation: z.enum(["left", "right", "error"]).default("error"),
  filterOverlongPrompts: z.boolean().default(false),
  tp: z.number().int().positive().default(1),
  endpoint: z.string().optional(),                    // openai: base URL
  modelName: z.string().optional(),                   // openai: the served model's name
  replayFile: z.string().optional(),                  // replay: JSONL of recorded responses
  concurrency: z.number().int().positive().default(8),
  timeoutMs: z.number().int().positive().default(600_000),
  retries: z.number().int().nonnegative().default(3),
  val: z.object({ n: z.number().int().positive(), temperature: z.number().nonnegative(), topP: z.number().gt(0).lte(1), topK: z.number().int() }).strict(),
}).strict();

export const VerifyConfig = z.object({
  tasks: z.array(TaskSpec),
  timeLimitMs: z.number().int().positive().default(5_000),
  workers: z.number().int().nonnegative().default(0),  // 0: one per core
  /** DAPO overlong penalty on the score: linear over the last `bufferTokens` before max_response,
   *  applied only when `enabled` (the block may be written with the penalty off, as the launches do). */
  overlong: z.object({
    enabled: z.boolean(),
    bufferTokens: z.number().int().nonnegative(),
    penaltyFactor: z.number().nonnegative(),
    log: z.boolean().default(false),
  }).strict().nullable().default(null),
}).strict();

export const GateConfig = z.object({
  name: z.string(),                                   // "think_format"
  expr: Expr,                                         // true: keep the score; false: score 0
}).strict();

export const AdvantageConfig = z.object({
  estimator: z.enum(["grpo", "tmn_grpo", "qwenlong_grpo"]),
  normByStd: z.boolean().default(true),               // grpo: norm_adv_by_std_in_grpo
  normByTaskScale: z.boolean().default(true),         // tmn_grpo
  difficultyReweight: z.boolean().default(false),
  smoothAlpha: z.number().min(0).max(1).default(0.5),
  gamma: z.number().default(1.0),
  epsilon: z.number().positive().default(1e-6),
}).strict();

export const DynamicSamplingConfig = z.object({
  metric: z.enum(["score"]),
  keep: z.enum(["nonzero_std"]),
  maxGenBatches: z.number().int().positive(),
}).strict();

export const UpdateConfig = z.object({
  algorithm: z.literal("ppo"),
  trainer: z.enum(["embedded", "external", "none", "verl"]),
  command: z.array(z.string()).optional(),            // external: argv of the trainer process
  lr: z.number().positive(),
  warmupSteps: z.number().int().nonnegative().default(0),
  weightDecay: z.number().nonnegative().default(0),
  gradClip: z.number().positive().nullable().default(null),
  clipLow: z.number().nonnegative(),
  clipHigh: z.number().nonnegative(),
  dualClip: z.number().gt(1).nullable().default(null),
  lossAgg: z.enum(["token_mean", "seq_mean_token_sum", "seq_mean_token_mean"]),
  kl: z.object({ coef: z.number().nonnegative(), inReward: z.boolean() }).strict().nullable().default(null),
  entropyCoef: z.number().default(0),
  ppoEpochs: z.number().int().positive().default(1),
  miniBatch: z.number().int().positive(),
  maxTokensPerGpu: z.number().int().positive().optional(),   // derived: (max_prompt + max_response) / cp
  /** Rollout importance-sampling correction (off-policy rollouts); null: off. */
  importanceSampling: z.object({
    level: z.enum(["token", "sequence"]),
    threshold: z.number().positive(),
    thresholdLower: z.number().nonnegative().nullable(),
    mode: z.enum(["clip", "truncate", "mask"]),
    veto: z.number().nonnegative().nullable(),
  }).strict().nullable().default(null),
}).strict();

export const EvalConfig = z.object({
  source: z.string(),
  everySteps: z.number().int().positive().nullable(),
  beforeTrain: z.boolean().default(true),
  afterTrain: z.boolean().default(true),
  logGenerations: z.number().int().nonnegative().default(0),
}).strict();

export const CheckpointConfig = z.object({
  everySteps: z.number().int().positive().nullable(),
  keep: z.number().int().positive().nullable().default(null),
  /** Where checkpoints go when the recipe says (work_dir/ckpts/project/experiment); null: the run dir. */
  dir: z.string().nullable().default(null),
  resume: z.enum(["auto", "disable"]).default("auto"),
}).strict();

export const WarmupConfig = z.object({
  kind: z.literal("supervised"),
  steps: z.number().int().positive(),
  lr: z.number().positive(),
  batch: z.number().int().positive().default(32),
  schedule: z.enum(["constant", "cosine", "linear"]).default("constant"),
  lrWarmupSteps: z.number().int().nonnegative().default(0),
  minLrRatio: z.number().min(0).max(1).default(0.1),
  promptLossWeight: z.number().nonnegative().default(0),
  records: z.number().int().positive().default(4096),
  beta2: z.number().min(0).max(1).default(0.999),
}).strict();

const node = <K extends string, C extends z.ZodTypeAny>(kind: K, config: C) =>
  z.object({
    id: z.string(),
    kind: z.literal(kind),
    resources: Resources,
    config,
    inputs: z.array(Port),
    outputs: z.array(Port),
    span: Span.optional(),                             // where in the recipe this node comes from
  }).strict();

export const GraphNode = z.discriminatedUnion("kind", [
  node("source", SourceConfig),
  node("filter", FilterConfig),
  node("mix", z.object({ weights: z.record(z.number().nonnegative()) }).strict()),
  node("rollout", RolloutConfig),
  node("verify", VerifyConfig),
  node("gate", GateConfig),
  node("advantage", AdvantageConfig),
  node("dynamic_sampling", DynamicSamplingConfig),
  node("update", UpdateConfig),
  node("sync_weights", z.object({}).strict()),
  node("eval", EvalConfig),
  node("checkpoint", CheckpointConfig),
]);
export type GraphNode = z.infer<typeof GraphNode>;
export type NodeKind = GraphNode["kind"];
export type NodeOf<K extends NodeKind> = Extract<GraphNode, { kind: K }>;

export const Edge = z.object({
  from: z.object({ node: z.string(), port: z.string() }).strict(),
  to: z.object({ node: z.string(), port: z.string() }).strict(),
  type: PortType,
}).strict();
export type Edge = z.infer<typeof Edge>;

export const ModelSpec = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("path"), path: z.string(), maxContextTokens: z.number().int().positive(), tokenizer: z.string().optional(), trustRemoteCode: z.boolean().default(false) }).strict(),
  z.object({
    kind: z.literal("embedded"),
    layers: z.number().int().positive(), width: z.number().int().positive(), heads: z.number().int().positive(),
    contextTokens: z.number().int().positive(), seed: z.number().int(),
    positions: z.enum(["learned", "rotary"]).default("learned"),
    device: z.enum(["cpu", "cuda"]).default("cpu"),
  }).strict(),
]);

export const TrainSpec = z.object({
  promptsPerStep: z.number().int().positive(),
  genPromptsPerStep: z.number().int().positive(),
  miniBatch: z.number().int().positive(),
  epochs: z.number().int().positive().nullable(),
  steps: z.number().int().positive().nullable(),
  seed: z.number().int().default(0),
  /** One-step off-policy overlap of the next rollout with this update. */
  overlap: z.boolean().default(false),
  shuffle: z.boolean().default(true),
  /** Write every rollout with its score and advantage. */
  saveRollouts: z.boolean().default(false),
}).strict();

export const ClusterSpec = z.object({
  nodes: z.number().int().positive(),
  gpusPerNode: z.number().int().positive(),
  actor: z.object({ tp: z.number().int().positive(), cp: z.number().int().positive(), pp: z.number().int().positive(), ep: z.number().int().positive().default(1), etp: z.number().int().positive().default(1) }).strict(),
  microBatchPerGpu: z.number().int().positive().default(1),
  dynamicBatch: z.boolean().default(false),
}).strict();

export const LoggingSpec = z.object({
  project: z.string(),
  experiment: z.string(),
  loggers: z.array(z.string()),
}).strict();

export const Graph = z.object({
  version: z.literal(IR_VERSION),
  recipe: z.string(),
  file: z.string(),
  model: ModelSpec,
  train: TrainSpec,
  cluster: ClusterSpec.nullable(),
  warmup: WarmupConfig.nullable().default(null),
  logging: LoggingSpec.optional(),
  /** verl-only settings: dotted key -> value, validated against verl's config by the compiler. */
  verl: z.record(z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.unknown())])).default({}),
  nodes: z.array(GraphNode),
  edges: z.array(Edge),
}).strict();
export type Graph = z.infer<typeof Graph>;

/** The graph's nodes of one kind, in graph order. */
export function nodesOf<K extends NodeKind>(graph: Graph, kind: K): NodeOf<K>[] {
  return graph.nodes.filter((n): n is NodeOf<K> => n.kind === kind);
}

/** The first node of one kind (most kinds occur at most once), or undefined. */
export function findNode<K extends NodeKind>(graph: Graph, kind: K): NodeOf<K> | undefined {
  return graph.nodes.find((n): n is NodeOf<K> => n.kind === kind);
}
