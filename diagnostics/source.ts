// diagnostics/source.ts — one source text and its line table: offsets (UTF-16 code units, as JS strings
// index) become 1-based line/column only when a diagnostic is rendered or serialised.

/** A half-open range of source offsets `[start, end)` into `SourceFile.text`. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface LineCol {
  /** 1-based line. */
  readonly line: number;
  /** 1-based column, counted in Unicode code points from the start of the line. */
  readonly column: number;
}

export interface SourceFile {
  /** As the user named it (relative paths stay relative): shown in `--> path:line:col`. */
  readonly path: string;
  readonly text: string;
  /** Offset of the first character of each line; a line ends at `\n`, `\r\n` or a lone `\r`. */
  readonly lineStarts: readonly number[];
}

export function createSourceFile(path: string, text: string): SourceFile {
  return { path, text, lineStarts: computeLineStarts(text) };
}

export function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/** Clamps an offset into `[0, text.length]` (spans from recovery may be NaN or out of range). */
export function clampOffset(file: SourceFile, offset: number): number {
  if (!(offset > 0)) return 0;
  return offset > file.text.length ? file.text.length : Math.floor(offset);
}

/** 0-based index of the line holding `offset`. */
export function lineIndexOf(file: SourceFile, offset: number): number {
  const starts = file.lineStarts;
  const o = clampOffset(file, offset);
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= o) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function lineColOf(file: SourceFile, offset: number): LineCol {
  const o = clampOffset(file, offset);
  const index = lineIndexOf(file, o);
  const start = file.lineStarts[index];
  let column = 1;
  for (let i = start; i < o; i++) {
    const c = file.text.charCodeAt(i);
    // a surrogate pair is one code point: count its high half only
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < o) {
      const d = file.text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    column++;
  }
  return { line: index + 1, column };
}

/** Offset just past the last character of line `index` (0-based), before its line break. */
export function lineEndOf(file: SourceFile, index: number): number {
  const next = index + 1 < file.lineStarts.length ? file.lineStarts[index + 1] : file.text.length;
  let end = next;
  if (end > file.lineStarts[index] && file.text.charCodeAt(end - 1) === 10) end--;
  if (end > file.lineStarts[index] && file.text.charCodeAt(end - 1) === 13) end--;
  return end;
}

/** The text of line `index` (0-based), without its line break. */
export function lineText(file: SourceFile, index: number): string {
  return file.text.slice(file.lineStarts[index], lineEndOf(file, index));
}

export function spanText(file: SourceFile, span: Span): string {
  return file.text.slice(clampOffset(file, span.start), clampOffset(file, span.end));
}
