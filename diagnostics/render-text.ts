// diagnostics/render-text.ts — the one text renderer (STYLE.md §4, rustc-like): header,
// `--> file:line:col`, a gutter, the source lines with `^^^` under the primary span and `---` under
// related spans, then `= note:` and `= help:`. ASCII decorations always; ANSI colour only when asked.
import { clampOffset, lineColOf, lineIndexOf, lineText, type SourceFile, type Span } from "./source.js";
import type { Diagnostic, Severity } from "./diagnostic.js";
import { toDisplayLine, type DisplayLine } from "./display-width.js";

export type SourceLookup = ReadonlyMap<string, SourceFile> | ((path: string) => SourceFile | undefined);

export interface TextOptions {
  /** ANSI colour (Io.colour); plain text otherwise. */
  readonly colour?: boolean;
}

const ANSI = { reset: "\x1b[0m", bold: "\x1b[1m", red: "\x1b[31m", yellow: "\x1b[33m", blue: "\x1b[34m", cyan: "\x1b[36m" };

type Paint = (style: keyof typeof ANSI | (keyof typeof ANSI)[], text: string) => string;

function painter(colour: boolean): Paint {
  if (!colour) return (_s, t) => t;
  return (s, t) => (t === "" ? t : (Array.isArray(s) ? s.map((k) => ANSI[k]).join("") : ANSI[s]) + t + ANSI.reset);
}

function lookup(sources: SourceLookup, path: string): SourceFile | undefined {
  return typeof sources === "function" ? sources(path) : sources.get(path);
}

/** Renders diagnostics in order, each followed by a blank line. */
export function renderText(diagnostics: readonly Diagnostic[], sources: SourceLookup, options: TextOptions = {}): string {
  return diagnostics.map((d) => renderOne(d, sources, options) + "\n").join("");
}

interface Mark {
  readonly line: number; // 0-based
  readonly from: number; // display columns [from, to)
  readonly to: number;
  readonly primary: boolean;
  readonly label: string;
}

interface Section {
  readonly file: SourceFile;
  readonly marks: Mark[];
}

const severityStyle = (s: Severity): keyof typeof ANSI => (s === "error" ? "red" : "yellow");

export function renderOne(d: Diagnostic, sources: SourceLookup, options: TextOptions = {}): string {
  const paint = painter(options.colour === true);
  const out: string[] = [];
  out.push(`${paint([severityStyle(d.severity), "bold"], `${d.severity}[${d.code}]`)}${paint("bold", `: ${d.message}`)}`);

  // one section per file: the primary's first, then related files in order of appearance
  const sections: Section[] = [];
  const missing: { path: string; label: string; span: Span }[] = [];
  const sectionOf = (path: string): Section | undefined => {
    const found = sections.find((s) => s.file.path === path);
    if (found) return found;
    const file = lookup(sources, path);
    if (!file) return undefined;
    const s: Section = { file, marks: [] };
    sections.push(s);
    return s;
  };
  const place = (path: string, span: Span, label: string, primary: boolean) => {
    const s = sectionOf(path);
    if (s) s.marks.push(...marksFor(s.file, span, label, primary));
    else missing.push({ path, label, span });
  };
  place(d.file, d.primary.span, d.primary.label, true);
  for (const r of d.related) place(r.file ?? d.file, r.span, r.label, false);

  const lineNumbers = sections.flatMap((s) => s.marks.map((m) => m.line + 1));
  const width = Math.max(1, ...lineNumbers.map((n) => String(n).length));
  const pad = " ".repeat(width);
  const bar = paint(["blue", "bold"], "|");

  if (sections.length === 0 || sections[0].file.path !== d.file) {
    out.push(`${pad}${paint(["blue", "bold"], "-->")} ${d.file}`);
  }
  sections.forEach((s, i) => {
    const primaryMark = i === 0 && s.file.path === d.file;
    const at = primaryMark ? d.primary.span.start : firstStart(d, s.file.path);
    const lc = lineColOf(s.file, at);
    out.push(`${pad}${paint(["blue", "bold"], primaryMark ? "-->" : ":::")} ${s.file.path}:${lc.line}:${lc.column}`);
    out.push(`${pad} ${bar}`);
    const lines = [...new Set(s.marks.map((m) => m.line))].sort((a, b) => a - b);
    for (const line of lines) {
      const shown = toDisplayLine(lineText(s.file, line)).text.trimEnd();
      out.push(`${paint(["blue", "bold"], String(line + 1).padStart(width))} ${bar}${shown === "" ? "" : " " + shown}`);
      const marks = s.marks.filter((m) => m.line === line).sort((a, b) => a.from - b.from || Number(b.primary) - Number(a.primary));
      for (const m of marks) {
        const style = m.primary ? severityStyle(d.severity) : "blue";
        const markers = (m.primary ? "^" : "-").repeat(Math.max(1, m.to - m.from));
        const text = m.label ? `${markers} ${m.label}` : markers;
        out.push(`${pad} ${bar} ${" ".repeat(m.from)}${paint([style, "bold"], text)}`);
      }
    }
  });
  for (const m of missing) out.push(`${pad} ${paint(["blue", "bold"], "=")} note: ${m.path}: ${m.label || "related location"}`);
  for (const n of d.notes ?? []) out.push(`${pad} ${paint(["blue", "bold"], "=")} ${paint("bold", "note")}: ${indentMore(n, width)}`);
  if (d.help !== undefined) out.push(`${pad} ${paint(["blue", "bold"], "=")} ${paint(["cyan", "bold"], "help")}: ${indentMore(d.help, width)}`);
  return out.join("\n") + "\n";
}

function firstStart(d: Diagnostic, path: string): number {
  const r = d.related.find((x) => (x.file ?? d.file) === path);
  return r ? r.span.start : 0;
}

/** Continuation lines of a multi-line note or help line up under its first line. */
function indentMore(text: string, width: number): string {
  return text.replace(/\r?\n/g, "\n" + " ".repeat(width + 3));
}

/** The marks a span draws: one for a span on one line; for a multi-line span, markers from its start
 *  to the end of its first line and from the first non-blank column of its last line to its end, the
 *  label on the last. */
function marksFor(file: SourceFile, span: Span, label: string, primary: boolean): Mark[] {
  const start = clampOffset(file, span.start);
  let end = Math.max(start, clampOffset(file, span.end));
  const startLine = lineIndexOf(file, start);
  let endLine = lineIndexOf(file, end);
  // a span ending just after a line break ends on the line before
  if (endLine > startLine && end === file.lineStarts[endLine]) {
    endLine--;
    end = file.lineStarts[endLine] + lineText(file, endLine).length;
  }
  const first = toDisplayLine(lineText(file, startLine));
  const colIn = (dl: DisplayLine, lineIdx: number, offset: number) =>
    dl.columns[Math.min(offset - file.lineStarts[lineIdx], dl.columns.length - 1)];
  if (startLine === endLine) {
    const from = colIn(first, startLine, start);
    return [{ line: startLine, from, to: Math.max(from + 1, colIn(first, startLine, end)), primary, label }];
  }
  const last = toDisplayLine(lineText(file, endLine));
  const fromFirst = colIn(first, startLine, start);
  const lastText = lineText(file, endLine);
  const indent = lastText.length - lastText.trimStart().length;
  const fromLast = Math.min(last.columns[Math.min(indent, last.columns.length - 1)], colIn(last, endLine, end));
  return [
    { line: startLine, from: fromFirst, to: Math.max(fromFirst + 1, first.columns[first.columns.length - 1]), primary, label: "" },
    { line: endLine, from: fromLast, to: Math.max(fromLast + 1, colIn(last, endLine, end)), primary, label },
  ];
}
