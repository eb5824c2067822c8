// test/embedded/learning.test.ts — the embedded policy learns: RL from random weights on the toy task
// raises the greedy reward by a clear margin on most seeds, and supervised warm-up lowers the loss.
import { describe, expect, test } from "vitest";
import { createEmbeddedTrainer, createOnnxEngine, embeddedTokenizer, initWeights, type PolicyConfig } from "../../runtime/embedded/index.js";
import { evaluate, LETTERS, rlStep, toyPrompt } from "./toy-task.js";

const tok = embeddedTokenizer();
const STEPS = Number(process.env.GOLONG_EMBEDDED_STEPS ?? 80);

async function train(seed: number): Promise<{ before: number; after: number; rewards: number[] }> {
  const cfg: PolicyConfig = { vocabSize: tok.vocabSize, layers: 1, width: 64, heads: 2, contextTokens: 32, seed };
  const engine = await createOnnxEngine({ config: cfg, weights: initWeights(cfg), tokenizer: tok });
  const trainer = await createEmbeddedTrainer({
    config: cfg, temperature: 1, maxResponseTokens: 4,
    update: { lr: 1e-2, warmupSteps: 0, weightDecay: 0, gradClip: 1, clipLow: 0.2, clipHigh: 0.28, dualClip: 3, lossAgg: "token_mean", ppoEpochs: 1, miniBatch: 64 },
  });
  const before = await evaluate(engine, tok);
  const rewards: number[] = [];
  for (let step = 1; step <= STEPS; step++) rewards.push(await rlStep(engine, trainer, tok, step, 16, 1.0));
  const after = await evaluate(engine, tok);
  await engine.close();
  await trainer.close();
  return { before, after, rewards };
}

describe("the embedded policy learns", () => {
  // RL from random weights is chaotic: a change in float rounding (how a batch is cut into graph
  // calls) moves which seeds succeed. Some runs collapse onto one letter (0.125, the entropy
  // collapse RL is known for), so the claim is about the seeds together, not each one.
  test("RL from random weights raises the reward on most of 8 seeds", async () => {
    const runs: { before: number; after: number }[] = [];
    for (let seed = 1; seed <= 8; seed++) {
      const { before, after, rewards } = await train(seed);
      console.log(`seed ${seed}: greedy reward ${before.toFixed(3)} -> ${after.toFixed(3)}; sampled ${rewards.map((r) => r.toFixed(2)).join(" ")}`);
      expect(before).toBeLessThan(0.2);
      runs.push({ before, after });
    }
    // Random play scores ~0.004 and always naming one letter 0.125: 0.4 needs the copy learnt.
    // Measured: 6 of 8 seeds above 0.4, mean 0.53-0.55 after (two orderings of the float sums).
    const learnt = runs.filter((r) => r.after > Math.max(0.4, r.before + 0.35)).length;
    expect(learnt).toBeGreaterThanOrEqual(5);
    expect(runs.reduce((s, r) => s + r.after, 0) / runs.length).toBeGreaterThan(0.4);
  });

  test("supervised warm-up lowers the cross-entropy of the answers", async () => {
    const cfg: PolicyConfig = { vocabSize: tok.vocabSize, layers: 1, width: 32, heads: 2, contextTokens: 32, seed: 4 };
    const trainer = await createEmbeddedTrainer({
      config: cfg, temperature: 1, maxResponseTokens: 4,
      update: { lr: 1e-3, warmupSteps: 0, weightDecay: 0, gradClip: 1, clipLow: 0.2, clipHigh: 0.2, dualClip: null, lossAgg: "token_mean", ppoEpochs: 1, miniBatch: 8 },
    });
    const examples = [...LETTERS].map((l) => ({ promptTokens: toyPrompt(tok, l), responseTokens: tok.encode(l.repeat(4)) }));
    const report = await trainer.warmup(examples, { steps: 30, lr: 1e-2, batchSize: 8, seed: 1 });
    expect(report.firstLoss).toBeGreaterThan(Math.log(tok.vocabSize) * 0.8);
    expect(report.lastLoss).toBeLessThan(report.firstLoss * 0.3);
    expect(trainer.weightsVersion).toBe(1);
    await trainer.close();
  });
});
