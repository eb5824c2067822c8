// compiler/verl/keys.ts — lookups in verl's key table (verl-keys.generated.json, derived from verl's
// own configs by scripts/derive-verl-keys.mjs): does a dotted key exist, what type is its default.
import table from "./verl-keys.generated.json" with { type: "json" };

export type VerlConfigName = "ppo_trainer" | "ppo_megatron_trainer" | "dapo_trainer" | "dapo_megatron_trainer";
export type VerlKeyType = "int" | "float" | "bool" | "string" | "null" | "list" | "dict" | "interpolation" | "missing";
export interface VerlKey { readonly type: VerlKeyType; readonly default: unknown }

interface Table { verlCommit: string; configs: Record<VerlConfigName, { keys: Record<string, VerlKey> }> }
const verl = table as unknown as Table;

export const VERL_COMMIT: string = verl.verlCommit;
export const VERL_CONFIG_NAMES = Object.keys(verl.configs) as VerlConfigName[];
/** The GoLongRL launches run `recipe.dapo.main_dapo --config-name=dapo_megatron_trainer`. */
export const DEFAULT_VERL_CONFIG: VerlConfigName = "dapo_megatron_trainer";

export function verlKeys(config: VerlConfigName = DEFAULT_VERL_CONFIG): Readonly<Record<string, VerlKey>> {
  return verl.configs[config].keys;
}

export function lookupVerlKey(key: string, config: VerlConfigName = DEFAULT_VERL_CONFIG): VerlKey | undefined {
  const keys = verl.configs[config].keys;
  return Object.prototype.hasOwnProperty.call(keys, key) ? keys[key] : undefined;
}

/** Does `key` lie under a key whose default is an open mapping (`{}`) or null? Hydra then lets `+key`
 *  add it; without `+` it is still refused in struct mode. */
export function parentOpenKey(key: string, config: VerlConfigName = DEFAULT_VERL_CONFIG): string | undefined {
  const parts = key.split(".");
  for (let i = parts.length - 1; i > 0; i--) {
    const parent = parts.slice(0, i).join(".");
    const found = lookupVerlKey(parent, config);
    if (found) return found.type === "dict" || found.type === "null" ? parent : undefined;
  }
  return undefined;
}

/** Is `prefix` a section of the config (some key starts with `prefix.`)? */
export function isVerlSection(prefix: string, config: VerlConfigName = DEFAULT_VERL_CONFIG): boolean {
  const p = prefix + ".";
  return Object.keys(verl.configs[config].keys).some((k) => k.startsWith(p));
}

/** Does a value of this JS type fit a key whose default has type `t`? Hydra converts strings, so a
 *  string is accepted for numbers and booleans only when it parses as one. */
export function fitsVerlType(t: VerlKeyType, value: unknown): boolean {
  switch (t) {
    case "null": case "interpolation": case "missing": return true;
    case "int": return typeof value === "number" && Number.isInteger(value);
    case "float": return typeof value === "number";
    case "bool": return typeof value === "boolean";
    case "string": return typeof value === "string" || typeof value === "number" || typeof value === "boolean";
    case "list": return Array.isArray(value);
    case "dict": return value !== null && typeof value === "object" && !Array.isArray(value);
  }
}
