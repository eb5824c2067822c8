// runtime/steps/generate.ts — one generation batch through rollout → verify → gate, streamed: chunks
// of prompts go to the engine while earlier chunks are verified, through bounded queues, each node
// holding its resources (GPU slots, CPU workers) while it runs. Groups come out in prompt order.
import type { RolloutEngine, SamplingParams, Sample } from "../engine.js";
import { chunks, collect, stage, type ResourcePool, type ResourceRequest } from "../scheduler/index.js";
import { seedFor } from "../scheduler/seeds.js";
import type { GateFn, TaskRecord, Verifier } from "./ports.js";

export interface ScoredSample extends Sample { score: number; flags: string[] }
export interface ScoredGroup { prompt: TaskRecord; samples: ScoredSample[] }

export interface GenerateOptions {
  engine: RolloutEngine;
  verifier: Verifier;
  gate?: GateFn;
  sampling: Omit<SamplingParams, "seed">;
  /** Seed path: every request's sampling seed is seedFor(seed, ...seedPath, uid). */
  seed: number;
  seedPath: (string | number)[];
  /** Prompts per engine call; engines parallelise inside a call. */
  chunkPrompts: number;
  /** Engine calls in flight at once, and verify calls in flight at once. */
  rolloutConcurrency: number;
  verifyConcurrency: number;
  queueCapacity: number;
  pool?: ResourcePool;
  rolloutResources?: ResourceRequest;
  verifyResources?: ResourceRequest;
  signal?: AbortSignal;
  /** DAPO overlong penalty: a response longer than maxResponseTokens − bufferTokens loses
   *  penaltyFactor × (excess / bufferTokens), added to its score after the gates. */
  overlong?: { bufferTokens: number; penaltyFactor: number; maxResponseTokens: number } | null;
  /** Response length in tokens when the engine gave no token ids (the penalty needs it). */
  tokenize?: (text: string) => Int32Array;
  onProgress?: (phase: "rollout" | "verify", donePrompts: number, totalPrompts: number) => void;
}

/** Engine calls in flight: enough chunks to keep `requests` requests busy, plus one queued so the
 *  engine never waits for the next chunk. */
export function engineCalls(requests: number, chunkPrompts: number): number {
  return Math.max(1, Math.ceil(requests / Math.max(1, chunkPrompts))) + 1;
}

/** An engine failure, reported with what failed. */
export class RolloutError extends Error {}

export async function generateGroups(prompts: readonly TaskRecord[], o: GenerateOptions): Promise<ScoredGroup[]> {
  const total = prompts.length;
  let rolled = 0;
  let verified = 0;
  const generated = stage(chunks(prompts, Math.max(1, o.chunkPrompts)), async (chunk) => {
    const requests = chunk.map((p) => ({
      uid: p.uid,
      messages: p.messages,
      sampling: { ...o.sampling, seed: seedFor(o.seed, ...o.seedPath, p.uid) },
    }));
    let results;
    try {
      results = await o.engine.generate(requests, o.signal);
    } catch (e) {
      if (o.signal?.aborted) throw o.signal.reason; // stopped on purpose (Ctrl-C), not an engine fault
      throw new RolloutError(`rollout engine '${o.engine.name}' failed: ${(e as Error).message ?? String(e)}`);
    }
    const byUid = new Map(results.map((r) => [r.uid, r.samples]));
    const out = chunk.map((p) => {
      const samples = byUid.get(p.uid);
      if (!samples || samples.length !== o.sampling.n) {
        throw new RolloutError(`rollout engine '${o.engine.name}' returned ${samples ? samples.length : "no"} samples for prompt ${p.uid} (expected ${o.sampling.n})`);
      }
      return { prompt: p, samples };
    });
    rolled += chunk.length;
    o.onProgress?.("rollout", rolled, total);
    return out;
  }, { concurrency: engineCalls(o.rolloutConcurrency, o.chunkPrompts), capacity: o.queueCapacity, pool: o.pool, resources: o.rolloutResources, signal: o.signal });

  const scored = stage(generated, async (batch) => {
    const items = batch.flatMap((g) => g.samples.map((s) => ({ task: g.prompt.task, record: g.prompt.record, output: s.text })));
    const results = await o.verifier.verify(items, o.signal);
    if (results.length !== items.length) throw new Error(`verifier returned ${results.length} results for ${items.length} responses`);
    let k = 0;
    const groups = batch.map((g) => ({
      prompt: g.prompt,
      samples: g.samples.map((s) => {
        const r = results[k++];
        const flags = [...r.flags];
        let score = Number.isFinite(r.score) ? r.score : 0;
        if (!Number.isFinite(r.score)) flags.push("non_finite_score");
        if (o.gate && !o.gate(g.prompt.record, s.text)) {
          score = 0;
          flags.push("gated");
        }
        if (s.finishReason === "error") flags.push("engine_error");
        if (o.overlong && o.overlong.bufferTokens > 0) {
          const penalty = overlongPenalty(s, o.overlong, o.tokenize);
          if (penalty < 0) {
            score += penalty;
            flags.push("overlong");
          }
        }
        return { ...s, score, flags };
      }),
    }));
    verified += batch.length;
    o.onProgress?.("verify", verified, total);
    return groups;
  }, { concurrency: o.verifyConcurrency, capacity: o.queueCapacity, pool: o.pool, resources: o.verifyResources, signal: o.signal });

  return (await collect(scored)).flat();
}

/** The DAPO overlong reward: min(−(length − (max − buffer)) / buffer × factor, 0). */
export function overlongPenalty(s: Sample, o: { bufferTokens: number; penaltyFactor: number; maxResponseTokens: number }, tokenize?: (t: string) => Int32Array): number {
  const length = s.tokens?.length ?? tokenize?.(s.text).length;
  if (length === undefined) throw new RolloutError("the overlong penalty needs response lengths in tokens: the engine gave no token ids and the model has no tokenizer");
  const exceed = length - (o.maxResponseTokens - o.bufferTokens);
  return Math.min((-exceed / o.bufferTokens) * o.penaltyFactor, 0);
}

/** Population spread test of dynamic sampling: true when the group's scores are not all equal. */
export function hasSpread(g: ScoredGroup): boolean {
  const s = g.samples;
  for (let i = 1; i < s.length; i++) if (s[i].score !== s[0].score) return true;
  return false;
}

/** The DAPO filter: keep a group if its scores vary or it has a single response. */
export function keepGroup(g: ScoredGroup): boolean {
  return g.samples.length <= 1 || hasSpread(g);
}
