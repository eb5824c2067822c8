// compiler/verl/retired-keys.ts — keys the published GoLongRL launches pass that the bundled verl no
// longer reads (reference/README.md, "The published launches do not start on their own verl"), as data:
// a recipe naming one gets a diagnostic that says what verl reads today.

export interface RetiredKey {
  /** The key as the published launches write it (without `+`). */
  readonly key: string;
  /** What verl reads today, in words; `replacement` when there is one key to use instead. */
  readonly today: string;
  readonly replacement?: string;
  /** Where golong expresses the setting as a first-class field, if it does. */
  readonly golongField?: string;
}

export const RETIRED_VERL_KEYS: readonly RetiredKey[] = [
  { key: "algorithm.rollout_is", replacement: "algorithm.rollout_correction.rollout_is",
    today: "algorithm.rollout_correction.rollout_is, which merges on/off and the level: token, sequence or null",
    golongField: "update.importance_sampling.level" },
  { key: "algorithm.rollout_is_level", replacement: "algorithm.rollout_correction.rollout_is",
    today: "the level is merged into algorithm.rollout_correction.rollout_is (token, sequence or null)",
    golongField: "update.importance_sampling.level" },
  { key: "algorithm.rollout_is_threshold", replacement: "algorithm.rollout_correction.rollout_is_threshold",
    today: "algorithm.rollout_correction.rollout_is_threshold", golongField: "update.importance_sampling.threshold" },
  { key: "algorithm.rollout_is_threshold_lower",
    today: "no direct key; the nearest is rejection sampling: algorithm.rollout_correction.rollout_rs: token_k1 with rollout_rs_threshold: \"0.5_5.0\"",
    golongField: "update.importance_sampling.threshold_lower" },
  { key: "algorithm.rollout_is_mode",
    today: "no key: the old `clip` meant masking, which is now algorithm.rollout_correction.rollout_rs",
    golongField: "update.importance_sampling.mode" },
  { key: "algorithm.rollout_is_veto_threshold", today: "nothing: the veto was removed and has no equivalent",
    golongField: "update.importance_sampling.veto" },
  { key: "actor_rollout_ref.rollout.update_weights_bucket_megabytes",
    replacement: "actor_rollout_ref.rollout.checkpoint_engine.update_weights_bucket_megabytes",
    today: "actor_rollout_ref.rollout.checkpoint_engine.update_weights_bucket_megabytes" },
  { key: "actor_rollout_ref.rollout.agent.buffer_capacity", today: "nothing: no code in the bundled verl reads it" },
  { key: "reward_model.launch_reward_fn_async", today: "nothing: the reward loop is asynchronous by design" },
  { key: "trainer.val_only", today: "a key of the FSDP config only, not of the Megatron config these launches use" },
  { key: "reward_model.enable_reward_workers", today: "nothing: no code reads it" },
  { key: "reward_model.compute_in_agent_loop", today: "nothing: no code reads it" },
  { key: "reward_model.reward_manager", replacement: "reward.reward_manager.name",
    today: "reward.reward_manager.name (reward_model.reward_manager is a legacy key verl moves there)" },
];

/** `reward_model.reward_kwargs.*` moved to `reward.reward_kwargs.*` as a whole subtree. */
export const RETIRED_VERL_PREFIXES: readonly { prefix: string; replacement: string }[] = [
  { prefix: "reward_model.reward_kwargs.", replacement: "reward.reward_kwargs." },
];

export function findRetiredKey(key: string): RetiredKey | undefined {
  const found = RETIRED_VERL_KEYS.find((r) => r.key === key);
  if (found) return found;
  for (const p of RETIRED_VERL_PREFIXES) {
    if (key.startsWith(p.prefix)) {
      const replacement = p.replacement + key.slice(p.prefix.length);
      return { key, replacement, today: `${replacement} (verl moved ${p.prefix}* to ${p.replacement}*)` };
    }
  }
  return undefined;
}
