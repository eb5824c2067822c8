// test/embedded/warmup.test.ts — the recipe's supervised warm-up as the runtime calls it: reference
// answers from records, the trainer trained on them, the engine synced to the result.
import { describe, expect, test } from "vitest";
import {
  createEmbeddedTrainer, createOnnxEngine, embeddedTokenizer, initWeights, referenceAnswer, runSupervisedWarmup, warmupExamples,
  type PolicyConfig, type WarmupRecord,
} from "../../runtime/embedded/index.js";

const tok = embeddedTokenizer();

describe("supervised warm-up", () => {
  test("reference answers come from ground_truth.answer or a text ground_truth", () => {
    expect(referenceAnswer({ reward_model: { ground_truth: { answer: "851", label: "x" } } })).toBe("851");
    expect(referenceAnswer({ reward_model: { ground_truth: "42" } })).toBe("42");
    expect(referenceAnswer({ reward_model: { ground_truth: ["a", "b"] } })).toBeUndefined();
    expect(referenceAnswer({})).toBeUndefined();
    const ex = warmupExamples([{ messages: [{ role: "user", content: "Q: 1+1?" }], record: { reward_model: { ground_truth: { answer: "2" } } } }], tok);
    expect(tok.decode(ex[0].promptTokens)).toBe("<bos><|user|>Q: 1+1?<|assistant|>");
    expect(Array.from(ex[0].responseTokens)).toEqual([...tok.encode("2"), tok.eosId]);
  });

  test("runSupervisedWarmup teaches the answers and syncs the engine", async () => {
    const cfg: PolicyConfig = { vocabSize: tok.vocabSize, layers: 1, width: 32, heads: 2, contextTokens: 48, seed: 5 };
    const trainer = await createEmbeddedTrainer({
      config: cfg, temperature: 1, maxResponseTokens: 6,
      update: { lr: 1e-3, warmupSteps: 0, weightDecay: 0, gradClip: 1, clipLow: 0.2, clipHigh: 0.2, dualClip: null, lossAgg: "token_mean", ppoEpochs: 1, miniBatch: 8 },
    });
    const engine = await createOnnxEngine({ config: cfg, weights: initWeights(cfg), tokenizer: tok });
    const records: WarmupRecord[] = ["red", "blue", "gold", "tan"].map((c) => ({
      messages: [{ role: "user", content: `color ${c}` }], record: { reward_model: { ground_truth: { answer: c } } },
    }));
    const lines: string[] = [];
    const report = await runSupervisedWarmup(trainer, [engine], records, { steps: 60, lr: 1e-2, batchSize: 4, tokenizer: tok, log: (l) => lines.push(l) });
    expect(report.examples).toBe(4);
    expect(report.lastLoss).toBeLessThan(0.2 * report.firstLoss);
    expect(lines.at(-1)).toMatch(/warmup supervised: step 60\/60, loss/);
    const res = await engine.generate(records.map((r, i) => ({
      uid: `u${i}`, messages: r.messages, sampling: { n: 1, temperature: 0, topP: 1, topK: -1, maxResponseTokens: 6, seed: 0 },
    })));
    expect(res.map((r) => r.samples[0].text)).toEqual(["red", "blue", "gold", "tan"]);
    expect(res.every((r) => r.samples[0].finishReason === "stop")).toBe(true);
    await expect(runSupervisedWarmup(trainer, [engine], [{ messages: records[0].messages, record: {} }], { steps: 1, lr: 1e-3 }))
      .rejects.toThrow(/none of the training records has a reference answer/);
    await trainer.close();
    await engine.close();
  });
});
