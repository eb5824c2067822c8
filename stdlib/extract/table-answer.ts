// stdlib/extract/table-answer.ts — multitableqa's answer text: between the first <answer> and the next
// </answer> (or the end) when <answer> occurs, else the whole text; stripped either way.
import { pyStrip } from "./python-text.js";

export function tableAnswer(text: string): string {
  const start = text.indexOf("<answer>");
  if (start < 0) return pyStrip(text);
  const rest = text.slice(start + 8);
  const end = rest.indexOf("</answer>");
  return pyStrip(end < 0 ? rest : rest.slice(0, end));
}
