// A small OpenAI-compatible chat/completions server for end-to-end runs, on 127.0.0.1. Responses are
// a pure function of (prompt, seed, choice): some right, some wrong, some half right, some without the
// closing think tag, so every reward path and the gate are exercised. Faults on demand.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export type Fault =
  | { kind: "none" }
  | { kind: "status"; status: number; times: number; afterRequests?: number }
  | { kind: "hang" }
  | { kind: "malformed" };

export interface FakeServer {
  url: string;
  requests: number;
  fault: Fault;
  latencyMs: number;
  close(): Promise<void>;
}

/** FNV-1a → [0, 1). */
export function unit(...parts: (string | number)[]): number {
  let h = 0x811c9dc5;
  for (const c of parts.join("\u0000")) {
    h ^= c.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d) >>> 0;
  h ^= h >>> 12;
  return (h >>> 0) / 4294967296;
}

/** The answer a prompt asks for is written in it after "ANSWER:" (the server plays a model that
 *  knows it half of the time). Lines separated by "|" become answer lines. */
export function respond(prompt: string, seed: number, choice: number): string {
  const m = /ANSWER:(.*)$/s.exec(prompt);
  const right = (m ? m[1].trim() : "").split("|").join("\n");
  const lines = right.split("\n");
  const r = unit(prompt, seed, choice);
  if (r < 0.4) return `<think>I know this.</think>\n${right}`;
  if (r < 0.6) return `<think>Part of it.</think>\n${lines.slice(0, Math.max(1, Math.ceil(lines.length / 2))).reverse().join("\n")}`;
  if (r < 0.9) return `<think>A guess.</think>\nwrong ${Math.floor(r * 1000)}`;
  return `${right}`; // no </think>: the think gate gives 0
}

export async function startServer(latencyMs = 0): Promise<FakeServer> {
  let server: Server;
  const state: FakeServer = {
    url: "", requests: 0, fault: { kind: "none" }, latencyMs,
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
  server = createServer((req, res) => {
    let body = "";
    req.on("data", (c) => { body += c; });
    req.on("end", async () => {
      state.requests++;
      const f = state.fault;
      if (f.kind === "hang") return; // never answers; the engine's timeout must fire
      if (f.kind === "status" && f.times > 0 && state.requests > (f.afterRequests ?? 0)) {
        f.times--;
        res.writeHead(f.status, { "content-type": "application/json" }).end(JSON.stringify({ error: { message: "server overloaded" } }));
        return;
      }
      if (f.kind === "malformed") {
        res.writeHead(200, { "content-type": "application/json" }).end("{\"choices\": [ {\"message\": ");
        return;
      }
      if (req.url !== "/v1/chat/completions" || req.method !== "POST") {
        res.writeHead(404).end("not found");
        return;
      }
      const r = JSON.parse(body) as { messages: { content: string }[]; n?: number; seed?: number };
      const prompt = r.messages.map((m) => m.content).join("\n");
      const n = r.n ?? 1;
      if (state.latencyMs) await new Promise((ok) => setTimeout(ok, state.latencyMs));
      const choices = Array.from({ length: n }, (_, i) => ({
        index: i, message: { role: "assistant", content: respond(prompt, r.seed ?? 0, i) }, finish_reason: "stop",
      }));
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ id: "x", object: "chat.completion", choices }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  return state;
}
