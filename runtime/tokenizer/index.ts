// runtime/tokenizer/index.ts — tokenizers: load a Hugging Face tokenizer.json, or make golong's own.
export { loadTokenizer, tokenizerFromJson, TokenizerError, type Tokenizer } from "./tokenizer.js";
export { makeTokenizerJson, learnMerges, toByteSymbols, SPECIAL_TOKENS, type MakeTokenizerOptions } from "./make-tokenizer.js";
export { chatTemplateFor, type ChatTemplate } from "./chat-template.js";
