// stdlib/metrics/retrieval.ts — retrieval_calculate: the cited doc-id set must equal the gold set and
// math-verify must accept the continued reasoning against the gold answer; else 0.
import { sftContent } from "../extract/sft-content.js";
import { mathVerify } from "../math-verify/index.js";

export function retrievalCalculate(solution: string, goldDocIds: readonly string[], goldAnswer: string | readonly string[]): number {
  const got = sftContent(solution);
  if (got.doc_ids.length === 0 || got.continue_reasoning === "") return 0;
  const want = new Set(goldDocIds);
  const have = new Set(got.doc_ids);
  if (want.size !== have.size) return 0;
  for (const id of have) if (!want.has(id)) return 0;
  return mathVerify(got.continue_reasoning, goldAnswer) > 0 ? 1 : 0;
}
