// stdlib/extract/python-text.ts — Python 3 `str` semantics the reference metrics rely on: the
// whitespace set of `split()`/`strip()` (it includes U+3000 and U+00A0, not U+200B) and `lower()`.

/** Code points Python's `str.isspace()` accepts (Py_UNICODE_ISSPACE). */
export function isPySpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x1f);
  if (c < 0x85) return false;
  return c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}

export function isPySpace(ch: string): boolean {
  return ch.length > 0 && isPySpaceCode(ch.charCodeAt(0));
}

/** Python `s.strip()` with no argument. */
export function pyStrip(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && isPySpaceCode(s.charCodeAt(a))) a++;
  while (b > a && isPySpaceCode(s.charCodeAt(b - 1))) b--;
  return a === 0 && b === s.length ? s : s.slice(a, b);
}

/** Python `s.split()` with no argument: runs of whitespace separate, no empty items. */
export function pySplit(s: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i < s.length; i++) {
    if (isPySpaceCode(s.charCodeAt(i))) {
      if (start >= 0) { out.push(s.slice(start, i)); start = -1; }
    } else if (start < 0) start = i;
  }
  if (start >= 0) out.push(s.slice(start));
  return out;
}

/** Whitespace Python's split() breaks on, a double space, or a space at either end. */
const NOT_COLLAPSED = /[\t\n\v\f\r\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]|  |^ | $/;

/** `" ".join(s.split())`: strip and collapse whitespace runs to one space. Most lines already are
 *  (single inner spaces only): one native regex test, about 4× faster than a JavaScript scan, says so
 *  before anything is allocated. */
export function collapseSpaces(s: string): string {
  return s.length === 0 || !NOT_COLLAPSED.test(s) ? s : pySplit(s).join(" ");
}

/** Code units at or above 0x80 that are not Python whitespace and that lower-casing leaves alone in
 *  any context: general punctuation, CJK (symbols, kana, ideographs, Yi), Hangul syllables and
 *  fullwidth punctuation and digits (test/stdlib/metrics checks every one against toLowerCase).
 *  Anything else (Latin-1 letters, Greek, surrogates, ...) takes the exact general path. */
export function isCaselessWide(c: number): boolean {
  return (c >= 0x2e80 && c < 0xa640 && c !== 0x3000) || (c >= 0xac00 && c < 0xd7a4) || (c >= 0x2010 && c < 0x2028) ||
    (c >= 0x2030 && c < 0x205f) || (c >= 0xff01 && c < 0xff21) || (c >= 0xff3b && c < 0xff41) || (c >= 0xff5b && c < 0xfff0);
}

/** `" ".join(s[a:b].lower().split())` — the reference's per-line normalisation — in one scan: a
 *  line that is already lower-case with single inner spaces (the usual case) is returned as a
 *  slice, with nothing else allocated; anything else takes the general path. */
export function normalizeSlice(s: string, a: number, b: number): string {
  while (a < b && isPySpaceCode(s.charCodeAt(a))) a++;
  while (b > a && isPySpaceCode(s.charCodeAt(b - 1))) b--;
  let upper = false;
  let prevSpace = false;
  for (let i = a; i < b; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x20) {
      if (prevSpace) return collapseSpaces(pyLower(s.slice(a, b)));
      prevSpace = true;
      continue;
    }
    prevSpace = false;
    if (c < 0x80) {
      if (c <= 0x5a) {
        if (c >= 0x41) upper = true;
        else if (c < 0x20 && isPySpaceCode(c)) return collapseSpaces(pyLower(s.slice(a, b)));
      }
    } else if (!isCaselessWide(c)) return collapseSpaces(pyLower(s.slice(a, b)));
  }
  const out = a === 0 && b === s.length ? s : s.slice(a, b);
  return upper ? out.toLowerCase() : out;
}

/** Python `s.lower()`. JavaScript's toLowerCase applies the same full Unicode mapping, including
 *  SpecialCasing ('İ' → 'i̇') and the final-sigma rule. */
export function pyLower(s: string): string {
  return s.toLowerCase();
}
