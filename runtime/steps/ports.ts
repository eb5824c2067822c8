// runtime/steps/ports.ts — what the step dataflow needs from the rest of the runtime and the stdlib,
// as small interfaces: data, verification, advantages and task metrics plug in behind them
// (runtime/run/wire.ts connects the real ones), and tests pass their own.
import type { ChatMessage, RolloutEngine, WeightsRef } from "../engine.js";
import type { Trainer } from "../trainer.js";

/** Where a stream of training prompts stands: records consumed in the current epoch. */
export interface DataCursor { epoch: number; offset: number }

/** One prompt, already assigned to a task (the filter node's `where` decided). */
export interface TaskRecord {
  /** Stable group id: the same record at the same cursor always gets the same uid. */
  uid: string;
  task: string;
  /** The label advantages are normalised by (TaskSpec.label). */
  label: string;
  record: Record<string, unknown>;
  messages: ChatMessage[];
  /** Where the record came from, for the rollout files. */
  ref: { source: string; row: number };
}

export interface PromptStream {
  /** The next record, or undefined when the epoch's records are used up. */
  next(): Promise<TaskRecord | undefined>;
  close(): Promise<void>;
}

export interface PromptSource {
  readonly name: string;
  /** Opens the stream at `cursor`: epoch `e` is a fixed (seeded) order of the source's records and
   *  the first `offset` of them are skipped. */
  open(cursor: DataCursor): Promise<PromptStream>;
}

export interface VerifyItem { task: string; record: Record<string, unknown>; output: string }
/** score in [0, 1] (or the metric's range); flags say why a score is 0 without the answer being wrong. */
export interface VerifyResult { score: number; flags: string[] }

export interface Verifier {
  verify(items: readonly VerifyItem[], signal?: AbortSignal): Promise<VerifyResult[]>;
  close(): Promise<void>;
}

/** The recipe's gate (think_format...): false means the response scores 0. */
export type GateFn = (record: Record<string, unknown>, output: string) => boolean;

export interface AdvantageInput { scores: readonly number[]; index: readonly string[]; labels: readonly string[] }
export interface AdvantageOutput { advantages: number[]; metrics: Record<string, number> }
export type AdvantageFn = (input: AdvantageInput) => AdvantageOutput;

/** Per-task training metrics (mean_reward, std_reward, ... num_rollouts) of one trained batch,
 *  keyed by task; `index` are uids, `labels` the task of each response. */
export type TaskMetricsFn = (input: AdvantageInput) => Record<string, Record<string, number>>;
/** Response-quality metrics of the batch's responses (`response_quality/<m>/mean`, ...). */
export type QualityMetricsFn = (responses: readonly string[]) => Record<string, number>;

/** Turns a response into the token ids the trainer needs when the engine gave none. */
export type Tokenize = (text: string) => Int32Array;
/** A prompt's token ids as the engine sees them (chat template applied, then encoded). */
export type PromptTokenize = (messages: readonly ChatMessage[]) => Int32Array;

export interface StepPorts {
  train: PromptSource;
  eval?: PromptSource;
  engine: RolloutEngine;
  /** The engine for held-out evaluation (defaults to `engine`). */
  evalEngine?: RolloutEngine;
  verifier: Verifier;
  gate?: GateFn;
  advantage: AdvantageFn;
  taskMetrics: TaskMetricsFn;
  qualityMetrics?: QualityMetricsFn;
  trainer: Trainer;
  tokenize?: Tokenize;
  promptTokens?: PromptTokenize;
  /** The recipe's supervised warm-up, run once before the first step of a fresh run; returns the
   *  weights the engine should load afterwards (null: nothing to sync). */
  warmup?: (onStep: (step: number, total: number, loss: number) => void) => Promise<{
    weights: WeightsRef | null; summary: string;
    /** Its figures for metrics.jsonl (the warm-up line). */
    report?: { steps: number; examples: number; firstLoss: number; lastLoss: number };
  }>;
}

/** A record's prompt as chat messages: a string is one user turn; a list of {role, content} is used as is. */
export function toMessages(prompt: unknown): ChatMessage[] | undefined {
  if (typeof prompt === "string") return [{ role: "user", content: prompt }];
  if (Array.isArray(prompt) && prompt.length > 0 && prompt.every(isMessage)) {
    return prompt.map((m) => ({ role: m.role, content: m.content }));
  }
  return undefined;
}

function isMessage(m: unknown): m is ChatMessage {
  if (m === null || typeof m !== "object") return false;
  const r = (m as { role?: unknown }).role;
  return (r === "system" || r === "user" || r === "assistant") && typeof (m as { content?: unknown }).content === "string";
}
