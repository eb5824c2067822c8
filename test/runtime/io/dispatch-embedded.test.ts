// createEngine("onnx") and createTrainer("embedded") reach the embedded runtime through a lazy
// import (onnxruntime loads only when a recipe asks for it); a wrong model kind is a clear error.
import { describe, expect, it } from "vitest";
import { createEngine, type RolloutConfig } from "../../../runtime/engines/index.js";
import { createTrainer, type UpdateConfig } from "../../../runtime/trainers/index.js";

const rollout: RolloutConfig = {
  engine: "onnx", mode: "sync", n: 2, temperature: 1, topP: 1, topK: -1, maxPromptTokens: 32, maxResponseTokens: 4,
  truncation: "error", filterOverlongPrompts: false, tp: 1, concurrency: 1, timeoutMs: 1000, retries: 0,
  val: { n: 1, temperature: 0, topP: 1, topK: -1 },
};
const model = { kind: "embedded", layers: 1, width: 16, heads: 2, contextTokens: 64, seed: 1, positions: "learned", device: "cpu" } as const;
const update: UpdateConfig = {
  algorithm: "ppo", trainer: "embedded", lr: 1e-3, warmupSteps: 0, weightDecay: 0, gradClip: null, clipLow: 0.2, clipHigh: 0.28,
  dualClip: null, lossAgg: "token_mean", kl: null, importanceSampling: null, entropyCoef: 0, ppoEpochs: 1, miniBatch: 2,
};

describe("lazy dispatch to the embedded runtime", () => {
  it("createEngine onnx builds the embedded engine, which generates n samples", async () => {
    const engine = await createEngine(rollout, { model });
    expect(engine.name).toBe("onnx");
    const [r] = await engine.generate([{ uid: "u", messages: [{ role: "user", content: "hi" }], sampling: { n: 2, temperature: 1, topP: 1, topK: -1, maxResponseTokens: 4, seed: 3 } }]);
    expect(r.samples).toHaveLength(2);
    await engine.close();
  });

  it("createTrainer embedded builds the embedded trainer", async () => {
    const trainer = await createTrainer(update, { runDir: "/nonexistent", model, rollout });
    expect(typeof trainer.update).toBe("function");
    await trainer.close();
  });

  it("passes on the embedded runtime's error for a model that is not embedded", async () => {
    await expect(createEngine(rollout, { model: { kind: "path", path: "/m", maxContextTokens: 100, trustRemoteCode: false } })).rejects.toThrow(/needs the recipe's model to be embedded/);
  });
});
