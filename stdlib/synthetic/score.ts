// stdlib/synthetic/score.ts — `scoreSynthetic`: a response to a synthetic record, scored by its
// capability's stdlib metric (the kernels stdlib/functions.ts registers, called the same way), after
// dropping any reasoning before the last </think>. Never throws: a malformed record scores 0.
import { answerLines, normalizeAnswers } from "../extract/answer-area.js";
import { afterThink } from "../extract/think.js";
import { choiceScore, exactMatch } from "../metrics/choice-and-match.js";
import { iouScore } from "../metrics/iou.js";
import { f1NonBlank, pairwiseLines, subemLines } from "../metrics/line-metrics.js";
import { ndcgLines } from "../metrics/ndcg.js";
import { fromJs } from "../metrics/python-value.js";
import { rougeLTokens, rougeTokens } from "../metrics/rouge-l.js";
import { capabilityByName } from "./capabilities.js";

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);

function scoreWith(metric: string, truth: Record<string, unknown>, text: string): number {
  switch (metric) {
    case "em": return exactMatch(text, String(truth.answer ?? ""));
    case "choice": return choiceScore(text, String(truth.label ?? ""));
    case "f1": return f1NonBlank(answerLines(text), normalizeAnswers(strings(truth.answers)));
    case "subem": return subemLines(answerLines(text), normalizeAnswers(strings(truth.answers)));
    case "ndcg": return ndcgLines(answerLines(text), normalizeAnswers(strings(truth.answers)));
    case "pairwise": return pairwiseLines(answerLines(text), normalizeAnswers(strings(truth.answers)));
    case "iou": return iouScore(text, fromJs({ data: truth.data ?? [] }));
    case "rouge_l": return rougeLTokens(rougeTokens(text), strings(truth.references).map(rougeTokens));
    default: return 0;
  }
}

/** The score in [0, 1] of `output` for a record made by generateSynthetic. */
export function scoreSynthetic(record: unknown, output: string): number {
  try {
    const r = record as { capability?: unknown; reward_model?: { ground_truth?: unknown } };
    const cap = typeof r?.capability === "string" ? capabilityByName.get(r.capability) : undefined;
    const truth = r?.reward_model?.ground_truth;
    if (!cap || truth === null || typeof truth !== "object") return 0;
    const v = scoreWith(cap.metric, truth as Record<string, unknown>, afterThink(String(output)));
    return Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : 0;
  } catch {
    return 0;
  }
}
