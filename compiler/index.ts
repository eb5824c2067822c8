// compiler/index.ts — the compiler's public API: compile a recipe (with `--set` overrides) to the
// execution graph and its diagnostics; the Host it reads through; the IR; verl's key table.
export { compile, compileFile, checkRecipeText, type Compiled } from "./compile.js";
export { memoryHost, type Host } from "./host.js";
export { OVERRIDES_FILE } from "./overrides.js";
export * from "./ir.js";
export { TOP_BLOCKS, MODEL_PATH, MODEL_EMBEDDED, findBlock, verlKeyOwners } from "./schema/blocks.js";
export { describeType, type BlockSpec, type FieldSpec, type FieldType } from "./schema/field-types.js";
export { lookupVerlKey, verlKeys, VERL_COMMIT, DEFAULT_VERL_CONFIG, type VerlConfigName, type VerlKey } from "./verl/keys.js";
export { RETIRED_VERL_KEYS, RETIRED_VERL_PREFIXES, findRetiredKey, type RetiredKey } from "./verl/retired-keys.js";
export { printDot, printMermaid } from "./lower/print-graph.js";
export { verlOverrides, VERL_ENTRY, type VerlOverride } from "./verl/launch-mapping.js";
