// grammar/units.ts — the units a number may carry, their spellings, and magnitude suffixes.
import type { Unit } from "./ast.js";

/** Every accepted spelling -> its unit. `m` is minutes (`2m`); millions are `M`, a suffix. */
export const UNIT_SPELLINGS: ReadonlyMap<string, Unit> = new Map<string, Unit>([
  ["tokens", "tokens"], ["token", "tokens"],
  ["steps", "steps"], ["step", "steps"],
  ["epochs", "epochs"], ["epoch", "epochs"],
  ["ms", "ms"],
  ["s", "s"], ["sec", "s"], ["secs", "s"], ["second", "s"], ["seconds", "s"],
  ["min", "min"], ["m", "min"], ["mins", "min"], ["minute", "min"], ["minutes", "min"],
  ["h", "h"], ["hr", "h"], ["hour", "h"], ["hours", "h"],
]);

/** What a k/K/M suffix multiplies by: binary for token counts (160k tokens = 163,840, as the
 *  published launches compute), decimal otherwise (count: 20k = 20,000). */
export function suffixFactor(suffix: "k" | "K" | "M" | undefined, unit: Unit | undefined): number {
  if (suffix === undefined) return 1;
  const binary = unit === "tokens";
  if (suffix === "M") return binary ? 1024 * 1024 : 1_000_000;
  return binary ? 1024 : 1000;
}
