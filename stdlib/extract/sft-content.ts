// stdlib/extract/sft-content.ts — the retrieval_calculate answer layout: the doc ids inside the first
// <relevant_doc_ids>…</relevant_doc_ids>, and the first <summary> and <continue_reasoning> bodies.
import { pyStrip } from "./python-text.js";

export interface SftContent {
  doc_ids: string[];
  summary: string;
  continue_reasoning: string;
}

/** Body of the first `<tag>…</tag>` (shortest match from the first opening that has a closing after
 *  it), or null. Plain indexOf scanning: no regex backtracking on long texts. */
function firstBody(text: string, tag: string): string | null {
  const open = `<${tag}>`;
  const close = `</${tag}>`;
  const start = text.indexOf(open);
  if (start < 0) return null;
  const end = text.indexOf(close, start + open.length);
  // The reference's lazy regex tries later openings too, but any later opening sits before the same
  // first closing, so the first opening with a closing after it is the first opening.
  return end < 0 ? null : text.slice(start + open.length, end);
}

// Python's `\d` is any Unicode decimal digit.
const DOC_ID = /<\|doc_\p{Nd}+\|>/gu;

export function sftContent(text: string): SftContent {
  const ids = firstBody(text, "relevant_doc_ids");
  return {
    doc_ids: ids === null ? [] : ids.match(DOC_ID) ?? [],
    summary: pyStrip(firstBody(text, "summary") ?? ""),
    continue_reasoning: pyStrip(firstBody(text, "continue_reasoning") ?? ""),
  };
}
