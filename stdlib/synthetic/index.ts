// stdlib/synthetic/index.ts — seeded synthetic long-context tasks for all nine capabilities
// (docs/synthetic.md) and their scorer.
export { generateSynthetic, SyntheticOptionsError, type SyntheticOptions, type SyntheticRecord } from "./generate.js";
export { scoreSynthetic } from "./score.js";
export { CAPABILITIES, CAPABILITY_NAMES, type Capability } from "./capabilities.js";
export { DIFFICULTIES, NAMES as SYNTHETIC_NAMES, type Difficulty, type DifficultyName } from "./vocabulary.js";
export { Rng } from "./random.js";
