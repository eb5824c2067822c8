// stdlib/extract/boxed.ts — the last `\boxed{...}` of a text, braces balanced, as math_dapo's
// last_boxed_only_string: scanning starts at the last "\boxed{" and null means unbalanced or absent.

export function lastBoxed(text: string): string | null {
  const start = text.lastIndexOf("\\boxed{");
  if (start < 0) return null;
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x7b) depth++;
    else if (c === 0x7d && --depth === 0) return text.slice(start, i + 1);
  }
  return null;
}
