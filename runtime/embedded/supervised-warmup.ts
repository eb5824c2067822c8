// runtime/embedded/supervised-warmup.ts — the recipe's `warmup supervised { steps, lr }`: before RL,
// next-token cross-entropy on the reference answers of training records, so that RL starts from a
// policy that already writes answers in the expected shape. The runtime calls runSupervisedWarmup
// once, on a fresh run, with records from the train source.
import type { ChatMessage, RolloutEngine } from "../engine.js";
import type { Trainer } from "../trainer.js";
import type { Tokenizer } from "../tokenizer/index.js";
import type { EmbeddedTrainer, WarmupExample } from "./embedded-trainer.js";
import { embeddedTokenizer } from "./embedded-model.js";

export interface WarmupRecord { messages: readonly ChatMessage[]; record: Record<string, unknown> }

/** The reference answer of a record: `reward_model.ground_truth.answer` (synthetic records), or a
 *  plain-text `reward_model.ground_truth`; undefined when the record has neither. */
export function referenceAnswer(record: Record<string, unknown>): string | undefined {
  const rm = record.reward_model as { ground_truth?: unknown } | undefined;
  const gt = rm?.ground_truth;
  if (typeof gt === "string") return gt;
  if (gt && typeof gt === "object" && typeof (gt as { answer?: unknown }).answer === "string") return (gt as { answer: string }).answer;
  return undefined;
}

/** Warm-up examples: the chat-templated prompt, and the answer followed by end-of-sequence. */
export function warmupExamples(records: readonly WarmupRecord[], tokenizer: Tokenizer = embeddedTokenizer()): WarmupExample[] {
  const out: WarmupExample[] = [];
  for (const r of records) {
    const answer = referenceAnswer(r.record);
    if (answer === undefined) continue;
    out.push({
      promptTokens: tokenizer.encode(tokenizer.applyChatTemplate(r.messages)),
      responseTokens: Int32Array.from([...tokenizer.encode(answer), tokenizer.eosId]),
    });
  }
  return out;
}

export interface SupervisedWarmupOptions {
  steps: number;
  lr: number;
  /** Examples per step (default 32). */
  batchSize?: number;
  seed?: number;
  tokenizer?: Tokenizer;
  log?: (line: string) => void;
}

function isEmbedded(t: Trainer): t is EmbeddedTrainer {
  return t.name === "embedded" && typeof (t as Partial<EmbeddedTrainer>).warmup === "function";
}

/** Runs the warm-up on `trainer` over `records` and loads the result into `engine` (and any other
 *  engines given). Returns the first and last step's mean token loss. */
export async function runSupervisedWarmup(
  trainer: Trainer, engines: readonly RolloutEngine[], records: Iterable<WarmupRecord> | AsyncIterable<WarmupRecord>, opts: SupervisedWarmupOptions,
): Promise<{ steps: number; examples: number; firstLoss: number; lastLoss: number }> {
  if (!isEmbedded(trainer)) throw new Error(`warmup supervised needs the embedded trainer; this recipe's update uses '${trainer.name}'`);
  const list: WarmupRecord[] = [];
  for await (const r of records as AsyncIterable<WarmupRecord>) list.push(r);
  const examples = warmupExamples(list, opts.tokenizer);
  if (examples.length === 0) {
    throw new Error("warmup supervised: none of the training records has a reference answer (reward_model.ground_truth.answer or a text ground_truth)");
  }
  const every = Math.max(1, Math.floor(opts.steps / 10));
  const report = await trainer.warmup(examples, {
    steps: opts.steps, lr: opts.lr, batchSize: opts.batchSize ?? 32, seed: opts.seed ?? 0,
    onStep: (step, loss) => { if (step % every === 0 || step === opts.steps) opts.log?.(`warmup supervised: step ${step}/${opts.steps}, loss ${loss.toFixed(3)}`); },
  });
  const ref = trainer.weightsRef();
  for (const e of engines) await e.syncWeights?.(ref);
  return { ...report, examples: examples.length };
}
