// compiler/names/suggest-names.ts — "did you mean" for the checker: the nearest names by edit
// distance, else names the word abbreviates (`lang` -> `language`, `token_avg` has no such name).
import { closestMany } from "../../diagnostics/index.js";

export function suggestNames(word: string, candidates: readonly string[], limit = 3): string[] {
  const near = closestMany(word, candidates, limit);
  if (near.length > 0 || word.length < 3) return near;
  return candidates.filter((c) => c !== word && c.startsWith(word)).slice(0, limit);
}
