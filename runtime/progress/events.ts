// runtime/progress/events.ts — what the run loop tells the terminal: plain data, so the loop never
// formats text and tests can record the events.

export type Phase = "rollout" | "verify" | "update" | "sync" | "eval" | "checkpoint" | "warmup";

export type ProgressEvent =
  | { type: "run-start"; recipe: string; runDir: string; fromStep: number; totalSteps: number | null; resumed: boolean }
  | { type: "step-start"; step: number }
  | { type: "phase"; step: number; phase: Phase; done: number; total: number }
  | { type: "step-end"; step: number; rewardMean: number; tasks: Record<string, number>; seconds: number; kept: number; generated: number; skippedUpdate: boolean }
  | { type: "eval"; step: number; rewardMean: number; tasks: Record<string, number>; afterWarmup?: boolean }
  | { type: "checkpoint"; step: number; path: string }
  | { type: "note"; text: string }
  | { type: "run-end"; summary: RunSummary };

export interface RunSummary {
  recipe: string;
  runDir: string;
  steps: number;
  finished: boolean;
  /** Held-out reward before the first update and after the last (when evaluation ran). */
  evalBefore: { reward_mean: number; tasks: Record<string, number> } | null;
  evalAfter: { reward_mean: number; tasks: Record<string, number> } | null;
  /** Held-out reward right after the supervised warm-up, when the recipe has one (and evaluation ran). */
  evalAfterWarmup?: { reward_mean: number; tasks: Record<string, number> } | null;
  lastRewardMean: number | null;
}

export type ProgressSink = (event: ProgressEvent) => void;
