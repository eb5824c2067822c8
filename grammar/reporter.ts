// grammar/reporter.ts — how the front end reports: through a cap, so a file of junk yields at most
// MAX_SYNTAX_ERRORS diagnostics (and one GL0114) instead of one per byte.
import type { DiagnosticBag, DiagnosticCode, DiagnosticDetails, Span } from "../diagnostics/index.js";

export const MAX_SYNTAX_ERRORS = 100;

export interface SyntaxReporter {
  /** `intact`: the mistake leaves the value it touches as the user meant it (no ErrorNode needed). */
  error(code: DiagnosticCode, span: Span, details?: DiagnosticDetails, intact?: boolean): void;
}

/** Mistakes that leave the value they touch intact (the AST keeps it as written). */
const HARMLESS: ReadonlySet<string> = new Set(["GL0111", "GL0113", "GL0115", "GL0108", "GL0114"]);

export class CappedReporter implements SyntaxReporter {
  count = 0;
  dropped = 0;
  /** Where the first error that was not reported points. */
  firstDropped: Span | undefined;
  /** Start offsets of every damaging syntax error, reported or dropped, in report order. */
  readonly damage: number[] = [];

  constructor(private readonly bag: DiagnosticBag, private readonly limit = MAX_SYNTAX_ERRORS) {}

  error(code: DiagnosticCode, span: Span, details?: DiagnosticDetails, intact = false): void {
    if (!intact && !HARMLESS.has(code)) this.damage.push(span.start);
    if (this.count >= this.limit) {
      this.dropped++;
      this.firstDropped ??= span;
      return;
    }
    this.count++;
    this.bag.error(code, span, details);
  }

  get full(): boolean {
    return this.count >= this.limit;
  }
}
