// runtime/tokenizer/make-tokenizer.ts — writes golong's own tokenizer as a Hugging Face
// `tokenizer.json`: byte-level BPE over the 256 bytes plus golong's special tokens and optional
// merges, so the embedded model and a real model's tokenizer go through the same loader.

/** The special tokens every golong-made tokenizer has, in id order (ids 0..4). */
export const SPECIAL_TOKENS = ["<pad>", "<bos>", "<eos>", "<|user|>", "<|assistant|>"] as const;

export interface MakeTokenizerOptions {
  /** Extra special tokens after the five standard ones (e.g. "<think>", "</think>"). */
  extraSpecialTokens?: readonly string[];
  /** BPE merges over byte symbols, in priority order, as pairs of strings of plain text
   *  (["h", "e"], ["he", "llo"]); each creates one token. Leave out for a pure byte tokenizer. */
  merges?: ReadonlyArray<readonly [string, string]>;
}

// GPT-2's reversible byte -> printable character map: the ByteLevel pre-tokenizer and decoder of
// the tokenizers library use it, so vocab entries must be spelt with it.
function byteToSymbol(): string[] {
  const printable: number[] = [];
  for (let b = 33; b <= 126; b++) printable.push(b);
  for (let b = 161; b <= 172; b++) printable.push(b);
  for (let b = 174; b <= 255; b++) printable.push(b);
  const table = new Array<string>(256);
  for (const b of printable) table[b] = String.fromCodePoint(b);
  let next = 256;
  for (let b = 0; b < 256; b++) if (table[b] === undefined) table[b] = String.fromCodePoint(next++);
  return table;
}

const SYMBOLS = byteToSymbol();

/** Spells plain text the way byte-level vocab entries are spelt. */
export function toByteSymbols(text: string): string {
  let out = "";
  for (const b of new TextEncoder().encode(text)) out += SYMBOLS[b];
  return out;
}

/** The tokenizer.json object (JSON.stringify it to write the file). Ids: specials first, then the
 *  256 bytes in byte order, then one id per merge. */
export function makeTokenizerJson(options: MakeTokenizerOptions = {}): Record<string, unknown> {
  const specials = [...SPECIAL_TOKENS, ...(options.extraSpecialTokens ?? [])];
  if (new Set(specials).size !== specials.length) throw new Error("makeTokenizerJson: duplicate special token");
  const vocab: Record<string, number> = {};
  specials.forEach((s, i) => { vocab[s] = i; });
  for (let b = 0; b < 256; b++) vocab[SYMBOLS[b]] = specials.length + b;
  const merges: string[] = [];
  for (const [left, right] of options.merges ?? []) {
    const l = toByteSymbols(left);
    const r = toByteSymbols(right);
    if (!(l in vocab) || !(r in vocab)) throw new Error(`makeTokenizerJson: merge ${JSON.stringify([left, right])} uses a token not made yet`);
    if (l + r in vocab) continue;
    vocab[l + r] = Object.keys(vocab).length;
    merges.push(`${l} ${r}`);
  }
  const byteLevel = { type: "ByteLevel", add_prefix_space: false, trim_offsets: false, use_regex: false };
  return {
    version: "1.0",
    truncation: null,
    padding: null,
    added_tokens: specials.map((content, id) => ({
      id, content, single_word: false, lstrip: false, rstrip: false, normalized: false, special: true,
    })),
    normalizer: null,
    pre_tokenizer: byteLevel,
    post_processor: null,
    decoder: byteLevel,
    model: {
      type: "BPE", dropout: null, unk_token: null, continuing_subword_prefix: null, end_of_word_suffix: null,
      fuse_unk: false, byte_fallback: false, ignore_merges: false, vocab, merges,
    },
  };
}

/** Learns `count` merges from a corpus (most frequent adjacent pair first, ties by first seen), for
 *  a small model that wants fewer tokens than bytes. Merges ASCII text only; other characters stay
 *  byte tokens. Deterministic. */
export function learnMerges(corpus: readonly string[], count: number): Array<[string, string]> {
  const words = new Map<string, number>();
  for (const text of corpus) for (const w of text.split(/(?<=\s)|(?=\s)/u)) if (w) words.set(w, (words.get(w) ?? 0) + 1);
  // Only single-byte characters start as tokens (the byte vocab holds them whole).
  const seqs = [...words].map(([w, freq]) => ({ parts: [...w], freq }));
  const merges: Array<[string, string]> = [];
  for (let k = 0; k < count; k++) {
    const pairs = new Map<string, number>();
    for (const { parts, freq } of seqs)
      for (let i = 0; i + 1 < parts.length; i++) {
        if (!isTokenable(parts[i]) || !isTokenable(parts[i + 1])) continue;
        const key = parts[i] + "\u0000" + parts[i + 1];
        pairs.set(key, (pairs.get(key) ?? 0) + freq);
      }
    let best: string | undefined;
    let bestN = 1;
    for (const [key, n] of pairs) if (n > bestN) { best = key; bestN = n; }
    if (best === undefined) break;
    const [a, b] = best.split("\u0000");
    merges.push([a, b]);
    for (const s of seqs) s.parts = joinPair(s.parts, a, b);
  }
  return merges;
}

// Merges are learnt over ASCII only: an ASCII character is one byte token, so every merge's two
// halves already exist in the vocab.
function isTokenable(part: string): boolean {
  return /^[\x00-\x7f]+$/.test(part);
}

function joinPair(parts: string[], a: string, b: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    if (i + 1 < parts.length && parts[i] === a && parts[i + 1] === b) { out.push(a + b); i++; } else out.push(parts[i]);
  }
  return out;
}
