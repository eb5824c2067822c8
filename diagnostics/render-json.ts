// diagnostics/render-json.ts — diagnostics as JSON for `--format json`: one array per run,
// each entry with 1-based line/column (code points) computed from the offsets, and the offsets too.
import { lineColOf, type SourceFile, type Span } from "./source.js";
import type { Diagnostic } from "./diagnostic.js";
import type { SourceLookup } from "./render-text.js";

export interface JsonPosition {
  readonly line: number;
  readonly column: number;
  /** UTF-16 code-unit offset into the file's text. */
  readonly offset: number;
}

export interface JsonLocation {
  readonly file: string;
  readonly start: JsonPosition;
  readonly end: JsonPosition;
  readonly label: string;
}

export interface JsonDiagnostic {
  readonly code: string;
  readonly severity: string;
  readonly message: string;
  readonly primary: JsonLocation;
  readonly related: readonly JsonLocation[];
  readonly help?: string;
  readonly notes?: readonly string[];
}

function locate(sources: SourceLookup, path: string, span: Span, label: string): JsonLocation {
  const file: SourceFile | undefined = typeof sources === "function" ? sources(path) : sources.get(path);
  const pos = (offset: number): JsonPosition =>
    file ? { ...lineColOf(file, offset), offset } : { line: 0, column: 0, offset };
  return { file: path, start: pos(span.start), end: pos(span.end), label };
}

export function toJsonDiagnostic(d: Diagnostic, sources: SourceLookup): JsonDiagnostic {
  return {
    code: d.code,
    severity: d.severity,
    message: d.message,
    primary: locate(sources, d.file, d.primary.span, d.primary.label),
    related: d.related.map((r) => locate(sources, r.file ?? d.file, r.span, r.label)),
    ...(d.help !== undefined ? { help: d.help } : {}),
    ...(d.notes !== undefined ? { notes: d.notes } : {}),
  };
}

/** The `--format json` output: one JSON array (pretty-printed, two-space indent) and a line break. */
export function renderJson(diagnostics: readonly Diagnostic[], sources: SourceLookup): string {
  return JSON.stringify(diagnostics.map((d) => toJsonDiagnostic(d, sources)), null, 2) + "\n";
}
