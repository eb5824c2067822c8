// grammar/index.ts — the front end's entry: text -> tokens -> CST -> AST, syntax diagnostics (GL01xx)
// into the bag. Never throws on any input.
export type * from "./ast.js";
export { assertNever, nameParts, UNITS } from "./ast.js";
export { parseRecipe, MAX_SYNTAX_ERRORS } from "./parse.js";
export { MAX_DEPTH } from "./declarations.js";
export { UNIT_SPELLINGS, suffixFactor } from "./units.js";
