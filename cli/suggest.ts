// cli/suggest.ts — the nearest known word for a misspelt one (flags and subcommands); the pure
// implementation lives with the compiler's diagnostics, shared by both.
export { closest, editDistance } from "../compiler/diagnostics/suggest.js";
