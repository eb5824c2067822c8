// stdlib/synthetic/vocabulary.ts — the words synthetic records are made of (short ASCII, so a
// byte-level tokenizer sees one token per character) and the difficulty presets.
import { Rng } from "./random.js";

const CONSONANTS = "bdfgklmnprstvz";
const VOWELS = "aeiou";

// Every consonant-vowel-consonant name (980), in one fixed pseudo-random order: a vocabulary of
// size V is the first V, so easier settings use a subset of the harder ones.
export const NAMES: readonly string[] = (() => {
  const all: string[] = [];
  for (const a of CONSONANTS) for (const v of VOWELS) for (const b of CONSONANTS) all.push(a + v + b);
  return new Rng(0x5eed).shuffle(all);
})();

export const COLORS = ["red", "blue", "green", "gray", "pink", "gold", "tan", "black"] as const;
export const OBJECTS = ["cup", "hat", "box", "pen", "bag", "key", "map", "car"] as const;
export const CITIES = ["bern", "cairo", "delhi", "paris", "quito", "riga", "sofia", "tokyo"] as const;
export const VERBS = ["took", "found", "sold", "lost", "made", "fixed", "moved", "saw"] as const;

export interface Difficulty {
  /** Distinct names a record draws from (at most NAMES.length). */
  readonly vocabulary: number;
  /** Near-miss lines placed to confuse a shallow reader (similar keys, same colour, ...). */
  readonly distractors: number;
  /** Items in list answers (exhaustive retrieval, ranking, ordering, matching). */
  readonly answerItems: number;
}

export const DIFFICULTIES = {
  easy: { vocabulary: 40, distractors: 1, answerItems: 2 },
  medium: { vocabulary: 200, distractors: 3, answerItems: 3 },
  hard: { vocabulary: NAMES.length, distractors: 6, answerItems: 4 },
} as const satisfies Record<string, Difficulty>;

export type DifficultyName = keyof typeof DIFFICULTIES;
