// runtime/engines/openai.ts — rollouts from any OpenAI-compatible chat/completions server (vLLM,
// SGLang): bounded concurrency, per-request timeouts, retries with backoff and jitter, `n` samples a
// prompt (topped up when a server returns fewer), and the tokens' log-probs when the server has them.
import { z } from "zod";
import type { RolloutEngine, RolloutRequest, RolloutResult, Sample } from "../engine.js";
import type { Tokenizer } from "../tokenizer/index.js";
import { backoffDelayMs, sleep, type BackoffOptions } from "./backoff.js";
import { Limiter } from "./limiter.js";

export interface OpenAiEngineOptions {
  /** Base URL up to and including the API version, e.g. `http://127.0.0.1:8000/v1`. */
  endpoint: string;
  /** The served model's name (the request's `model`). */
  model: string;
  concurrency: number;
  timeoutMs: number;
  /** Retries after the first attempt (so retries + 1 attempts in all). */
  retries: number;
  apiKey?: string;
  backoff?: BackoffOptions;
  /** Ask for log-probs of the sampled tokens (default true; servers that refuse are retried without). */
  logprobs?: boolean;
  /** When given, responses are tokenised with it (the trainer needs token ids). */
  tokenizer?: Tokenizer;
  /** Ask the server for the sampled token ids (vLLM's `return_tokens_as_token_ids`): the trainer
   *  then gets exactly the tokens that were sampled, with their log-probs, instead of a
   *  re-tokenisation of the text, which may split differently. */
  tokenIds?: boolean;
  fetch?: typeof fetch;
}

export class EngineError extends Error {}

// The parts of the response golong reads; everything else is ignored.
const ChatCompletion = z.object({
  choices: z.array(z.object({
    index: z.number().int().optional(),
    message: z.object({ content: z.string().nullable() }).passthrough(),
    finish_reason: z.string().nullable().optional(),
    logprobs: z.object({
      content: z.array(z.object({ token: z.string(), logprob: z.number() }).passthrough()).nullable().optional(),
    }).passthrough().nullable().optional(),
  }).passthrough()),
}).passthrough();
type ChatCompletion = z.infer<typeof ChatCompletion>;

/** A failed attempt: whether trying again may help, and what to tell the user. */
class AttemptError extends Error {
  constructor(message: string, readonly retryable: boolean) { super(message); }
}

const TOKEN_ID = /^token_id:\d+$/;

const excerpt = (s: string, n = 300) => (s.length > n ? s.slice(0, n) + "…" : s).replace(/\s+/g, " ").trim();

export function createOpenAiEngine(o: OpenAiEngineOptions): RolloutEngine {
  const limiter = new Limiter(o.concurrency);
  const doFetch = o.fetch ?? fetch;
  const url = o.endpoint.replace(/\/+$/, "") + "/chat/completions";
  const backoff = o.backoff ?? { baseMs: 500, maxMs: 30_000 };
  let wantLogprobs = o.logprobs ?? true;

  async function attempt(body: Record<string, unknown>, signal?: AbortSignal): Promise<ChatCompletion> {
    const timeout = AbortSignal.timeout(o.timeoutMs);
    const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
    let res: Response;
    let text: string;
    try {
      res = await doFetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", ...(o.apiKey ? { authorization: `Bearer ${o.apiKey}` } : {}) },
        body: JSON.stringify(body),
        signal: combined,
      });
      text = await res.text();
    } catch (e) {
      if (signal?.aborted) throw signal.reason;
      if (timeout.aborted) throw new AttemptError(`no answer within ${o.timeoutMs} ms`, true);
      const cause = (e as { cause?: { code?: string; message?: string } }).cause;
      throw new AttemptError(`cannot reach ${url}: ${cause?.code ?? cause?.message ?? (e as Error).message}`, true);
    }
    if (!res.ok) {
      const retryable = res.status >= 500 || res.status === 408 || res.status === 429;
      throw new AttemptError(`HTTP ${res.status}: ${excerpt(text) || res.statusText}`, retryable);
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new AttemptError(`malformed JSON in the response: ${excerpt(text)}`, true);
    }
    const parsed = ChatCompletion.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new AttemptError(`unexpected response shape (${issue.path.join(".") || "root"}: ${issue.message}): ${excerpt(text)}`, true);
    }
    return parsed.data;
  }

  async function withRetries(uid: string, body: Record<string, unknown>, signal?: AbortSignal): Promise<ChatCompletion> {
    let last: AttemptError | undefined;
    let attempts = 0;
    for (let i = 0; i <= o.retries; i++) {
      if (i > 0) await sleep(backoffDelayMs(i - 1, backoff), signal);
      attempts++;
      try {
        return await limiter.run(() => attempt(body, signal));
      } catch (e) {
        if (!(e instanceof AttemptError)) throw e;
        // Some servers reject `logprobs` (or vLLM's token-id option); ask once more without them
        // rather than fail the run.
        if (!e.retryable && "logprobs" in body && /logprob|token_ids/i.test(e.message)) {
          wantLogprobs = false;
          delete body.logprobs;
          delete body.return_tokens_as_token_ids;
          attempts--;
          i--;
          continue;
        }
        last = e;
        if (!e.retryable) break;
      }
    }
    throw new EngineError(`openai engine: request for uid ${uid} to ${url} failed${attempts > 1 ? ` after ${attempts} attempts` : ""}: ${last?.message}`);
  }

  function toSample(choice: ChatCompletion["choices"][number]): Sample {
    const text = choice.message.content ?? "";
    const finishReason = choice.finish_reason === "length" ? "length" : "stop";
    const sample: Sample = { text, finishReason };
    const lp = choice.logprobs?.content;
    // vLLM spells sampled tokens "token_id:123" when asked to: those are the ids themselves.
    if (lp && lp.length > 0 && lp.every((t) => TOKEN_ID.test(t.token))) {
      sample.tokens = Int32Array.from(lp, (t) => Number(t.token.slice(9)));
      sample.logprobs = Float32Array.from(lp, (t) => t.logprob);
    } else if (o.tokenizer) {
      sample.tokens = o.tokenizer.encode(text);
      // Token log-probs line up with our tokens only when the server tokenised the same way.
      if (lp && lp.length === sample.tokens.length) sample.logprobs = Float32Array.from(lp, (t) => t.logprob);
    } else if (lp) {
      sample.logprobs = Float32Array.from(lp, (t) => t.logprob);
    }
    return sample;
  }

  async function generateOne(req: RolloutRequest, signal?: AbortSignal): Promise<RolloutResult> {
    const samples: Sample[] = [];
    const s = req.sampling;
    // A server may return fewer choices than `n` (some cap it); ask again for the rest.
    for (let round = 0; samples.length < s.n; round++) {
      const want = s.n - samples.length;
      const body: Record<string, unknown> = {
        model: o.model,
        messages: req.messages.map((m) => ({ role: m.role, content: m.content })),
        n: want,
        temperature: s.temperature,
        top_p: s.topP,
        max_tokens: s.maxResponseTokens,
        seed: s.seed + round,
        ...(s.topK > 0 ? { top_k: s.topK } : {}),
        ...(wantLogprobs ? { logprobs: true, ...(o.tokenIds ? { return_tokens_as_token_ids: true } : {}) } : {}),
      };
      const completion = await withRetries(req.uid, body, signal);
      if (completion.choices.length === 0) throw new EngineError(`openai engine: request for uid ${req.uid} to ${url} returned no choices`);
      for (const c of completion.choices.slice(0, want)) samples.push(toSample(c));
    }
    return { uid: req.uid, samples };
  }

  return {
    name: "openai",
    async generate(requests, signal) {
      // The first failure cancels the batch's other requests: the caller gets one clear error and
      // no requests keep running behind it.
      const batch = new AbortController();
      const combined = signal ? AbortSignal.any([signal, batch.signal]) : batch.signal;
      try {
        return await Promise.all(requests.map((r) => generateOne(r, combined).catch((e) => { batch.abort(e); throw e; })));
      } finally {
        batch.abort();
      }
    },
    close: async () => {},
  };
}
