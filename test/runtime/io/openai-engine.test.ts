// The openai engine against a real HTTP server on 127.0.0.1 started by the test: n samples, a
// server that caps n, retries after 500s, timeouts, malformed JSON, a server that is down, the
// concurrency limit, cancellation. Every failure must say which request failed and why.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import type { RolloutRequest } from "../../../runtime/engine.js";
import { createEngine, createOpenAiEngine, EngineError, type OpenAiEngineOptions } from "../../../runtime/engines/index.js";
import { makeTokenizerJson, tokenizerFromJson } from "../../../runtime/tokenizer/index.js";

type Handler = (body: any, res: ServerResponse, req: IncomingMessage) => void;

let server: Server | undefined;
let bodies: any[] = [];

async function serve(handler: Handler): Promise<string> {
  bodies = [];
  server = createServer((req, res) => {
    let text = "";
    req.on("data", (c) => { text += c; });
    req.on("end", () => {
      const body = JSON.parse(text);
      bodies.push(body);
      handler(body, res, req);
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server!.address() as AddressInfo).port}/v1`;
}

afterEach(async () => {
  if (server) {
    server.closeAllConnections();
    await new Promise((resolve) => server!.close(resolve));
    server = undefined;
  }
});

const completion = (n: number, text = (i: number) => `answer ${i}`) => ({
  id: "x", object: "chat.completion",
  choices: Array.from({ length: n }, (_, i) => ({
    index: i, message: { role: "assistant", content: text(i) }, finish_reason: i === 0 ? "length" : "stop",
    logprobs: { content: [{ token: "a", logprob: -0.5 }, { token: "b", logprob: -1.25 }] },
  })),
});

const json = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(typeof body === "string" ? body : JSON.stringify(body));
};

const request = (uid: string, n = 2, topK = -1): RolloutRequest => ({
  uid, messages: [{ role: "system", content: "be brief" }, { role: "user", content: `q ${uid}` }],
  sampling: { n, temperature: 0.7, topP: 0.9, topK, maxResponseTokens: 64, seed: 11 },
});

const engine = (endpoint: string, over: Partial<OpenAiEngineOptions> = {}) =>
  createOpenAiEngine({ endpoint, model: "m", concurrency: 4, timeoutMs: 2_000, retries: 3, backoff: { baseMs: 1, maxMs: 5 }, ...over });

describe("openai engine", () => {
  it("sends the recipe's sampling settings and returns n samples with log-probs", async () => {
    const endpoint = await serve((body, res) => json(res, 200, completion(body.n)));
    const [r] = await engine(endpoint).generate([request("u1", 3, 20)]);
    expect(bodies).toHaveLength(1);
    expect(bodies[0]).toEqual({
      model: "m", messages: [{ role: "system", content: "be brief" }, { role: "user", content: "q u1" }],
      n: 3, temperature: 0.7, top_p: 0.9, max_tokens: 64, seed: 11, top_k: 20, logprobs: true,
    });
    expect(r.uid).toBe("u1");
    expect(r.samples.map((s) => s.text)).toEqual(["answer 0", "answer 1", "answer 2"]);
    expect(r.samples.map((s) => s.finishReason)).toEqual(["length", "stop", "stop"]);
    expect(Array.from(r.samples[1].logprobs!)).toEqual([-0.5, -1.25]);
  });

  it("leaves top_k out when it is off, and tokenises responses with the given tokenizer", async () => {
    const endpoint = await serve((body, res) => json(res, 200, completion(body.n, () => "ab")));
    const tokenizer = tokenizerFromJson(makeTokenizerJson());
    const [r] = await engine(endpoint, { tokenizer }).generate([request("u1", 1)]);
    expect("top_k" in bodies[0]).toBe(false);
    expect(Array.from(r.samples[0].tokens!)).toEqual(Array.from(tokenizer.encode("ab")));
    expect(r.samples[0].logprobs).toHaveLength(2);
  });

  it("asks again without logprobs when the server refuses them, and stops asking for them", async () => {
    const endpoint = await serve((body, res) => (body.logprobs ? json(res, 400, { error: { message: "logprobs is not supported by this model" } }) : json(res, 200, completion(body.n))));
    const e = engine(endpoint);
    const [a, b] = await e.generate([request("u1", 1), request("u2", 1)]);
    expect(a.samples).toHaveLength(1);
    expect(b.samples).toHaveLength(1);
    await e.generate([request("u3", 1)]);
    expect(bodies.at(-1)).not.toHaveProperty("logprobs");
    expect(bodies.filter((x) => x.logprobs)).toHaveLength(2);
  });

  it("takes vLLM's sampled token ids when it gives them, instead of re-tokenising", async () => {
    const endpoint = await serve((body, res) => json(res, 200, {
      choices: [{ index: 0, message: { content: "ab" }, finish_reason: "stop",
        logprobs: { content: body.return_tokens_as_token_ids ? [{ token: "token_id:900", logprob: -0.25 }, { token: "token_id:17", logprob: -2 }] : [{ token: "ab", logprob: -0.1 }] } }],
    }));
    const tokenizer = tokenizerFromJson(makeTokenizerJson());
    const [r] = await engine(endpoint, { tokenizer, tokenIds: true }).generate([request("u1", 1)]);
    expect(bodies[0].return_tokens_as_token_ids).toBe(true);
    expect(Array.from(r.samples[0].tokens!)).toEqual([900, 17]);
    expect(Array.from(r.samples[0].logprobs!)).toEqual([-0.25, -2]);
    // without ids, the text is re-tokenised and log-probs that do not line up are left out
    const [r2] = await engine(endpoint, { tokenizer }).generate([request("u2", 1)]);
    expect("return_tokens_as_token_ids" in bodies[1]).toBe(false);
    expect(Array.from(r2.samples[0].tokens!)).toEqual(Array.from(tokenizer.encode("ab")));
    expect(r2.samples[0].logprobs).toBeUndefined();
  });

  it("asks again for the rest when the server returns fewer than n choices", async () => {
    const endpoint = await serve((body, res) => json(res, 200, completion(Math.min(body.n, 2))));
    const [r] = await engine(endpoint).generate([request("u1", 5)]);
    expect(r.samples).toHaveLength(5);
    expect(bodies.map((b) => b.n)).toEqual([5, 3, 1]);
    expect(bodies.map((b) => b.seed)).toEqual([11, 12, 13]);
  });

  it("retries after a 500 and succeeds", async () => {
    let calls = 0;
    const endpoint = await serve((body, res) => (++calls === 1 ? json(res, 500, { error: "overloaded" }) : json(res, 200, completion(body.n))));
    const [r] = await engine(endpoint).generate([request("u1")]);
    expect(calls).toBe(2);
    expect(r.samples).toHaveLength(2);
  });

  it("gives up after the retries with the status and a body excerpt", async () => {
    const endpoint = await serve((_b, res) => json(res, 503, { error: { message: "engine is sleeping" } }));
    const err = await engine(endpoint, { retries: 2 }).generate([request("u7")]).catch((e) => e);
    expect(err).toBeInstanceOf(EngineError);
    expect(err.message).toMatch(/request for uid u7 .* failed after 3 attempts: HTTP 503: .*engine is sleeping/);
    expect(bodies).toHaveLength(3);
  });

  it("does not retry a 400: the request itself is wrong", async () => {
    const endpoint = await serve((_b, res) => json(res, 400, { error: { message: "max_tokens is too large" } }));
    const err = await engine(endpoint).generate([request("u2")]).catch((e) => e);
    expect(err.message).toMatch(/uid u2 .* failed: HTTP 400: .*max_tokens is too large/);
    expect(bodies).toHaveLength(1);
  });

  it("times a silent server out, then succeeds on the retry", async () => {
    let calls = 0;
    const endpoint = await serve((body, res) => { if (++calls > 1) json(res, 200, completion(body.n)); });
    const [r] = await engine(endpoint, { timeoutMs: 100 }).generate([request("u1")]);
    expect(calls).toBe(2);
    expect(r.samples).toHaveLength(2);
  });

  it("reports a server that never answers after every attempt timed out", async () => {
    const endpoint = await serve(() => {});
    const started = Date.now();
    const err = await engine(endpoint, { timeoutMs: 80, retries: 1 }).generate([request("u3")]).catch((e) => e);
    expect(err.message).toMatch(/uid u3 .* failed after 2 attempts: no answer within 80 ms/);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("retries malformed JSON and then names it", async () => {
    const endpoint = await serve((_b, res) => json(res, 200, "{ \"choices\": [ oops"));
    const err = await engine(endpoint, { retries: 1 }).generate([request("u4")]).catch((e) => e);
    expect(err.message).toMatch(/uid u4 .* after 2 attempts: malformed JSON in the response: \{ "choices": \[ oops/);
  });

  it("names a response of the wrong shape", async () => {
    const endpoint = await serve((_b, res) => json(res, 200, { choices: [{ text: "completions API, not chat" }] }));
    const err = await engine(endpoint, { retries: 0 }).generate([request("u5")]).catch((e) => e);
    expect(err.message).toMatch(/uid u5 .*unexpected response shape \(choices\.0\.message: Required\)/);
  });

  it("reports a server that is down after the retries, without hanging", async () => {
    const endpoint = await serve(() => {});
    server!.close();
    server = undefined;
    const err = await engine(endpoint, { retries: 2 }).generate([request("u6")]).catch((e) => e);
    expect(err.message).toMatch(/uid u6 .* failed after 3 attempts: cannot reach http:\/\/127\.0\.0\.1:\d+\/v1\/chat\/completions: ECONNREFUSED/);
  });

  it("keeps at most `concurrency` requests in flight", async () => {
    let active = 0;
    let peak = 0;
    const endpoint = await serve((body, res) => {
      peak = Math.max(peak, ++active);
      setTimeout(() => { active--; json(res, 200, completion(body.n)); }, 30);
    });
    const results = await engine(endpoint, { concurrency: 2 }).generate(Array.from({ length: 7 }, (_, i) => request(`u${i}`)));
    expect(results.map((r) => r.uid)).toEqual(Array.from({ length: 7 }, (_, i) => `u${i}`));
    expect(peak).toBe(2);
  });

  it("stops at once when the caller aborts", async () => {
    const endpoint = await serve(() => {});
    const abort = new AbortController();
    const pending = engine(endpoint, { timeoutMs: 60_000 }).generate([request("u1")], abort.signal);
    setTimeout(() => abort.abort(new Error("run cancelled")), 50);
    await expect(pending).rejects.toThrow("run cancelled");
  });

  it("is what createEngine gives for openai, sglang and vllm, and needs an endpoint", async () => {
    const endpoint = await serve((body, res) => json(res, 200, completion(body.n)));
    const base = { mode: "sync", n: 1, temperature: 1, topP: 1, topK: -1, maxPromptTokens: 10, maxResponseTokens: 10, truncation: "error", filterOverlongPrompts: false, tp: 1, concurrency: 2, timeoutMs: 1000, retries: 0, val: { n: 1, temperature: 0, topP: 1, topK: -1 } } as const;
    for (const name of ["openai", "sglang", "vllm"] as const) {
      const e = await createEngine({ ...base, engine: name, endpoint, modelName: "served" });
      const [r] = await e.generate([request("u1", 1)]);
      expect(r.samples).toHaveLength(1);
    }
    expect(bodies.every((b) => b.model === "served")).toBe(true);
    await expect(createEngine({ ...base, engine: "openai" })).rejects.toThrow(/needs an endpoint/);
    await expect(createEngine({ ...base, engine: "vllm", endpoint })).rejects.toThrow(/served model's name/);
  });
});
