// stdlib/golongrl/sub-tasks.ts — the 25 LongBench-Pro sub-tasks and the metric each is scored with
// (the reference's TASK_METRIC_CONFIG). TMN-GRPO also uses the metric name as the task label.

export type LongBenchMetric = "NDCG" | "Pairwise_Accuracy" | "Accuracy" | "Summary" | "F1_Score" | "SubEM";

export const LONGBENCH_PRO_SUBTASKS: ReadonlyMap<string, LongBenchMetric> = new Map<string, LongBenchMetric>([
  ["T1.1 Global Cohesive Retrieval", "NDCG"],
  ["T1.2 Key-Snippet Retrieval", "NDCG"],
  ["T2.1 Global Timeline Reconstruction", "Pairwise_Accuracy"],
  ["T2.2 Local Causal Chain Sorting", "Pairwise_Accuracy"],
  ["T3.1 Multi-Doc Integration QA", "Accuracy"],
  ["T3.2 Single-Hop Fact QA", "Accuracy"],
  ["T4.1 Global-Coverage Constrained Summary", "Summary"],
  ["T4.2 Query-Focused Summary", "Summary"],
  ["T5.1 Full-Sentence Citation Alignment", "F1_Score"],
  ["T5.2 Key-Statement Citation Alignment", "F1_Score"],
  ["T6.1 Large-Scale Document Clustering", "SubEM"],
  ["T6.2 Targeted Subset Cluster Identification", "F1_Score"],
  ["T6.3 Global Frequency Analysis", "Pairwise_Accuracy"],
  ["T7.1 Global Conflict & Inconsistency Localization", "F1_Score"],
  ["T7.2 Targeted Rule or Condition Violation Detection", "F1_Score"],
  ["T7.3 Comprehensive Error & Anomaly Sweep", "F1_Score"],
  ["T8.1 Structured Multi-Source Consistency Verification", "SubEM"],
  ["T8.2 Single-Source Targeted Aggregation", "SubEM"],
  ["T8.3 Long-Context Procedural State Tracking", "SubEM"],
  ["T9.1 Dependency-Aware Multi-Version Impact Analysis", "F1_Score"],
  ["T9.2 Localized Interface Change Detection", "F1_Score"],
  ["T10.1 Large-Scale In-Context Rule Induction", "SubEM"],
  ["T10.2 Targeted Example-Based Rule Induction", "SubEM"],
  ["T11.1 Long-Range Entity & Commitment Tracking", "Accuracy"],
  ["T11.2 Short-Range Reference Resolution & State Query", "Accuracy"],
]);

/** The task label TMN-GRPO groups by: the sub-task's metric name, or the reward mode itself. */
export function taskLabel(rewardMode: string): string {
  return LONGBENCH_PRO_SUBTASKS.get(rewardMode) ?? rewardMode;
}
