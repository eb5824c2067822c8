// stdlib/advantage/index.ts — advantage estimators (grpo, tmn_grpo, qwenlong_grpo): the folder's API.
export { computeAdvantages, AdvantageBatchError, type AdvantageBatch, type AdvantageResult } from "./compute-advantages.js";
export {
  ESTIMATORS, DEFAULT_PARAMS, resolveParams, configFromReference,
  type EstimatorName, type AdvantageParams, type AdvantageConfig, type ParsedConfig,
} from "./params.js";
export { internIds, internLabels, type Interned, type IdList } from "./intern-ids.js";
export { grpoAdvantages } from "./grpo.js";
export { torchGroupStats, type TorchGroupStats } from "./group-stats.js";
export { torchSumF32, TORCH_FLOAT_LANES } from "./torch-sum.js";
export { tmnGrpoAdvantages } from "./tmn-grpo.js";
export { qwenlongAdvantages } from "./qwenlong-grpo.js";
