// runtime/tokenizer/tokenizer.ts — golong's Tokenizer over a Hugging Face `tokenizer.json` (read by
// @huggingface/tokenizers): token ids as Int32Array, special ids, and the chat template.
import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { Tokenizer as HfTokenizer } from "@huggingface/tokenizers";
import { z } from "zod";
import type { ChatMessage } from "../engine.js";
import { chatTemplateFor, type ChatTemplate } from "./chat-template.js";

export interface Tokenizer {
  readonly vocabSize: number;
  /** Token ids of `text`; special tokens written in the text (`<eos>`) become their ids. No BOS is
   *  added: the chat template writes it where the model wants one. */
  encode(text: string): Int32Array;
  /** Text of `ids`; special tokens are kept unless `skipSpecial`. */
  decode(ids: ArrayLike<number>, options?: { skipSpecial?: boolean }): string;
  readonly eosId: number;
  readonly padId: number;
  readonly bosId?: number;
  /** The id of a token spelt exactly so (special or not), or undefined. */
  tokenId(token: string): number | undefined;
  /** The prompt text for `messages`, ending where the assistant's answer starts. */
  applyChatTemplate(messages: readonly ChatMessage[]): string;
  /** Which template applyChatTemplate uses ("golong", "chatml", "llama3"). */
  readonly chatTemplate: ChatTemplate["name"];
}

export class TokenizerError extends Error {}

// Only what golong reads from tokenizer_config.json; the rest is ignored.
const TokenizerConfig = z.object({
  eos_token: z.union([z.string(), z.object({ content: z.string() }).passthrough()]).nullish(),
  bos_token: z.union([z.string(), z.object({ content: z.string() }).passthrough()]).nullish(),
  pad_token: z.union([z.string(), z.object({ content: z.string() }).passthrough()]).nullish(),
  chat_template: z.unknown().optional(),
}).passthrough();
type TokenizerConfig = z.infer<typeof TokenizerConfig>;

const TokenizerJson = z.object({
  model: z.object({ type: z.string(), vocab: z.unknown() }).passthrough(),
  added_tokens: z.array(z.object({ id: z.number().int(), content: z.string() }).passthrough()).default([]),
}).passthrough();

const tokenText = (t: TokenizerConfig["eos_token"]) => (t == null ? undefined : typeof t === "string" ? t : t.content);

/** Reads `path` (a tokenizer.json, or a directory holding one) and the tokenizer_config.json next
 *  to it when there is one. */
export async function loadTokenizer(path: string): Promise<Tokenizer> {
  const file = path.endsWith(".json") ? path : join(path, "tokenizer.json");
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (e) {
    throw new TokenizerError(`cannot read tokenizer ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new TokenizerError(`${file}: not valid JSON (${(e as Error).message})`);
  }
  let config: unknown = {};
  try {
    config = JSON.parse(await readFile(join(dirname(file), "tokenizer_config.json"), "utf8"));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw new TokenizerError(`${join(dirname(file), "tokenizer_config.json")}: ${(e as Error).message}`);
  }
  return tokenizerFromJson(json, config, file);
}

/** Builds a Tokenizer from the parsed tokenizer.json (and optional tokenizer_config.json). */
export function tokenizerFromJson(json: unknown, config: unknown = {}, where = "tokenizer.json"): Tokenizer {
  const parsedJson = TokenizerJson.safeParse(json);
  if (!parsedJson.success) {
    const issue = parsedJson.error.issues[0];
    throw new TokenizerError(`${where}: not a Hugging Face tokenizer.json (${issue.path.join(".") || "root"}: ${issue.message})`);
  }
  const parsedConfig = TokenizerConfig.safeParse(config ?? {});
  const cfg: TokenizerConfig = parsedConfig.success ? parsedConfig.data : {};
  let hf: HfTokenizer;
  try {
    hf = new HfTokenizer(json as object, cfg as object);
  } catch (e) {
    throw new TokenizerError(`${where}: the tokenizers library rejected it: ${(e as Error).message}`);
  }
  const vocab = hf.get_vocab(true);
  let maxId = -1;
  for (const id of vocab.values()) if (id > maxId) maxId = id;
  const idOf = (token: string | undefined) => (token === undefined ? undefined : hf.token_to_id(token));
  const firstId = (...names: Array<string | undefined>) => {
    for (const n of names) {
      const id = idOf(n);
      if (id !== undefined) return id;
    }
    return undefined;
  };
  const eosId = firstId(tokenText(cfg.eos_token), "<eos>", "</s>", "<|im_end|>", "<|eot_id|>", "<|endoftext|>");
  if (eosId === undefined) throw new TokenizerError(`${where}: no end-of-sequence token (set eos_token in tokenizer_config.json)`);
  const padId = firstId(tokenText(cfg.pad_token), "<pad>", "<|endoftext|>") ?? eosId;
  const bosId = firstId(tokenText(cfg.bos_token), "<bos>", "<s>", "<|begin_of_text|>");
  const template = chatTemplateFor((t) => vocab.has(t), bosId === undefined ? undefined : hf.id_to_token(bosId));
  return {
    vocabSize: maxId + 1,
    eosId,
    padId,
    ...(bosId === undefined ? {} : { bosId }),
    chatTemplate: template.name,
    encode: (text) => Int32Array.from(hf.encode(text, { add_special_tokens: false }).ids),
    // The library rejects an empty list; an empty response is a normal thing to decode.
    decode: (ids, options) => ids.length === 0 ? "" : hf.decode(Array.from(ids), { skip_special_tokens: options?.skipSpecial ?? false, clean_up_tokenization_spaces: false }),
    tokenId: (token) => hf.token_to_id(token),
    applyChatTemplate: (messages) => template.render(messages),
  };
}
