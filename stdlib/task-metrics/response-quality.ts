// stdlib/task-metrics/response-quality.ts — per-response quality signals (repetition, length,
// think-tag hygiene, a visible answer) and their batch summary: the reference's
// `_compute_single_response_quality` and `compute_response_quality_metrics` (golden README).
import {
  afterFirstCloseThink, codePoints, countCloseThink, countOpenThink, hasStandaloneChoice, pythonWords,
} from "./python-text.js";

export interface ResponseQuality {
  repeated_4gram_ratio: number;
  repetition_loop_score: number;
  word_count: number;
  unclosed_think_tag: number;
  answer_in_output: number;
  type_token_ratio: number;
}

export const QUALITY_METRICS = [
  "repeated_4gram_ratio", "repetition_loop_score", "word_count",
  "unclosed_think_tag", "answer_in_output", "type_token_ratio",
] as const satisfies readonly (keyof ResponseQuality)[];

const LOOP_WINDOW = 100;
const LOOP_STEP = 50;

function repeated4gramRatio(tokens: readonly string[]): number {
  if (tokens.length < 4) return 0;
  const seen = new Set<string>();
  const total = tokens.length - 3;
  // "\u0000" cannot occur inside a token (tokens are runs of word characters), so joins are unique.
  for (let i = 0; i < total; i++) seen.add(`${tokens[i]}\u0000${tokens[i + 1]}\u0000${tokens[i + 2]}\u0000${tokens[i + 3]}`);
  return 1 - seen.size / total;
}

// Windows of 100 code points every 50; counts windows seen before. Python: chunks
// text[i:i+100] for i in range(0, len - 100, 50), only when len >= 200.
function repetitionLoopScore(text: string): number {
  if (text.length < 2 * LOOP_WINDOW) return 0; // UTF-16 length >= code points: a cheap early out
  const cps = codePoints(text);
  if (cps.length < 2 * LOOP_WINDOW) return 0;
  const counts = new Map<string, number>();
  let chunks = 0;
  for (let i = 0; i < cps.length - LOOP_WINDOW; i += LOOP_STEP) {
    const chunk = cps.slice(i, i + LOOP_WINDOW).join("");
    counts.set(chunk, (counts.get(chunk) ?? 0) + 1);
    chunks++;
  }
  let repeats = 0;
  for (const c of counts.values()) if (c > 1) repeats += c - 1;
  return repeats / chunks;
}

export function responseQuality(text: string): ResponseQuality {
  const tokens = pythonWords(text);
  const rest = afterFirstCloseThink(text);
  return {
    repeated_4gram_ratio: repeated4gramRatio(tokens),
    repetition_loop_score: repetitionLoopScore(text),
    word_count: tokens.length,
    unclosed_think_tag: countOpenThink(text) > countCloseThink(text) ? 1 : 0,
    answer_in_output: rest !== undefined && hasStandaloneChoice(rest) ? 1 : 0,
    type_token_ratio: tokens.length ? new Set(tokens).size / tokens.length : 0,
  };
}

/** Thrown for an empty batch (the reference raises on it too). */
export class EmptyBatchError extends RangeError {}

/** `response_quality/<metric>/{mean,max,min}` plus the ratios the reference adds for some metrics. */
export function responseQualityMetrics(texts: readonly string[]): Record<string, number> {
  if (texts.length === 0) throw new EmptyBatchError("response quality of an empty batch");
  const rows = texts.map(responseQuality);
  const out: Record<string, number> = {};
  const fraction = (pred: (v: number) => boolean, m: keyof ResponseQuality) =>
    rows.reduce((n, r) => n + (pred(r[m]) ? 1 : 0), 0) / rows.length;
  for (const m of QUALITY_METRICS) {
    let sum = 0;
    let max = -Infinity;
    let min = Infinity;
    for (const r of rows) { sum += r[m]; if (r[m] > max) max = r[m]; if (r[m] < min) min = r[m]; }
    const prefix = `response_quality/${m}`;
    out[`${prefix}/mean`] = sum / rows.length;
    out[`${prefix}/max`] = max;
    out[`${prefix}/min`] = min;
    if (m === "unclosed_think_tag" || m === "answer_in_output") out[`${prefix}/ratio`] = sum / rows.length;
    if (m === "repeated_4gram_ratio") out[`${prefix}/abnormal_ratio`] = fraction((v) => v > 0.4, m);
    if (m === "repetition_loop_score") out[`${prefix}/abnormal_ratio`] = fraction((v) => v > 0.05, m);
    if (m === "type_token_ratio") out[`${prefix}/abnormal_ratio`] = fraction((v) => v < 0.15, m);
  }
  return out;
}
