// runtime/engines/replay.ts — rollouts read back from a JSONL file of recorded responses, keyed by
// the prompt's uid (or, when a line has no uid, by its prompt). For tests, demos and re-scoring a
// past run without a model. The file is indexed once when the engine is created.
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { z } from "zod";
import type { ChatMessage, RolloutEngine, RolloutRequest, RolloutResult, Sample } from "../engine.js";
import type { Tokenizer } from "../tokenizer/index.js";
import { EngineError } from "./openai.js";

const Message = z.object({ role: z.enum(["system", "user", "assistant"]), content: z.string() }).passthrough();
const RecordedResponse = z.union([
  z.string(),
  z.object({
    text: z.string(),
    finish_reason: z.enum(["stop", "length", "error"]).optional(),
    logprobs: z.array(z.number()).optional(),
    tokens: z.array(z.number().int()).optional(),
  }).strict(),
]);

/** One line of a replay file: `{"uid": "train:12", "responses": ["...", ...]}`; `prompt` (text or
 *  chat messages) may key the line instead of, or as well as, `uid`; several lines for the same key
 *  add up. `response` is shorthand for a single response, with `finish_reason` beside it: so a run's
 *  own `rollouts/step-*.jsonl` lines replay as they are (their `prompt` is a {source, row}
 *  reference, not a key). */
export const ReplayLine = z.object({
  uid: z.string().optional(),
  prompt: z.union([z.string(), z.array(Message), z.object({}).passthrough()]).optional(),
  responses: z.array(RecordedResponse).optional(),
  response: RecordedResponse.optional(),
  finish_reason: z.enum(["stop", "length", "error"]).optional(),
}).passthrough().refine((l) => l.uid !== undefined || typeof l.prompt === "string" || Array.isArray(l.prompt), { message: "a line needs a uid or a prompt (text or chat messages)" })
  .refine((l) => l.responses !== undefined || l.response !== undefined, { message: "a line needs responses (a list) or response" });
export type ReplayLine = z.infer<typeof ReplayLine>;

export interface ReplayEngineOptions {
  file: string;
  tokenizer?: Tokenizer;
}

/** The key of a prompt: plain text is the same prompt as one user message. */
export function promptKey(prompt: string | readonly ChatMessage[]): string {
  const messages = typeof prompt === "string" ? [{ role: "user", content: prompt }] : prompt;
  return JSON.stringify(messages.map((m) => [m.role, m.content]));
}

export async function createReplayEngine(o: ReplayEngineOptions): Promise<RolloutEngine> {
  const byUid = new Map<string, Sample[]>();
  const byPrompt = new Map<string, Sample[]>();
  const add = (map: Map<string, Sample[]>, key: string, samples: Sample[]) => {
    const list = map.get(key);
    if (list) list.push(...samples); else map.set(key, [...samples]);
  };
  const stream = createReadStream(o.file, { encoding: "utf8" });
  const opened = await new Promise<Error | null>((resolve) => {
    stream.once("open", () => resolve(null));
    stream.once("error", (e) => resolve(e));
  });
  if (opened) throw new EngineError(`replay engine: cannot read ${o.file}: ${(opened as NodeJS.ErrnoException).code ?? opened.message}`);
  let lineNo = 0;
  for await (const raw of createInterface({ input: stream, crlfDelay: Infinity })) {
    lineNo++;
    if (raw.trim() === "") continue;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (e) {
      throw new EngineError(`replay engine: ${o.file} line ${lineNo}: not valid JSON (${(e as Error).message})`);
    }
    const parsed = ReplayLine.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new EngineError(`replay engine: ${o.file} line ${lineNo}: ${issue.path.length ? issue.path.join(".") + ": " : ""}${issue.message}`);
    }
    const line = parsed.data;
    const single = typeof line.response === "string" && line.finish_reason ? { text: line.response, finish_reason: line.finish_reason } : line.response;
    const samples = [...(line.responses ?? []), ...(single !== undefined ? [single] : [])].map((r) => toSample(r, o.tokenizer));
    if (line.uid !== undefined) add(byUid, line.uid, samples);
    if (typeof line.prompt === "string" || Array.isArray(line.prompt)) add(byPrompt, promptKey(line.prompt as string | ChatMessage[]), samples);
  }

  function replay(req: RolloutRequest): RolloutResult {
    const recorded = byUid.get(req.uid) ?? byPrompt.get(promptKey(req.messages));
    if (!recorded) throw new EngineError(`replay engine: ${o.file} has no responses for uid ${req.uid} (nor for its prompt)`);
    if (recorded.length < req.sampling.n)
      throw new EngineError(`replay engine: ${o.file} has ${recorded.length} response${recorded.length === 1 ? "" : "s"} for uid ${req.uid}, the rollout asks for n = ${req.sampling.n}`);
    return { uid: req.uid, samples: recorded.slice(0, req.sampling.n).map((s) => ({ ...s })) };
  }

  return {
    name: "replay",
    generate: async (requests) => requests.map(replay),
    close: async () => {},
  };
}

function toSample(r: z.infer<typeof RecordedResponse>, tokenizer?: Tokenizer): Sample {
  const text = typeof r === "string" ? r : r.text;
  const sample: Sample = { text, finishReason: typeof r === "string" ? "stop" : r.finish_reason ?? "stop" };
  if (typeof r !== "string" && r.tokens) sample.tokens = Int32Array.from(r.tokens);
  else if (tokenizer) sample.tokens = tokenizer.encode(text);
  if (typeof r !== "string" && r.logprobs) sample.logprobs = Float32Array.from(r.logprobs);
  return sample;
}
