// stdlib/synthetic/generate.ts — `generateSynthetic`: a deterministic stream of GoLongRL-shaped
// records for the chosen capabilities. Record i depends only on (seed, i, options), so a prefix of
// a longer stream is the shorter stream.
import { CAPABILITY_NAMES, capabilityByName, type Capability } from "./capabilities.js";
import { Rng } from "./random.js";
import { DIFFICULTIES, NAMES, type Difficulty, type DifficultyName } from "./vocabulary.js";

export interface SyntheticOptions {
  /** "all", or capability names (an array holding "all" means all too). */
  readonly capabilities: "all" | readonly string[];
  /** Target prompt length in characters, i.e. tokens for a byte-level tokenizer (all text is ASCII).
   *  Every record reaches at least its answer-carrying lines, even past a very small target. */
  readonly contextTokens: number;
  readonly count: number;
  readonly seed: number;
  /** A preset (default "easy", what tiny models learn) or explicit settings. */
  readonly difficulty?: DifficultyName | Difficulty;
}

export interface SyntheticRecord {
  data_source: "synthetic";
  capability: string;
  prompt: { role: "user"; content: string }[];
  reward_model: { ground_truth: { answer: string } & Record<string, unknown> };
  extra_info: { reward_mode: string; index: number };
}

/** Options that cannot be honoured; the compiler checks recipes first, so this is a caller bug. */
export class SyntheticOptionsError extends Error {}

function resolveCapabilities(c: SyntheticOptions["capabilities"]): Capability[] {
  const list = c === "all" || (Array.isArray(c) && c.includes("all")) ? CAPABILITY_NAMES : (c as readonly string[]);
  if (list.length === 0) throw new SyntheticOptionsError("no capabilities chosen");
  return list.map((name) => {
    const cap = capabilityByName.get(name);
    if (!cap) throw new SyntheticOptionsError(`unknown capability '${name}' (expected one of ${CAPABILITY_NAMES.join(", ")}, or "all")`);
    return cap;
  });
}

function resolveDifficulty(d: SyntheticOptions["difficulty"]): Difficulty {
  if (d === undefined) return DIFFICULTIES.easy;
  if (typeof d === "string") {
    const preset = (DIFFICULTIES as Record<string, Difficulty>)[d];
    if (!preset) throw new SyntheticOptionsError(`unknown difficulty '${d}' (expected ${Object.keys(DIFFICULTIES).join(", ")})`);
    return preset;
  }
  const ok = Number.isInteger(d.vocabulary) && d.vocabulary >= 8 && d.vocabulary <= NAMES.length
    && Number.isInteger(d.distractors) && d.distractors >= 0 && d.distractors <= 32
    && Number.isInteger(d.answerItems) && d.answerItems >= 1 && d.answerItems <= 8;
  if (!ok) throw new SyntheticOptionsError(`difficulty: vocabulary must be 8..${NAMES.length}, distractors 0..32, answerItems 1..8`);
  return d;
}

function checkCount(name: string, v: number, min: number): void {
  if (!Number.isInteger(v) || v < min) throw new SyntheticOptionsError(`${name} must be an integer >= ${min}, got ${v}`);
}

export function* generateSynthetic(options: SyntheticOptions): Generator<SyntheticRecord> {
  const caps = resolveCapabilities(options.capabilities);
  const difficulty = resolveDifficulty(options.difficulty);
  checkCount("contextTokens", options.contextTokens, 1);
  checkCount("count", options.count, 0);
  if (!Number.isInteger(options.seed)) throw new SyntheticOptionsError(`seed must be an integer, got ${options.seed}`);
  const names = NAMES.slice(0, difficulty.vocabulary);
  for (let index = 0; index < options.count; index++) {
    // Round-robin over the capabilities, so every one appears once count reaches their number.
    const cap = caps[index % caps.length];
    const rng = new Rng(options.seed, index);
    const draft = cap.generate({
      rng, names, difficulty,
      budget: (question) => options.contextTokens - question.length - 1,
    });
    yield {
      data_source: "synthetic",
      capability: cap.name,
      prompt: [{ role: "user", content: `${draft.lines.join("\n")}\n${draft.question}` }],
      reward_model: { ground_truth: draft.groundTruth },
      extra_info: { reward_mode: cap.metric, index },
    };
  }
}
