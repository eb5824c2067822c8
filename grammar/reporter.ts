// grammar/reporter.ts — how the front end reports: through a cap, so a file of junk yields at most
// MAX_SYNTAX_ERRORS diagnostics (and one GL0114) instead of one per byte.
import type { DiagnosticBag, DiagnosticCode, DiagnosticDetails } from "../compiler/diagnostics/index.js";
import type { Span } from "../compiler/source.js";

export const MAX_SYNTAX_ERRORS = 100;

export interface SyntaxReporter {
  error(code: DiagnosticCode, span: Span, details?: DiagnosticDetails): void;
}

export class CappedReporter implements SyntaxReporter {
  count = 0;
  dropped = 0;

  constructor(private readonly bag: DiagnosticBag, private readonly limit = MAX_SYNTAX_ERRORS) {}

  error(code: DiagnosticCode, span: Span, details?: DiagnosticDetails): void {
    if (this.count >= this.limit) { this.dropped++; return; }
    this.count++;
    this.bag.error(code, span, details);
  }

  get full(): boolean {
    return this.count >= this.limit;
  }
}
