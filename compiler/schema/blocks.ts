// compiler/schema/blocks.ts — every block a recipe may hold and every field of each: type, unit,
// default, range and the verl keys it becomes. The checker, `--set`, lowering and docs/recipes.md
// all read this one table.
import type { BlockSpec, FieldSpec } from "./field-types.js";

const int = (min?: number, max?: number) => ({ kind: "int", min, max }) as const;
const num = (min?: number, exclusiveMin = false) => ({ kind: "number", min, exclusiveMin }) as const;
const fraction = { kind: "fraction" } as const;
const bool = { kind: "bool" } as const;
const text = { kind: "text" } as const;
const tokens = { kind: "quantity", unit: "tokens", min: 1 } as const;
const steps = { kind: "quantity", unit: "steps", min: 1 } as const;
const duration = { kind: "quantity", unit: "duration", min: 1 } as const;
const oneOf = (...values: string[]) => ({ kind: "enum", values }) as const;

const f = (name: string, type: FieldSpec["type"], doc: string, extra: Partial<FieldSpec> = {}): FieldSpec =>
  ({ name, type, doc, ...extra });

export const MODEL_PATH: BlockSpec = {
  keyword: "model", variants: [], doc: "a model loaded from a path (a Hugging Face checkpoint served by vLLM/SGLang or trained by verl)",
  fields: [
    f("path", text, "the model's directory or hub id; usually env(\"LLM\")", { required: true, verl: ["actor_rollout_ref.model.path"] }),
    f("max_context", tokens, "the longest sequence the model serves: must hold max_prompt + max_response", { required: true, verl: ["actor_rollout_ref.rollout.max_model_len"] }),
    f("tokenizer", text, "a tokenizer.json, when not the model's own"),
    f("trust_remote_code", bool, "let the model's repository run its own code", { default: false, verl: ["actor_rollout_ref.model.trust_remote_code", "data.trust_remote_code"] }),
  ],
};

export const MODEL_EMBEDDED: BlockSpec = {
  keyword: "model", variants: ["embedded"], doc: "the small decoder-only transformer golong builds itself (ONNX)",
  fields: [
    f("layers", int(1, 64), "transformer blocks", { required: true }),
    f("width", int(8, 8192), "hidden size (a multiple of heads)", { required: true }),
    f("heads", int(1, 128), "attention heads", { required: true }),
    f("context", tokens, "the longest sequence the model handles", { required: true }),
    f("seed", int(), "seed of the initial weights", { default: 0 }),
    f("positions", oneOf("learned", "rotary"), "how tokens know their place: a learned position embedding, or rotary (RoPE) queries and keys", { default: "learned" }),
    f("device", oneOf("cpu", "cuda"), "where onnxruntime runs it", { default: "cpu" }),
  ],
};

const ROLLOUT_VAL: BlockSpec = {
  keyword: "val", variants: [], doc: "sampling for validation (the eval node)",
  fields: [
    f("n", int(1), "responses per validation prompt", { default: 1, verl: ["actor_rollout_ref.rollout.val_kwargs.n"] }),
    f("temperature", num(0), "validation temperature; do_sample is temperature > 0", { default: 0, verl: ["actor_rollout_ref.rollout.val_kwargs.temperature", "actor_rollout_ref.rollout.val_kwargs.do_sample"] }),
    f("top_p", fraction, "validation nucleus sampling", { default: 1, verl: ["actor_rollout_ref.rollout.val_kwargs.top_p"] }),
    f("top_k", int(-1), "validation top-k; -1 is off", { default: -1, verl: ["actor_rollout_ref.rollout.val_kwargs.top_k"] }),
  ],
};

export const ROLLOUT: BlockSpec = {
  keyword: "rollout", variants: [], doc: "how responses are generated",
  blocks: [ROLLOUT_VAL],
  fields: [
    f("engine", oneOf("onnx", "openai", "replay", "sglang", "vllm"), "the rollout engine", { required: true, verl: ["actor_rollout_ref.rollout.name"] }),
    f("mode", oneOf("sync", "async"), "async streams requests to the engine", { default: "sync", verl: ["actor_rollout_ref.rollout.mode"] }),
    f("tp", int(1), "tensor parallelism of the rollout engine (GPUs per engine)", { default: 1, verl: ["actor_rollout_ref.rollout.tensor_model_parallel_size"] }),
    f("n", int(1), "responses per prompt (the group size)", { required: true, verl: ["actor_rollout_ref.rollout.n"] }),
    f("temperature", num(0), "sampling temperature", { default: 1, verl: ["actor_rollout_ref.rollout.temperature"] }),
    f("top_p", fraction, "nucleus sampling", { default: 1, verl: ["actor_rollout_ref.rollout.top_p"] }),
    f("top_k", int(-1), "top-k sampling; -1 is off", { default: -1, verl: ["actor_rollout_ref.rollout.top_k"] }),
    f("max_prompt", tokens, "longest prompt; default: the model's context minus max_response", { verl: ["data.max_prompt_length"] }),
    f("max_response", tokens, "longest response", { required: true, verl: ["data.max_response_length", "reward.reward_kwargs.max_resp_len"] }),
    f("truncation", oneOf("left", "right", "error"), "what happens to a prompt longer than max_prompt", { default: "error", verl: ["data.truncation"] }),
    f("filter_overlong_prompts", bool, "drop prompts longer than max_prompt before training", { default: false, verl: ["data.filter_overlong_prompts"] }),
    f("endpoint", text, "openai: the server's base URL"),
    f("model_name", text, "openai: the served model's name"),
    f("replay_file", text, "replay: JSONL of recorded responses"),
    f("concurrency", int(1), "requests in flight to the engine", { default: 8 }),
    f("timeout", duration, "per request", { default: 600_000 }),
    f("retries", int(0), "retries of a failed request, with backoff", { default: 3 }),
  ],
};

export const SAMPLING: BlockSpec = {
  keyword: "sampling", variants: ["dynamic"], variantRequired: true,
  doc: "DAPO dynamic sampling: keep only groups whose scores differ, generating more batches as needed",
  fields: [
    f("keep_groups_with", { kind: "group_filter" }, "which groups are kept: nonzero_std(score)", { required: true, verl: ["algorithm.filter_groups.enable", "algorithm.filter_groups.metric"] }),
    f("max_gen_batches", int(1), "most generation batches a step may draw", { required: true, verl: ["algorithm.filter_groups.max_num_gen_batches"] }),
  ],
};

export const ADVANTAGE: BlockSpec = {
  keyword: "advantage", variants: ["grpo", "tmn_grpo", "qwenlong_grpo"], variantRequired: true,
  doc: "how scores become advantages",
  fields: [
    f("norm_by_std", bool, "grpo: divide by the group's std", { default: true, verl: ["algorithm.norm_adv_by_std_in_grpo"] }),
    f("norm_by_task_scale", bool, "tmn_grpo: normalise by the task's scale", { default: true }),
    f("difficulty_reweight", bool, "weight groups by their difficulty", { default: false, verl: ["+algorithm.difficulty_reweight"] }),
    f("smooth_alpha", fraction, "smoothing of the pass rate", { default: 0.5, verl: ["+algorithm.difficulty_smooth_alpha"] }),
    f("gamma", num(0), "difficulty weight exponent", { default: 1, verl: ["+algorithm.difficulty_gamma"] }),
    f("epsilon", num(0, true), "added to the std", { default: 1e-6 }),
  ],
};

const IMPORTANCE_SAMPLING: BlockSpec = {
  keyword: "importance_sampling", variants: [],
  doc: "rollout importance-sampling correction (the published launches' algorithm.rollout_is*)",
  fields: [
    f("level", oneOf("token", "sequence"), "per token or per sequence weights", { required: true, verl: ["algorithm.rollout_correction.rollout_is"] }),
    f("threshold", num(0, true), "upper bound of the weight", { default: 2, verl: ["algorithm.rollout_correction.rollout_is_threshold"] }),
    f("threshold_lower", num(0), "lower bound of the weight (verl today: rejection sampling rollout_rs)", { verl: ["algorithm.rollout_correction.rollout_rs", "algorithm.rollout_correction.rollout_rs_threshold"] }),
    f("mode", oneOf("clip", "truncate", "mask"), "what a weight outside the bounds does", { default: "truncate" }),
    f("veto", num(0), "drop a sequence with a token weight below this (not in verl today)"),
  ],
};

export const UPDATE: BlockSpec = {
  keyword: "update", variants: ["ppo"], variantRequired: true, doc: "the policy update",
  blocks: [IMPORTANCE_SAMPLING],
  fields: [
    f("trainer", oneOf("embedded", "external", "none", "verl"), "who applies the update; default: embedded for an embedded model, verl otherwise"),
    f("command", { kind: "list", of: text }, "external: the trainer's argv"),
    f("lr", num(0, true), "learning rate", { required: true, verl: ["actor_rollout_ref.actor.optim.lr"] }),
    f("warmup", { kind: "quantity", unit: "steps", min: 0 }, "linear lr warm-up", { default: 0, verl: ["actor_rollout_ref.actor.optim.lr_warmup_steps"] }),
    f("weight_decay", num(0), "AdamW weight decay", { default: 0, verl: ["actor_rollout_ref.actor.optim.weight_decay"] }),
    f("grad_clip", num(0, true), "gradient norm clip", { offable: true, default: null, verl: ["actor_rollout_ref.actor.optim.clip_grad"] }),
    f("clip", { kind: "pair", of: fraction }, "PPO ratio clip [low, high] (DAPO clip-higher)", { default: [0.2, 0.2], verl: ["actor_rollout_ref.actor.clip_ratio_low", "actor_rollout_ref.actor.clip_ratio_high"] }),
    f("dual_clip", num(1, true), "dual-clip constant c (> 1)", { offable: true, default: null, verl: ["actor_rollout_ref.actor.clip_ratio_c"] }),
    f("loss_agg", oneOf("token_mean", "seq_mean_token_sum", "seq_mean_token_mean"), "how token losses are averaged", { default: "token_mean", verl: ["actor_rollout_ref.actor.loss_agg_mode"] }),
    f("kl", num(0), "KL loss coefficient, or off", { offable: true, default: null, verl: ["actor_rollout_ref.actor.use_kl_loss", "actor_rollout_ref.actor.kl_loss_coef", "algorithm.use_kl_in_reward", "algorithm.kl_ctrl.kl_coef"] }),
    f("kl_in_reward", bool, "apply the KL penalty in the reward instead of the loss", { default: false }),
    f("entropy_coef", num(0), "entropy bonus", { default: 0, verl: ["actor_rollout_ref.actor.entropy_coeff"] }),
    f("ppo_epochs", int(1), "passes over each batch", { default: 1, verl: ["actor_rollout_ref.actor.ppo_epochs"] }),
    f("max_tokens_per_gpu", tokens, "tokens per GPU in one forward pass; default (max_prompt + max_response) / cp", { verl: ["actor_rollout_ref.actor.ppo_max_token_len_per_gpu", "actor_rollout_ref.rollout.log_prob_max_token_len_per_gpu"] }),
  ],
};

export const OVERLONG: BlockSpec = {
  keyword: "overlong", variants: [], doc: "DAPO's overlong penalty, applied to the score after verification",
  fields: [
    f("penalty", bool, "penalise responses that run into the last `buffer` tokens before max_response", { default: false, verl: ["reward.reward_kwargs.overlong_buffer_cfg.enable"] }),
    f("buffer", { kind: "quantity", unit: "tokens", min: 0 }, "length of the penalty ramp before max_response", { default: 0, verl: ["reward.reward_kwargs.overlong_buffer_cfg.len"] }),
    f("penalty_factor", num(0), "penalty at max_response", { default: 1, verl: ["reward.reward_kwargs.overlong_buffer_cfg.penalty_factor"] }),
    f("log", bool, "log the penalty", { default: false, verl: ["reward.reward_kwargs.overlong_buffer_cfg.log"] }),
  ],
};

export const VERIFY: BlockSpec = {
  keyword: "verify", variants: [], doc: "the verification pool (CPU workers scoring responses)",
  fields: [
    f("timeout", duration, "time limit of one verification; a timeout scores 0", { default: 5_000 }),
    f("workers", int(0), "worker threads; 0: one per core", { default: 0 }),
  ],
};

export const TRAIN: BlockSpec = {
  keyword: "train", variants: [], doc: "batch sizes and the length of training",
  fields: [
    f("prompts_per_step", int(1), "prompts in one training batch", { required: true, verl: ["data.train_batch_size"] }),
    f("gen_prompts_per_step", int(1), "prompts per generation batch (dynamic sampling); default prompts_per_step", { verl: ["data.gen_batch_size"] }),
    f("mini_batch", int(1), "samples per optimizer step: prompts_per_step × n must be a multiple", { required: true, verl: ["actor_rollout_ref.actor.ppo_mini_batch_size"] }),
    f("epochs", int(1), "passes over the training source", { verl: ["trainer.total_epochs"] }),
    f("steps", int(1), "training steps (overrides epochs)", { verl: ["trainer.total_training_steps"] }),
    f("seed", int(), "seed of shuffling and sampling", { default: 0 }),
    f("shuffle", bool, "shuffle the training source", { default: true, verl: ["data.shuffle"] }),
    f("overlap", bool, "overlap the next rollout with this update (one step off-policy)", { default: false }),
    f("unmatched", oneOf("drop", "error"), "a training record no task takes: dropped and counted, or an error", { default: "drop" }),
    f("save_every", steps, "checkpoint cadence", { offable: true, default: null, verl: ["trainer.save_freq"] }),
    f("keep_checkpoints", int(1), "checkpoints kept", { offable: true, default: null, verl: ["trainer.max_actor_ckpt_to_keep"] }),
    f("resume", oneOf("auto", "disable"), "resume from the latest checkpoint", { default: "auto", verl: ["trainer.resume_mode"] }),
    f("work_dir", text, "the launch directory; checkpoints go under work_dir/ckpts/project/experiment", { verl: ["trainer.default_local_dir", "data.filtered_cache_dir"] }),
    f("save_rollouts", bool, "write every rollout with its score", { default: false, verl: ["trainer.rollout_data_dir"] }),
  ],
};

export const EVAL: BlockSpec = {
  keyword: "eval", variants: [], doc: "validation on a held-out source",
  fields: [
    f("on", { kind: "source_ref" }, "the held-out source", { required: true, verl: ["data.val_files"] }),
    f("every", steps, "validation cadence, or off", { offable: true, default: null, verl: ["trainer.test_freq"] }),
    f("before_train", bool, "validate before the first step", { default: true, verl: ["trainer.val_before_train"] }),
    f("after_train", bool, "validate after the last step", { default: true }),
    f("log_generations", int(0), "validation generations logged", { default: 0, verl: ["trainer.log_val_generations"] }),
  ],
};

export const LOGGING: BlockSpec = {
  keyword: "logging", variants: [], doc: "experiment names and loggers",
  fields: [
    f("project", text, "project name", { default: "golong", verl: ["trainer.project_name"] }),
    f("experiment", text, "experiment name; default the recipe's name", { verl: ["trainer.experiment_name"] }),
    f("loggers", { kind: "list", of: oneOf("console", "tensorboard", "wandb", "mlflow", "swanlab") }, "where metrics go", { default: ["console"], verl: ["trainer.logger"] }),
  ],
};

const CLUSTER_ACTOR: BlockSpec = {
  keyword: "actor", variants: [], doc: "Megatron parallelism of the actor (the reference model follows it)",
  fields: [
    f("tp", int(1), "tensor parallel", { default: 1, verl: ["actor_rollout_ref.actor.megatron.tensor_model_parallel_size", "actor_rollout_ref.ref.megatron.tensor_model_parallel_size"] }),
    f("cp", int(1), "context parallel", { default: 1, verl: ["actor_rollout_ref.actor.megatron.context_parallel_size", "actor_rollout_ref.ref.megatron.context_parallel_size"] }),
    f("pp", int(1), "pipeline parallel", { default: 1, verl: ["actor_rollout_ref.actor.megatron.pipeline_model_parallel_size", "actor_rollout_ref.ref.megatron.pipeline_model_parallel_size"] }),
    f("ep", int(1), "expert parallel (MoE)", { default: 1, verl: ["actor_rollout_ref.actor.megatron.expert_model_parallel_size", "actor_rollout_ref.ref.megatron.expert_model_parallel_size"] }),
    f("etp", int(1), "expert tensor parallel (MoE)", { default: 1, verl: ["actor_rollout_ref.actor.megatron.expert_tensor_parallel_size", "actor_rollout_ref.ref.megatron.expert_tensor_parallel_size"] }),
  ],
};

export const CLUSTER: BlockSpec = {
  keyword: "cluster", variants: [], doc: "machines and parallelism",
  blocks: [CLUSTER_ACTOR],
  fields: [
    f("nodes", int(1), "machines", { required: true, verl: ["trainer.nnodes"] }),
    f("gpus_per_node", int(1), "GPUs per machine", { required: true, verl: ["trainer.n_gpus_per_node"] }),
    f("micro_batch_per_gpu", int(1), "samples per GPU per forward pass", { default: 1, verl: ["actor_rollout_ref.actor.ppo_micro_batch_size_per_gpu", "actor_rollout_ref.rollout.log_prob_micro_batch_size_per_gpu"] }),
    f("dynamic_batch", bool, "pack micro-batches by tokens instead of samples", { default: false, verl: ["actor_rollout_ref.actor.use_dynamic_bsz", "actor_rollout_ref.rollout.log_prob_use_dynamic_bsz"] }),
  ],
};

export const WARMUP: BlockSpec = {
  keyword: "warmup", variants: ["supervised"], variantRequired: true,
  doc: "supervised steps on the reference answers before RL (embedded model)",
  fields: [
    f("steps", int(1), "supervised steps", { required: true }),
    f("lr", num(0, true), "peak learning rate", { required: true }),
    f("batch", int(1), "reference answers per step", { default: 32 }),
    f("schedule", oneOf("constant", "cosine", "linear"), "the lr after lr_warmup: constant, or decaying to lr × min_lr at the last step", { default: "constant" }),
    f("lr_warmup", { kind: "quantity", unit: "steps", min: 0 }, "linear lr warm-up from 0", { default: 0 }),
    f("min_lr", fraction, "final lr of a decaying schedule, as a fraction of lr", { default: 0.1 }),
    f("prompt_loss", num(0), "weight of a prompt token's loss relative to an answer token's (0: answers only)", { default: 0 }),
    f("records", int(1), "training records read for reference answers (from the start of the train source)", { default: 4096 }),
    f("beta2", fraction, "Adam's second-moment decay", { default: 0.999 }),
  ],
};

/** Top-level blocks with a fixed field table (`model` and `verl` are handled on their own). */
export const TOP_BLOCKS: readonly BlockSpec[] = [ROLLOUT, SAMPLING, ADVANTAGE, UPDATE, OVERLONG, VERIFY, TRAIN, EVAL, LOGGING, CLUSTER, WARMUP];

export const BLOCK_KEYWORDS: readonly string[] = [...TOP_BLOCKS.map((b) => b.keyword), "verl", "let"];

export function findBlock(keyword: string): BlockSpec | undefined {
  return TOP_BLOCKS.find((b) => b.keyword === keyword);
}

/** Every first-class field's verl keys, for "this key is set by rollout.n" diagnostics. */
export function verlKeyOwners(): Map<string, string> {
  const owners = new Map<string, string>();
  const walk = (b: BlockSpec, prefix: string) => {
    for (const fs of b.fields) for (const k of fs.verl ?? []) owners.set(k.replace(/^\+\+?/, ""), `${prefix}${fs.name}`);
    for (const nb of b.blocks ?? []) walk(nb, `${prefix}${nb.keyword}.`);
  };
  for (const b of [...TOP_BLOCKS, MODEL_PATH]) walk(b, `${b.keyword}.`);
  return owners;
}
