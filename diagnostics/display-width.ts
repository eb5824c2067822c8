// diagnostics/display-width.ts — how many terminal columns a source line's characters take,
// so carets line up under tabs, CJK text and combining marks; unprintable characters become `?`.

export const TAB_WIDTH = 4;

/** Columns one code point takes in a monospace terminal: 0 (combining), 1 or 2 (East Asian wide). */
export function codePointWidth(cp: number): 0 | 1 | 2 {
  if (cp < 0x300) return 1;
  if ((cp >= 0x300 && cp <= 0x36f) || (cp >= 0x200b && cp <= 0x200f) || (cp >= 0xfe00 && cp <= 0xfe0f) ||
      (cp >= 0x1ab0 && cp <= 0x1aff) || (cp >= 0x20d0 && cp <= 0x20ff) || (cp >= 0xe0100 && cp <= 0xe01ef)) return 0;
  if ((cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0x303e) || (cp >= 0x3041 && cp <= 0x33ff) ||
      (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0xa000 && cp <= 0xa4cf) ||
      (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) ||
      (cp >= 0xff00 && cp <= 0xff60) || (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x1f300 && cp <= 0x1f64f) ||
      (cp >= 0x1f900 && cp <= 0x1f9ff) || (cp >= 0x20000 && cp <= 0x3fffd)) return 2;
  return 1;
}

export interface DisplayLine {
  /** The line as printed: tabs expanded, control characters and lone surrogates as `?`. */
  readonly text: string;
  /** `columns[i]` is the display column where UTF-16 index `i` of the line starts; one extra entry
   *  for the end of the line. */
  readonly columns: readonly number[];
}

export function toDisplayLine(line: string): DisplayLine {
  const columns = new Array<number>(line.length + 1);
  let out = "";
  let col = 0;
  for (let i = 0; i < line.length; i++) {
    columns[i] = col;
    const c = line.charCodeAt(i);
    if (c === 9) {
      const n = TAB_WIDTH - (col % TAB_WIDTH);
      out += " ".repeat(n);
      col += n;
      continue;
    }
    if (c < 0x20 || c === 0x7f || (c >= 0x80 && c < 0xa0)) {
      out += "?";
      col += 1;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = line.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        const cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
        out += line[i] + line[i + 1];
        columns[i + 1] = col;
        col += codePointWidth(cp);
        i++;
        continue;
      }
      out += "?";
      col += 1;
      continue;
    }
    if (c >= 0xdc00 && c <= 0xdfff) {
      out += "?";
      col += 1;
      continue;
    }
    out += line[i];
    col += codePointWidth(c);
  }
  columns[line.length] = col;
  return { text: out, columns };
}
