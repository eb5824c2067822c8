// stdlib/task-metrics/label-metrics.ts — per-label metrics of a scored batch, as the reference's
// compute_reward_mode_metrics and compute_task_grouped_metrics (golden README): reward mean/std, mean
// within-group std, and the label's share of the batch's group std (rate_adv) and groups (rate_num).
import { internIds, internLabels, torchGroupStats, type IdList } from "../advantage/index.js";
import { taskLabel } from "../golongrl/sub-tasks.js";

const f32 = Math.fround;

interface GroupStats {
  readonly ids: Int32Array;
  readonly count: number;
  /** Population std of each group, as torch float32 computes it; 0 for a lone response. */
  readonly std: Float64Array;
  /** Sample (n − 1) variance of each group, torch float32; 1 for a lone response (as TMN-GRPO). */
  readonly sampleVar: Float64Array;
}

// torch.std(unbiased=False) / torch.var of each float32 group (torch's float32 mean, squared
// deviations summed in double, rounded to float32): a constant group of a non-dyadic score gets
// σ ≈ 1e-7 instead of 0, as in the reference.
function groupStats(scores: Float32Array, uids: IdList): GroupStats {
  const groups = internIds(uids);
  const G = groups.count;
  const { count, sumSquares } = torchGroupStats(scores, groups);
  const std = new Float64Array(G);
  const sampleVar = new Float64Array(G);
  for (let k = 0; k < G; k++) {
    const c = count[k];
    if (c === 1) { std[k] = 0; sampleVar[k] = 1; continue; }
    std[k] = f32(Math.sqrt(sumSquares[k] / c));
    sampleVar[k] = f32(sumSquares[k] / (c - 1));
  }
  return { ids: groups.ids, count: G, std, sampleVar };
}

/** The metric-key form of a label: spaces → "_", then dots → "-" (nothing else changes). */
export function metricName(label: string): string {
  return label.replaceAll(" ", "_").replaceAll(".", "-");
}

interface LabelSummary {
  readonly label: string;
  readonly meanReward: number;
  readonly stdReward: number;
  readonly rollouts: number;
  readonly queries: number;
  readonly stdSum: number;
  readonly varSum: number;
}

// One pass per statistic over interned labels and groups; a group whose responses carry two
// labels counts in both (the reference keeps a set of uids per label).
function summarise(scores: Float32Array, stats: GroupStats, labels: readonly string[]): { rows: LabelSummary[]; totalStd: number } {
  const L = internLabels(labels);
  const n = scores.length;
  const count = new Int32Array(L.count);
  const sum = new Float64Array(L.count);
  for (let i = 0; i < n; i++) { count[L.ids[i]]++; sum[L.ids[i]] += scores[i]; }
  const mean = new Float64Array(L.count);
  for (let l = 0; l < L.count; l++) mean[l] = sum[l] / count[l];
  const ss = new Float64Array(L.count);
  for (let i = 0; i < n; i++) { const d = scores[i] - mean[L.ids[i]]; ss[L.ids[i]] += d * d; }

  const queries = new Int32Array(L.count);
  const stdSum = new Float64Array(L.count);
  const varSum = new Float64Array(L.count);
  const seen = new Set<number>();
  for (let i = 0; i < n; i++) {
    const l = L.ids[i];
    const k = stats.ids[i];
    const key = l * stats.count + k;
    if (seen.has(key)) continue;
    seen.add(key);
    queries[l]++;
    stdSum[l] += stats.std[k];
    varSum[l] += stats.sampleVar[k];
  }
  let totalStd = 0;
  for (let k = 0; k < stats.count; k++) totalStd += stats.std[k];
  const rows: LabelSummary[] = [];
  for (let l = 0; l < L.count; l++) {
    rows.push({
      label: L.names[l] as string, meanReward: mean[l], stdReward: Math.sqrt(ss[l] / count[l]),
      rollouts: count[l], queries: queries[l], stdSum: stdSum[l], varSum: varSum[l],
    });
  }
  return { rows, totalStd };
}

function checkLengths(scores: ArrayLike<number>, uids: IdList, labels: ArrayLike<unknown>): void {
  if (uids.length !== scores.length || labels.length !== scores.length) {
    throw new RangeError(`scores, uids and labels differ in length (${scores.length}, ${uids.length}, ${labels.length})`);
  }
}

const toF32 = (scores: ArrayLike<number>) => (scores instanceof Float32Array ? scores : new Float32Array(scores as ArrayLike<number>));

/**
 * `reward_mode/<name>/{mean_reward, std_reward, mean_std_reward, sqrt_mean_var, rate_adv, rate_num}`
 * per label, labels used as given (the batch's top-level reward_mode, e.g. the estimator's labels).
 */
export function rewardModeMetrics(scores: ArrayLike<number>, uids: IdList, rewardModes: readonly string[]): Record<string, number> {
  checkLengths(scores, uids, rewardModes);
  const s = toF32(scores);
  const stats = groupStats(s, uids);
  const { rows, totalStd } = summarise(s, stats, rewardModes);
  const out: Record<string, number> = {};
  for (const r of rows) {
    const prefix = `reward_mode/${metricName(r.label)}`;
    const meanVar = r.varSum / r.queries;
    out[`${prefix}/mean_reward`] = r.meanReward;
    out[`${prefix}/std_reward`] = r.stdReward;
    out[`${prefix}/mean_std_reward`] = r.stdSum / r.queries;
    out[`${prefix}/sqrt_mean_var`] = meanVar > 0 ? Math.sqrt(meanVar) : 0;
    out[`${prefix}/rate_adv`] = totalStd > 0 ? r.stdSum / totalStd : 0;
    out[`${prefix}/rate_num`] = r.queries / stats.count;
  }
  return out;
}

/** The task a response is grouped under: its reward mode through the LongBench-Pro table, or
 *  "unknown" when the record has none. */
export function taskOf(rewardMode: string | null | undefined): string {
  return rewardMode === null || rewardMode === undefined ? "unknown" : taskLabel(rewardMode);
}

/**
 * `task_metrics/<name>/{mean_reward, std_reward, mean_std_reward, rate_adv, rate_num, num_queries,
 * num_rollouts}` per task; `rewardModes` are the records' `extra_info.reward_mode` (null = absent).
 */
export function taskGroupedMetrics(scores: ArrayLike<number>, uids: IdList, rewardModes: readonly (string | null | undefined)[]): Record<string, number> {
  checkLengths(scores, uids, rewardModes);
  const s = toF32(scores);
  const stats = groupStats(s, uids);
  const { rows, totalStd } = summarise(s, stats, rewardModes.map(taskOf));
  const out: Record<string, number> = {};
  for (const r of rows) {
    const prefix = `task_metrics/${metricName(r.label)}`;
    out[`${prefix}/mean_reward`] = r.meanReward;
    out[`${prefix}/std_reward`] = r.stdReward;
    out[`${prefix}/mean_std_reward`] = r.stdSum / r.queries;
    out[`${prefix}/rate_adv`] = totalStd > 0 ? r.stdSum / totalStd : 0;
    out[`${prefix}/rate_num`] = r.queries / stats.count;
    out[`${prefix}/num_queries`] = r.queries;
    out[`${prefix}/num_rollouts`] = r.rollouts;
  }
  return out;
}
