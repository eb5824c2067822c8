// stdlib/synthetic/capabilities.ts — the nine synthetic capabilities: each one's generator and the
// stdlib metric that scores it (the same name as in stdlib/functions.ts).
import type { TaskGenerator } from "./compose.js";
import { comprehension, exhaustiveRetrieval, numericalReasoning, preciseRetrieval, summarization } from "./retrieval-tasks.js";
import { ordering, ranking, structuredExtraction, structuredMatching } from "./structure-tasks.js";

export interface Capability {
  readonly name: string;
  /** The stdlib metric the record is scored with; also the record's `extra_info.reward_mode`. */
  readonly metric: "em" | "choice" | "f1" | "iou" | "subem" | "ndcg" | "pairwise" | "rouge_l";
  readonly generate: TaskGenerator;
}

export const CAPABILITIES: readonly Capability[] = [
  { name: "precise_retrieval", metric: "em", generate: preciseRetrieval },
  { name: "comprehension", metric: "choice", generate: comprehension },
  { name: "exhaustive_retrieval", metric: "f1", generate: exhaustiveRetrieval },
  { name: "numerical_reasoning", metric: "em", generate: numericalReasoning },
  { name: "structured_extraction", metric: "iou", generate: structuredExtraction },
  { name: "structured_matching", metric: "subem", generate: structuredMatching },
  { name: "ranking", metric: "ndcg", generate: ranking },
  { name: "ordering", metric: "pairwise", generate: ordering },
  { name: "summarization", metric: "rouge_l", generate: summarization },
];

export const CAPABILITY_NAMES: readonly string[] = CAPABILITIES.map((c) => c.name);
export const capabilityByName: ReadonlyMap<string, Capability> = new Map(CAPABILITIES.map((c) => [c.name, c]));
