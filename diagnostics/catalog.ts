// diagnostics/catalog.ts — the catalog mechanism: each phase registers its codes, with a
// title and a long explanation, in its own file under codes/; `golongc explain` and the golden tests
// read them from here. A retired code is never reused: mark it `retired: true` instead of deleting it.
import type { DiagnosticCode, Severity } from "./diagnostic.js";

export type Phase = "syntax" | "names" | "types" | "values" | "batch" | "env";

/** The hundreds digit pair each phase owns: GL01xx syntax, GL02xx names, ... */
export const PHASE_PREFIX: Readonly<Record<Phase, string>> = {
  syntax: "GL01",
  names: "GL02",
  types: "GL03",
  values: "GL04",
  batch: "GL05",
  env: "GL06",
};

export interface CodeEntry {
  /** One line, lowercase, no trailing period: what went wrong (the default message). */
  readonly title: string;
  /** One paragraph or more for `golongc explain`: why it is an error and how to fix it, ideally with
   *  a short example. */
  readonly explanation: string;
  readonly severity?: Severity;
  readonly retired?: boolean;
}

export interface CodeInfo extends CodeEntry {
  readonly code: DiagnosticCode;
  readonly phase: Phase;
  readonly severity: Severity;
}

export interface PhaseCodes {
  readonly phase: Phase;
  readonly codes: readonly CodeInfo[];
}

/** Declares one phase's codes; used once per file in codes/. */
export function defineCodes(phase: Phase, entries: Readonly<Record<string, CodeEntry>>): PhaseCodes {
  const codes = Object.entries(entries).map(([code, e]): CodeInfo => ({
    ...e,
    code: code as DiagnosticCode,
    phase,
    severity: e.severity ?? "error",
  }));
  return { phase, codes };
}

export interface Catalog {
  readonly codes: readonly CodeInfo[];
  readonly byCode: ReadonlyMap<string, CodeInfo>;
  /** Broken catalog invariants (duplicates, bad format, missing text): a test asserts none. */
  readonly problems: readonly string[];
}

const CODE_FORMAT = /^GL\d{4}$/;

export function buildCatalog(phases: readonly PhaseCodes[]): Catalog {
  const byCode = new Map<string, CodeInfo>();
  const problems: string[] = [];
  const codes: CodeInfo[] = [];
  for (const { phase, codes: list } of phases) {
    for (const info of list) {
      if (!CODE_FORMAT.test(info.code)) problems.push(`${info.code}: not of the form GL0000`);
      else if (!info.code.startsWith(PHASE_PREFIX[phase]))
        problems.push(`${info.code}: registered in the ${phase} codes, which own ${PHASE_PREFIX[phase]}xx`);
      if (byCode.has(info.code)) {
        problems.push(`${info.code}: registered twice (${byCode.get(info.code)!.phase} and ${phase})`);
        continue;
      }
      if (!info.title || info.title.trim() === "") problems.push(`${info.code}: no title`);
      else if (/\.\s*$/.test(info.title) || /^[A-Z][a-z]/.test(info.title))
        problems.push(`${info.code}: a title is lowercase with no trailing period`);
      if (!info.explanation || info.explanation.trim().length < 40)
        problems.push(`${info.code}: no explanation (one paragraph at least)`);
      byCode.set(info.code, info);
      codes.push(info);
    }
  }
  codes.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return { codes, byCode, problems };
}
