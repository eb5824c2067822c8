// stdlib/advantage/compute-advantages.ts — one entry point for every estimator: a batch of scored
// responses (score, group id, task label) in, one advantage per response and the estimator's extra
// metrics out. Pure; the runtime and `golongc advantage` both call this.
import { grpoAdvantages } from "./grpo.js";
import { internIds, internLabels, type IdList } from "./intern-ids.js";
import { resolveParams, type AdvantageConfig } from "./params.js";
import { qwenlongAdvantages } from "./qwenlong-grpo.js";
import { tmnGrpoAdvantages, type EstimatorResult } from "./tmn-grpo.js";

export type { EstimatorResult as AdvantageResult };

export interface AdvantageBatch {
  /** Each response's scalar reward; rounded to float32 as the reference's reward tensor holds it. */
  readonly scores: Float64Array | Float32Array | readonly number[];
  /** Each response's prompt group (uid). Interned integers are accepted and are faster. */
  readonly index: IdList;
  /** Each response's task label (constant within a group); required by tmn_grpo and qwenlong_grpo. */
  readonly taskLabels?: IdList;
}

/** Thrown for a batch whose arrays disagree in length: callers validate data first, so this is a bug. */
export class AdvantageBatchError extends RangeError {}

export function computeAdvantages(config: AdvantageConfig, batch: AdvantageBatch): EstimatorResult {
  const n = batch.scores.length;
  if (batch.index.length !== n) {
    throw new AdvantageBatchError(`index has ${batch.index.length} entries for ${n} scores`);
  }
  const needsTasks = config.estimator !== "grpo";
  if (needsTasks && batch.taskLabels === undefined) {
    throw new AdvantageBatchError(`${config.estimator} needs a task label per response`);
  }
  if (batch.taskLabels !== undefined && batch.taskLabels.length !== n) {
    throw new AdvantageBatchError(`taskLabels has ${batch.taskLabels.length} entries for ${n} scores`);
  }
  const scores = batch.scores instanceof Float32Array ? batch.scores : new Float32Array(batch.scores);
  const p = resolveParams(config);
  switch (config.estimator) {
    case "grpo":
      return { advantages: grpoAdvantages(scores, internIds(batch.index), p), metrics: {} };
    case "tmn_grpo":
      return tmnGrpoAdvantages(scores, internIds(batch.index), internLabels(batch.taskLabels!), p);
    case "qwenlong_grpo":
      return { advantages: qwenlongAdvantages(scores, internLabels(batch.taskLabels!), p), metrics: {} };
    default: {
      const never: never = config.estimator;
      throw new AdvantageBatchError(`unknown estimator ${String(never)}`);
    }
  }
}
