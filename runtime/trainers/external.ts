// runtime/trainers/external.ts — a trainer in another process (any language), started with execa and
// driven one request at a time over protocol.ts's JSON lines. A child that dies, talks nonsense or
// answers with an error becomes an error naming the request, the exit code and its stderr's tail.
import { createInterface } from "node:readline";
import { execa, type ResultPromise } from "execa";
import type { z } from "zod";
import type { UpdateConfig } from "../../compiler/ir.js";
import { TrainerError, type TrainResult, type Trainer } from "../trainer.js";
import { ANSWERS, PROTOCOL_VERSION, Reply, toWireBatch, type Request } from "./protocol.js";

export interface ExternalTrainerOptions {
  /** argv of the trainer process: the recipe's `command`. */
  command: readonly string[];
  /** The recipe's update settings, sent in the hello. */
  config: z.output<typeof UpdateConfig>;
  cwd?: string;
  /** Extra environment for the child (added to golong's own). */
  env?: Record<string, string>;
  /** How long the trainer may take to answer the hello; default 60 s. Updates have no limit. */
  helloTimeoutMs?: number;
  /** Receives the trainer's `log` messages and its stderr lines. */
  log?: (line: string) => void;
  golongVersion?: string;
}

export { TrainerError } from "../trainer.js";

const STDERR_TAIL_BYTES = 4096;

interface Pending { type: Request["type"]; resolve: (r: Reply) => void; reject: (e: Error) => void }

export async function createExternalTrainer(o: ExternalTrainerOptions): Promise<Trainer> {
  if (o.command.length === 0) throw new TrainerError("external trainer: the recipe's update.command is empty");
  const [file, ...args] = o.command;
  const shown = o.command.join(" ");
  let child: ResultPromise<{ stdin: "pipe"; stdout: "pipe"; stderr: "pipe"; buffer: false; reject: false }>;
  try {
    child = execa(file, args, {
      stdin: "pipe", stdout: "pipe", stderr: "pipe", buffer: false, reject: false,
      ...(o.cwd ? { cwd: o.cwd } : {}), ...(o.env ? { env: o.env } : {}),
    });
  } catch (e) {
    throw new TrainerError(`external trainer \`${shown}\` could not start: ${(e as Error).message}`);
  }

  let stderrTail = "";
  createInterface({ input: child.stderr, crlfDelay: Infinity }).on("line", (line) => {
    stderrTail = (stderrTail + line + "\n").slice(-STDERR_TAIL_BYTES);
    o.log?.(`[trainer] ${line}`);
  });
  const tail = () => (stderrTail.trim() ? `; stderr ends with:\n${stderrTail.trimEnd()}` : "; it wrote nothing to stderr");

  let pending: Pending | undefined;
  let requestId = 0;
  let dead: Error | undefined;
  const fail = (e: Error) => {
    if (!dead) dead = e;
    const p = pending;
    pending = undefined;
    p?.reject(e);
  };

  createInterface({ input: child.stdout, crlfDelay: Infinity }).on("line", (line) => {
    if (line.trim() === "") return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      fail(new TrainerError(`external trainer \`${shown}\` wrote a line that is not JSON to stdout (logs belong on stderr): ${line.slice(0, 200)}`));
      child.kill();
      return;
    }
    const parsed = Reply.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      fail(new TrainerError(`external trainer \`${shown}\` sent a message golong does not understand (${issue.path.join(".") || "message"}: ${issue.message}): ${line.slice(0, 200)}`));
      child.kill();
      return;
    }
    const reply = parsed.data;
    if (reply.type === "log") { o.log?.(`[trainer] ${reply.message}`); return; }
    if (reply.type === "error" && reply.id === undefined) { fail(new TrainerError(`external trainer \`${shown}\` reported a fatal error: ${reply.message}`)); return; }
    if (!pending || reply.id !== requestId) {
      fail(new TrainerError(`external trainer \`${shown}\` answered request ${reply.id ?? "?"} but golong is waiting for ${pending ? `request ${requestId}` : "nothing"}`));
      child.kill();
      return;
    }
    const p = pending;
    pending = undefined;
    if (reply.type === "error") p.reject(new TrainerError(`external trainer \`${shown}\` could not ${p.type}: ${reply.message}`));
    else if (reply.type !== ANSWERS[p.type]) p.reject(new TrainerError(`external trainer \`${shown}\` answered a ${p.type} request with "${reply.type}" (expected "${ANSWERS[p.type]}")`));
    else p.resolve(reply);
  });

  const exited = child.then((r) => {
    const how = r.signal ? `was killed by ${r.signal}`
      : r.exitCode === undefined ? `could not start (${r.originalMessage || r.shortMessage})`
      : `exited with code ${r.exitCode}`;
    fail(new TrainerError(`external trainer \`${shown}\` ${how}${pending ? ` while handling ${pending.type}` : ""}${tail()}`));
    return r;
  });
  child.stdin.on("error", () => { /* a closed pipe shows up as the exit above */ });

  async function call(request: Request, timeoutMs?: number): Promise<Reply> {
    if (dead) throw dead;
    if (pending) throw new TrainerError(`external trainer: ${request.type} sent while ${pending.type} is still running`);
    requestId = request.id;
    const reply = new Promise<Reply>((resolve, reject) => { pending = { type: request.type, resolve, reject }; });
    reply.catch(() => { /* observed below; a child that dies mid-write must not be an unhandled rejection */ });
    const line = JSON.stringify(request) + "\n";
    // A big batch fills the pipe: wait for it to drain, or for the child to die (then it never will).
    if (!child.stdin.write(line)) await Promise.race([new Promise<void>((resolve) => child.stdin.once("drain", resolve)), reply.then(() => {}, () => {})]);
    if (!timeoutMs) return reply;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new TrainerError(`external trainer \`${shown}\` did not answer ${request.type} within ${timeoutMs} ms${tail()}`)), timeoutMs);
    });
    try {
      return await Promise.race([reply, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  let nextId = 1;
  const hello = await call({ type: "hello", id: nextId++, protocol: PROTOCOL_VERSION, golong: o.golongVersion ?? "0.1.0", config: o.config as Record<string, unknown> }, o.helloTimeoutMs ?? 60_000)
    .catch(async (e) => { child.kill(); await exited; throw e; });
  if (hello.type === "hello" && hello.protocol !== PROTOCOL_VERSION) {
    child.kill();
    throw new TrainerError(`external trainer \`${shown}\` speaks protocol ${hello.protocol}; golong speaks ${PROTOCOL_VERSION}`);
  }

  return {
    name: `external:${hello.type === "hello" ? hello.name : "?"}`,
    async update(batch): Promise<TrainResult> {
      const r = await call(toWireBatch(batch, nextId++));
      if (r.type !== "updated") throw new TrainerError("unreachable");
      return { weights: r.weights, metrics: r.metrics };
    },
    async save(dir) { await call({ type: "save", id: nextId++, dir }); },
    async load(dir) { await call({ type: "load", id: nextId++, dir }); },
    async close() {
      if (!dead) {
        try {
          await call({ type: "shutdown", id: nextId++ }, 10_000);
        } catch { /* it is going away either way */ }
        child.stdin.end();
      }
      const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
