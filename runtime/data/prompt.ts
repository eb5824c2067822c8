// runtime/data/prompt.ts — a record's prompt as chat messages, and its length in tokens.
import type { ChatMessage } from "../engine.js";
import type { Tokenizer } from "../tokenizer/index.js";
import { fieldValue } from "../verify/index.js";

/** The prompt field (dotted path) as chat messages: verl-style message lists as they are, plain
 *  text as one user message. Undefined when the field is neither. */
export function promptMessages(record: Readonly<Record<string, unknown>>, promptField: string): ChatMessage[] | undefined {
  const v = fieldValue(record, promptField.split("."));
  if (typeof v === "string") return [{ role: "user", content: v }];
  if (!Array.isArray(v)) return undefined;
  const out: ChatMessage[] = [];
  for (const m of v) {
    if (!m || typeof m !== "object") return undefined;
    const { role, content } = m as Record<string, unknown>;
    if ((role !== "system" && role !== "user" && role !== "assistant") || typeof content !== "string") return undefined;
    out.push({ role, content });
  }
  return out;
}

/** Prompt token ids as the engine will see them: the chat template applied, then encoded (what
 *  verl's filter_overlong_prompts counts). */
export function promptTokens(tokenizer: Tokenizer, messages: readonly ChatMessage[]): Int32Array {
  return tokenizer.encode(tokenizer.applyChatTemplate(messages));
}
