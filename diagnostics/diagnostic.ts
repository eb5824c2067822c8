// diagnostics/diagnostic.ts — a diagnostic is plain data (STYLE.md §4): a stable code, a
// message, a primary span with its label, related spans, help and notes. Rendering is elsewhere.
import type { Span } from "./source.js";

export type Severity = "error" | "warning";

/** A code of the catalog: GL + four digits, grouped by phase (GL01xx syntax, GL02xx names, ...). */
export type DiagnosticCode = `GL${string}`;

export interface Label {
  readonly span: Span;
  /** Short, names the values; may be empty (only the markers are drawn). */
  readonly label: string;
  /** Path of the file the span points into, when not the diagnostic's own file. */
  readonly file?: string;
}

export interface Diagnostic {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  /** States the problem: lowercase, no trailing period. */
  readonly message: string;
  /** Path of the file `primary` points into (a `SourceFile.path`). */
  readonly file: string;
  readonly primary: { readonly span: Span; readonly label: string };
  readonly related: readonly Label[];
  /** The only place that says how to fix it. */
  readonly help?: string;
  readonly notes?: readonly string[];
}

/** What a phase passes to `DiagnosticBag.error` / `warning` besides the code and the span. */
export interface DiagnosticDetails {
  /** Defaults to the catalog title of the code. */
  readonly message?: string;
  readonly label?: string;
  readonly related?: readonly Label[];
  readonly help?: string;
  readonly notes?: readonly string[];
}
