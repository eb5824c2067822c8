// stdlib/math-verify/index.ts — math_verify, exact to the reference (math_dapo.compute_score with
// math-verify 0.8.0): parse the answer out of the output, compare it with the gold answer(s).

export { mathVerify, lastCodePoints } from "./score.js";
export { parseAnswer, type Parsed } from "./extract.js";
export { verifyParsed } from "./equal.js";
