// stdlib/extract/multi-choice.ts — the reference's multiple-choice letter: "*" removed, then the first
// "The correct answer is (X)", else the first "The correct answer is X", X in A–D (case-sensitive).

const PAREN = /The correct answer is \(([A-D])\)/;
const BARE = /The correct answer is ([A-D])/;

export function choiceLetter(response: string): string | null {
  const text = response.includes("*") ? response.replaceAll("*", "") : response;
  return PAREN.exec(text)?.[1] ?? BARE.exec(text)?.[1] ?? null;
}
