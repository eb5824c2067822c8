// stdlib/extract/multi-choice.ts — the reference's multiple-choice letter: "*" removed, then the first
// "The correct answer is (X)", else the first "The correct answer is X", X in A–D (case-sensitive).

const PHRASE = "The correct answer is ";
const isAD = (c: number) => c >= 0x41 && c <= 0x44;

/** The reference's two regex searches as one indexOf walk over the phrase's occurrences. */
export function choiceLetter(response: string): string | null {
  const text = response.includes("*") ? response.replaceAll("*", "") : response;
  let bare = -1;
  for (let i = text.indexOf(PHRASE); i >= 0; i = text.indexOf(PHRASE, i + 1)) {
    const at = i + PHRASE.length;
    const c = text.charCodeAt(at);
    if (c === 0x28 && isAD(text.charCodeAt(at + 1)) && text.charCodeAt(at + 2) === 0x29) return text[at + 1];
    if (bare < 0 && isAD(c)) bare = at;
  }
  return bare < 0 ? null : text[bare];
}
