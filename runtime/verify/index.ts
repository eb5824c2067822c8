// runtime/verify/index.ts — the verification pool and the expression evaluator it shares with the
// data readers' `where` filters.
export { evaluateExpr, fieldValue, toScore, toBool, ExprError, type ExprScope, type FunctionLookup } from "./evaluate.js";
