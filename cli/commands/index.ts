// cli/commands/index.ts — every subcommand, loaded lazily.
import type { Command } from "../command.js";

export interface CommandEntry { name: string; summary: string; load: () => Promise<Command> }

const entry = (name: string, summary: string, load: () => Promise<{ command: Command }>): CommandEntry =>
  ({ name, summary, load: async () => (await load()).command });

export const commands: readonly CommandEntry[] = [
  entry("check", "type-check recipes and print diagnostics", () => import("./check.js")),
  entry("graph", "print a recipe's execution graph (json, dot, mermaid)", () => import("./graph.js")),
  entry("emit", "write a recipe's verl launch (overrides.txt, launch.sh, CHANGES.md)", () => import("./emit.js")),
  entry("explain", "explain a diagnostic code (golongc explain GL0502)", () => import("./explain.js")),
  entry("run", "run a recipe on this machine", () => import("./run.js")),
  entry("score", "score metric cases (JSON lines in, {id, score} out)", () => import("./score.js")),
  entry("reward", "compute training rewards with a preset (JSON lines)", () => import("./reward.js")),
  entry("advantage", "compute advantages for batches (JSON lines)", () => import("./advantage.js")),
  entry("stats", "per-task training metrics of scored groups (JSON lines, or --run DIR)", () => import("./stats.js")),
  entry("extract", "run answer extractors (JSON lines)", () => import("./extract.js")),
  entry("data", "inspect a data file, or convert JSONL <-> parquet", () => import("./data.js")),
];
