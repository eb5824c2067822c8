// Seeded mutations of recipe text for the fuzz test: deletions, duplications, random tokens,
// truncation, binary junk, swapped lines. Deterministic for a given seed.

/** mulberry32: a small, fast, seedable PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const TOKENS = [
  "{", "}", "(", ")", "[", "]", "<", ">", ":", ",", ".", "..", "=", "==", "!=", "?", "-", "+", "*", "/", "%",
  "recipe", "import", "model", "source", "type", "task", "tasks", "gate", "from", "where", "reward", "in", "not",
  "and", "or", "true", "false", "rollout", "update ppo", "n", "16", "2e-6", "160k tokens", "5 steps", "30s", "60%",
  '"', '"text"', "\\", "/*", "*/", "//", "\n", "\r\n", "\t", "1..8", "env(\"X\")", "list<text>", "@", "#", ";", "é", "中",
  "\u0000", "\ud800", "\ufeff", "[[[[", "]]]]", "{{{{", "}}}}",
];

export type Mutation = (text: string, rnd: () => number) => string;

const at = (text: string, rnd: () => number) => Math.floor(rnd() * (text.length + 1));

export const MUTATIONS: readonly [string, Mutation][] = [
  ["delete a range", (t, r) => { const a = at(t, r); const b = Math.min(t.length, a + 1 + Math.floor(r() * 40)); return t.slice(0, a) + t.slice(b); }],
  ["delete a character", (t, r) => { const a = at(t, r); return t.slice(0, a) + t.slice(a + 1); }],
  ["duplicate a range", (t, r) => { const a = at(t, r); const b = Math.min(t.length, a + 1 + Math.floor(r() * 80)); return t.slice(0, b) + t.slice(a, b) + t.slice(b); }],
  ["insert a token", (t, r) => { const a = at(t, r); return t.slice(0, a) + TOKENS[Math.floor(r() * TOKENS.length)] + t.slice(a); }],
  ["replace a character", (t, r) => { const a = at(t, r); return t.slice(0, a) + TOKENS[Math.floor(r() * TOKENS.length)][0] + t.slice(a + 1); }],
  ["truncate", (t, r) => t.slice(0, at(t, r))],
  ["binary junk", (t, r) => {
    const a = at(t, r);
    const junk = Array.from({ length: 1 + Math.floor(r() * 64) }, () => String.fromCharCode(Math.floor(r() * 65536))).join("");
    return t.slice(0, a) + junk + t.slice(a);
  }],
  ["swap two lines", (t, r) => {
    const lines = t.split("\n");
    const i = Math.floor(r() * lines.length);
    const j = Math.floor(r() * lines.length);
    [lines[i], lines[j]] = [lines[j], lines[i]];
    return lines.join("\n");
  }],
];

/** One to three mutations of `text`, chosen by `rnd`; returns the text and what was done. */
export function mutate(text: string, rnd: () => number): { text: string; what: string[] } {
  const what: string[] = [];
  let out = text;
  const count = 1 + Math.floor(rnd() * 3);
  for (let i = 0; i < count; i++) {
    const [name, m] = MUTATIONS[Math.floor(rnd() * MUTATIONS.length)];
    out = m(out, rnd);
    what.push(name);
  }
  return { text: out, what };
}

/** A soup of `count` random tokens and words, separated by spaces or line breaks: inputs far from any
 *  recipe, where error recovery works hardest. */
export function tokenSoup(count: number, rnd: () => number): string {
  const words = ["a", "x", "n", "tp", "b", "train", "rollout", "actor", "1", "2.5", "\"s\""];
  let out = "";
  for (let i = 0; i < count; i++) {
    const pool = rnd() < 0.5 ? TOKENS : words;
    out += pool[Math.floor(rnd() * pool.length)] + (rnd() < 0.1 ? "\n" : " ");
  }
  return out;
}
