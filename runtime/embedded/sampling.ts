// runtime/embedded/sampling.ts — picks the next token from one row of logits: temperature, top-k,
// top-p (nucleus), seeded. The recorded log-prob is under the tempered full distribution, which is
// what the trainer's graph recomputes (logits × 1/temperature), so an on-policy ratio is exactly 1.
import type { SeededRandom } from "./seeded-random.js";

export interface TokenChoice { token: number; logprob: number }

export interface SamplingSettings { temperature: number; topP: number; topK: number }

/** `logits` is one row (length V) read from `offset` of a larger buffer; `scratch` holds V floats. */
export function sampleToken(
  logits: Float32Array, offset: number, vocab: number, s: SamplingSettings, rng: SeededRandom, scratch: Float64Array,
): TokenChoice {
  const greedy = s.temperature <= 0;
  const inv = greedy ? 1 : 1 / s.temperature;
  let max = -Infinity, arg = 0;
  for (let i = 0; i < vocab; i++) {
    const v = logits[offset + i] * inv;
    scratch[i] = v;
    if (v > max) { max = v; arg = i; }
  }
  let sum = 0;
  for (let i = 0; i < vocab; i++) { const e = Math.exp(scratch[i] - max); scratch[i] = e; sum += e; }
  const logZ = Math.log(sum) + max;
  const logprobOf = (t: number): number => logits[offset + t] * inv - logZ;
  if (greedy) return { token: arg, logprob: logprobOf(arg) };

  // Candidates: all tokens, or the top-k / nucleus ones, most likely first.
  let candidates: number[] | undefined;
  const useTopK = s.topK > 0 && s.topK < vocab;
  if (useTopK || s.topP < 1) {
    const order = [...Array(vocab).keys()].sort((a, b) => scratch[b] - scratch[a]);
    const k = useTopK ? s.topK : vocab;
    candidates = [];
    let mass = 0;
    for (let i = 0; i < k; i++) {
      candidates.push(order[i]);
      mass += scratch[order[i]] / sum;
      if (mass >= s.topP) break;
    }
  }
  if (!candidates) {
    let u = rng.next() * sum;
    for (let i = 0; i < vocab; i++) {
      u -= scratch[i];
      if (u < 0) return { token: i, logprob: logprobOf(i) };
    }
    return { token: arg, logprob: logprobOf(arg) };
  }
  let kept = 0;
  for (const t of candidates) kept += scratch[t];
  let u = rng.next() * kept;
  for (const t of candidates) {
    u -= scratch[t];
    if (u < 0) return { token: t, logprob: logprobOf(t) };
  }
  const last = candidates[candidates.length - 1];
  return { token: last, logprob: logprobOf(last) };
}
