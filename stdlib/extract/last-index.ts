// stdlib/extract/last-index.ts — `text.lastIndexOf(marker)` by forward searches: V8's lastIndexOf is a
// C++ builtin comparing backwards one unit at a time (~0.65 ns a unit, ~70 ns per call on a 300-unit
// output), while indexOf skips to candidates natively (~0.01 ns a unit on text free of the marker's first unit).

/** Search windows start this far from the end and grow 4× backwards. */
const WINDOW = 2048;

/** Occurrences followed forward within one window before handing over to lastIndexOf (a text made
 *  of markers would otherwise cost one indexOf call per marker). */
const MAX_FOLLOW = 8;

/** The same value as `text.lastIndexOf(marker)` for a non-empty marker that cannot overlap itself
 *  (no proper prefix is also a suffix, as "[Answer]" and "[答案]"): the last window from the end
 *  holding an occurrence is searched forward, occurrence after occurrence. */
export function lastIndexOfMarker(text: string, marker: string): number {
  const len = text.length;
  let from = len - WINDOW;
  for (;;) {
    if (from < 0) from = 0;
    let at = text.indexOf(marker, from);
    if (at >= 0) {
      for (let k = 0; ; k++) {
        if (k === MAX_FOLLOW) return text.lastIndexOf(marker);
        const next = text.indexOf(marker, at + marker.length);
        if (next < 0) return at;
        at = next;
      }
    }
    if (from === 0) return -1;
    from = len - 4 * (len - from);
  }
}
