// diagnostics/bag.ts — where every phase puts its diagnostics: errors and warnings accumulate
// (STYLE.md §7), one bag per compilation, shared across the files it reads (see `forFile`).
import type { SourceFile, Span } from "./source.js";
import { lookupCode } from "./codes/index.js";
import type { Diagnostic, DiagnosticCode, DiagnosticDetails, Severity } from "./diagnostic.js";

interface Shared {
  readonly items: Diagnostic[];
  readonly files: Map<string, SourceFile>;
  errors: number;
}

export class DiagnosticBag {
  private readonly shared: Shared;
  /** The file new diagnostics point into unless they say otherwise. */
  readonly file: SourceFile;

  constructor(file: SourceFile, shared?: Shared) {
    this.file = file;
    this.shared = shared ?? { items: [], files: new Map(), errors: 0 };
    this.shared.files.set(file.path, file);
  }

  /** A view of the same bag whose diagnostics point into `file` (an imported recipe). */
  forFile(file: SourceFile): DiagnosticBag {
    return new DiagnosticBag(file, this.shared);
  }

  error(code: DiagnosticCode, span: Span, details: DiagnosticDetails = {}): Diagnostic {
    return this.report("error", code, span, details);
  }

  warning(code: DiagnosticCode, span: Span, details: DiagnosticDetails = {}): Diagnostic {
    return this.report("warning", code, span, details);
  }

  /** Adds a diagnostic built elsewhere (its `file` should be one this bag knows, or rendering shows
   *  no excerpt). */
  add(diagnostic: Diagnostic): void {
    this.shared.items.push(diagnostic);
    if (diagnostic.severity === "error") this.shared.errors++;
  }

  hasErrors(): boolean {
    return this.shared.errors > 0;
  }

  get errorCount(): number {
    return this.shared.errors;
  }

  get warningCount(): number {
    return this.shared.items.length - this.shared.errors;
  }

  /** In the order reported. */
  all(): readonly Diagnostic[] {
    return this.shared.items.slice();
  }

  /** By file (in the order the bag met them), then start offset, then code. */
  sorted(): readonly Diagnostic[] {
    const fileOrder = new Map([...this.shared.files.keys()].map((p, i) => [p, i]));
    return this.shared.items
      .map((d, i) => ({ d, i }))
      .sort((x, y) =>
        (fileOrder.get(x.d.file) ?? 1e9) - (fileOrder.get(y.d.file) ?? 1e9) ||
        x.d.primary.span.start - y.d.primary.span.start ||
        (x.d.code < y.d.code ? -1 : x.d.code > y.d.code ? 1 : 0) ||
        x.i - y.i)
      .map((x) => x.d);
  }

  /** Every source file the bag's diagnostics may point into, by path: what the renderer needs. */
  get files(): ReadonlyMap<string, SourceFile> {
    return this.shared.files;
  }

  private report(severity: Severity, code: DiagnosticCode, span: Span, details: DiagnosticDetails): Diagnostic {
    const d: Diagnostic = {
      code,
      severity,
      message: details.message ?? lookupCode(code)?.title ?? code,
      file: this.file.path,
      primary: { span: { start: span.start, end: span.end }, label: details.label ?? "" },
      related: details.related ?? [],
      ...(details.help !== undefined ? { help: details.help } : {}),
      ...(details.notes !== undefined && details.notes.length > 0 ? { notes: details.notes } : {}),
    };
    this.add(d);
    return d;
  }
}
