// The verl block: keys checked against verl's own config table, Hydra's + rules, retired keys, keys a
// golong field owns, value types.
import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { findRetiredKey, lookupVerlKey, verlKeys } from "../../compiler/index.js";
import { BASE } from "./base-recipe.js";
import { codes, compileText } from "./helpers.js";

const withVerl = (body: string) => compileText(`${BASE}verl {\n${body}\n}\n`);

test("known keys, + on new keys, ++ anywhere", () => {
  const c = withVerl(`actor_rollout_ref.rollout.gpu_memory_utilization: 0.6\n"+ray_kwargs.ray_init.runtime_env.env_vars.NCCL_DEBUG": "INFO"\n"++trainer.balance_batch": false`);
  expect(codes(c)).toEqual([]);
  expect(c.graph!.verl).toEqual({ "actor_rollout_ref.rollout.gpu_memory_utilization": 0.6, "+ray_kwargs.ray_init.runtime_env.env_vars.NCCL_DEBUG": "INFO", "++trainer.balance_batch": false });
});

test("an unknown key gets the nearest key", () => {
  const c = withVerl("actor_rollout_ref.rollout.gpu_memory_utilisation: 0.6");
  expect(codes(c)).toEqual(["GL0602"]);
  expect(c.diagnostics[0].help).toContain("`actor_rollout_ref.rollout.gpu_memory_utilization`");
});

test("retired keys say what verl reads today", () => {
  const c = withVerl("algorithm.rollout_is_threshold: 5.0");
  expect(codes(c)).toEqual(["GL0603"]);
  expect(c.diagnostics[0].primary.label).toBe("verl reads algorithm.rollout_correction.rollout_is_threshold");
  expect(c.diagnostics[0].help).toContain("update.importance_sampling.threshold");
  expect(codes(withVerl("reward_model.reward_kwargs.overlong_buffer_cfg.len: 4096"))).toEqual(["GL0603"]);
  // a legacy key verl still declares is a warning, not an error
  const legacy = withVerl("reward_model.reward_manager: \"dapo\"");
  expect(legacy.diagnostics.map((d) => [d.code, d.severity])).toEqual([["GL0603", "warning"]]);
});

test("a key owned by a golong field, + on an existing key, a wrong value type", () => {
  expect(codes(withVerl("actor_rollout_ref.rollout.n: 16"))).toEqual(["GL0605"]);
  expect(codes(withVerl(`"+trainer.balance_batch": false`))).toEqual(["GL0606"]);
  expect(codes(withVerl(`trainer.balance_batch: "yes"`))).toEqual(["GL0604"]);
  expect(codes(withVerl(`"+actor_rollout_ref.actor.megatron.override_transformer_config.recompute_method": "uniform"`))).toEqual([]);
});

test("the key table covers the four configs, dapo over ppo", () => {
  expect(Object.keys(verlKeys("dapo_megatron_trainer")).length).toBeGreaterThan(600);
  expect(lookupVerlKey("reward.reward_manager.name", "dapo_megatron_trainer")?.default).toBe("dapo");
  expect(lookupVerlKey("reward.reward_manager.name", "ppo_megatron_trainer")?.default).toBe("naive");
  expect(lookupVerlKey("algorithm.rollout_correction.rollout_is_threshold")?.type).toBe("float");
  expect(lookupVerlKey("trainer.val_only", "dapo_megatron_trainer")).toBeUndefined();
  expect(lookupVerlKey("trainer.val_only", "dapo_trainer")).toBeDefined();
});

test("exactly the 10 plain published keys verl refuses are unknown to the table, and all are retired", () => {
  const lines = readFileSync("test/data/reference/qwen3-4B-tmn-reweight.overrides.txt", "utf8").trim().split("\n").slice(3);
  const refused = lines.map((l) => l.slice(0, l.indexOf("="))).filter((k) => !k.startsWith("+") && !lookupVerlKey(k));
  expect(refused).toHaveLength(10);
  expect(refused.filter((k) => !findRetiredKey(k))).toEqual([]);
});
