// stdlib/metrics/jieba.ts — Chinese word segmentation, jieba precise mode with HMM and the default
// dictionary (what the reference's `jieba.cut(text, cut_all=False)` does). Loaded on first use: the
// dictionary takes a while to read and most scoring never needs it.
import { createRequire } from "node:module";

interface JiebaLike { cut(sentence: string, hmm?: boolean): string[] }

let instance: JiebaLike | undefined;

function jieba(): JiebaLike {
  if (!instance) {
    const require = createRequire(import.meta.url);
    const { Jieba } = require("@node-rs/jieba") as { Jieba: { withDict(d: Uint8Array): JiebaLike } };
    const { dict } = require("@node-rs/jieba/dict.js") as { dict: Uint8Array };
    instance = Jieba.withDict(dict);
  }
  return instance;
}

/** The words of `text` in precise mode; joining them gives back `text`. */
export function cutPrecise(text: string): string[] {
  return text === "" ? [] : jieba().cut(text, true);
}

/** `" ".join(jieba.cut(text))`, the form the reference hands to ROUGE. */
export function segmentZh(text: string): string {
  return cutPrecise(text).join(" ");
}
