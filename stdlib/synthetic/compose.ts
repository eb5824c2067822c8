// stdlib/synthetic/compose.ts — what every synthetic task is built from: the lines that carry the
// answer, scattered at random positions among filler lines until the context budget is spent.
import type { Rng } from "./random.js";
import type { Difficulty } from "./vocabulary.js";

/** What a capability's generator returns: context lines, the question, and the ground truth
 *  (always with `answer`, the exact text of a perfect response). */
export interface TaskDraft {
  readonly lines: readonly string[];
  readonly question: string;
  readonly groundTruth: { readonly answer: string } & Record<string, unknown>;
}

export interface TaskContext {
  readonly rng: Rng;
  /** The record's vocabulary: the first `difficulty.vocabulary` names. */
  readonly names: readonly string[];
  readonly difficulty: Difficulty;
  /** Characters the context lines may take (the prompt's budget less the question). */
  readonly budget: (question: string) => number;
}

export type TaskGenerator = (t: TaskContext) => TaskDraft;

/** `must` lines inserted at random positions among filler lines; fillers are drawn until the next
 *  one would pass `budget` characters (newlines counted) or `filler` has nothing more to give. */
export function scatter(rng: Rng, must: readonly string[], filler: () => string | undefined, budget: number): string[] {
  let used = must.reduce((s, l) => s + l.length + 1, 0);
  const out: string[] = [];
  for (let guard = 0; guard < 100_000; guard++) {
    const line = filler();
    if (line === undefined || used + line.length + 1 > budget) break;
    out.push(line);
    used += line.length + 1;
  }
  for (const line of must) out.splice(rng.int(0, out.length), 0, line);
  return out;
}

/** Names of the vocabulary that share the first two letters with `name` (else the first letter). */
export function similarNames(names: readonly string[], name: string): string[] {
  const two = names.filter((n) => n !== name && n.slice(0, 2) === name.slice(0, 2));
  return two.length ? two : names.filter((n) => n !== name && n[0] === name[0]);
}

/** A name from `names` not in `taken` (undefined when none is left after a few tries and a scan). */
export function freshName(rng: Rng, names: readonly string[], taken: ReadonlySet<string>): string | undefined {
  for (let i = 0; i < 8; i++) {
    const n = rng.pick(names);
    if (!taken.has(n)) return n;
  }
  return names.find((n) => !taken.has(n));
}
