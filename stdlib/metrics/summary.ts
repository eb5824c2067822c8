// stdlib/metrics/summary.ts — LongBench-Pro's summary metrics: max ROUGE-L F over the references, with
// jieba segmentation for Chinese; `summary` normalises first (lower-case, whitespace collapsed).
import { normalizeAbstract, normalizeAnswers } from "../extract/answer-area.js";
import { segmentZh } from "./jieba.js";
import { maxRougeLReference } from "./rouge-l.js";

/** Reference Summary_Max_Rouge_L (no normalisation). Empty `answers` gives 0 (the reference raises). */
export function summaryMaxRougeL(answers: readonly string[], prediction: string, isZh: boolean): number {
  if (isZh) return maxRougeLReference(segmentZh(prediction), answers.map(segmentZh));
  return maxRougeLReference(prediction, answers);
}

/** Reference Summary: references and the whole prediction (no answer area, think block included)
 *  normalised; 0 with no reference or an empty prediction. */
export function summaryScore(answers: readonly string[], prediction: string, isZh: boolean): number {
  const refs = normalizeAnswers(answers);
  const pred = normalizeAbstract(prediction);
  if (refs.length === 0 || pred === "") return 0;
  return summaryMaxRougeL(refs, pred, isZh);
}
