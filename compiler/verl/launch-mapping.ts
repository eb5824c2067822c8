// compiler/verl/launch-mapping.ts — how the execution graph becomes verl's Hydra overrides, as data:
// one entry per verl key with the golong setting it comes from. `golongc emit --target verl` writes
// these; tests compare them with the published GoLongRL launches.
import { findNode, nodesOf, type Graph } from "../ir.js";

// verl splits "LOWER_UPPER" and reads each half with Python float(); written as Python prints floats.
const pyFloat = (x: number): string => (Number.isInteger(x) ? x.toFixed(1) : String(x));

export interface VerlOverride {
  /** As Hydra takes it: `key`, `+key` (add) or `++key`. */
  readonly key: string;
  readonly value: string | number | boolean | null | readonly unknown[];
  /** The golong field or formula it comes from (docs/verl.md). */
  readonly from: string;
}

/** The entry point and config the GoLongRL launches use. */
export const VERL_ENTRY = ["-m", "recipe.dapo.main_dapo", "--config-name=dapo_megatron_trainer"] as const;

const LOSS_AGG: Record<string, string> = { token_mean: "token-mean", seq_mean_token_sum: "seq-mean-token-sum", seq_mean_token_mean: "seq-mean-token-mean" };

export function verlOverrides(g: Graph): VerlOverride[] {
  const out: VerlOverride[] = [];
  const put = (key: string, value: VerlOverride["value"] | undefined, from: string) => {
    if (value !== undefined) out.push({ key, value, from });
  };
  const rollout = findNode(g, "rollout");
  const update = findNode(g, "update");
  const adv = findNode(g, "advantage");
  const dyn = findNode(g, "dynamic_sampling");
  const verify = findNode(g, "verify");
  const ev = findNode(g, "eval");
  const ckpt = findNode(g, "checkpoint");
  const sources = new Map(nodesOf(g, "source").map((n) => [n.config.name, n.config]));
  const trainSource = findNode(g, "filter")?.config.tasks[0]?.source;

  if (adv) {
    put("algorithm.adv_estimator", adv.config.estimator, "advantage VARIANT");
    if (adv.config.estimator === "grpo" && !adv.config.normByStd) put("algorithm.norm_adv_by_std_in_grpo", false, "advantage.norm_by_std");
  }
  if (update) {
    const kl = update.config.kl;
    put("algorithm.use_kl_in_reward", kl !== null && kl.inReward, "update.kl, update.kl_in_reward");
    put("algorithm.kl_ctrl.kl_coef", kl !== null && kl.inReward ? kl.coef : 0, "update.kl");
  }
  if (dyn) {
    put("algorithm.filter_groups.enable", true, "sampling dynamic");
    put("algorithm.filter_groups.metric", dyn.config.metric, "sampling.keep_groups_with");
    put("algorithm.filter_groups.max_num_gen_batches", dyn.config.maxGenBatches, "sampling.max_gen_batches");
  }
  const is = update?.config.importanceSampling;
  if (is) {
    // What verl reads today (reference/README.md): level and on/off merged into rollout_is; the old
    // lower bound is closest to rejection sampling; mode clip meant masking; the veto is gone.
    put("algorithm.rollout_correction.rollout_is", is.level, "update.importance_sampling.level");
    put("algorithm.rollout_correction.rollout_is_threshold", is.threshold, "update.importance_sampling.threshold");
    if (is.thresholdLower !== null) {
      put("algorithm.rollout_correction.rollout_rs", `${is.level}_k1`, "update.importance_sampling.threshold_lower");
      put("algorithm.rollout_correction.rollout_rs_threshold", `${pyFloat(is.thresholdLower)}_${pyFloat(is.threshold)}`, "update.importance_sampling.threshold_lower, threshold");
    }
  }
  if (trainSource) put("data.train_files", sources.get(trainSource)?.path, "source (the tasks' source)");
  if (ev) put("data.val_files", sources.get(ev.config.source)?.path, "eval.on");
  put("data.return_raw_chat", true, "always: golong sends chat messages");
  put("data.trust_remote_code", g.model.kind === "path" ? g.model.trustRemoteCode : undefined, "model.trust_remote_code");
  put("data.shuffle", g.train.shuffle, "train.shuffle");
  if (ckpt?.config.dir) put("+data.filtered_cache_dir", ckpt.config.dir, "train.work_dir/ckpts/logging.project/logging.experiment/");
  put("data.gen_batch_size", g.train.genPromptsPerStep, "train.gen_prompts_per_step");
  put("data.train_batch_size", g.train.promptsPerStep, "train.prompts_per_step");
  if (rollout) {
    put("data.max_prompt_length", rollout.config.maxPromptTokens, "rollout.max_prompt");
    put("data.max_response_length", rollout.config.maxResponseTokens, "rollout.max_response");
    put("data.truncation", rollout.config.truncation, "rollout.truncation");
  }
  if (trainSource) put("data.prompt_key", sources.get(trainSource)?.promptField, "source prompt_field (default prompt)");
  if (rollout) put("data.filter_overlong_prompts", rollout.config.filterOverlongPrompts, "rollout.filter_overlong_prompts");
  if (g.model.kind === "path") {
    put("actor_rollout_ref.model.path", g.model.path, "model.path");
    put("actor_rollout_ref.model.trust_remote_code", g.model.trustRemoteCode, "model.trust_remote_code");
  }
  if (update) {
    const c = update.config;
    put("actor_rollout_ref.actor.policy_loss.loss_mode", "vanilla", "update ppo");
    put("actor_rollout_ref.actor.clip_ratio_c", c.dualClip ?? undefined, "update.dual_clip");
    put("actor_rollout_ref.actor.clip_ratio_low", c.clipLow, "update.clip[0]");
    put("actor_rollout_ref.actor.clip_ratio_high", c.clipHigh, "update.clip[1]");
    put("actor_rollout_ref.actor.use_kl_loss", c.kl !== null && !c.kl.inReward, "update.kl");
    put("actor_rollout_ref.actor.kl_loss_coef", c.kl !== null && !c.kl.inReward ? c.kl.coef : 0, "update.kl");
    put("actor_rollout_ref.actor.entropy_coeff", c.entropyCoef, "update.entropy_coef");
    put("actor_rollout_ref.actor.loss_agg_mode", LOSS_AGG[c.lossAgg], "update.loss_agg");
    put("actor_rollout_ref.actor.optim.lr", c.lr, "update.lr");
    put("actor_rollout_ref.actor.optim.lr_warmup_steps", c.warmupSteps, "update.warmup");
    put("actor_rollout_ref.actor.optim.weight_decay", c.weightDecay, "update.weight_decay");
    put("actor_rollout_ref.actor.optim.clip_grad", c.gradClip ?? undefined, "update.grad_clip");
    put("actor_rollout_ref.actor.ppo_mini_batch_size", c.miniBatch, "train.mini_batch");
    put("actor_rollout_ref.actor.ppo_epochs", c.ppoEpochs, "update.ppo_epochs");
    put("actor_rollout_ref.actor.ppo_max_token_len_per_gpu", c.maxTokensPerGpu, "update.max_tokens_per_gpu = (max_prompt + max_response) / cp");
    put("actor_rollout_ref.rollout.log_prob_max_token_len_per_gpu", c.maxTokensPerGpu, "update.max_tokens_per_gpu = (max_prompt + max_response) / cp");
  }
  if (g.cluster) {
    put("actor_rollout_ref.actor.ppo_micro_batch_size_per_gpu", g.cluster.microBatchPerGpu, "cluster.micro_batch_per_gpu");
    put("actor_rollout_ref.rollout.log_prob_micro_batch_size_per_gpu", g.cluster.microBatchPerGpu, "cluster.micro_batch_per_gpu");
    put("actor_rollout_ref.actor.use_dynamic_bsz", g.cluster.dynamicBatch, "cluster.dynamic_batch");
    put("actor_rollout_ref.rollout.log_prob_use_dynamic_bsz", g.cluster.dynamicBatch, "cluster.dynamic_batch");
    const a = g.cluster.actor;
    for (const role of ["actor", "ref"]) {
      put(`actor_rollout_ref.${role}.megatron.pipeline_model_parallel_size`, a.pp, "cluster.actor.pp");
      put(`actor_rollout_ref.${role}.megatron.context_parallel_size`, a.cp, "cluster.actor.cp");
      put(`actor_rollout_ref.${role}.megatron.tensor_model_parallel_size`, a.tp, "cluster.actor.tp");
      put(`actor_rollout_ref.${role}.megatron.expert_model_parallel_size`, a.ep, "cluster.actor.ep");
      put(`actor_rollout_ref.${role}.megatron.expert_tensor_parallel_size`, a.etp, "cluster.actor.etp");
    }
    put("trainer.n_gpus_per_node", g.cluster.gpusPerNode, "cluster.gpus_per_node");
    put("trainer.nnodes", g.cluster.nodes, "cluster.nodes");
  }
  if (rollout) {
    const r = rollout.config;
    put("actor_rollout_ref.rollout.name", r.engine, "rollout.engine");
    put("actor_rollout_ref.rollout.mode", r.mode, "rollout.mode");
    put("actor_rollout_ref.rollout.n", r.n, "rollout.n");
    put("actor_rollout_ref.rollout.multi_turn.max_assistant_turns", 1, "always: one response per prompt");
    put("actor_rollout_ref.rollout.tensor_model_parallel_size", r.tp, "rollout.tp");
    if (g.model.kind === "path") put("actor_rollout_ref.rollout.max_model_len", g.model.maxContextTokens, "model.max_context");
    put("actor_rollout_ref.rollout.temperature", r.temperature, "rollout.temperature");
    put("actor_rollout_ref.rollout.top_p", r.topP, "rollout.top_p");
    put("actor_rollout_ref.rollout.top_k", r.topK, "rollout.top_k");
    put("actor_rollout_ref.rollout.val_kwargs.temperature", r.val.temperature, "rollout.val.temperature");
    put("actor_rollout_ref.rollout.val_kwargs.top_p", r.val.topP, "rollout.val.top_p");
    put("actor_rollout_ref.rollout.val_kwargs.top_k", r.val.topK, "rollout.val.top_k");
    put("actor_rollout_ref.rollout.val_kwargs.do_sample", r.val.temperature > 0, "rollout.val.temperature > 0");
    put("actor_rollout_ref.rollout.val_kwargs.n", r.val.n, "rollout.val.n");
    put("actor_rollout_ref.rollout.calculate_log_probs", is !== null && is !== undefined, "update.importance_sampling (needs rollout log-probs)");
  }
  if (adv) {
    put("+algorithm.difficulty_reweight", adv.config.difficultyReweight, "advantage.difficulty_reweight");
    if (adv.config.difficultyReweight) put("+algorithm.difficulty_smooth_alpha", adv.config.smoothAlpha, "advantage.smooth_alpha");
  }
  put("reward.reward_manager.name", dyn ? "dapo" : "naive", "sampling dynamic (the DAPO reward manager)");
  const ol = verify?.config.overlong;
  put("reward.reward_kwargs.overlong_buffer_cfg.enable", ol?.enabled ?? false, "overlong.penalty");
  if (ol) {
    put("reward.reward_kwargs.overlong_buffer_cfg.len", ol.bufferTokens, "overlong.buffer");
    put("reward.reward_kwargs.overlong_buffer_cfg.penalty_factor", ol.penaltyFactor, "overlong.penalty_factor");
    put("reward.reward_kwargs.overlong_buffer_cfg.log", ol.log, "overlong.log");
  }
  if (rollout) put("reward.reward_kwargs.max_resp_len", rollout.config.maxResponseTokens, "rollout.max_response");
  if (g.logging) {
    put("trainer.logger", g.logging.loggers, "logging.loggers");
    put("trainer.project_name", g.logging.project, "logging.project");
    put("trainer.experiment_name", g.logging.experiment, "logging.experiment");
  }
  put("trainer.val_before_train", ev ? ev.config.beforeTrain : false, "eval.before_train");
  put("trainer.test_freq", ev?.config.everySteps ?? -1, "eval.every (off: -1)");
  put("trainer.save_freq", ckpt?.config.everySteps ?? -1, "train.save_every (off: -1)");
  if (g.train.steps !== null) put("trainer.total_training_steps", g.train.steps, "train.steps");
  if (g.train.epochs !== null) put("trainer.total_epochs", g.train.epochs, "train.epochs");
  put("trainer.default_hdfs_dir", null, "always: no HDFS copy");
  if (ckpt?.config.dir) {
    put("trainer.default_local_dir", ckpt.config.dir, "train.work_dir/ckpts/logging.project/logging.experiment/");
    if (g.train.saveRollouts) put("trainer.rollout_data_dir", `${ckpt.config.dir}rollout_outputs`, "train.save_rollouts");
  }
  if (ckpt) {
    put("trainer.resume_mode", ckpt.config.resume, "train.resume");
    put("trainer.max_actor_ckpt_to_keep", ckpt.config.keep ?? undefined, "train.keep_checkpoints");
  }
  if (ev) put("trainer.log_val_generations", ev.config.logGenerations, "eval.log_generations");
  for (const [key, value] of Object.entries(g.verl)) put(key, value as VerlOverride["value"], "verl { } block");
  return out;
}
