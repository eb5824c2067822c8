// runtime/trainers/protocol.ts — the external-trainer protocol, version 1: JSON lines over the
// child's stdin (requests from golong) and stdout (replies from the trainer). One zod schema per
// message; docs/trainer-protocol.md is the prose version with an example session.
import { z } from "zod";
import type { TrainBatch, TrainSample } from "../trainer.js";

export const PROTOCOL_VERSION = 1 as const;

const Id = z.number().int().nonnegative();
const Metrics = z.record(z.number());
const Weights = z.object({ version: z.number().int().nonnegative(), path: z.string().optional() }).strict();

// ---- golong -> trainer ---------------------------------------------------------------------------

export const WireSample = z.object({
  uid: z.string(),
  task: z.string(),
  prompt_tokens: z.array(z.number().int()),
  response_tokens: z.array(z.number().int()),
  old_logprobs: z.array(z.number()),
  response_mask: z.array(z.union([z.literal(0), z.literal(1)])),
  advantage: z.number(),
  score: z.number(),
}).strict();
export type WireSample = z.infer<typeof WireSample>;

export const HelloRequest = z.object({
  type: z.literal("hello"), id: Id, protocol: z.literal(PROTOCOL_VERSION), golong: z.string(),
  /** The recipe's update settings (lr, clip, loss_agg, ...), as in the IR's UpdateConfig. */
  config: z.record(z.unknown()),
}).strict();
export const UpdateRequest = z.object({ type: z.literal("update"), id: Id, step: z.number().int().nonnegative(), samples: z.array(WireSample) }).strict();
export const SaveRequest = z.object({ type: z.literal("save"), id: Id, dir: z.string() }).strict();
export const LoadRequest = z.object({ type: z.literal("load"), id: Id, dir: z.string() }).strict();
export const ShutdownRequest = z.object({ type: z.literal("shutdown"), id: Id }).strict();
export const Request = z.discriminatedUnion("type", [HelloRequest, UpdateRequest, SaveRequest, LoadRequest, ShutdownRequest]);
export type Request = z.infer<typeof Request>;

// ---- trainer -> golong ---------------------------------------------------------------------------

export const HelloReply = z.object({ type: z.literal("hello"), id: Id, protocol: z.number().int(), name: z.string(), version: z.string().optional() }).strict();
export const UpdatedReply = z.object({ type: z.literal("updated"), id: Id, weights: Weights, metrics: Metrics.default({}) }).strict();
export const SavedReply = z.object({ type: z.literal("saved"), id: Id }).strict();
export const LoadedReply = z.object({ type: z.literal("loaded"), id: Id, weights: Weights }).strict();
export const ByeReply = z.object({ type: z.literal("bye"), id: Id }).strict();
/** The trainer could not do what request `id` asked; `id` is absent for a fatal error of its own. */
export const ErrorReply = z.object({ type: z.literal("error"), id: Id.optional(), message: z.string() }).strict();
/** A progress line from the trainer, shown in golong's log; answers nothing. */
export const LogReply = z.object({ type: z.literal("log"), message: z.string() }).strict();
export const Reply = z.discriminatedUnion("type", [HelloReply, UpdatedReply, SavedReply, LoadedReply, ByeReply, ErrorReply, LogReply]);
export type Reply = z.infer<typeof Reply>;

/** The reply type that answers each request type. */
export const ANSWERS = { hello: "hello", update: "updated", save: "saved", load: "loaded", shutdown: "bye" } as const;

export function toWireSample(s: TrainSample): WireSample {
  return {
    uid: s.uid,
    task: s.task,
    prompt_tokens: Array.from(s.promptTokens),
    response_tokens: Array.from(s.responseTokens),
    old_logprobs: Array.from(s.oldLogprobs),
    response_mask: Array.from(s.responseMask, (m) => (m ? 1 : 0)),
    advantage: s.advantage,
    score: s.score,
  };
}

export function toWireBatch(batch: TrainBatch, id: number): z.infer<typeof UpdateRequest> {
  return { type: "update", id, step: batch.step, samples: batch.samples.map(toWireSample) };
}
