// diagnostics/index.ts — what every phase shares, so it belongs to none: source files and spans, the
// Diagnostic value, the bag, the catalog of codes, "did you mean", and the text and JSON renderers.
export { createSourceFile, computeLineStarts, clampOffset, lineIndexOf, lineColOf, lineEndOf, lineText, spanText } from "./source.js";
export type { LineCol, SourceFile, Span } from "./source.js";
export type { Diagnostic, DiagnosticCode, DiagnosticDetails, Label, Severity } from "./diagnostic.js";
export { DiagnosticBag } from "./bag.js";
export { buildCatalog, defineCodes, PHASE_PREFIX } from "./catalog.js";
export type { Catalog, CodeEntry, CodeInfo, Phase, PhaseCodes } from "./catalog.js";
export { catalog, lookupCode } from "./codes/index.js";
export { closest, closestMany, editDistance, orList } from "./suggest.js";
export { renderOne, renderText } from "./render-text.js";
export type { SourceLookup, TextOptions } from "./render-text.js";
export { renderJson, toJsonDiagnostic } from "./render-json.js";
export type { JsonDiagnostic, JsonLocation, JsonPosition } from "./render-json.js";
export { codePointWidth, toDisplayLine } from "./display-width.js";
