// One generation batch through rollout → verify → gate: the engine never runs more than the queue
// bound ahead of a slow verifier (bounded memory), groups come back in prompt order, gates and the
// overlong penalty apply to scores with flags, and an engine returning the wrong count is an error.
import { describe, expect, it } from "vitest";
import { generateGroups, type GenerateOptions } from "../../../runtime/steps/index.js";
import type { RolloutEngine } from "../../../runtime/engine.js";
import { FakeEngine, fakeVerifier, memoryRecords } from "./fakes.js";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function options(over: Partial<GenerateOptions> = {}): GenerateOptions {
  return {
    engine: new FakeEngine(), verifier: fakeVerifier, sampling: { n: 3, temperature: 1, topP: 1, topK: -1, maxResponseTokens: 10 },
    seed: 1, seedPath: ["t"], chunkPrompts: 2, rolloutConcurrency: 2, verifyConcurrency: 1, queueCapacity: 2, ...over,
  };
}

describe("generateGroups", () => {
  it("keeps the engine at most the queue bound ahead of a slow verifier", async () => {
    let rolledChunks = 0, verifiedChunks = 0, maxAhead = 0;
    const engine = new FakeEngine();
    const counting: RolloutEngine = {
      name: "counting",
      async generate(reqs) {
        rolledChunks++;
        maxAhead = Math.max(maxAhead, rolledChunks - verifiedChunks);
        return engine.generate(reqs);
      },
      async close() {},
    };
    const slowVerifier = { async verify(items: Parameters<typeof fakeVerifier.verify>[0]) { await sleep(3); verifiedChunks++; return fakeVerifier.verify(items); }, async close() {} };
    const prompts = memoryRecords(80);
    const groups = await generateGroups(prompts, options({ engine: counting, verifier: slowVerifier, rolloutConcurrency: 2, queueCapacity: 2 }));
    expect(groups.map((g) => g.prompt.uid)).toEqual(prompts.map((p) => p.uid));
    expect(rolledChunks).toBe(40);
    // queue (2) + engine calls in flight (2 + 1 queued) + the verifier's own item + the one it holds
    expect(maxAhead).toBeLessThanOrEqual(2 + 3 + 2);
    expect(maxAhead).toBeGreaterThan(1); // it does run ahead, by a bounded amount
  });

  it("the same seeds give the same samples whatever the chunking and concurrency", async () => {
    const prompts = memoryRecords(12);
    const a = await generateGroups(prompts, options({ chunkPrompts: 1, rolloutConcurrency: 8 }));
    const b = await generateGroups(prompts, options({ chunkPrompts: 5, rolloutConcurrency: 1, engine: new FakeEngine(2) }));
    expect(b.map((g) => g.samples.map((s) => s.text))).toEqual(a.map((g) => g.samples.map((s) => s.text)));
  });

  it("a failed gate scores 0 with the flag 'gated'; the overlong penalty lowers long responses", async () => {
    const prompts = memoryRecords(6);
    const gated = await generateGroups(prompts, options({ gate: (rec) => (rec as { id: number }).id % 2 === 0 }));
    for (const g of gated) {
      for (const s of g.samples) {
        if ((g.prompt.record as { id: number }).id % 2 === 1) expect(s).toMatchObject({ score: 0, flags: ["gated"] });
        else expect(s.flags).toEqual([]);
      }
    }
    // every response tokenises to 8 tokens: 3 past max 10 − buffer 5, so −3/5 × 0.5 = −0.3
    const long = await generateGroups(prompts, options({ overlong: { bufferTokens: 5, penaltyFactor: 0.5, maxResponseTokens: 10 }, tokenize: () => new Int32Array(8) }));
    const plain = await generateGroups(prompts, options());
    long.forEach((g, i) => g.samples.forEach((s, j) => {
      expect(s.score).toBeCloseTo(plain[i].samples[j].score - 0.3, 12);
      expect(s.flags).toContain("overlong");
    }));
  });

  it("an engine that returns the wrong number of samples is a clear error", async () => {
    const short: RolloutEngine = { name: "short", async generate(reqs) { return reqs.map((r) => ({ uid: r.uid, samples: [{ text: "x", finishReason: "stop" as const }] })); }, async close() {} };
    await expect(generateGroups(memoryRecords(2), options({ engine: short }))).rejects.toThrow(/rollout engine 'short' returned 1 samples for prompt train:0 \(expected 3\)/);
  });
});
