// stdlib/extract/think.ts — the think block: the reference's gate (inside its reward dispatch) and the
// two ways of removing the block. The tags are case-sensitive, as in the reference.

export type ThinkGate = "pass" | "no_close" | "duplicate_tag";

function count(text: string, tag: string): number {
  let n = 0;
  for (let i = text.indexOf(tag); i >= 0; i = text.indexOf(tag, i + tag.length)) n++;
  return n;
}

/** Why a response passes or fails the think gate: it needs one `</think>`, at most one `<think>`
 *  and no second `</think>`; a missing `<think>` is fine (the chat template puts it in the prompt). */
export function thinkGate(text: string): ThinkGate {
  if (!text.includes("</think>")) return "no_close";
  if (count(text, "<think>") > 1 || count(text, "</think>") > 1) return "duplicate_tag";
  return "pass";
}

export function thinkFormat(text: string): boolean {
  return thinkGate(text) === "pass";
}

/** `text.split("</think>")[-1]`: the text after the last `</think>`, unstripped; the whole text when
 *  there is none. */
export function afterThink(text: string): string {
  const i = text.lastIndexOf("</think>");
  return i < 0 ? text : text.slice(i + 8);
}

/** The answer with the reasoning removed and trimmed: the text after the last `</think>` when there is
 *  one, else the text without a complete `<think>…</think>` block (an unclosed block is all reasoning,
 *  so nothing is left). */
export function stripThink(text: string): string {
  const close = text.lastIndexOf("</think>");
  if (close >= 0) return text.slice(close + 8).trim();
  const open = text.indexOf("<think>");
  return (open >= 0 ? text.slice(0, open) : text).trim();
}
