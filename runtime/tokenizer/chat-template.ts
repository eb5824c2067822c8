// runtime/tokenizer/chat-template.ts — chat templates golong renders itself. tokenizer_config.json
// holds a Jinja template, which golong does not execute; instead it recognises the model family by
// its special tokens and renders that family's format (docs/data.md lists them).
import type { ChatMessage } from "../engine.js";

export interface ChatTemplate {
  name: "golong" | "chatml" | "llama3";
  render(messages: readonly ChatMessage[]): string;
}

// golong's own format (the embedded model): <bos><|user|>...<|assistant|>...<eos>...<|assistant|>.
// There is no system token: a system message is the first user turn's opening paragraph.
function golong(bos: string): ChatTemplate {
  return {
    name: "golong",
    render(messages) {
      let out = bos;
      let pendingSystem = "";
      for (const m of messages) {
        if (m.role === "system") { pendingSystem += m.content + "\n\n"; continue; }
        if (m.role === "user") { out += "<|user|>" + pendingSystem + m.content; pendingSystem = ""; } else out += "<|assistant|>" + m.content + "<eos>";
      }
      if (pendingSystem) out += "<|user|>" + pendingSystem.trimEnd();
      return out + "<|assistant|>";
    },
  };
}

// Qwen and many others: <|im_start|>role\ncontent<|im_end|>\n, then the assistant header.
const chatml: ChatTemplate = {
  name: "chatml",
  render: (messages) =>
    messages.map((m) => `<|im_start|>${m.role}\n${m.content}<|im_end|>\n`).join("") + "<|im_start|>assistant\n",
};

const llama3: ChatTemplate = {
  name: "llama3",
  render: (messages) =>
    "<|begin_of_text|>" +
    messages.map((m) => `<|start_header_id|>${m.role}<|end_header_id|>\n\n${m.content.trim()}<|eot_id|>`).join("") +
    "<|start_header_id|>assistant<|end_header_id|>\n\n",
};

/** The template for a vocabulary, recognised by its special tokens. */
export function chatTemplateFor(has: (token: string) => boolean, bosToken: string | undefined): ChatTemplate {
  if (has("<|im_start|>") && has("<|im_end|>")) return chatml;
  if (has("<|start_header_id|>") && has("<|eot_id|>")) return llama3;
  return golong(has("<|user|>") && bosToken ? bosToken : "");
}
