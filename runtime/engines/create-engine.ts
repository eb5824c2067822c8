// runtime/engines/create-engine.ts — the rollout engine a recipe names. `sglang` and `vllm` are
// OpenAI-compatible servers; `onnx` is the embedded engine, loaded only when asked for.
import { resolve } from "node:path";
import type { z } from "zod";
import type { ModelSpec, RolloutConfig as RolloutConfigSchema } from "../../compiler/ir.js";
import type { RolloutEngine } from "../engine.js";
import type { Tokenizer } from "../tokenizer/index.js";
import { createOpenAiEngine, EngineError } from "./openai.js";
import { createReplayEngine } from "./replay.js";

export type RolloutConfig = z.output<typeof RolloutConfigSchema>;

export interface EngineDeps {
  /** The recipe's model (the onnx engine builds it; openai uses its path as the model name). */
  model?: z.output<typeof ModelSpec>;
  tokenizer?: Tokenizer;
  /** Relative file paths (replay file) resolve against this. */
  baseDir?: string;
  /** Environment lookup for OPENAI_API_KEY (passed in, never read from process.env here). */
  env?: (name: string) => string | undefined;
  fetch?: typeof fetch;
  /** Passed through to the onnx engine (engineer 8's createOnnxEngine). */
  [extra: string]: unknown;
}

export async function createEngine(config: RolloutConfig, deps: EngineDeps = {}): Promise<RolloutEngine> {
  switch (config.engine) {
    case "openai":
    case "sglang":
    case "vllm": {
      const endpoint = config.endpoint;
      if (!endpoint) throw new EngineError(`rollout engine ${config.engine} needs an endpoint (the server's base URL, e.g. http://127.0.0.1:8000/v1)`);
      const model = config.modelName ?? (deps.model?.kind === "path" ? deps.model.path : undefined);
      if (!model) throw new EngineError(`rollout engine ${config.engine} needs the served model's name (model_name, or a model path)`);
      const apiKey = deps.env?.("OPENAI_API_KEY");
      return createOpenAiEngine({
        endpoint, model, concurrency: config.concurrency, timeoutMs: config.timeoutMs, retries: config.retries,
        // Only vLLM knows return_tokens_as_token_ids; other servers get text and our tokenizer.
        tokenIds: config.engine === "vllm",
        ...(apiKey ? { apiKey } : {}),
        ...(deps.tokenizer ? { tokenizer: deps.tokenizer } : {}),
        ...(deps.fetch ? { fetch: deps.fetch } : {}),
      });
    }
    case "replay": {
      if (!config.replayFile) throw new EngineError("rollout engine replay needs a replay file (replay_file: \"responses.jsonl\")");
      return createReplayEngine({ file: resolve(deps.baseDir ?? ".", config.replayFile), ...(deps.tokenizer ? { tokenizer: deps.tokenizer } : {}) });
    }
    case "onnx": {
      // A variable specifier: this folder builds before runtime/embedded exists.
      const embedded = "../embedded/index.js";
      const mod = (await import(embedded)) as { createOnnxEngine?: (config: RolloutConfig, deps: EngineDeps) => Promise<RolloutEngine> | RolloutEngine };
      if (typeof mod.createOnnxEngine !== "function") throw new EngineError("rollout engine onnx: runtime/embedded does not export createOnnxEngine");
      return mod.createOnnxEngine(config, deps);
    }
  }
}
