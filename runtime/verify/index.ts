// runtime/verify/index.ts — the verification pool and the expression evaluator it shares with the
// data readers' `where` filters.
export { evaluateExpr, fieldValue, toScore, toBool, ExprError, type ExprScope, type FunctionLookup } from "./evaluate.js";
export { createVerifier, overlongPenalty, workerFile, VerifyError, type Verifier, type VerifierOptions, type VerifyConfig, type VerifyItem, type VerifyResult, type VerifyFlag } from "./pool.js";
export { loadRegistry, lookupFromModule, DEFAULT_REGISTRY } from "./registry.js";
export type { GateSpec } from "./score-batch.js";
